import { DETECTORS, redact, type Detector, type Lang } from '../../detectors';
import type { RulePack } from '../pack/schema';
import type { Decision, PolicyFinding } from './decide';

// How findings and rules are shown to people: masked values, detector labels, cited rule texts,
// and the anonymised text. Shared by the dialog, the CLI report and the playground.

const BULLET = '\u2022';

/** "1112•••33": enough to recognise what was found, not enough to read it back. */
export function mask(value: string, how: 'partial' | 'none' | 'full'): string {
  const compact = value.replace(/\s+/g, ' ').trim();
  if (how === 'none') return compact;
  if (how === 'full' || compact.length < 6) return BULLET.repeat(Math.min(compact.length, 8));
  const keepStart = Math.min(4, Math.floor(compact.length * 0.45));
  const keepEnd = Math.min(2, Math.floor(compact.length / 4));
  return compact.slice(0, keepStart) + BULLET.repeat(3) + compact.slice(compact.length - keepEnd);
}

export interface ShownFinding {
  detector: string;
  label: string;
  masked: string;
  action: PolicyFinding['action'];
}

export interface CitedRule {
  id: string;
  title: string;
  text: string;
}

function metaOf(id: string, detectors: readonly Detector[], decision: Decision) {
  return decision.meta?.[id] ?? detectors.find((d) => d.meta.id === id)?.meta;
}

export function showFindings(
  text: string,
  decision: Decision,
  lang: Lang,
  detectors: readonly Detector[] = DETECTORS,
): ShownFinding[] {
  return decision.findings.map((f) => {
    const meta = metaOf(f.detector, detectors, decision);
    return {
      detector: f.detector,
      label: meta?.messages[lang].label ?? f.detector,
      masked: mask(text.slice(f.start, f.end), meta?.mask ?? 'partial'),
      action: f.action,
    };
  });
}

export function citeRules(decision: Decision, pack: RulePack, lang: Lang): CitedRule[] {
  return decision.rules.flatMap((id) => {
    const rule = pack.rules[id];
    return rule ? [{ id, title: rule[lang].title, text: rule[lang].text }] : [];
  });
}

/** The text with every finding replaced by its placeholder, e.g. "[BSN]". */
export function anonymise(
  text: string,
  decision: Decision,
  lang: Lang,
  detectors: readonly Detector[] = DETECTORS,
): string {
  return redact(text, decision.findings, (f) => `[${metaOf(f.detector, detectors, decision)?.messages[lang].placeholder ?? 'VERWIJDERD'}]`);
}
