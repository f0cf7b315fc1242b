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
export function resend(win: Window, way: Way, composer: Composer, sendButton: () => Element | undefined): void {
  const target = way.target.isConnected ? way.target : composer;
  switch (way.kind) {
    case 'key': {
      const init = { ...way.init, bubbles: true, cancelable: true, composed: true, view: win };
      let taken = !dispatchOwn(target, new KeyboardEvent('keydown', init));
      if (!taken) taken = !dispatchOwn(target, new KeyboardEvent('keypress', { ...init, charCode: 13 }));
      dispatchOwn(target, new KeyboardEvent('keyup', init));
      // A site that sends on Enter cancels the keydown (or a new line would appear). Nobody did:
      // this Enter was not what sends here, so send the way the page's own button does.
      if (!taken) sendOtherwise(win, composer, sendButton());
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

function sendOtherwise(win: Window, composer: Composer, button: Element | undefined): void {
  if (button) return click(win, button);
  const form = composer.closest('form');
  if (form) replay(() => form.requestSubmit());
}

function click(win: Window, target: Element): void {
  dispatchOwn(target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, view: win, detail: 1 }));
}
