import type { Lang } from '../../detectors';
import type { RulePack } from '../pack/schema';
import type { Decision } from './decide';

// Apart from present.ts because it needs no detectors: the guard's content script cites rules
// (the private-account warning, the dialog) without loading the detectors at document_start.

export interface CitedRule {
  id: string;
  title: string;
  text: string;
}

export function citeRules(decision: Decision, pack: RulePack, lang: Lang): CitedRule[] {
  return decision.rules.flatMap((id) => {
    const rule = pack.rules[id];
    return rule ? [{ id, title: rule[lang].title, text: rule[lang].text }] : [];
  });
}
