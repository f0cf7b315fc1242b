// What every imitation chatbot page shares: the record of what the "site" received (messages
// sent, files uploaded), exposed read-only on `window.composer` so tests can check that text
// landed once and that the site's own framework knows about it, and the late (SPA) mount.

export interface Received {
  name: string;
  type: string;
  /** Text files only: what the site would upload. */
  text?: string;
}

export interface ComposerApi {
  /** The composer's text as the site's framework holds it (its state, not the DOM). */
  text(): string;
  /** Whether the site's send control is enabled, as the framework decided from its state. */
  canSend(): boolean;
  json?(): string;
  html?(): string;
}

const sent: string[] = [];
const uploads: Received[] = [];

/** The site sends a message: record it. */
export function recordSend(text: string): void {
  sent.push(text);
}

/** The site received files (upload control, drop, paste): record names and text contents. */
export function recordFiles(files: FileList | readonly File[] | null | undefined): boolean {
  const list = [...(files ?? [])];
  for (const file of list) {
    const entry: Received = { name: file.name, type: file.type };
    uploads.push(entry);
    if (file.type.startsWith('text/') || /\.(txt|md|csv|json|log|eml|html)$/.test(file.name)) void file.text().then((t) => (entry.text = t));
  }
  return list.length > 0;
}

export function expose(api: ComposerApi): void {
  Object.assign(window, { composer: { ...api, sent: () => [...sent], uploads: () => uploads.map((u) => ({ ...u })) } });
}

/**
 * Mounts the chat at once, or — with `?late` in the address — only after the user opens a new
 * chat, which navigates with history.pushState the way single-page chatbots do.
 */
export function mountWhenReady(mount: () => void): void {
  if (!location.search.includes('late')) return mount();
  // The whole chat is taken out of the document and put back on navigation: the composer really
  // is added late, after the guard started, as in a single-page app.
  const chat = document.querySelector<HTMLElement>('form, [data-chat]')!;
  const [parent, next] = [chat.parentNode!, chat.nextSibling];
  chat.remove();
  const link = document.createElement('a');
  link.href = '/c/new';
  link.id = 'new-chat';
  link.textContent = 'New chat';
  link.addEventListener('click', (e) => {
    e.preventDefault();
    history.pushState({}, '', '/c/new');
    link.remove();
    setTimeout(() => {
      parent.insertBefore(chat, next);
      mount();
    }, 50);
  });
  document.body.prepend(link);
}

/** A file input the site uses for attachments. */
export function wireUpload(input: HTMLInputElement): void {
  input.addEventListener('change', () => {
    recordFiles(input.files);
    input.value = '';
  });
}
