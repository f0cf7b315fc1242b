import { isTextField, type Composer } from './composer';

/** Events the guard dispatches itself; its own listeners let them through. */
const ours = new WeakSet<Event>();
/** While the guard replays something, whatever the page does in response is part of that replay. */
let replaying = 0;

export function isOwnEvent(event: Event): boolean {
  return replaying > 0 || ours.has(event);
}

/** Dispatches an event the guard's own hooks will not stop; returns whether nobody cancelled it. */
export function dispatchOwn(target: EventTarget, event: Event): boolean {
  ours.add(event);
  return replay(() => target.dispatchEvent(event));
}

/** Runs `action` with the guard's hooks standing aside, for events the page fires in response. */
export function replay<T>(action: () => T): T {
  replaying++;
  try {
    return action();
  } finally {
    replaying--;
  }
}

/**
 * Lets an editor framework catch up with a selection we set: ProseMirror, Lexical and Quill read
 * the DOM selection on `selectionchange`, which the browser delivers as a task.
 */
export function settle(win: Window): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, 0));
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
    // A framework that handled the paste cancelled it; nobody did, so insert it ourselves.
    if (!dispatchOwn(target(composer), paste)) return;
  }
  if (replay(() => doc.execCommand('insertText', false, text))) return;
  if (isTextField(composer)) {
    const start = composer.selectionStart ?? composer.value.length;
    const end = composer.selectionEnd ?? start;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(composer), 'value')?.set;
    setter?.call(composer, composer.value.slice(0, start) + text + composer.value.slice(end));
    composer.setSelectionRange(start + text.length, start + text.length);
    dispatchOwn(composer, new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

/** The node inside the composer where the caret is, so the editor sees the event as its own. */
function target(composer: Composer): Element {
  const anchor = composer.ownerDocument.getSelection()?.anchorNode;
  const el = anchor instanceof Element ? anchor : anchor?.parentElement;
  return el && composer.contains(el) ? el : composer;
}
