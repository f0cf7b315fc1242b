import { contextPattern, lastLabelBefore, valuesNearLabels } from '../engine/context';
import { defineLabels, labelsWith } from '../engine/labels';
import { cellsUnder } from '../engine/table';
import type { Candidate, Detector } from '../engine/types';
import { digitAt } from '../engine/word';
import { DATE, DATE_AT, dateOf } from './dates';

// A date is personal data only as someone's birth date: "geboren op 25 juli 2008", "geb.
// 28-11-1978", "geboortedatum: 1985-03-12", "Jan de Vries (12-03-1985)". A meeting date is not.
// Birth words are rare in a long text and dates are not, so the search starts from the words.
const BIRTH_WORDS = [
  'geboren', 'geb.', 'geb', 'geboortedatum', 'geb.datum', 'geb. datum', 'geboortedag', 'date of birth', 'birth date',
  'birthdate', 'born', 'dob', 'datum van geboorte', 'd.o.b.', 'geborene', 'geboren op', 'geboren te', 'jarig',
];
/** Words that may also follow the date: "op 12 maart 1985 geboren", "die op 3 juni 2011 jarig is". */
const AFTER_DATE_WORDS = new Set(['geboren', 'born', 'jarig', 'geborene']);
/** A date, then at most an auxiliary, ending where a birth word starts. */
const DATE_THEN_WORD = /\s+(?:(?:is|was|werd|wordt|ben|bent|zijn|waren|were)\s+)?$/;
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
 * stands (at), whether it is a bracket, and where the date would start: "(", ", " or "," before a
 * digit. Found with indexOf, which finds one character many times faster than the regex engine
 * tries a pattern at every position.
 */
function* bracketsAndCommasBeforeDigits(text: string): Generator<{ at: number; bracket: boolean; start: number }> {
  let bracket = text.indexOf('(');
  let comma = text.indexOf(',');
  while (bracket >= 0 || comma >= 0) {
    if (bracket >= 0 && (comma < 0 || bracket < comma)) {
      if (digitAt(text, bracket + 1)) yield { at: bracket, bracket: true, start: bracket + 1 };
      bracket = text.indexOf('(', bracket + 1);
    } else {
      const start = text[comma + 1] === ' ' ? comma + 2 : comma + 1;
      if (digitAt(text, start)) yield { at: comma, bracket: false, start };
      comma = text.indexOf(',', comma + 1);
    }
  }
}
const NAME_BEFORE_BRACKET = /[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+ ?$/;
const NAME_BEFORE_COMMA =
  /(?:^|[^A-Za-z\u00C0-\u024F.])(?:[A-Z]\.(?: ?[A-Z]\.)* ?|[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]+ )(?:(?:van|de|der|den|el|ter|te|in|op|'t) )*[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+$/;
/**
 * A person's details in brackets, the date last: "(Filmon, 2008-11-21)", "Oleksandr Bondarenko
 * (Oekraïense nationaliteit, 1 februari 1988)". `before` ends at the comma before the date.
 */
function detailsInBrackets(before: string): boolean {
  const open = before.lastIndexOf('(');
  if (open < 0 || /[()\d\n]/.test(before.slice(open + 1))) return false;
  return /^\s*[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'-]+\s*$/.test(before.slice(open + 1)) || NAME_BEFORE_BRACKET.test(before.slice(0, open));
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

    valuesNearLabels(text, labelsWith(text, BIRTH_LABELS, settings.contextWords), DATE, { before: 0, after: 40 }, (m, start) => {
      if (!m.groups || !dateOf(m.groups, thisYear)) return;
      const end = start + m[0].length;
      const birth = Math.max(lastLabelBefore(text, start, BIRTH, 44), extra ? lastLabelBefore(text, start, extra, 44) : -1);
      if (birth < 0) return;
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
      const start = from + last.index;
      found.push({ start, end: start + last[0].length, confidence: 0.85 });
    }

    // A table with a birth-date column: every row's date there, not only the first row's.
    for (const cell of cellsUnder(text, extra ? contextPattern([...BIRTH_WORDS, ...settings.contextWords!]) : BIRTH)) {
      DATE_AT.lastIndex = 0;
      const m = DATE_AT.exec(text.slice(cell.start, cell.end));
      if (m?.groups && dateOf(m.groups, thisYear)) found.push({ start: cell.start, end: cell.start + m[0].length, confidence: 0.9 });
    }

    // From the first sign on (most texts have none): V8 finds one character at once, but tries a
    // pattern that starts with it at every position.
    const firstSign = text.indexOf('°');
    BORN_SIGN.lastIndex = Math.max(0, firstSign);
    for (let b = firstSign < 0 ? null : BORN_SIGN.exec(text); b; b = BORN_SIGN.exec(text)) {
      const start = b.index + b[0].length;
      DATE_AT.lastIndex = 1;
      const m = DATE_AT.exec(text.slice(start - 1, start + 32));
      if (m?.groups && dateOf(m.groups, thisYear)) found.push({ start, end: start + m[0].length, confidence: 0.85 });
    }

    for (const { at, bracket, start } of bracketsAndCommasBeforeDigits(text)) {
      DATE_AT.lastIndex = 1;
      const m = DATE_AT.exec(text.slice(start - 1, start + 32));
      if (!m) continue;
      const end = start + m[0].length;
      if (bracket ? text[end] !== ')' : !/^(?:[,;)\n]|$)/.test(text.slice(end, end + 1))) continue;
      const date = m.groups && dateOf(m.groups, thisYear);
      if (!date || (!bracket && date.year > thisYear - MIN_AGE)) continue;
      const before = text.slice(Math.max(0, at - 64), at);
      if (!(bracket ? NAME_BEFORE_BRACKET : NAME_BEFORE_COMMA).test(before) && !(text[end] === ')' && detailsInBrackets(before))) continue;
      found.push({ start, end, confidence: bracket ? 0.75 : 0.6 });
    }
    return found;
  },
};
