import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The held-out corpus (test/eval, see its README) through the real command, as a user's paste would
// go: one spawn of `plakwacht scan --jsonl` for all its texts. Precision and recall per detector
// may not drop below the floor reached when it was last measured (floors.json): a change that loses
// what the detectors find on unseen texts fails here, not in the field. Scored as
// ../shared/eval/score.mjs scores (overlap counts as a hit; must_not findings count as false alarms).

const root = path.resolve(import.meta.dirname, '../..');
const evalDir = path.join(root, 'test/eval');

interface Row {
  id: string;
  text: string;
  entities: { type: string; start: number; end: number }[];
  must_not?: string[];
  max_verdict?: Verdict;
}
type Verdict = 'allow' | 'warn' | 'block';
interface Floors {
  labeled: Record<string, { precision: number; recall: number }>;
  evasion: Record<string, { recall: number }>;
  verdictViolations: number;
}
interface Counts {
  tp: number;
  fn: number;
  fp: number;
}

const CONTRACT = ['bsn', 'license-plate', 'iban', 'phone', 'email', 'postcode', 'address', 'id-document', 'drivers-license',
  'v-number', 'credit-card', 'birth-date', 'police-report-number', 'prosecution-case-number', 'classification-marking', 'person-name'];
const RANK: Record<Verdict, number> = { allow: 0, warn: 1, block: 2 };

const read = (file: string): Row[] =>
  readFileSync(path.join(evalDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);

function scanAll(rows: Row[]): Map<string, { verdict: Verdict; findings: { detector: string; start: number; end: number }[] }> {
  const input = rows.map((r) => JSON.stringify({ id: r.id, text: r.text })).join('\n') + '\n';
  const run = spawnSync('npx', ['--no-install', 'plakwacht', 'scan', '--jsonl'], { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(run.status, run.stderr).toBe(0);
  return new Map(run.stdout.trim().split('\n').map((l) => { const o = JSON.parse(l); return [o.id, o]; }));
}

describe('held-out corpus through the real CLI', () => {
  it('keeps every detector at or above its precision and recall floor', () => {
    const floors = JSON.parse(readFileSync(path.join(evalDir, 'floors.json'), 'utf8')) as Floors;
    const labeled = [...read('labeled.jsonl'), ...read('negatives.jsonl')];
    const evasion = read('evasion.jsonl');
    const out = scanAll([...labeled, ...evasion]);
    const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

    const counts: Record<string, Counts> = {};
    const at = (t: string, into = counts) => (into[t] ??= { tp: 0, fn: 0, fp: 0 });
    let verdictViolations = 0;
    for (const r of labeled) {
      const o = out.get(r.id)!;
      expect(o, `no answer for ${r.id}`).toBeDefined();
      for (const g of r.entities) at(g.type)[o.findings.some((f) => f.detector === g.type && overlap(f, g)) ? 'tp' : 'fn']++;
      for (const f of o.findings) {
        if (CONTRACT.includes(f.detector) && !r.entities.some((g) => g.type === f.detector && overlap(f, g))) at(f.detector).fp++;
        if (r.must_not?.includes(f.detector)) at(f.detector).fp++;
      }
      if (r.max_verdict && RANK[o.verdict] > RANK[r.max_verdict]) verdictViolations++;
    }
    const evaded: Record<string, Counts> = {};
    for (const r of evasion) {
      const o = out.get(r.id)!;
      for (const g of r.entities) at(g.type, evaded)[o.findings.some((f) => f.detector === g.type && overlap(f, g)) ? 'tp' : 'fn']++;
    }

    const pct = (x: number) => Math.floor(1000 * x) / 10;
    const measured = Object.fromEntries(
      Object.entries(counts).map(([t, c]) => [t, { precision: pct(c.tp / Math.max(1, c.tp + c.fp)), recall: pct(c.tp / Math.max(1, c.tp + c.fn)) }]),
    );
    const measuredEvasion = Object.fromEntries(Object.entries(evaded).map(([t, c]) => [t, { recall: pct(c.tp / Math.max(1, c.tp + c.fn)) }]));
    // Every type of contract 1 is in the corpus and has a floor: a detector that finds nothing fails.
    expect(Object.keys(floors.labeled).sort()).toEqual([...CONTRACT].sort());
    for (const [type, floor] of Object.entries(floors.labeled)) {
      expect(measured[type], type).toBeDefined();
      expect(measured[type]!.precision, `${type} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(measured[type]!.recall, `${type} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
    for (const [type, floor] of Object.entries(floors.evasion)) {
      expect(measuredEvasion[type]?.recall ?? 0, `${type} recall under evasion`).toBeGreaterThanOrEqual(floor.recall);
    }
    expect(verdictViolations).toBeLessThanOrEqual(floors.verdictViolations);
  });
});
