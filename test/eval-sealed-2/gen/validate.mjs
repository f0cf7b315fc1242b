// Span checks, written against the contract (DESIGN.md, contract 1) and public rules, not the
// value makers: every labelled span must be a valid value of its type, and labelled texts must not
// hold identifier-shaped text that nobody labelled.
import { elfproef, ibanValid, luhn, beEidValid, plIdValid, plateValid, postcodeValid, dateValid } from "./checks.mjs";

export const TYPES = ["bsn", "license-plate", "iban", "phone", "email", "postcode", "address", "id-document", "drivers-license",
  "v-number", "credit-card", "birth-date", "police-report-number", "prosecution-case-number", "classification-marking", "person-name"];

export const MARKINGS = [
  "politie intern", "politie vertrouwelijk", "politie/bedrijfsvoering confidentieel", "politie / bedrijfsvoering confidentieel",
  "departementaal vertrouwelijk", "dep. vertrouwelijk", "dep. v.", "dep.v.", "stg. confidentieel", "stg. geheim", "stg. zeer geheim",
  "staatsgeheim confidentieel", "staatsgeheim geheim", "staatsgeheim zeer geheim", "eu restricted", "restreint ue/eu restricted",
  "restreint ue / eu restricted", "eu confidential", "confidentiel ue/eu confidential", "nato restricted", "nato confidential",
  "tlp:red", "tlp:amber", "tlp:amber+strict", "tlp: amber", "tlp: red", "tlp: amber+strict", "tlp:green",
];

