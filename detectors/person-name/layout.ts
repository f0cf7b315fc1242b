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

const CAP = '\\p{Lu}';
const REST = "[\\p{L}\\p{M}'’-]";
const PARTICLE = "(?:van der|van den|van de|van 't|in 't|van|de|der|den|ter|ten|te|el|al)";

// A surname, a comma, then initials or given names: "DOELWIJT, Ravi", "Hendriks, K.L.", "Vliet, van,
// Femke", "OP DEN KAMP, Wim", "Tjon A Fong, P.". Then only what ends a list item or a column: the
// line's end, a comma, a semicolon, a bracket, "<" (a mail header), a tab, two spaces or " - ".
// What may stand before it on the line is checked in code (`introduces`).
const SURNAME_PIECE = `${CAP}${REST}*`;
const SURNAME_COMMA_GIVEN = new RegExp(
  `(?=[A-Za-z\\u00C0-\\u024F])(?<![\\p{L}\\p{N}'’.@/_-])` +
    `((?:${PARTICLE}[ \\t]+)?${CAP}${REST}+(?:(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?|-)${SURNAME_PIECE}){0,4}),[ \\t]*` +
    `(?:(${PARTICLE}),[ \\t]*)?` +
    `(${CAP}\\.(?:[ ]?-?${CAP}\\.)*|${CAP}\\p{Ll}${REST}*(?:[ \\t]${CAP}\\p{Ll}${REST}*)?)((?:[ \\t]+${PARTICLE})?)` +
    `(?=[ \\t]*(?:[,;(<)\\n]|$)|\\t|[ \\t]{2,}|[ \\t]+[-–|][ \\t])`,
  'gu',
);

/**
 * What may come before such a name on its line: nothing or a bullet; a label and a colon
 * ("Betrokkene 2:", "Naam medewerker:", "Van:"); time stamps and case numbers of a roster or a
 * chat ("09:30  10/136513-26", "[09:43]", "Onderwerp: 08/188791-26 /"). Not running text.
 */
const LEAD =
  /^[ \t]*(?:[-*•·>]|\d{1,3}[.)])?[ \t]*(?:\p{L}[\p{L}\d .()'’/-]{0,40}?[ \t]*:[ \t]*)?(?:(?:[[(]?\d[\d:/.,-]*[\])]?|[/|–-])[ \t]+)*$/u;

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
export const NAME_HEADER = contextPattern([
  'naam', 'namen', 'achternaam', 'voornaam', 'voornamen', 'roepnaam', 'volledige naam', 'geslachtsnaam', 'name',
  'full name', 'surname', 'first name', 'last name', 'given name', 'persoon', 'betrokkene', 'verdachte', 'aangever',
  'getuige', 'slachtoffer', 'contactpersoon', 'medewerker', 'bestuurder', 'eigenaar', 'bewoner', 'melder',
]);
export const NAME_CELL = new RegExp(
  `^(?:${CAP}\\.(?:[ ]?-?${CAP}\\.)*[ ]?)?(?:(?:${PARTICLE}) )?${CAP}${REST}+(?: (?:${PARTICLE} )?${CAP}${REST}+){0,3}$`,
  'u',
);

/** The layout's people in the text, in order of appearance. */
export function peopleByLayout(text: string): Person[] {
  return [...surnameFirstLines(text), ...speakers(text), ...nameCells(text)];
}

const facts = (word: string): Facts => factsOf(fold(word));

/** A word that may be part of a name: no ordinary word, title, place, organisation or firm. */
export function nameLike(word: string): boolean {
  const folded = fold(word);
  const f = factsOf(folded);
  return !ordinary(f) && !isContextWord(folded) && !f.notPerson && !f.company && !(f.place && !f.first && !f.surname);
}

export function wordsOf(written: string): string[] {
  return written.split(/[ \t]+/).filter((w) => !PARTICLES.has(w.toLowerCase()));
}

function surnameFirstLines(text: string): Person[] {
  const found: Person[] = [];
  SURNAME_COMMA_GIVEN.lastIndex = 0;
  for (let m = SURNAME_COMMA_GIVEN.exec(text); m; m = SURNAME_COMMA_GIVEN.exec(text)) {
    const [, written, moved, given, trailing] = m;
    // "Staat Jansen, Piet": drop leading words that are no name, and judge what stood before.
    let surname = written!;
    let start = m.index;
    while (true) {
      const head = /^(\S+)[ \t]+/.exec(surname);
      const first = surname.split(/[ \t-]/)[0]!;
      // "LIE A KWIE": a one-letter connective after the first word keeps it in the name.
      if (!head || PARTICLES.has(first.toLowerCase()) || nameLike(first) || /^\S+[ \t]+\S(?:[ \t]|$)/.test(surname)) break;
      start += head[0].length;
      surname = surname.slice(head[0].length);
    }
    if (!introduces(text, start)) continue;
    // "OP DEN KAMP", "van Dam": a tussenvoegsel written before the surname marks it as well.
    const particles = moved || trailing || wordsOf(surname).length < surname.split(/[ \t]+/).length;
    const capitals = surname === surname.toUpperCase();
    if (ENUMERATION_GOES_ON.test(restOfLine(text, m.index + m[0].length))) continue;
    if (BRANDS.has(fold(surname).replace(/\s+/g, ' '))) continue;
    // "Tjon A Fong", "LIE A KWIE": a one-letter connective is no name word of its own.
    const pieces = wordsOf(surname).flatMap((w) => w.split('-')).filter((w) => w.length > 1 && !PARTICLES.has(w.toLowerCase()));
    // "LIE A KWIE": in a name of several words one may be an ordinary word, not all of them.
    const surnames = pieces.length > 1 && pieces.some(nameLike) ? pieces.filter(nameLike) : pieces;
    // "Bruin, Lotte de", "Vliet, van, Femke": the tussenvoegsel put after the surname makes the
    // first word a surname, however ordinary a word it is.
    const surnameLike = particles
      ? (w: string) => { const f = facts(w); return !isContextWord(fold(w)) && !f.notPerson && !(f.place && !f.surname && !f.first); }
      : nameLike;
    if (!surnames.length || !surnames.every(surnameLike)) continue;
    const initials = given!.endsWith('.');
    // "Ter Apel, Den Helder": a given name never opens with a tussenvoegsel; a place often does.
    if (PARTICLES.has(given!.split(/[ \t]/)[0]!.toLowerCase())) continue;
    const givenWords = initials ? [] : wordsOf(given!);
    if (!initials && !givenWords.every(nameLike)) continue;
    const head = facts(givenWords[0] ?? '');
    const last = facts(surnames[surnames.length - 1]!);
    // "Lisa, Emma": two given names listed, not one person surname first.
    if (last.first && !last.surname && head.first && !capitals) continue;
    const sure = initials ? !last.word || last.surname : head.first || ((!!particles || last.surname || !last.word) && !head.word && !head.place);
    if (!sure) continue;
    const end = m.index + m[0].length;
    found.push({ start, end, confidence: 0.85, key: fold(surnames[surnames.length - 1]!), ...(!initials && { given: fold(givenWords[0]!) }), asked: false });
  }
  return found;
}

/** Whether what stands before `start` on its line lets a list item or a field value begin there. */
function introduces(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > 80) return false;
  const before = text.slice(lineStart, start);
  if (LEAD.test(before)) return true;
  // "PV verhoor getuige RAMDIN, Ruth": a role word right before names whoever follows.
  const word = /([\p{L}.]+)[ \t]+$/u.exec(before);
  return !!word && isContextWord(fold(word[1]!));
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
