import type { DetectorId, Finding } from './types';

/**
 * Resolves overlapping findings. Two findings of one detector that overlap become the stronger
 * one (higher confidence, then longer). A finding of a detector that another one supersedes (an
 * IBAN's digits are not a BSN) is dropped where it lies inside the other's span. Other overlaps
 * between different detectors stay: both facts are true, and each may cite a different rule.
 * Runs in O(n log n) with plain numbers in the hot loops: a 1 MB paste can hold tens of thousands
 * of findings, and this runs on every paste.
 */
export function mergeFindings(
  findings: readonly Finding[],
  supersedes: (detector: DetectorId) => readonly DetectorId[] | undefined,
): Finding[] {
  // Number the detectors once; per detector: how many others it swallows, and who swallows it.
  const index = new Map<DetectorId, number>();
  const ids: DetectorId[] = [];
  let lastId: DetectorId | undefined;
  let last = -1;
  const numberOf = (id: DetectorId) => {
    // A scan lists each detector's findings together: mostly the same id as the one before.
    if (id === lastId) return last;
    lastId = id;
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return (last = i);
  };
  // Start and end copied onto the item: the sorts below compare them tens of thousands of times.
  const items = findings.map((f) => ({ f, start: f.start, end: f.end, d: numberOf(f.detector), swallows: 0 }));
  const swallowedBy: number[][] = ids.map(() => []);
  const swallowCount = ids.map((id) => supersedes(id)?.length ?? 0);
  ids.forEach((id, i) => {
    for (const victim of supersedes(id) ?? []) {
      const v = index.get(victim);
      if (v !== undefined) swallowedBy[v]!.push(i);
    }
  });
  for (const item of items) item.swallows = swallowCount[item.d]!;

  items.sort(inOrder);

  // One detector's overlapping findings: keep the stronger.
  const kept: typeof items = [];
  const lastOf = new Int32Array(ids.length).fill(-1); // detector -> index in kept of its latest finding
  for (const item of items) {
    const i = lastOf[item.d]!;
    const prev = i >= 0 ? kept[i] : undefined;
    if (prev && prev.f.end > item.f.start) {
      if (stronger(item.f, prev.f)) kept[i] = item;
      continue;
    }
    lastOf[item.d] = kept.length;
    kept.push(item);
  }
  // A replacement above may start later than its neighbours: restore start order (nearly sorted).
  kept.sort(inOrder);

  // Sweep in start order: the furthest end reached so far by each detector that swallows others.
  const reach = new Float64Array(ids.length).fill(-1);
  const result: Finding[] = [];
  for (const { f, d, swallows } of kept) {
    const by = swallowedBy[d]!;
    let swallowed = false;
    for (let k = 0; k < by.length && !swallowed; k++) swallowed = reach[by[k]!]! >= f.end;
    if (!swallowed) result.push(f);
    if (swallows && f.end > reach[d]!) reach[d] = f.end;
  }
  return result;
}

interface Item {
  start: number;
  end: number;
  swallows: number;
}

/** Start order; a longer span first; on equal spans the one that swallows others first. */
const inOrder = (a: Item, b: Item) => a.start - b.start || b.end - a.end || b.swallows - a.swallows;

function stronger(a: Finding, b: Finding): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.end - a.start > b.end - b.start;
}
