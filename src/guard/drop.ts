import { DIALOG_TAG } from '../dialog/dialog';
import { carriedBy } from './carried';
import { composerOf, fromDialog, type Composer } from './composer';
import { transferOf } from './files';
import type { Gate } from './gate';
import { dispatchOwn, insertText, isOwnEvent } from './insert';
import type { Anonymise } from './paste';
import { redactedFiles } from './redaction';
import { dropPoint, restoreSelection, saveSelection } from './selection';

/**
 * Drops of text or files onto the page. Text dragged within the same composer (moving a word) is
 * the user's own text already there and is left alone.
 */
export function installDropHook(win: Window, gate: Gate, anonymise: Anonymise): void {
  let dragSource: Composer | undefined;
  win.addEventListener('dragstart', (e) => (dragSource = composerOf(e)), true);
  win.addEventListener('dragend', () => (dragSource = undefined), true);

  win.addEventListener(
    'drop',
    (event) => {
      if (isOwnEvent(event) || fromDialog(event, DIALOG_TAG)) return;
      const carried = event.dataTransfer && carriedBy(event.dataTransfer);
      if (!carried) return;
      const { files, html, text } = carried;
      const composer = composerOf(event);
      if (!files.length && composer && composer === dragSource) return;
      const target = event.composedPath()[0] ?? event.target ?? win.document;
      const where = composer && (dropPoint(composer, event.clientX, event.clientY) ?? saveSelection(composer));
      const { clientX, clientY, screenX, screenY } = event;

      const redrop = (plain: string, rich: string | undefined, withFiles: readonly File[]) => {
        // Text goes in through the editor's input path at the drop point: a synthetic drop is no
        // good for text, as some editors (Quill) swallow text drops altogether.
        if (!withFiles.length) {
          if (composer && where && plain) {
            restoreSelection(composer, where);
            insertText(composer, plain, rich);
          }
          return;
        }
        const drop = new DragEvent('drop', {
          dataTransfer: transferOf(withFiles, { plain, html: rich }),
          clientX,
          clientY,
          screenX,
          screenY,
          bubbles: true,
          cancelable: true,
          composed: true,
        });
        const unhandled = dispatchOwn(target, drop);
        if (unhandled && composer && where && plain) {
          restoreSelection(composer, where);
          insertText(composer, plain, rich);
        }
      };
      const held = gate.offer({
        source: 'drop',
        text,
        files,
        release: () => redrop(text, html, files),
        act: (choice, outcome) => {
          if (choice === 'proceed') return redrop(text, html, files);
          if (choice === 'redact') {
            const plain = outcome.text ? anonymise(outcome.text.text, outcome.text.decision) : '';
            return redrop(plain, undefined, redactedFiles(outcome, anonymise));
          }
        },
      });
      if (held) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );
}
