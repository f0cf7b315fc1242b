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
  // Plain numbers per finding, in arrays of their own: the sorts below compare them tens of
  // thousands of times. (Plain arrays: a typed array costs a microsecond to make, a paste of a
  // hundred findings is merged in a few.)
  const n = findings.length;
  const start: number[] = [];
  const end: number[] = [];
  const detector: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = findings[i]!;
    start.push(f.start);
    end.push(f.end);
    detector.push(numberOf(f.detector));
    all.push(i);
  }
  const swallowedBy: number[][] = ids.map(() => []);
  const swallowCount = ids.map((id) => supersedes(id)?.length ?? 0);
  ids.forEach((id, i) => {
    for (const victim of supersedes(id) ?? []) {
      const v = index.get(victim);
      if (v !== undefined) swallowedBy[v]!.push(i);
    }
  });
  const swallows = detector.map((d) => swallowCount[d]!);
  const order = { start, end, swallows };

  // One detector's overlapping findings: keep the stronger.
  const kept: number[] = [];
  const lastOf = ids.map(() => -1); // detector -> index in kept of its latest finding
  for (const i of inOrder(order, all)) {
    const d = detector[i]!;
    const k = lastOf[d]!;
    if (k >= 0 && end[kept[k]!]! > start[i]!) {
      if (stronger(findings[i]!, findings[kept[k]!]!)) kept[k] = i;
      continue;
    }
    lastOf[d] = kept.length;
    kept.push(i);
  }

  // Sweep in start order (a replacement above may start later than its neighbours): the furthest
  // end reached so far by each detector that swallows others.
  const reach = ids.map(() => -1);
  const result: Finding[] = [];
  for (const i of inOrder(order, kept)) {
    const d = detector[i]!;
    const by = swallowedBy[d]!;
    let swallowed = false;
    for (let k = 0; k < by.length && !swallowed; k++) swallowed = reach[by[k]!]! >= end[i]!;
    if (!swallowed) result.push(findings[i]!);
    if (swallows[i] && end[i]! > reach[d]!) reach[d] = end[i]!;
  }
  return result;
}

interface Order {
  start: readonly number[];
  end: readonly number[];
  swallows: readonly number[];
}

/**
 * The findings `items` (indices) in start order; a longer span first; on equal spans the one that
 * swallows others first; otherwise as given. A stable merge sort written out rather than
 * Array.prototype.sort with a comparator: every comparison there is a call out of the built-in,
 * which made sorting a paste's hundred findings a twentieth of a whole 10 KB scan. Here the
 * comparisons are inlined. Same order as the comparator sort, as both are stable.
 */
function inOrder({ start, end, swallows }: Order, items: readonly number[]): readonly number[] {
  const n = items.length;
  let from = items.slice();
  let to = items.slice();
  const before = (a: number, b: number) =>
    start[a]! < start[b]! || (start[a] === start[b] && (end[a]! > end[b]! || (end[a] === end[b] && swallows[a]! > swallows[b]!)));
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // Right before left only where strictly before: equal items keep their order.
      while (i < mid && j < hi) to[k++] = before(from[j]!, from[i]!) ? from[j++]! : from[i++]!;
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  return from;
}

function stronger(a: Finding, b: Finding): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.end - a.start > b.end - b.start;
}
