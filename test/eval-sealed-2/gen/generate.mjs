#!/usr/bin/env node
// Builds labeled.jsonl, negatives.jsonl and evasion.jsonl from the templates, deterministically.
//   node test/eval-sealed-2/gen/generate.mjs           write the three files
//   node test/eval-sealed-2/gen/generate.mjs --check   validate, and check the files on disk are what the generator makes
import fs from "node:fs";
import path from "node:path";
import { makeRng } from "./rng.mjs";
import { makeValues } from "./values.mjs";
import { selfTest } from "./checks.mjs";
import { TYPES, checkType, findLeaks, deobfuscate } from "./validate.mjs";
import ops from "./labeled-ops.mjs";
import comms from "./labeled-comms.mjs";
import data from "./labeled-data.mjs";
import intl from "./labeled-intl.mjs";
import team from "./labeled-team.mjs";
import more from "./labeled-more.mjs";
import extra from "./labeled-extra.mjs";
import negatives from "./negatives.mjs";
import { evasions, makeTricks } from "./evasion.mjs";

const SEED = "plakwacht/eval-sealed-2/2026-12/zuidas-noordzeekanaal";
const here = path.dirname(new URL(import.meta.url).pathname);
const outDir = path.resolve(here, "..");
const check = process.argv.includes("--check");
const errors = [];
const fail = (id, msg) => errors.push(`${id}: ${msg}`);

function strip(id, marked) {
  let text = "";
  const entities = [];
  for (let i = 0; i < marked.length;) {
    const c = marked[i];
    if (c === "\u0001") {
      const sep = marked.indexOf("\u0002", i), end = marked.indexOf("\u0003", sep);
      if (sep < 0 || end < 0) { fail(id, "unclosed marker"); break; }
      const type = marked.slice(i + 1, sep), value = marked.slice(sep + 1, end);
      if (/[\u0001-\u0003]/.test(value)) fail(id, "nested marker");
      if (!TYPES.includes(type)) fail(id, "unknown type " + type);
      entities.push({ type, start: text.length, end: text.length + value.length });
      text += value;
      i = end + 1;
    } else if (c === "\u0002" || c === "\u0003") { fail(id, "stray marker"); i++; }
    else { text += c; i++; }
  }
  return { text, entities };
}

function runTemplate(kind, t, r) {
  const rng = makeRng(`${SEED}/${kind}/${t.id}/${r}`);
  const v = makeValues(rng);
  return kind === "evasion" ? t.make(v, makeTricks(rng)) : t.make(v);
}

selfTest();
const labeled = [], neg = [], eva = [];
const seen = new Set();
const addId = (id) => { if (seen.has(id)) fail(id, "duplicate id"); seen.add(id); };

for (const t of [...ops, ...comms, ...data, ...intl, ...team, ...more, ...extra]) {
  for (let r = 0; r < (t.n ?? 2); r++) {
    const id = `s2-lab-${t.id}-r${r}`;
    addId(id);
    const { text, entities } = strip(id, runTemplate("labeled", t, r));
    if (entities.length === 0) fail(id, "no entities");
    for (const e of entities) {
      const err = checkType(e.type, text.slice(e.start, e.end), { usDate: !!t.usDate || /DOB \S+\/\S+\/\d{4}\)/.test(text) });
      if (err) fail(id, `${err} in "${text.slice(e.start, e.end)}"`);
    }
    for (const l of findLeaks(text, entities, t.allow ?? [])) fail(id, "unlabelled " + l);
    // a labelled value written again elsewhere in the same text must be labelled there too
    for (const e of entities) {
      const val = text.slice(e.start, e.end);
      if (val.length < 4) continue;
      for (let k = text.indexOf(val); k >= 0; k = text.indexOf(val, k + 1)) {
        const before = text[k - 1] ?? " ", after = text[k + val.length] ?? " ";
        if (/[\p{L}\d]/u.test(before) || /[\p{L}\d]/u.test(after)) continue;
        if (!entities.some((g) => g.start <= k && k + val.length <= g.end)) fail(id, `"${val}" (${e.type}) also appears unlabelled at ${k}`);
      }
    }
    labeled.push({ id, genre: t.genre, text, entities });
  }
}

for (const t of negatives) {
  const id = `s2-neg-${t.id}`;
  addId(id);
  const text = runTemplate("negatives", t, 0);
  if (/[\u0001-\u0003]/.test(text)) fail(id, "negative with a marker");
  if (!t.must_not?.length || t.must_not.some((x) => !TYPES.includes(x))) fail(id, "must_not missing or unknown type");
  neg.push({ id, genre: t.genre, text, entities: [], must_not: t.must_not, max_verdict: "allow" });
}

for (const t of evasions) {
  for (let r = 0; r < (t.n ?? 1); r++) {
    const id = `s2-eva-${t.id}${t.n > 1 ? "-r" + r : ""}`;
    addId(id);
    const { text, entities } = strip(id, runTemplate("evasion", t, r));
    if (entities.length === 0) fail(id, "no entities");
    let tricked = 0;
    for (const e of entities) {
      const raw = text.slice(e.start, e.end), plain = deobfuscate(raw);
      if (plain !== raw) tricked++;
      const err = checkType(e.type, plain);
      if (err) fail(id, `${err} in ${JSON.stringify(raw)} -> "${plain}"`);
    }
    if (!tricked) fail(id, "no span carries an evasion trick");
    eva.push({ id, genre: t.genre, text, entities });
  }
}

const count = (rows) => { const c = {}; for (const r of rows) for (const e of r.entities) c[e.type] = (c[e.type] ?? 0) + 1; return c; };
const lc = count(labeled);
for (const ty of TYPES) if (!lc[ty]) fail("corpus", "labeled.jsonl has no " + ty);

if (errors.length) {
  console.error(errors.join("\n"));
  console.error(`\n${errors.length} problem(s)`);
  process.exit(1);
}

const files = { "labeled.jsonl": labeled, "negatives.jsonl": neg, "evasion.jsonl": eva };
let stale = 0;
for (const [name, rows] of Object.entries(files)) {
  const body = rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
  const file = path.join(outDir, name);
  if (check) {
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== body) { console.error(`${name} differs from what the generator makes`); stale++; }
  } else fs.writeFileSync(file, body);
}
const fmt = (c) => Object.entries(c).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
console.log(`labeled.jsonl   ${labeled.length} texts, ${labeled.reduce((s, r) => s + r.entities.length, 0)} entities: ${fmt(lc)}`);
console.log(`negatives.jsonl ${neg.length} texts; must_not: ${fmt(neg.reduce((c, r) => { for (const x of r.must_not) c[x] = (c[x] ?? 0) + 1; return c; }, {}))}`);
console.log(`evasion.jsonl   ${eva.length} texts, ${eva.reduce((s, r) => s + r.entities.length, 0)} entities: ${fmt(count(eva))}`);
if (stale) process.exit(1);
console.log(check ? "check: all spans valid, files up to date" : "written");
