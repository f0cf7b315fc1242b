// Names that the layout of a text introduces, where no title or verb stands beside them:
// - list lines written surname first, "DOELWIJT, Ravi", "Gebremedhin, Dawit, operationeel specialist";
// - the speakers of a chat log or transcript, "[14:02] Ama: heb je dat nummer nog?";
// - the cells of a table column headed "Naam", "Achternaam", "Verdachte".
import { contextPattern } from '../engine/context';
import { cellsUnder } from '../engine/table';
import { factsOf, ordinary, type Facts } from './facts';
import { fold } from './fold';
import type { Person } from './people';
import { isContextWord } from './surroundings';
import { BRANDS, PARTICLES } from './vocabulary';

const CAP = '[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE]';
const REST = "[\\p{L}\\p{M}'’-]";
const PARTICLE = "(?:van der|van den|van de|van 't|in 't|van|de|der|den|ter|ten|te|el|al)";

// At a line's start (after a bullet or a number): a surname, a comma, then initials or given names,
// then only the line's end, a comma, a semicolon or a bracket.
const SURNAME_COMMA_GIVEN = new RegExp(
  `^[ \\t]*(?:[-*•·]|\\d{1,3}[.)])?[ \\t]*((?:${PARTICLE}[ \\t]+)?${CAP}${REST}+(?:[ \\t]${CAP}${REST}+)?),[ \\t]*` +
    `(${CAP}\\.(?:[ ]?-?${CAP}\\.)*|${CAP}\\p{Ll}${REST}*(?:[ \\t]${CAP}\\p{Ll}${REST}*)?)((?:[ \\t]+${PARTICLE})?)(?=[ \\t]*(?:[,;(\\n]|$))`,
  'gmu',
);

// What follows a line's first two items when the line enumerates: more capitalised items and an
// "en"/"and" before the last ("Albert Heijn, Hema, Kruidvat en De Bijenkorf"; "Jumbo, Lidl en Aldi").
const ENUMERATION_GOES_ON = new RegExp(
  `^(?:[ \\t]*,[ \\t]*(?:${PARTICLE}[ \\t]+)?${CAP}${REST}*(?:[ \\t]${CAP}${REST}*)*)*,?[ \\t]+(?:en|and|of|or|&)[ \\t]+(?:${PARTICLE}[ \\t]+)?${CAP}`,
  'u',
);

// At a line's start: a time ("[14:02]", "14:02:11 -", "12-03-24 14:02 -") or a bullet, then one or two
// capitalised words and a colon: who says what follows.
const SPEAKER = new RegExp(
  `^[ \\t]*(?:(\\[?\\(?(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4},?[ \\t]+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\)?\\]?)[ \\t]*(?:[-–][ \\t]*)?|[-*•>][ \\t]*)?` +
    `(${CAP}${REST}+(?:[ \\t]${CAP}${REST}+)?)[ \\t]*:[ \\t]`,
  'gmu',
);

/** Column headers that say a cell names a person. */
const NAME_HEADER = contextPattern([
  'naam', 'namen', 'achternaam', 'voornaam', 'voornamen', 'roepnaam', 'volledige naam', 'geslachtsnaam', 'name',
  'full name', 'surname', 'first name', 'last name', 'given name', 'persoon', 'betrokkene', 'verdachte', 'aangever',
  'getuige', 'slachtoffer', 'contactpersoon', 'medewerker', 'bestuurder', 'eigenaar', 'bewoner', 'melder',
]);
const NAME_CELL = new RegExp(
  `^(?:${CAP}\\.(?:[ ]?-?${CAP}\\.)*[ ]?)?(?:(?:${PARTICLE}) )?${CAP}${REST}+(?: (?:${PARTICLE} )?${CAP}${REST}+){0,3}$`,
  'u',
);

/** The layout's people in the text, in order of appearance. */
export function peopleByLayout(text: string): Person[] {
  return [...surnameFirstLines(text), ...speakers(text), ...nameCells(text)];
}

const facts = (word: string): Facts => factsOf(fold(word));

/** A word that may be part of a name: no ordinary word, title, place, organisation or firm. */
function nameLike(word: string): boolean {
  const folded = fold(word);
  const f = factsOf(folded);
  return !ordinary(f) && !isContextWord(folded) && !f.notPerson && !f.company && !(f.place && !f.first && !f.surname);
}

