#!/usr/bin/env node
// Builds the sealed corpus: node test/eval-sealed/gen/generate.mjs [--check]
// Texts are written with inline markers; strip() computes JavaScript string offsets. Every span is
// validated (checksum, format) after undoing the evasion tricks, and the unlabelled rest of each text
// is searched for things that look like an unlabelled identifier (printed as warnings).
import fs from "node:fs";
import path from "node:path";
import * as v from "./values.mjs";
import { LABELED } from "./labeled.mjs";
import { NEGATIVES } from "./negatives.mjs";
import { EVASIONS } from "./evasion.mjs";

const out = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const CONTRACT = ["bsn", "license-plate", "iban", "phone", "email", "postcode", "address", "id-document", "drivers-license", "v-number", "credit-card", "birth-date", "police-report-number", "prosecution-case-number", "classification-marking", "person-name"];

// ---------- normalisation used only for checking spans ----------
const CYR_BACK = { "\u0410": "A", "\u0412": "B", "\u0421": "C", "\u0415": "E", "\u041d": "H", "\u0406": "I", "\u041a": "K", "\u041c": "M", "\u041e": "O", "\u0420": "P", "\u0422": "T", "\u0425": "X", "\u0430": "a", "\u0441": "c", "\u0435": "e", "\u0456": "i", "\u043e": "o", "\u0440": "p", "\u0445": "x", "\u0443": "y" };
function norm(s) {
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "")
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660))
    .normalize("NFKC")
    .replace(/[\u2010\u2011\u2013]/g, "-")
    .replace(/./gu, (c) => CYR_BACK[c] ?? c);
}
const onlyDigits = (s) => s.replace(/\D/g, "");
const MONTHS = [...v.MONTHS_NL, ...v.MONTHS_EN.map((m) => m.toLowerCase())];
const MARKS = new Set([...v.MARKINGS_BLOCK, ...v.MARKINGS_WARN, "Dep.V.", "POLITIE VERTROUWELIJK", "STG. CONFIDENTIEEL", "tlp:red"].map((m) => m.toLowerCase()));

const CHECK = {
  bsn: (s) => /^[\d .\n-]+$/.test(s) && v.elfproef(onlyDigits(s)),
  iban: (s) => { const x = s.replace(/\s/g, "").toUpperCase(); return v.ibanValid(x) && v.IBAN_LEN[x.slice(0, 2)] === x.length; },
  "credit-card": (s) => /^[\d -]+$/.test(s) && v.luhnValid(onlyDigits(s)) && [15, 16].includes(onlyDigits(s).length),
  phone: (s) => { const d = onlyDigits(s); return /^[+0(]/.test(s.trim()) && /^[\d +()\n-]+$/.test(s) && d.length >= 9 && d.length <= 14; },
  email: (s) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(s),
  postcode: (s) => { const m = /^([1-9]\d{3}) ?([A-Za-z]{2})$/.exec(s); return !!m && !["SA", "SD", "SS"].includes(m[2].toUpperCase()); },
  address: (s) => /^[A-Za-z'][\p{L}. '-]+ \d{1,4}(?:[a-zA-Z]|-\d{1,3}|-III|-H| bis| hs| A| bus \d+)?$/u.test(s),
  "id-document": (s) => v.docValid(s) || /^\d{3}-\d{7}-\d{2}$/.test(s),
  "drivers-license": (s) => /^\d{10}$/.test(s),
  "v-number": (s) => /^\d{10}$/.test(onlyDigits(s)) && /^[\d ]+$/.test(s),
  "birth-date": (s) => {
    const t = s.toLowerCase();
    let y, m, d, q;
    if ((q = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t))) [d, m, y] = [+q[1], +q[2], +q[3]];
    else if ((q = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, m, d] = [+q[1], +q[2], +q[3]];
    else if ((q = /^(\d{1,2}) ([a-z]+) (\d{4})$/.exec(t))) [d, m, y] = [+q[1], MONTHS.indexOf(q[2]) % 12 + 1, +q[3]];
    else if ((q = /^([a-z]+) (\d{1,2}), (\d{4})$/.exec(t))) [m, d, y] = [MONTHS.indexOf(q[1]) % 12 + 1, +q[2], +q[3]];
    else return false;
    return y >= 1930 && y <= 2012 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  },
  "police-report-number": (s) => /^PL\d{2}(?:\d{2}|[A-Z]{2})[- ]\d{10}(?:-\d)?$/.test(s) || /^20\d{8}$/.test(s),
  "prosecution-case-number": (s) => /^\d{2}[/-]\d{6}-\d{2}$/.test(s),
  "classification-marking": (s) => MARKS.has(s.toLowerCase()) || /^p o l i t i e {3}i n t e r n$/i.test(s) || /^politie \/?bedrijfsvoering confidentieel$/i.test(s.replace("/", "/ ").replace(/ +/g, " ")),
  "license-plate": (s) => /^[A-Za-z0-9]{1,3}[- ]?[A-Za-z0-9]{2,3}[- ]?[A-Za-z0-9]{1,3}$/.test(s) && v.plateValid(s),
  "person-name": (s) => /^[\p{L}][\p{L}'. ,-]+$/u.test(s) && !/\d/.test(s) && s.length >= 2 && s.length <= 40,
};

// ---------- things that must not sit unlabelled in a text ----------
const LEAKS = [
  ["iban", /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}\b/g, (m) => v.ibanValid(m)],
  ["bsn", /\b\d{9}\b|\b\d{4}\.\d{2}\.\d{3}\b|\b\d{3} \d{3} \d{3}\b/g, (m) => v.elfproef(onlyDigits(m))],
  ["email", /[\w.+-]+@[\w-]+\.[\w.]+/g, () => true],
  ["postcode", /\b[1-9]\d{3} ?[A-Z]{2}\b/g, () => true],
  ["phone", /(?:\+|00)\d{2}[\d ()-]{8,}|\b0[1-9]\d{1,2}[- ]?\d{6,7}\b|\b06[- ]?\d{8}\b/g, () => true],
  ["license-plate", /\b[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}\b/g, (m) => v.plateValid(m) && /[A-Z]/.test(m) && /\d/.test(m)],
  ["classification-marking", /politie intern|vertrouwelijk|confidentieel|geheim|restricted|tlp:\s?(red|amber|green)/gi, () => true],
  ["credit-card", /\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b/g, (m) => v.luhnValid(onlyDigits(m))],
  ["police-report-number", /\bPL\d{2}/g, () => true],
  ["prosecution-case-number", /\b\d{2}[/-]\d{6}-\d{2}\b/g, () => true],
];
const warnings = [];
function leakCheck(row, allowed = new Set()) {
  let rest = row.text;
  // blank out labelled spans (keep length so nothing merges)
  for (const e of row.entities) rest = rest.slice(0, e.start) + " ".repeat(e.end - e.start) + rest.slice(e.end);
  for (const [type, re, ok] of LEAKS) {
    for (const m of rest.matchAll(re)) if (ok(m[0]) && !allowed.has(`${type}:${m[0]}`)) warnings.push(`${row.id}: unlabelled ${type}? ${JSON.stringify(m[0])}`);
  }
}
// known, deliberate unlabelled look-alikes (checked by hand)
const ALLOWED = new Set([
  "classification-marking:vertrouwelijk", "classification-marking:Vertrouwelijk", "classification-marking:geheim",
  "classification-marking:restricted", "classification-marking:Politie Intern",
]);

function checkRow(row, { evasion = false } = {}) {
  for (const e of row.entities) {
    if (!CONTRACT.includes(e.type)) throw new Error(`${row.id}: unknown type ${e.type}`);
    const raw = row.text.slice(e.start, e.end);
    if (raw !== raw.trim() || raw.length === 0) throw new Error(`${row.id}: span with edge whitespace ${JSON.stringify(raw)}`);
    const s = evasion ? norm(raw).replace(/\n/g, "") : raw;
    if (!CHECK[e.type](s)) throw new Error(`${row.id}: ${e.type} span fails its check: ${JSON.stringify(raw)} -> ${JSON.stringify(s)}`);
    if (evasion && s === raw && !["person-name"].includes(e.type) && !/^(\S )+\S/.test(raw)) throw new Error(`${row.id}: evasion span is not obfuscated ${JSON.stringify(raw)}`);
  }
  const sorted = [...row.entities].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) throw new Error(`${row.id}: overlapping spans`);
}

