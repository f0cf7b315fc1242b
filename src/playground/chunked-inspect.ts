import { DETECTORS, type Detector, type DetectorId, type Finding } from '../../detectors';
import type { RulePack } from '../pack/schema';
import { decide, type Decision } from '../policy/decide';
import { inspect } from '../policy/inspect';

/** Characters of each chunk the chunk itself answers for. */
export const CHUNK = 32_768;
/**
 * Text read on both sides of a chunk: a finding that starts inside the chunk is seen whole, with
 * the context words before and after it, and a cut-off token at the window's edge lies in a margin,
 * where nothing is kept. Far wider than any identifier or any detector's context window.
 */
export const MARGIN = 1_024;

export interface ChunkProgress {
  done: number;
  total: number;
}

/**
 * `inspect`, one chunk at a time, so the playground can show progress and stay responsive on a
 * megabyte of text. Yields after each chunk; returns the same decision `inspect` gives for the whole
 * text (a unit test holds it to that), with offsets into the whole text.
 */
export function* inspectInChunks(
  text: string,
  pack: RulePack,
  detectors: readonly Detector[] = DETECTORS,
  chunk = CHUNK,
): Generator<ChunkProgress, Decision, void> {
  if (text.length <= chunk) return inspect(text, pack, detectors);
  const findings: Finding[] = [];
  const failed = new Set<DetectorId>();
  for (let start = 0; start < text.length; start += chunk) {
    const end = Math.min(text.length, start + chunk);
    const from = Math.max(0, start - MARGIN);
    const window = text.slice(from, Math.min(text.length, end + MARGIN));
    const partial = inspect(window, pack, detectors);
    for (const id of partial.incomplete) failed.add(id);
    for (const { action: _action, rules: _rules, ...f } of partial.findings) {
      const at = f.start + from;
      // Each finding belongs to the one chunk it starts in.
      if (at >= start && at < end) findings.push({ ...f, start: at, end: f.end + from });
    }
    yield { done: end, total: text.length };
  }
  return decide(findings, [...failed], detectors, pack);
}
