import type { DetectorId, Finding } from '../../detectors';
import type { Decision } from '../policy/decide';

/** How much text one slice holds: small enough that scanning it never makes the page stutter. */
export const SLICE = 64_000;
/** Slices overlap so a finding that straddles a boundary is seen whole in one of them. */
const OVERLAP = 1_024;

/**
 * Decides on a long text without freezing the page: scans it in overlapping slices, giving the
 * page a turn between slices, then decides once over all findings (offsets into the whole text).
 */
export async function inspectInSlices(
  text: string,
  inspect: (slice: string) => Decision,
  decide: (findings: Finding[], failed: DetectorId[]) => Decision,
  pause: () => Promise<void>,
): Promise<Decision> {
  const found = new Map<string, Finding>();
  const failed = new Set<DetectorId>();
  for (let at = 0; at < text.length; at += SLICE) {
    const decision = inspect(text.slice(at, at + SLICE + OVERLAP));
    for (const f of decision.findings) {
      const finding: Finding = { ...f, start: f.start + at, end: f.end + at };
      found.set(`${f.detector}:${finding.start}:${finding.end}`, finding);
    }
    for (const id of decision.incomplete) failed.add(id);
    if (at + SLICE < text.length) await pause();
  }
  const findings = [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  return decide(findings, [...failed]);
}
