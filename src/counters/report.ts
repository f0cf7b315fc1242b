import { browser } from 'wxt/browser';
import type { DialogChoice } from '../dialog/dialog';
import type { Decision } from '../policy/decide';
import type { DecisionReport } from './counters';

/** Tells the background what was decided and chosen: a verdict, rule ids and a choice, no text. */
export function reportDecision(decision: Decision, choice: DialogChoice): void {
  if (decision.verdict === 'allow') return;
  const report: DecisionReport = { type: 'plakwacht/decision', verdict: decision.verdict, rules: decision.rules, choice };
  // The background may be asleep or the extension reloaded: a lost count never bothers the user.
  browser.runtime.sendMessage(report).catch(() => undefined);
}
