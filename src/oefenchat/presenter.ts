/**
 * Presenter mode: large type for a classroom projector, the explanation panel in view. The whole
 * page is zoomed (CSS `zoom` on the root), so Plakwacht's dialog, which lives in its own closed
 * shadow root, grows with it. `?presenter` in the address starts in this mode, for a bookmark.
 */
export function setupPresenterMode(toggle: HTMLButtonElement, doc: Document = document): void {
  const set = (on: boolean) => {
    doc.documentElement.classList.toggle('presenter', on);
    toggle.setAttribute('aria-pressed', String(on));
    const url = new URL(doc.location.href);
    if (on) url.searchParams.set('presenter', '');
    else url.searchParams.delete('presenter');
    doc.defaultView?.history.replaceState(null, '', url);
  };
  toggle.addEventListener('click', () => set(toggle.getAttribute('aria-pressed') !== 'true'));
  set(new URL(doc.location.href).searchParams.has('presenter'));
}