function wordsOf(written: string): string[] {
  return written.split(/[ \t]+/).filter((w) => !PARTICLES.has(w.toLowerCase()));
}

function surnameFirstLines(text: string): Person[] {
  const found: Person[] = [];
  SURNAME_COMMA_GIVEN.lastIndex = 0;
  for (let m = SURNAME_COMMA_GIVEN.exec(text); m; m = SURNAME_COMMA_GIVEN.exec(text)) {
    const [, surname, given, particles] = m;
    if (ENUMERATION_GOES_ON.test(restOfLine(text, m.index + m[0].length))) continue;
    if (BRANDS.has(fold(surname!).replace(/\s+/g, ' '))) continue;
    const surnames = wordsOf(surname!).flatMap((w) => w.split('-'));
    // "Bruin, Lotte de": the tussenvoegsel put after the given name makes the first word a surname,
    // however ordinary a word it is.
    const surnameLike = particles ? (w: string) => !isContextWord(fold(w)) && !facts(w).notPerson && !facts(w).place : nameLike;
    if (!surnames.length || !surnames.every(surnameLike)) continue;
    const initials = given!.endsWith('.');
    const givenWords = initials ? [] : wordsOf(given!);
    if (!initials && !givenWords.every(nameLike)) continue;
    const head = facts(givenWords[0] ?? '');
    const last = facts(surnames[surnames.length - 1]!);
    // "Lisa, Emma": two given names listed, not one person surname first.
    if (last.first && !last.surname && head.first) continue;
    const sure = initials ? !last.word || last.surname : head.first || ((!!particles || last.surname || !last.word) && !head.word && !head.place);
    if (!sure) continue;
    const start = m.index + m[0].indexOf(surname!);
    const end = m.index + m[0].length;
    found.push({ start, end, confidence: 0.85, key: fold(surnames[surnames.length - 1]!), ...(!initials && { given: fold(givenWords[0]!) }), asked: false });
  }
  return found;
}

function restOfLine(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? text.length : end);
}

function speakers(text: string): Person[] {
  const lines: { start: number; end: number; name: string; timed: boolean }[] = [];
  const count = new Map<string, number>();
  SPEAKER.lastIndex = 0;
  for (let m = SPEAKER.exec(text); m; m = SPEAKER.exec(text)) {
    const name = m[2]!;
    const start = m.index + m[0].lastIndexOf(name, m[0].length - 1);
    lines.push({ start, end: start + name.length, name, timed: m[1] !== undefined });
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const found: Person[] = [];
  for (const { start, end, name, timed } of lines) {
    const words = name.split(/[ \t]+/);
    if (!words.every(nameLike)) continue;
    const head = facts(words[0]!);
    // A time stamp makes a chat log; a label that comes back on several lines makes a transcript;
    // a known given name speaks for itself. A form's field ("Pleegplaats:") is none of these.
    const confidence = timed ? 0.8 : (count.get(name) ?? 0) >= 2 && !head.word ? 0.75 : head.first && !head.word ? 0.7 : 0;
    if (!confidence) continue;
    found.push({ start, end, confidence, key: fold(words[words.length - 1]!), ...(words.length > 1 && { given: fold(words[0]!) }), asked: false });
  }
  return found;
}

function nameCells(text: string): Person[] {
  const found: Person[] = [];
  for (const cell of cellsUnder(text, NAME_HEADER)) {
    const written = text.slice(cell.start, cell.end);
    const comma = /^([^,]+), ?([^,]+)$/.exec(written);
    const parts = comma ? [comma[1]!, comma[2]!] : [written];
    if (!parts.every((p) => NAME_CELL.test(p))) continue;
    const words = parts.flatMap((p) => wordsOf(p)).filter((w) => !w.endsWith('.'));
    if (!words.length || !words.every(nameLike)) continue;
    const surname = comma ? wordsOf(parts[0]!).pop()! : words[words.length - 1]!;
    found.push({ start: cell.start, end: cell.end, confidence: 0.8, key: fold(surname), asked: false });
  }
  return found;
}
