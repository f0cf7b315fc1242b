// `npx tsx test/bench/same-results.ts [dump-file]`: one digest of everything the detectors find in
// every text we have (the eval sets, every fixture, the bench corpora), for work that must change
// the engine's speed and nothing else. Run it before and after: equal digest, equal results.
// With a dump file it also writes the findings, one text a line, so two runs can be diffed.
//
// Per text it records what a user gets (the whole scan), what each detector proposes before
// thresholds and merging (so a change hidden by a merge still shows), a scan with a rule pack's
// extra context words and allowlist (the paths only packs take), and the built-in pack's decision.
// Upper- and lower-case copies of the short texts exercise the case-insensitive matching.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DETECTORS, normalise, scan, type DetectorOverrides } from '../../detectors';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { inspect } from '../../src/policy/inspect';
import { adversarialTexts, mixedDutchText, nameRichText } from './corpus';

const root = path.resolve(import.meta.dirname, '../..');

/** A fixture without its [[marks]], as test/unit/detector-fixtures.test.ts reads it. */
const unmarked = (marked: string) => marked.replace(/\[\[([\s\S]*?)\]\]/g, '$1');

function* jsonlTexts(): Generator<[string, string]> {
  const dirs = ['/work/shared/eval/dev', path.join(root, 'test/eval'), path.join(root, 'test/eval-sealed')];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      const lines = readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean);
      for (const [i, line] of lines.entries()) yield [`${path.basename(dir)}/${file}:${i}`, (JSON.parse(line) as { text: string }).text];
    }
  }
}

function* fixtureTexts(): Generator<[string, string]> {
  const detectors = path.join(root, 'detectors');
  for (const id of readdirSync(detectors).sort()) {
    for (const kind of ['ok', 'ng']) {
      const dir = path.join(detectors, id, kind);
      if (!statSync(path.join(detectors, id)).isDirectory() || !safeIsDir(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        const marked = readFileSync(path.join(dir, file), 'utf8');
        yield [`${id}/${kind}/${file}`, unmarked(marked)];
        yield [`${id}/${kind}/${file}:marked`, marked];
      }
    }
  }
}

function safeIsDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const PACK_OVERRIDES: Record<string, DetectorOverrides> = Object.fromEntries(
  DETECTORS.map((d) => [
    d.meta.id,
    { contextWords: ['kenmerk', 'referentie*', 'dossier nr', 'geb.'], allowlist: ['111 222 333', 'DS-03-DZ'], minConfidence: 0 },
  ]),
);

const hash = createHash('sha256');
const dump: string[] = [];
let count = 0;

function record(id: string, variant: string, value: unknown): void {
  const line = `${id}\t${variant}\t${JSON.stringify(value)}`;
  hash.update(line + '\n');
  dump.push(line);
  count++;
}

function digestText(id: string, text: string, { withPack = true } = {}): void {
  record(id, 'scan', scan(text, { detectors: DETECTORS }));
  const normalised = normalise(text).text;
  for (const detector of DETECTORS) record(id, `find:${detector.meta.id}`, detector.find({ text: normalised, settings: {} }));
  if (withPack) {
    record(id, 'pack', scan(text, { detectors: DETECTORS, overrides: PACK_OVERRIDES }));
    record(id, 'decision', inspect(text, BUILTIN_PACK));
  }
}

const t0 = performance.now();
const short = [...jsonlTexts(), ...fixtureTexts()];
for (const [id, text] of short) {
  digestText(id, text);
  digestText(`${id}:upper`, text.toUpperCase(), { withPack: false });
  digestText(`${id}:lower`, text.toLowerCase(), { withPack: false });
}
// All short texts as one paste: labels, tables and names far apart, and windows across texts.
digestText('all-short-texts', short.map(([, t]) => t).join('\n\n'));
for (const seed of [1, 2, 3]) digestText(`mixed-100k-seed${seed}`, mixedDutchText(100_000, seed));
// An underscore, and words glued to one: some passes read "_" apart from letters and digits.
digestText('mixed-100k-underscores', mixedDutchText(100_000, 4).replace(/ (?=[a-z])/g, (s, at: number) => (at % 3 ? s : ' _')));
digestText('mixed-10k', mixedDutchText(10_000));
digestText('mixed-1m', mixedDutchText(1_000_000), { withPack: false });
digestText('name-rich-200k', nameRichText(200_000));
for (const [name, text] of Object.entries(adversarialTexts(200_000))) digestText(`adversarial ${name}`, text, { withPack: false });

const digest = hash.digest('hex');
if (process.argv[2]) writeFileSync(process.argv[2], dump.join('\n') + '\n');
console.log(`${digest}  (${short.length} short texts, ${count} records, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
