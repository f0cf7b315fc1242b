import type { DetectorId, Finding } from './types';

/**
 * Resolves overlapping findings. Two findings of one detector that overlap become the stronger
 * one (higher confidence, then longer). A finding of a detector that another one supersedes (an
 * IBAN's digits are not a BSN) is dropped where it lies inside the other's span. Other overlaps
 * between different detectors stay: both facts are true, and each may cite a different rule.
 * Runs in O(n log n): a 1 MB paste can hold tens of thousands of findings.
 */
export function mergeFindings(
  findings: readonly Finding[],
  supersedes: (detector: DetectorId) => readonly DetectorId[] | undefined,
): Finding[] {
  // Start order; a longer span first; on equal spans the one that swallows others first.
  const order = (a: Finding, b: Finding) =>
    a.start - b.start || b.end - a.end || (supersedes(b.detector)?.length ?? 0) - (supersedes(a.detector)?.length ?? 0);
  const sorted = [...findings].sort(order);

  const kept: Finding[] = [];
  const lastOf = new Map<DetectorId, number>(); // detector -> index in kept of its latest finding
  for (const f of sorted) {
    const i = lastOf.get(f.detector);
    const prev = i === undefined ? undefined : kept[i];
    if (prev && prev.end > f.start) {
      if (stronger(f, prev)) kept[i!] = f;
      continue;
    }
    lastOf.set(f.detector, kept.length);
    kept.push(f);
  }

  // Sweep in start order: the furthest end reached so far by each detector that swallows others.
  const reach = new Map<DetectorId, number>();
  const superseders = new Map<DetectorId, DetectorId[]>(); // swallowed -> who swallows it
  for (const f of kept) {
    for (const victim of supersedes(f.detector) ?? []) {
      const list = superseders.get(victim) ?? [];
      if (!list.includes(f.detector)) list.push(f.detector);
      superseders.set(victim, list);
    }
  }
  const result: Finding[] = [];
  for (const f of kept.sort(order)) {
    const swallowed = superseders.get(f.detector)?.some((d) => (reach.get(d) ?? -1) >= f.end);
    if (!swallowed) result.push(f);
    if (supersedes(f.detector)?.length) reach.set(f.detector, Math.max(reach.get(f.detector) ?? -1, f.end));
  }
  return result;
}

function stronger(a: Finding, b: Finding): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.end - a.start > b.end - b.start;
}
