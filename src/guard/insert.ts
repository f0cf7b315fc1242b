import { isTextField, type Composer } from './composer';

/** Events the guard dispatches itself; its own listeners let them through. */
const ours = new WeakSet<Event>();

export function isOwnEvent(event: Event): boolean {
  return ours.has(event);
}

/**
 * Puts text into the composer the way the site's editor framework expects, exactly once:
 * - rich editors (ProseMirror, Tiptap, Lexical, Quill) take a synthetic paste carrying a
 *   DataTransfer and turn it into their own document, keeping their state and undo history;
 * - text fields and plain contenteditables take `execCommand('insertText')`, which fires the
 *   input events React and friends listen to and stays undoable;
 * - as a last resort the native value setter plus an `input` event (React reads the setter).
 */
export function insertText(composer: Composer, text: string, html?: string): void {
  const doc = composer.ownerDocument;
  if (!isTextField(composer)) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    if (html) data.setData('text/html', html);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    ours.add(paste);
    target(composer).dispatchEvent(paste);
    // A framework that handled the paste cancelled it; nobody did, so insert it ourselves.
    if (paste.defaultPrevented) return;
  }
  if (doc.execCommand('insertText', false, text)) return;
  if (isTextField(composer)) {
    const start = composer.selectionStart ?? composer.value.length;
    const end = composer.selectionEnd ?? start;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(composer), 'value')?.set;
    setter?.call(composer, composer.value.slice(0, start) + text + composer.value.slice(end));
    composer.setSelectionRange(start + text.length, start + text.length);
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

/** The node inside the composer where the caret is, so the editor sees the event as its own. */
function target(composer: Composer): Element {
  const anchor = composer.ownerDocument.getSelection()?.anchorNode;
  const el = anchor instanceof Element ? anchor : anchor?.parentElement;
  return el && composer.contains(el) ? el : composer;
}
