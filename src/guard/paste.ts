import { DIALOG_TAG } from '../dialog/dialog';
import type { Decision } from '../policy/decide';
import { carriedBy } from './carried';
import { composerOf, fromDialog } from './composer';
import { transferOf } from './files';
import type { Gate } from './gate';
import { dispatchOwn, insertText, isOwnEvent } from './insert';
import { restoreSelection, saveSelection } from './selection';
import { redactedFiles } from './redaction';

/**
 * Paste (Ctrl+V, the context menu, middle-click): read the text and files, decide synchronously,
 * and hold back anything that is not allowed before the site's editor sees it. Runs as a capture
 * listener on `window` registered at document_start, so it is first in line for every paste.
 */
export function installPasteHook(win: Window, gate: Gate, anonymise: Anonymise): void {
  win.addEventListener(
    'paste',
    (event) => {
      if (isOwnEvent(event) || fromDialog(event, DIALOG_TAG)) return;
      const carried = event.clipboardData && carriedBy(event.clipboardData);
      if (!carried) return;
      const { files, html, text } = carried;
      const composer = composerOf(event);
      const target = event.composedPath()[0] ?? event.target ?? win.document;
      const selection = composer && saveSelection(composer);
      // Replays the paste the way it came, or changed: the site's own handlers then do what they
      // always do with a paste (attach files, convert HTML); a plain field gets the text inserted.
      const repaste = (plain: string, rich: string | undefined, withFiles: readonly File[]) => {
        if (composer && selection) restoreSelection(composer, selection);
        const paste = new ClipboardEvent('paste', {
          clipboardData: transferOf(withFiles, { plain, html: rich }),
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        const unhandled = dispatchOwn(target, paste);
        if (unhandled && composer && plain) insertText(composer, plain, rich);
      };
      const held = gate.offer({
        source: 'paste',
        text,
        files,
        release: () => repaste(text, html, files),
        act: (choice, outcome) => {
          if (choice === 'proceed') return repaste(text, html, files);
          if (choice === 'redact') {
            // Never the original HTML: it still holds what was just anonymised.
            const plain = outcome.text ? anonymise(outcome.text.text, outcome.text.decision) : '';
            return repaste(plain, undefined, redactedFiles(outcome, anonymise));
          }
          if (composer && selection) restoreSelection(composer, selection);
        },
      });
      if (held) {
        event.preventDefault();
        // Lexical ignores defaultPrevented: nothing after us may see this event.
        event.stopImmediatePropagation();
      }
    },
    true,
  );
}

export type Anonymise = (text: string, decision: Decision) => string;