const NL_AREA = new Set(["10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50", "53", "55", "58",
  "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "85", "88"]);
const COUNTRY_CODES = ["1", "32", "34", "40", "44", "48", "49", "86", "90", "93", "212", "252", "291", "353", "380", "597", "599", "963"];

function phoneValid(s) {
  if (!/^[+\d(][\d ()./-]*\d$/.test(s)) return false;
  let t = s.replace(/\(0\)/, "").replace(/[ ()./-]/g, "");
  if (t.startsWith("0031")) t = "0" + t.slice(4);
  else if (t.startsWith("+31")) t = "0" + t.slice(3);
  if (/^0[1-9]\d{8}$/.test(t)) {
    const nsn = t.slice(1);
    if (/^6[1-58]/.test(nsn)) return true;
    if (NL_AREA.has(nsn.slice(0, 2))) return true;
    if (/^[1-5]\d\d[2-9]/.test(nsn)) return true; // three-digit area code and a subscriber number
    return false;
  }
  if (/^07700900\d{3}$/.test(t)) return true; // UK number written nationally (Ofcom drama range)
  const intl = t.startsWith("+") ? t.slice(1) : t.startsWith("00") ? t.slice(2) : null;
  if (!intl || !/^\d+$/.test(intl)) return false;
  const cc = COUNTRY_CODES.find((c) => intl.startsWith(c) && !COUNTRY_CODES.some((d) => d.length > c.length && intl.startsWith(d)));
  return !!cc && intl.length - cc.length >= 7 && intl.length - cc.length <= 11;
}

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
function monthIndex(w) {
  const x = w.toLowerCase().replace(/\.$/, "");
  let i = MAANDEN.indexOf(x); if (i >= 0) return i + 1;
  i = MONTHS.indexOf(x); if (i >= 0) return i + 1;
  i = MAANDEN.findIndex((m) => m.startsWith(x) && x.length >= 3); if (i >= 0 && x !== "mrt") return i + 1;
  if (x === "mrt") return 3;
  i = MONTHS.findIndex((m) => m.startsWith(x) && x.length >= 3); if (i >= 0) return i + 1;
  return 0;
}
function birthDateValid(s) {
  let y, m, d, k;
  if ((k = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(s))) { d = +k[1]; m = +k[2]; y = +k[3]; }
  else if ((k = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)) || (k = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) { y = +k[1]; m = +k[2]; d = +k[3]; }
  else if ((k = /^(\d{1,2}) ([A-Za-z]+\.?) (\d{4})$/.exec(s))) { d = +k[1]; m = monthIndex(k[2]); y = +k[3]; }
  else if ((k = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(s))) { m = monthIndex(k[1]); d = +k[2]; y = +k[3]; }
  else return false;
  if (y < 100) y += y > 30 ? 1900 : 2000;
  return y >= 1925 && y <= 2024 && dateValid(y, m, d);
}
// US numeric dates (MM/DD/YYYY) only where the text says so; checked as such.
function usDateValid(s) { const k = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s); return !!k && dateValid(+k[3], +k[1], +k[2]); }

const ADDRESS_NL = /^(?:\d(?:e|ste|de) )?[\p{L}'’.][\p{L}'’. -]*[\p{L}.] \d{1,4}(?:[ -]?[A-Za-z]{1,2}| bis| hs|-H|-bv|-bg|-\d{1,2}|-[IV]{1,4}| bus \d{1,3})?$/u;
const ADDRESS_EN = /^\d{1,4}[A-Za-z]? [\p{L} .'-]+ (?:Road|Street|Lane|Avenue|Close|Drive|Way|Gardens|Crescent)$/u;
const NAME = /^[\p{Lu}\p{Ll}][\p{L}\p{M}'’.\- ,]*[\p{L}.]$/u;
const TITLES = /^(?:de heer|mevrouw|dhr|mevr|mr|ms|mrs|brigadier|agent|inspecteur)\b/i;

export function checkType(type, s, { usDate = false } = {}) {
  if (s !== s.trim() || s.length === 0) return "leading/trailing space";
  switch (type) {
    case "bsn": return /^(?:\d{9}|\d{8}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3})$/.test(s) && elfproef(s.replace(/\D/g, "")) ? null : "bsn: shape or elfproef";
    case "license-plate": return plateValid(s) ? null : "plate: sidecode or RDW letters";
    case "iban": return /^[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{1,4})+$/.test(s) && ibanValid(s) ? null : "iban: mod 97 or length";
    case "phone": return phoneValid(s) ? null : "phone: numbering plan";
    case "email": return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(s) ? null : "email shape";
    case "postcode": return postcodeValid(s) ? null : "postcode";
    case "address": return ADDRESS_NL.test(s) || ADDRESS_EN.test(s) ? null : "address: street + number";
    case "id-document": {
      const u = s.toUpperCase();
      if (/^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/.test(u)) return null; // Dutch passport / ID card
      if (/^V[A-NP-Z1-9]{8}$/.test(u)) return null; // Dutch residence document (RvIG numbering since 2019)
      if (/^\d{3}-\d{7}-\d{2}$/.test(s) && beEidValid(s)) return null; // Belgian eID
      if (plIdValid(u)) return null; // Polish ID card
      if (/^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}$/.test(s)) return null; // German Personalausweis
      return "id-document shape";
    }
    case "drivers-license": return /^\d{10}$/.test(s) ? null : "drivers-license: 10 digits";
    case "v-number": return /^(?:\d{10}|\d{4} \d{3} \d{3})$/.test(s) ? null : "v-number: 10 digits";
    case "credit-card": {
      const d = s.replace(/[ -]/g, "");
      if (!/^(?:\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}|\d{4}([ -]?)\d{6}\2\d{5})$/.test(s)) return "card grouping";
      if (!luhn(d)) return "card luhn";
      return /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|62|35)/.test(d) ? null : "card brand prefix";
    }
    case "birth-date": return (usDate ? usDateValid(s) || birthDateValid(s) : birthDateValid(s)) ? null : "birth-date: not a real date";
    case "police-report-number":
      return /^PL\d{2}00[- ]20(?:1\d|2[0-6])\d{6}(?:-\d{1,2})?$/i.test(s) || /^20(?:1\d|2[0-6])\d{6}$/.test(s) ? null : "police report number";
    case "prosecution-case-number": return /^\d{2}[/-]\d{6}-\d{2}$/.test(s) ? null : "parketnummer";
    case "classification-marking": return MARKINGS.includes(s.toLowerCase().replace(/\s+/g, " ")) ? null : "marking not in list";
    case "person-name": {
      if (!NAME.test(s) || /\d/.test(s)) return "name characters";
      if (TITLES.test(s)) return "name includes a title";
      return null;
    }
    default: return "unknown type " + type;
  }
}