// ---------- build ----------
v.reseed(0x5ea1ed);
const labeled = [];
const seen = new Set();
for (let round = 0; round < 2; round++) {
  LABELED.forEach(([kind, fn, extra], i) => {
    if (round === 1 && i % 3 === 0) return;
    const { text, entities } = v.strip(fn());
    if (seen.has(text)) return; // fixed texts appear once
    seen.add(text);
    const row = { id: `sealed-l${String(labeled.length + 1).padStart(3, "0")}`, kind, text, entities };
    if (extra?.max_verdict) row.max_verdict = extra.max_verdict;
    checkRow(row);
    leakCheck(row, ALLOWED);
    labeled.push(row);
  });
}
v.reseed(0x0e6a71);
const negatives = NEGATIVES.map(([mustNot, fn], i) => {
  const { text, entities } = v.strip(fn());
  if (entities.length) throw new Error("negative with entities");
  const row = { id: `sealed-n${String(i + 1).padStart(3, "0")}`, text, entities: [], must_not: mustNot, max_verdict: "allow" };
  leakCheck(row, new Set([...ALLOWED, "classification-marking:Vertrouwelijk"]));
  return row;
});
v.reseed(0xe7a5e);
const evasion = EVASIONS.map((fn, i) => {
  const { text, entities } = v.strip(fn());
  const row = { id: `sealed-e${String(i + 1).padStart(3, "0")}`, text, entities };
  checkRow(row, { evasion: true });
  return row;
});

const write = (name, rows) => fs.writeFileSync(path.join(out, name), rows.map((r) => JSON.stringify({ id: r.id, text: r.text, entities: r.entities, ...(r.must_not ? { must_not: r.must_not } : {}), ...(r.max_verdict ? { max_verdict: r.max_verdict } : {}) })).join("\n") + "\n");
const check = process.argv.includes("--check");
if (!check) {
  write("labeled.jsonl", labeled);
  write("negatives.jsonl", negatives);
  write("evasion.jsonl", evasion);
}
const count = (rows) => { const c = {}; for (const r of rows) for (const e of r.entities) c[e.type] = (c[e.type] ?? 0) + 1; return c; };
const kinds = {}; for (const r of labeled) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
console.log(`labeled ${labeled.length} texts, negatives ${negatives.length}, evasion ${evasion.length}`);
console.log("labeled entities per type:", JSON.stringify(count(labeled)));
console.log("evasion entities per type:", JSON.stringify(count(evasion)));
console.log("labeled texts per kind:", JSON.stringify(kinds));
for (const w of warnings) console.log("WARN", w);
