// Which element is the composer an event is aimed at. On a chatbot host every editable field the
// user types into is treated as a composer: site selectors change with every redesign, the rule
// does not. Open shadow roots are crossed through composedPath().

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

function editingHost(el: Element): Composer | undefined {
  if (isTextField(el)) return el;
  if (!(el instanceof HTMLElement) || !el.isContentEditable) return undefined;
  let host: HTMLElement = el;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}
