import { mergeFindings } from './merge';
import { normalise } from './normalise';
import { endOfScan } from './scan-memory';
import type { Detector, DetectorId, DetectorSettings, Finding } from './types';

export interface DetectorOverrides extends DetectorSettings {
  enabled?: boolean;
  minConfidence?: number;
}

export interface ScanOptions {
  detectors: readonly Detector[];
  /** Per-detector settings, usually from the rule pack in force. */
  overrides?: Partial<Record<DetectorId, DetectorOverrides>>;
}

export interface ScanResult {
  findings: Finding[];
  /** Detectors that threw. Their absence is reported, never silently taken as "nothing found". */
  failed: DetectorId[];
}

/**
 * Runs every enabled detector over the normalised text, maps what they find back to the original
 * text, drops what is below threshold or allowlisted, and merges overlaps.
 */
export function scan(text: string, { detectors, overrides = {} }: ScanOptions): ScanResult {
  const normalised = normalise(text);
  const findings: Finding[] = [];
  const failed: DetectorId[] = [];
  for (const detector of detectors) {
    const { id, minConfidence } = detector.meta;
    const settings = overrides[id] ?? {};
    if (settings.enabled === false) continue;
    const threshold = settings.minConfidence ?? minConfidence;
    const allow = allowlist(settings.allowlist);
    let candidates;
    try {
      candidates = detector.find({ text: normalised.text, settings });
    } catch {
      failed.push(id);
      continue;
    }
    for (const c of candidates) {
      if (c.confidence < threshold) continue;
      if (allow?.has(canonical(normalised.text.slice(c.start, c.end)))) continue;
      const [start, end] = normalised.toOriginal(c.start, c.end);
      // Spelled out rather than spread: this runs for every finding of a 1 MB paste.
      const finding: Finding = { start, end, confidence: c.confidence, detector: id };
      if (c.kind !== undefined) finding.kind = c.kind;
      if (c.actionHint !== undefined) finding.actionHint = c.actionHint;
      findings.push(finding);
    }
  }
  endOfScan();
  const byId = new Map(detectors.map((d) => [d.meta.id, d.meta.supersedes]));
  return { findings: mergeFindings(findings, (id) => byId.get(id)), failed };
}

/** Allowlist entries match regardless of case, spaces and separators: "123 456 782" = "123456782". */
function canonical(s: string): string {
  return s.toLowerCase().replace(/[\s.\-/]/g, '');
}

function allowlist(entries: readonly string[] | undefined): Set<string> | undefined {
  return entries?.length ? new Set(entries.map(canonical)) : undefined;
}
