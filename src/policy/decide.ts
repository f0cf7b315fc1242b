import type { Action, Detector, DetectorId, DetectorMeta, Finding } from '../../detectors';
import type { RulePack } from '../pack/schema';

export type Verdict = 'allow' | 'warn' | 'block';

export interface PolicyFinding extends Finding {
  action: Action;
  /** Rule ids to cite, most specific first. */
  rules: string[];
}

export interface Decision {
  verdict: Verdict;
  findings: PolicyFinding[];
  /** Every rule the dialog cites, most weighty first, without repeats. */
  rules: string[];
  /** Whether replacing the findings with placeholders makes the text safe to share. */
  redactable: boolean;
  /** Detectors that failed: the text was not fully checked. */
  incomplete: DetectorId[];
  /**
   * What each detector with a finding is (label, placeholder, mask), so the findings can be shown
   * even when they come from a rule pack's extra rules rather than the built-in detectors.
   */
  meta?: Partial<Record<DetectorId, DetectorMeta>>;
}

/** The dialog cites at most this many rules: enough to explain, short enough to be read. */
export const MAX_CITED_RULES = 3;

/** A finding this unsure is never reason to block outright, whatever its detector's action. */
export const BLOCK_CONFIDENCE = 0.5;

const RANK: Record<Verdict, number> = { allow: 0, warn: 1, block: 2 };
const NO_SETTINGS: RulePack['detectors'][string] = {};

/** Findings + the pack in force → verdict and the rules to cite. */
export function decide(
  findings: readonly Finding[],
  failed: readonly DetectorId[],
  detectors: readonly Detector[],
  pack: RulePack,
): Decision {
  const metaOf = new Map(detectors.map((d) => [d.meta.id, d.meta]));
  let verdict: Verdict = failed.length ? 'warn' : 'allow';
  let redactable = true;
  const decided: PolicyFinding[] = [];
  // Per rule: its highest weight, and when that weight was first reached (ties keep that order).
  // A map, not a list to sort: a 1 MB paste can hold tens of thousands of findings.
  const cited = new Map<string, { weight: number; order: number }>();
  let order = 0;
  // Per action, the detectors whose rules are already weighed for it.
  const citedFor: Record<Action, Set<DetectorId>> = { warn: new Set(), block: new Set() };
  const found: Partial<Record<DetectorId, DetectorMeta>> = {};

  for (const finding of findings) {
    const meta = metaOf.get(finding.detector);
    const settings = pack.detectors[finding.detector] ?? NO_SETTINGS;
    const configured = settings.action ?? finding.actionHint ?? meta?.defaultAction ?? 'warn';
    const action: Action = finding.confidence < BLOCK_CONFIDENCE ? 'warn' : configured;
    const rules = [...(settings.rules ?? meta?.rules ?? ['P1.4'])];
    // Object.assign, not spread syntax: the same copy, but V8 (Node 20) spreads these objects
    // fifteen times slower, which shows on a paste with thousands of findings.
    const policyFinding = Object.assign({}, finding) as PolicyFinding;
    policyFinding.action = action;
    policyFinding.rules = rules;
    decided.push(policyFinding);
    if (meta) found[finding.detector] = meta;
    if (RANK[action] > RANK[verdict]) verdict = action;
    if (meta && !meta.redactable) redactable = false;
    // A blocking finding's rules before a warning's; each detector's own first rule before its others.
    // The same detector with the same action weighs its rules the same: once is enough.
    if (citedFor[action].has(finding.detector)) continue;
    citedFor[action].add(finding.detector);
    rules.forEach((rule, i) => {
      const weight = RANK[action] * 10 - i * 3;
      const known = cited.get(rule);
      if (!known || weight > known.weight) cited.set(rule, { weight, order: order++ });
    });
  }

  const rules = [...cited]
    .sort(([, a], [, b]) => b.weight - a.weight || a.order - b.order)
    .map(([rule]) => rule)
    .filter((id) => id in pack.rules)
    .slice(0, MAX_CITED_RULES);
  return { verdict, findings: decided, rules, redactable: redactable && decided.length > 0, incomplete: [...failed], meta: found };
}
