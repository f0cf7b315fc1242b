import type { Decision } from '../policy/decide';
import type { Composer } from './composer';
import { insertText } from './insert';
import { restoreSelection, saveSelection } from './selection';
import type { DialogChoice } from '../dialog/dialog';

/** Text on its way into a composer, caught before the page sees it. */
export interface Interception {
  composer: Composer;
  text: string;
  /** The HTML that came with a paste, replayed on "proceed" so formatting survives. */
  html?: string | undefined;
  source: 'paste';
}

export interface InterceptorDeps {
  inspect(text: string): Decision;
  /** Shows the dialog for a decision; resolves with the user's choice. */
  ask(text: string, decision: Decision): Promise<DialogChoice>;
  /** The text with every finding replaced by its placeholder. */
  anonymise(text: string, decision: Decision): string;
  /** Told of every decision that was not `allow` and of what the user chose (counts only). */
  record?(decision: Decision, choice: DialogChoice): void;
}

/**
 * Decides synchronously whether the text may go in. Returns true when it is held back: the dialog
 * is then shown and the chosen action carried out on the composer afterwards.
 */
export function createInterceptor(deps: InterceptorDeps): (i: Interception) => boolean {
  let busy = false;
  return (interception) => {
    // While a dialog is open nothing else goes in unchecked; a second paste is simply held back.
    if (busy) return true;
    const decision = deps.inspect(interception.text);
    if (decision.verdict === 'allow') return false;
    busy = true;
    const selection = saveSelection(interception.composer);
    void deps
      .ask(interception.text, decision)
      .catch((): DialogChoice => 'cancel')
      .then((choice) => {
        busy = false;
        deps.record?.(decision, choice);
        carryOut(choice, interception, decision, deps, selection);
      });
    return true;
  };
}

function carryOut(
  choice: DialogChoice,
  { composer, text, html }: Interception,
  decision: Decision,
  deps: InterceptorDeps,
  selection: ReturnType<typeof saveSelection>,
): void {
  restoreSelection(composer, selection);
  if (choice === 'redact' && decision.redactable) insertText(composer, deps.anonymise(text, decision));
  else if (choice === 'proceed' && decision.verdict === 'warn') insertText(composer, text, html);
}
