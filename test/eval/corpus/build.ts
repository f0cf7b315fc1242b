// Writes the held-out corpus: test/eval/{labeled,negatives,evasion}.jsonl (file names the shared
// scorer recognises). Run: npx tsx test/eval/corpus/build.ts
// Every text gets its own seed from its group and position, so adding a text changes no other.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writer, type Row } from './markup.ts';
import { elfproef, ibanValid, luhnValid } from './numbers.ts';
import { Rng } from './random.ts';
import { EVASION } from './texts-evasion.ts';
import { NEGATIVES } from './texts-negatives.ts';
import { POLICE } from './texts-police.ts';
import { ENGLISH, NEWS } from './texts-prose.ts';
import { WRITTEN } from './texts-written.ts';

const out = path.resolve(import.meta.dirname, '..');
const seedOf = (s: string) => [...s].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261);

function expand(group: string, marked: string, copy = 0): Row {
  const id = `ho-${group}-${copy ? `${copy}-` : ''}`;
  const w = new Writer(new Rng(seedOf(`${group}/${marked.slice(0, 60)}/${copy}`)));
  const { text, entities } = w.write(marked);
  return { id, text, entities };
}

function check(row: Row, evasion = false) {
  for (const e of row.entities) {
    const v = row.text.slice(e.start, e.end);
    if (!v || v !== v.trim()) throw new Error(`${row.id}: empty or padded span ${JSON.stringify(v)}`);
    if (evasion) continue;
    const digits = v.replace(/\D/g, '');
    if (e.type === 'bsn' && !elfproef(digits.padStart(9, '0'))) throw new Error(`${row.id}: BSN ${v} fails the elfproef`);
    if (e.type === 'iban' && !ibanValid(v.replace(/\s/g, '').toUpperCase())) throw new Error(`${row.id}: IBAN ${v} fails mod 97`);
    if (e.type === 'credit-card' && !luhnValid(digits)) throw new Error(`${row.id}: card ${v} fails Luhn`);
  }
}

const labeled: Row[] = [];
let n = 0;
for (const t of POLICE) {
  const [marked, copies] = typeof t === 'string' ? [t, 1] : t;
  n++;
  for (let c = 0; c < copies; c++) labeled.push({ ...expand('police', marked, c), id: `ho-police-${n}${copies > 1 ? `-${c + 1}` : ''}` });
}
WRITTEN.forEach((m, i) => labeled.push({ ...expand('written', m), id: `ho-written-${i + 1}` }));
NEWS.forEach((m, i) => labeled.push({ ...expand('news', m), id: `ho-news-${i + 1}` }));
ENGLISH.forEach((m, i) => labeled.push({ ...expand('english', m), id: `ho-english-${i + 1}` }));

const negatives: Row[] = NEGATIVES.map(([m, mustNot, max], i) => {
  const r = expand('negative', m);
  if (r.entities.length) throw new Error(`negative ${i + 1} carries labels`);
  return { id: `ho-neg-${i + 1}`, text: r.text, entities: [], must_not: mustNot, ...(max ? { max_verdict: max } : {}) };
});
const evasion: Row[] = EVASION.map((m, i) => ({ ...expand('evasion', m), id: `ho-evasion-${i + 1}` }));

labeled.forEach((r) => check(r));
evasion.forEach((r) => check(r, true));
const ids = new Set<string>();
for (const r of [...labeled, ...negatives, ...evasion]) {
  if (ids.has(r.id)) throw new Error(`duplicate id ${r.id}`);
  ids.add(r.id);
}

const jsonl = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(path.join(out, 'labeled.jsonl'), jsonl(labeled));
writeFileSync(path.join(out, 'negatives.jsonl'), jsonl(negatives));
writeFileSync(path.join(out, 'evasion.jsonl'), jsonl(evasion));
const count: Record<string, number> = {};
for (const r of [...labeled]) for (const e of r.entities) count[e.type] = (count[e.type] ?? 0) + 1;
console.log(`labeled ${labeled.length} texts, negatives ${negatives.length}, evasion ${evasion.length}`);
console.log(Object.entries(count).sort().map(([t, c]) => `${t} ${c}`).join(', '));
