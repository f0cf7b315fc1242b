import { BUILTIN_PACK } from '../pack/builtin';
import type { RulePack } from '../pack/schema';
import { z } from '../pack/zod';
import { inspect } from '../policy/inspect';
import { CommandError, checkedPack, describePack, loadPackFile, readBytes } from './pack-files';

// `plakwacht pack test`: run a pack against a labelled corpus in the ../shared/eval format and
// print precision and recall per detector, next to the built-in pack's, so the security team sees
// what a change does before it ships. Scoring as in ../shared/eval/score.mjs: a finding hits an
// entity of the same type when the spans overlap; `only` limits false positives to those ids;
// `must_not` ids found anywhere in the text are false positives.

const Entity = z.object({ type: z.string(), start: z.int(), end: z.int() });
const CorpusRow = z.object({
  id: z.unknown(),
  text: z.string(),
  entities: z.array(Entity),
  must_not: z.optional(z.array(z.string())),
  only: z.optional(z.array(z.string())),
});
type Row = z.infer<typeof CorpusRow>;

export interface Score {
  tp: number;
  fn: number;
  fp: number;
}

export interface TestArgs {
  file: string;
  corpus: string;
  minPrecision: number | undefined;
  minRecall: number | undefined;
}

export async function testCommand({ file, corpus, minPrecision, minRecall }: TestArgs): Promise<number> {
  const loaded = await loadPackFile(file);
  const { pack } = checkedPack(file, loaded.json);
  const rows = parseCorpus(corpus, Buffer.from(await readBytes(corpus)).toString('utf8'));
  const mine = scoreCorpus(rows, pack);
  const builtIn = scoreCorpus(rows, BUILTIN_PACK);

  console.log(`pack     ${describePack(pack)}${loaded.signed ? '\n         (payload of a signed file; `pack verify` checks the signature)' : ''}`);
  console.log(`corpus   ${corpus}: ${rows.length} texts\n`);
  console.log(`  ${'detector'.padEnd(30)}   P%     R%    F1%   tp/fn/fp      built-in  P%     R%`);
  const ids = [...new Set([...Object.keys(mine.scores), ...Object.keys(builtIn.scores)])].sort();
  const below: string[] = [];
  for (const id of ids) {
    const s = mine.scores[id] ?? { tp: 0, fn: 0, fp: 0 };
    const b = builtIn.scores[id];
    const m = measures(s);
    console.log(
      `  ${id.padEnd(30)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}   ${`${s.tp}/${s.fn}/${s.fp}`.padEnd(12)}` +
        `  ${b ? `${pct(measures(b).precision)} ${pct(measures(b).recall)}` : '     —      —'}`,
    );
    const labelled = s.tp + s.fn > 0;
    if (labelled && minRecall !== undefined && m.recall < minRecall) below.push(`${id} recall ${pct(m.recall).trim()}% < ${minRecall * 100}%`);
    if (s.tp + s.fp > 0 && minPrecision !== undefined && m.precision < minPrecision) below.push(`${id} precision ${pct(m.precision).trim()}% < ${minPrecision * 100}%`);
  }
  const changed = mine.verdicts.filter((v, i) => v !== builtIn.verdicts[i]).length;
  console.log(`\nverdicts ${changed} of ${rows.length} texts get another verdict than with the built-in pack`);
  if (below.length) {
    console.error(`plakwacht: below the bar:\n${below.map((b) => `  ${b}`).join('\n')}`);
    return 1;
  }
  return 0;
}

export function parseCorpus(name: string, text: string): Row[] {
  const rows: Row[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new CommandError(`${name}:${i + 1}: not a JSON line`, 2);
    }
    const row = CorpusRow.safeParse(json);
    if (!row.success) {
      throw new CommandError(`${name}:${i + 1}: expected {"id", "text", "entities": [{"type", "start", "end"}]} (${row.error.issues[0]!.message})`, 2);
    }
    rows.push(row.data);
  });
  if (!rows.length) throw new CommandError(`${name}: no corpus lines`, 2);
  return rows;
}

export function scoreCorpus(rows: readonly Row[], pack: RulePack): { scores: Record<string, Score>; verdicts: string[] } {
  const scores: Record<string, Score> = {};
  const of = (id: string) => (scores[id] ??= { tp: 0, fn: 0, fp: 0 });
  const verdicts: string[] = [];
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const row of rows) {
    const decision = inspect(row.text, pack);
    verdicts.push(decision.verdict);
    for (const entity of row.entities) {
      of(entity.type)[decision.findings.some((f) => f.detector === entity.type && overlap(f, entity)) ? 'tp' : 'fn']++;
    }
    for (const f of decision.findings) {
      const forbidden = row.must_not?.includes(f.detector) ?? false;
      const inScope = row.only ? row.only.includes(f.detector) : true;
      const labelled = row.entities.some((e) => e.type === f.detector && overlap(f, e));
      if (forbidden || (inScope && !labelled)) of(f.detector).fp++;
    }
  }
  return { scores, verdicts };
}

export function measures({ tp, fn, fp }: Score): { precision: number; recall: number; f1: number } {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
