import { DETECTORS, redact, type Detector, type Finding, type Lang } from '../../detectors';
import type { Decision, PolicyFinding } from './decide';

export { citeRules, type CitedRule } from './cite';

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

function metaOf(id: string, detectors: readonly Detector[], decision: Decision) {
  // The shipped detectors' own meta first (it carries functions, such as person numbering, that do
  // not survive a trip to and from a Web Worker); the decision's for the pack's extra rules.
  return detectors.find((d) => d.meta.id === id)?.meta ?? decision.meta?.[id];
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

/**
 * The text with every finding replaced by its placeholder, e.g. "[BSN]". Detectors that number
 * their placeholders (people) give each person one number throughout: "[PERSOON 1]".
 */
export function anonymise(
  text: string,
  decision: Decision,
  lang: Lang,
  detectors: readonly Detector[] = DETECTORS,
): string {
  const numbers = numberPlaceholders(text, decision, lang, detectors);
  return redact(text, decision.findings, (f) => {
    const placeholder = metaOf(f.detector, detectors, decision)?.messages[lang].placeholder ?? 'VERWIJDERD';
    const n = numbers.get(f);
    return n === undefined ? `[${placeholder}]` : `[${placeholder} ${n}]`;
  });
}

/**
 * Numbers per placeholder word, in order of first appearance. Detectors sharing a placeholder
 * (a name and a question about that name) share the numbers, so one person keeps one number.
 */
function numberPlaceholders(
  text: string,
  decision: Decision,
  lang: Lang,
  detectors: readonly Detector[],
): Map<Finding, number> {
  const groups = new Map<string, { findings: Decision['findings']; numbering: (m: readonly string[]) => string[] }>();
  for (const f of [...decision.findings].sort((a, b) => a.start - b.start)) {
    const meta = metaOf(f.detector, detectors, decision);
    if (!meta?.numbering) continue;
    const placeholder = meta.messages[lang].placeholder;
    const group = groups.get(placeholder) ?? { findings: [], numbering: meta.numbering };
    group.findings.push(f);
    groups.set(placeholder, group);
  }
  const numbers = new Map<Finding, number>();
  for (const { findings, numbering } of groups.values()) {
    const identities = numbering(findings.map((f) => text.slice(f.start, f.end)));
    const order = new Map<string, number>();
    findings.forEach((f, i) => {
      const id = identities[i]!;
      if (!order.has(id)) order.set(id, order.size + 1);
      numbers.set(f, order.get(id)!);
    });
  }
  return numbers;
}
