import { contextPattern, lastLabelBefore, valuesNearLabels } from '../engine/context';
import { defineLabels, labelsWith } from '../engine/labels';
import { alignedCellsUnder } from '../engine/columns';
import { sqlValuesUnder } from '../engine/sql';
import { cellsUnder } from '../engine/table';
import type { Candidate, Detector } from '../engine/types';
import { DATE, DATE_AT, DATE_AT_WORD_START, dateOf } from './dates';

// A date is personal data only as someone's birth date: "geboren op 25 juli 2008", "geb.
// 28-11-1978", "geboortedatum: 1985-03-12", "Jan de Vries (12-03-1985)". A meeting date is not.
// Birth words are rare in a long text and dates are not, so the search starts from the words.
const BIRTH_WORDS = [
  'geboren', 'geb.', 'geb', 'geboortedatum', 'geb.datum', 'geb. datum', 'geboortedag', 'date of birth', 'birth date',
  'birthdate', 'born', 'dob', 'datum van geboorte', 'd.o.b.', 'geborene', 'geboren op', 'geboren te', 'jarig',
  'bday', 'geboorte datum', 'birth',
];
/** English labels, after which a date may be written month first: "DOB 08/18/1966". */
const ENGLISH_BIRTH = contextPattern(['dob', 'd.o.b.', 'date of birth', 'born', 'birth date', 'birthdate']);
/** "08/18/1966": month, day, year, as in the United States; read only where the day is over 12. */
const US_DATE = /(?<![\d/])(0?[1-9]|1[0-2])\/(1[3-9]|2\d|3[01])\/((?:19|20)\d{2})(?![\d/])/g;
/** "19740912": a register's compact year, month, day (StUF, BRP), read only beside a birth word. */
const COMPACT_DATE = /(?<![\w.-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w-])/g;
/** Words that may also follow the date: "op 12 maart 1985 geboren", "die op 3 juni 2011 jarig is". */
const AFTER_DATE_WORDS = new Set(['geboren', 'born', 'jarig', 'geborene']);
/** A date, then at most an auxiliary, ending where a birth word starts. */
const DATE_THEN_WORD = /^\s+(?:(?:is|was|werd|wordt|ben|bent|zijn|waren|were)\s+)?$/;
/** "°12.03.1985": the Belgian and French sign for "born". */
const BORN_SIGN = /°\s?(?=\d)/g;
const BIRTH = contextPattern(BIRTH_WORDS);
const BIRTH_LABELS = defineLabels(BIRTH_WORDS);
/** Words that tie the nearest date to something else than a birth. */
const OTHER_EVENT = contextPattern([
  'overleden', 'overlijden', 'overlijdensdatum', 'gestorven', 'sterfdatum', 'died', 'vergadering', 'afspraak',
  'zitting', 'datum', 'aangifte', 'pleegdatum', 'gepleegd', 'aangehouden', 'ingeschreven', 'verhuisd', 'sinds',
  'vanaf', 'tot', 'geldig', 'afgegeven', 'vervaldatum', 'uitgifte', 'getrouwd', 'gehuwd', 'married',
]);
/**
 * "Jan de Vries (12-03-1985)" and "J. Jansen, 12-03-1985, Utrecht": a person's name, then a date in
 * brackets or between commas, the way personal details are listed. Where such a bracket or comma
 * stands (at), whether it is a bracket, and where the date would start: "(", ", ", "," or " - "
 * before a digit.
 */
