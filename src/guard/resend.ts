import type { Composer } from './composer';
import { dispatchOwn, replay } from './insert';

/** How a message was on its way out, so "proceed" can send it the same way, once. */
export type Way =
  | { kind: 'key'; target: Element; init: KeyboardEventInit }
  | { kind: 'click'; target: Element }
  | { kind: 'submit'; target: HTMLFormElement; submitter: HTMLElement | null }
  | { kind: 'paragraph'; target: Element };

/**
 * Sends the message again the way the user sent it. The page sees ordinary events and handles
 * them with its own code (its state, its network call); the guard's hooks stand aside meanwhile.
 */
export function resend(win: Window, way: Way, composer: Composer): void {
  const target = way.target.isConnected ? way.target : composer;
  switch (way.kind) {
    case 'key': {
      const init = { ...way.init, bubbles: true, cancelable: true, composed: true, view: win };
      let taken = !dispatchOwn(target, new KeyboardEvent('keydown', init));
      if (!taken) taken = !dispatchOwn(target, new KeyboardEvent('keypress', { ...init, charCode: 13 }));
      dispatchOwn(target, new KeyboardEvent('keyup', init));
      // A site that sends on Enter cancels the keydown (or a new line would appear). Nobody did:
      // here Enter means what the browser makes of it, so do exactly that and no more.
      if (!taken) enterDefault(composer);
      return;
    }
    case 'click':
      click(win, target);
      return;
    case 'submit':
      replay(() => {
        try {
          way.target.requestSubmit(way.submitter);
        } catch {
          way.target.requestSubmit();
        }
      });
      return;
    case 'paragraph': {
      const input = new InputEvent('beforeinput', { inputType: 'insertParagraph', bubbles: true, cancelable: true, composed: true });
      if (dispatchOwn(target, input)) replay(() => composer.ownerDocument.execCommand('insertParagraph'));
    }
  }
}

/** What the browser does with an uncancelled Enter: a new line, or a single-line form's submit. */
function enterDefault(composer: Composer): void {
  const doc = composer.ownerDocument;
  replay(() => {
    if (composer instanceof HTMLInputElement) composer.form?.requestSubmit();
    else if (composer instanceof HTMLTextAreaElement) doc.execCommand('insertText', false, '\n');
    else doc.execCommand('insertParagraph');
  });
}

function click(win: Window, target: Element): void {
  dispatchOwn(target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: win, detail: 1 }));
}
