// Which element is the composer an event is aimed at, and what text it holds. On a chatbot host
// every editable field the user types into is treated as a composer: site selectors change with
// every redesign, the rule does not. Open shadow roots are crossed through composedPath().

export type Composer = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** The editable element an event is aimed at: a textarea, a text input, or a contenteditable's editing host. */
export function composerOf(event: Event): Composer | undefined {
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    const composer = editingHost(target);
    if (composer) return composer;
  }
  return undefined;
}

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return (
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(el.getAttribute('type')?.toLowerCase() ?? ''))
  );
}

export function editingHost(el: Element): Composer | undefined {
  if (isTextField(el)) return el;
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return undefined;
  let host: HTMLElement = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** A composer's text as one string, with a way back from string offsets to places in the DOM. */
export interface ComposerText {
  text: string;
  /** The DOM range (or field offsets) covering text[start, end). */
  locate(start: number, end: number): Range | { start: number; end: number };
}

// Block boundaries become line breaks, so "Politie</p><p>Intern" is read as two lines, the way
// the user sees them and the way the chatbot will receive them.
const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'SECTION', 'ARTICLE',
]);

export function readComposer(composer: Composer): ComposerText {
  if (isTextField(composer)) {
    const text = composer.value;
    return { text, locate: (start, end) => ({ start, end }) };
  }
  const pieces: { node: Text; at: number }[] = [];
  let text = '';
  const lineBreak = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        pieces.push({ node: child as Text, at: text.length });
        text += (child as Text).data;
      } else if (child instanceof Element) {
        if (child.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCKS.has(child.tagName);
        if (block) lineBreak();
        walk(child);
        if (block) lineBreak();
      }
    }
  };
  walk(composer);
  // A start belongs to the text node holding the character at `offset`; an end to the node holding
  // the character just before it. Offsets that fall on a line break we added land on the nearest node.
  const point = (offset: number, isStart: boolean): [Node, number] => {
    const inside = pieces.find(({ node, at }) =>
      isStart ? at <= offset && offset < at + node.data.length : at < offset && offset <= at + node.data.length,
    );
    if (inside) return [inside.node, offset - inside.at];
    const after = pieces.find(({ at }) => at >= offset);
    if (isStart && after) return [after.node, 0];
    const before = pieces.filter(({ node, at }) => at + node.data.length <= offset).pop();
    if (before) return [before.node, before.node.data.length];
    return after ? [after.node, 0] : [composer, 0];
  };
  return {
    text,
    locate(start, end) {
      const range = composer.ownerDocument.createRange();
      range.setStart(...point(start, true));
      range.setEnd(...point(end, false));
      return range;
    },
  };
}

/** Whether an event came from inside Plakwacht's own dialog (its host element is all the page sees). */
export function fromDialog(event: Event, tag: string): boolean {
  return event.composedPath().some((t) => t instanceof Element && t.localName === tag);
}
