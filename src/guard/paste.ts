import { composerOf, type Composer } from './composer';
import { isOwnEvent } from './insert';
import type { Interception } from './interception';

/**
 * Paste into a composer: read the text, decide synchronously, and hold back anything that is not
 * allowed before the site's editor sees it. Runs as a capture listener on `window` registered at
 * document_start, so it is first in line for every paste in the page.
 */
export function installPasteHook(win: Window, intercept: (i: Interception) => boolean): void {
  win.addEventListener(
    'paste',
    (event) => {
      if (isOwnEvent(event)) return;
      const composer: Composer | undefined = composerOf(event);
      const data = event.clipboardData;
      if (!composer || !data) return;
      const text = data.getData('text/plain') || textOfHtml(data.getData('text/html'));
      if (!text) return;
      const held = intercept({ composer, text, html: data.getData('text/html') || undefined, source: 'paste' });
      if (held) {
        event.preventDefault();
        // Lexical ignores defaultPrevented: nothing after us may see this event.
        event.stopImmediatePropagation();
      }
    },
    true,
  );
}

function textOfHtml(html: string): string {
  if (!html) return '';
  // DOMParser gives an inert document: no scripts run and no images load while we read its text.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Keep block boundaries as line breaks, so "Politie</p><p>Intern" is not read as one word.
  for (const block of doc.body.querySelectorAll('p,div,br,li,tr,td,th,h1,h2,h3,h4,h5,h6,blockquote,pre')) block.append('\n');
  return doc.body.textContent ?? '';
}