// Identifier-shaped text that must be covered by some labelled span.
const LEAKS = [
  ["bsn", /(?<![\d.,])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\d])/g, (m) => elfproef(m.replace(/\D/g, ""))],
  ["email", /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, () => true],
  ["iban", /\b[A-Z]{2}\d{2} ?[A-Z0-9]{4}(?: ?[A-Z0-9]{1,4}){2,}/g, (m) => /^[A-Z]{2}\d{2}/.test(m)],
  ["credit-card", /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g, (m) => luhn(m.replace(/\D/g, ""))],
  ["phone", /(?:\+|\b00)\d{1,3}[\d ()/.-]{7,}\d|\b0(?:6[ -]?\d{8}|\d{2}[ -]?\d{7}|\d{3}[ -]?\d{6})\b/g, () => true],
  ["postcode", /\b[1-9]\d{3} ?[A-Z]{2}\b/g, (m) => postcodeValid(m)],
  ["license-plate", /\b[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}\b/g, (m) => plateValid(m)],
  ["police-report-number", /\bPL\d{4}/gi, () => true],
  ["prosecution-case-number", /\b\d{2}[/-]\d{6}-\d{2}\b/g, () => true],
  ["ten-digits", /(?<![\d.])\d{10}(?![\d])/g, () => true],
  ["classification-marking", /politie intern|vertrouwelijk|confidenti|geheim|TLP:|restricted|restreint/gi, () => true],
];

export function findLeaks(text, entities, allow = []) {
  const out = [];
  const covered = (s, e) => entities.some((g) => g.start < e && s < g.end);
  const allowed = (s, e) => allow.some((re) => { const r = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g"); let m; while ((m = r.exec(text))) if (m.index <= s && e <= m.index + m[0].length) return true; return false; });
  for (const [what, re, ok] of LEAKS) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text))) {
      const s = m.index, e = s + m[0].length;
      if (ok(m[0]) && !covered(s, e) && !allowed(s, e)) out.push(`${what}: "${m[0]}"`);
    }
  }
  return out;
}

// Undo the evasion tricks, for checking an obfuscated span only (the corpus keeps the tricks).
const HOMOGLYPHS = { "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "І": "I",
  "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "ο": "o", "ν": "v" };
export function deobfuscate(s) {
  let t = s.replace(/\u202E([^\u202C]*)\u202C/g, (_, x) => [...x].reverse().join(""));
  t = t.replace(/[\u{E0000}-\u{E007F}]/gu, "");
  t = t.normalize("NFKC");
  t = t.replace(/[\p{Cf}\u034F\uFE00-\uFE0F]/gu, "");
  t = t.replace(/[\u0332\u0336\u0338\u20E3]/g, "");
  t = t.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x660)).replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x6f0))
    .replace(/[\u0966-\u096F]/g, (c) => String(c.charCodeAt(0) - 0x966));
  t = [...t].map((c) => HOMOGLYPHS[c] ?? c).join("");
  t = t.replace(/[\u2010-\u2015\u2212\uFE63]/g, "-").replace(/\u2236/g, ":");
  t = t.replace(/\n/g, "");
  // letter-spaced text ("S t g .  G e h e i m"): single spaces inside words, wider ones between
  if (/^(?:\S {1,3}){3,}\S$/.test(t)) t = t.split(/ {2,}/).map((w) => w.replace(/ /g, "")).join(" ");
  t = t.replace(/[\s\u00A0]+/g, " ");
  return t;
}
