// Names that a field of structured text holds, however the value is written:
// - a value under a name key in JSON, YAML-like code or XML/StUF ("naam": "…", <BG:voornamen>…</…>);
// - a value in the name column of an SQL INSERT;
// - a full name in capitals, as registers, bank statements, manifests and foreign forms print it
//   ("Name: CRISTIAN MATEI", "NL91ABNA…  FERESHTA NOORZAI  omschr: huur").
import { sqlValuesUnder } from '../engine/sql';
import { factsOf } from './facts';
import { fold } from './fold';
import { NAME_CELL, NAME_HEADER, nameLike, wordsOf } from './layout';
import type { Person } from './people';
import { isContextWord } from './surroundings';
import { PARTICLES } from './vocabulary';

const NAME_KEY =
  '(?:naam|name|voornaam|voornamen|achternaam|geslachtsnaam|roepnaam|volledige[_ ]?naam|full[_ ]?name|first[_ ]?name|last[_ ]?name|given[_ ]?names?|surname|family[_ ]?name)';
const CODE_FIELD = new RegExp(
  `["']${NAME_KEY}["']\\s*[:=]\\s*["']([^"'\\n]{2,60})["']|<(?:[\\w-]+:)?${NAME_KEY}>([^<\\n]{2,60})</`,
  'giu',
);
const CAPITALS = /(?=[A-Z\u00C0-\u024F])(?<![\p{L}\p{N}@.'’_-])\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?: \p{Lu}{2,}(?:['’-]\p{Lu}+)*){1,3}(?![\p{L}\p{N}@'’_-])/gu;
/** What names the capitals after it as a person: a label, or the payee of a transfer. */
const LABEL_BEFORE =
  /(?:\b(?:name|naam|subject|betreft|onderwerp|suspect|verdachte|tenaamgestelde|begunstigde|rekeninghouder|t\.n\.v\.|tnv|passenger|reiziger)\b[^\n]{0,40}?|\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,34}|\S[ \t]{2,})[ \t]*[:\-–]?[ \t]*$/i;

const NOT_A_PERSON_LABEL = /\b(?:merk|type|model|make|brand|kleur|colour|color|product|artikel)\b/i;

export function peopleInFields(text: string): Person[] {
  return [...codeFields(text), ...sqlNames(text), ...capitalNames(text)];
}

function codeFields(text: string): Person[] {
  const found: Person[] = [];
  if (!/[<"']/.test(text)) return found;
  CODE_FIELD.lastIndex = 0;
  for (let m = CODE_FIELD.exec(text); m; m = CODE_FIELD.exec(text)) {
    const value = m[1] ?? m[2]!;
    const start = m.index + m[0].lastIndexOf(value);
    const person = asName(value.trim(), start);
    if (person) found.push(person);
  }
  return found;
}

function sqlNames(text: string): Person[] {
  return sqlValuesUnder(text, NAME_HEADER).flatMap((cell) => asName(text.slice(cell.start, cell.end), cell.start) ?? []);
}

/** The value as a person when it is written like a name and holds no ordinary word. */
function asName(value: string, start: number): Person | undefined {
  if (!NAME_CELL.test(value)) return undefined;
  const words = wordsOf(value).filter((w) => !w.endsWith('.') && w.length > 1);
  if (!words.length || !words.every(nameLike)) return undefined;
  return { start, end: start + value.length, confidence: 0.8, key: fold(words[words.length - 1]!), asked: false };
}

function capitalNames(text: string): Person[] {
  const found: Person[] = [];
  CAPITALS.lastIndex = 0;
  for (let m = CAPITALS.exec(text); m; m = CAPITALS.exec(text)) {
    const words = m[0].split(' ').filter((w) => !PARTICLES.has(w.toLowerCase()));
    if (words.length < 2) continue;
    const facts = words.map((w) => factsOf(fold(w)));
    if (words.some((w, i) => isContextWord(fold(w)) || facts[i]!.notPerson || facts[i]!.company)) continue;
    const first = facts[0]!;
    const last = facts[facts.length - 1]!;
    // No ordinary word anywhere ("POLITIE INTERN", "AMBER ALERT"), no place alone.
    if (facts.some((f) => (f.word && !f.first && !f.surname) || (f.place && !f.first && !f.surname))) continue;
    const known = first.first && !first.word && !last.word && !last.place;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const lead = text.slice(lineStart, m.index);
    // "Merk / type : MERCEDES-BENZ VITO": a make or a model, however much it looks like a name.
    if (NOT_A_PERSON_LABEL.test(lead)) continue;
    const labelled = m.index - lineStart <= 120 && LABEL_BEFORE.test(lead);
    const afterPayment = !labelled && m.index === lineStart && /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,}[A-Z0-9 ]*\n$/.test(text.slice(Math.max(0, lineStart - 48), lineStart));
    if (!known && !labelled && !afterPayment) continue;
    if (!known && facts.some((f) => f.word)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, confidence: known ? 0.8 : 0.7, key: fold(words[words.length - 1]!), given: fold(words[0]!), asked: false });
  }
  return found;
}