const DATE_AFTER_NAME = /(?:\(|, ?|[-–] )(?=\d)/g;
/** A list of birthdays ("Sanne Smit - 3-4-1988" under "Verjaardagen"): a dash then joins name and date. */
const BIRTHDAYS = /verjaardag|jarig|geboortedat|birthday/i;
const NAME_BEFORE_BRACKET = /\p{Lu}[\p{L}'-]+ ?$/u;
const NAME_BEFORE_COMMA =
  /(?:^|[^\p{L}.])(?:(?:\p{Lu}\.(?: ?\p{Lu}\.)* ?|\p{Lu}\p{Ll}+ )(?:(?:van|de|der|den|el|ter|te|in|op|'t) )*\p{Lu}[\p{L}'-]+|\p{Lu}[\p{L}'-]+, (?:\p{Lu}\p{Ll}[\p{L}'-]*|\p{Lu}\.(?: ?\p{Lu}\.)*))$/u;
/**
 * A person's details in brackets, the date last: "(Filmon, 2008-11-21)", "Oleksandr Bondarenko
 * (Oekraïense nationaliteit, 1 februari 1988)". `before` ends at the comma before the date.
 */
function detailsInBrackets(before: string): boolean {
  const open = before.lastIndexOf('(');
  if (open < 0 || /[()\d\n]/.test(before.slice(open + 1))) return false;
  return /^\s*[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'-]+\s*$/.test(before.slice(open + 1)) || NAME_BEFORE_BRACKET.test(before.slice(0, open));
}

/**
 * "Het idee is geboren op …", "De Nationale Politie is op 1 januari 2013 geboren uit 25 korpsen":
 * an idea or an organisation is born too. The sentence's subject before the word, or "geboren uit",
 * says so.
 */
const THING_SUBJECT =
  /\b(?:het|de|een|dit|dat|deze|ons|onze)\s+(?:[\p{L}-]+\s+)?(?:idee|plan|initiatief|concept|project|samenwerking|organisatie|politie|korps|vereniging|stichting|club|bedrijf|beweging|traditie|festival|wijkteam)\b/iu;
function figurative(text: string, label: number): boolean {
  if (/^\p{L}+\s+uit\b/u.test(text.slice(label, label + 24))) return true;
  const from = Math.max(0, label - 80);
  const before = text.slice(from, label);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  return THING_SUBJECT.test(before.slice(cut + 1));
}

/** A listed date counts as a birth date only when the person would be at least this old. */
const MIN_AGE = 12;

export const birthDate: Detector = {
  meta: {
    id: 'birth-date',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['phone', 'postcode'],
    messages: {
      nl: { label: 'Geboortedatum', placeholder: 'GEBOORTEDATUM' },
      en: { label: 'Date of birth', placeholder: 'DATE OF BIRTH' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    const thisYear = new Date().getUTCFullYear();
    const extra = settings.contextWords?.length ? contextPattern(settings.contextWords) : undefined;

    const datePattern = text.includes('_') ? DATE : DATE_AT_WORD_START;
    valuesNearLabels(text, labelsWith(text, BIRTH_LABELS, settings.contextWords), datePattern, { before: 0, after: 40 }, (m, start) => {
      if (!m.groups || !dateOf(m.groups, thisYear)) return;
      // "01.03.10 Geboortedatum": a BRP element number opens the line, it is no date.
      if (/^\d\d\.\d\d\.\d\d$/.test(m[0]) && (start === 0 || text[start - 1] === '\n')) return;
      const end = start + m[0].length;
      const birth = Math.max(lastLabelBefore(text, start, BIRTH, 44), extra ? lastLabelBefore(text, start, extra, 44) : -1);
      if (birth < 0 || figurative(text, birth)) return;
      // "geboren op 1 mei 1950, overleden op 3 juni 2020": the nearest word says whose date it is.
      const other = lastLabelBefore(text, start, OTHER_EVENT, start - birth + 1);
      const dateBetween = /\d{4}/.test(text.slice(birth, start));
      found.push({ start, end, confidence: other > birth || dateBetween ? 0.3 : 0.9 });
    });

    // The date before the word: "Hij was op 12 maart 1985 geboren in Zaandam".
    for (const label of labelsWith(text, BIRTH_LABELS, undefined)) {
      if (!AFTER_DATE_WORDS.has(text.slice(label.start, label.end).toLowerCase().split(/\s/)[0]!)) continue;
      const from = Math.max(0, label.start - 48);
      const window = text.slice(from, label.start);
      DATE.lastIndex = 0;
      let last: RegExpExecArray | null = null;
      for (let m = DATE.exec(window); m; m = DATE.exec(window)) last = m;
      if (!last?.groups || !dateOf(last.groups, thisYear)) continue;
      if (!DATE_THEN_WORD.test(window.slice(last.index + last[0].length))) continue;
      if (figurative(text, label.start) || figurative(text, from + last.index)) continue;
      const start = from + last.index;
      found.push({ start, end: start + last[0].length, confidence: 0.85 });
    }

    // A table with a birth-date column (delimited, aligned with spaces, or an SQL INSERT's column
    // list): every row's date there, not only the first row's.
    const column = extra ? contextPattern([...BIRTH_WORDS, ...settings.contextWords!]) : BIRTH;
    for (const cell of [...cellsUnder(text, column), ...alignedCellsUnder(text, column), ...sqlValuesUnder(text, column)]) {
      const written = text.slice(cell.start, cell.end);
      DATE.lastIndex = 0;
      const m = DATE.exec(written);
      if (m?.index === 0 && m.groups && dateOf(m.groups, thisYear)) found.push({ start: cell.start, end: cell.start + m[0].length, confidence: 0.9 });
      else if (compactDate(written, thisYear) === written.length) found.push({ start: cell.start, end: cell.end, confidence: 0.9 });
    }

    // "<geboortedatum>19740912</…>", "01.03.10 Geboortedatum  20020505": a register's compact date.
    valuesNearLabels(text, labelsWith(text, BIRTH_LABELS, settings.contextWords), COMPACT_DATE, { before: 0, after: 40 }, (m, start) => {
      if (compactDate(m[0], thisYear) !== 8) return;
      const birth = lastLabelBefore(text, start, BIRTH, 44);
      if (birth >= 0 && !/\d/.test(text.slice(birth, start))) found.push({ start, end: start + 8, confidence: 0.85 });
    });

    // "DOB 08/18/1966": after an English label a date may be written month first.
    valuesNearLabels(text, labelsWith(text, BIRTH_LABELS, undefined), US_DATE, { before: 0, after: 24 }, (m, start) => {
      const birth = lastLabelBefore(text, start, ENGLISH_BIRTH, 24);
      if (birth < 0 || /\d/.test(text.slice(birth, start))) return;
      if (!dateOf({ d1: m[2], m1: m[1], y1: m[3] }, thisYear)) return;
      found.push({ start, end: start + m[0].length, confidence: 0.85 });
    });

    // From the first sign on (most texts have none): V8 finds one character at once, but tries a
    // pattern that starts with it at every position.
    const firstSign = text.indexOf('°');
    BORN_SIGN.lastIndex = Math.max(0, firstSign);
    for (let b = firstSign < 0 ? null : BORN_SIGN.exec(text); b; b = BORN_SIGN.exec(text)) {
      const start = b.index + b[0].length;
      const m = dateAt(text, start);
      if (m?.groups && dateOf(m.groups, thisYear)) found.push({ start, end: start + m[0].length, confidence: 0.85 });
    }

    let birthdays: boolean | undefined;
    DATE_AFTER_NAME.lastIndex = 0;
    for (let b = DATE_AFTER_NAME.exec(text); b; b = DATE_AFTER_NAME.exec(text)) {
      const bracket = b[0] === '(';
      const dash = b[0][0] !== '(' && b[0][0] !== ',';
      // " - " is found from its dash: a pattern that starts with a space is tried at every space.
      if (dash && text[b.index - 1] !== ' ') continue;
      if (dash && (birthdays ??= BIRTHDAYS.test(text)) === false) continue;
      const at = dash ? b.index - 1 : b.index;
      const start = b.index + b[0].length;
      const m = dateAt(text, start);
      if (!m) continue;
      const end = start + m[0].length;
      // "mevrouw Amghar (05-11-1952, V-nummer …)": more details may follow the date in the brackets.
      const more = bracket && text[end] === ',';
      if (bracket ? text[end] !== ')' && !more : !(dash ? /^(?:\n|$)/ : /^(?:[,;)\n]|$)/).test(text.slice(end, end + 1))) continue;
      const date = m.groups && dateOf(m.groups, thisYear);
      if (!date || ((!bracket || more) && date.year > thisYear - MIN_AGE)) continue;
      const before = text.slice(Math.max(0, at - 64), at);
      if (!(bracket ? NAME_BEFORE_BRACKET : NAME_BEFORE_COMMA).test(before) && !(text[end] === ')' && detailsInBrackets(before))) continue;
      found.push({ start, end, confidence: bracket ? 0.75 : 0.6 });
    }
    return found;
  },
};

/**
 * The date written at `start`, read at that place only (sticky): a date starts with no bracket,
 * comma or space, so the first date a search from there could find is there or nowhere that
 * counts. The character before is kept for the pattern's look-behind.
 */
function dateAt(text: string, start: number): RegExpExecArray | null {
  DATE_AT.lastIndex = 1;
  return DATE_AT.exec(text.slice(start - 1, start + 32));
}

/** The length of a valid compact date "YYYYMMDD" at the start of `written`, or 0. */
function compactDate(written: string, thisYear: number): number {
  const m = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/.exec(written);
  return m && dateOf({ d1: m[3], m1: m[2], y1: m[1] }, thisYear) ? 8 : 0;
}
