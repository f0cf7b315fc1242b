import { contextPattern, labelPattern, lastLabelBefore, valuesNearLabels } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { DATE, dateOf } from './dates';

// A date is personal data only as someone's birth date: "geboren op 25 juli 2008", "geb.
// 28-11-1978", "geboortedatum: 1985-03-12", "Jan de Vries (12-03-1985)". A meeting date is not.
// Birth words are rare in a long text and dates are not, so the search starts from the words.
const BIRTH_WORDS = [
  'geboren', 'geb.', 'geb', 'geboortedatum', 'geb.datum', 'geb. datum', 'geboortedag', 'date of birth', 'birth date',
  'birthdate', 'born', 'dob', 'd.o.b.', 'geborene', 'geboren op', 'geboren te',
];
const BIRTH = contextPattern(BIRTH_WORDS);
/** Words that tie the nearest date to something else than a birth. */
const OTHER_EVENT = contextPattern([
  'overleden', 'overlijden', 'overlijdensdatum', 'gestorven', 'sterfdatum', 'died', 'vergadering', 'afspraak',
  'zitting', 'datum', 'aangifte', 'pleegdatum', 'gepleegd', 'aangehouden', 'ingeschreven', 'verhuisd', 'sinds',
  'vanaf', 'tot', 'geldig', 'afgegeven', 'vervaldatum', 'uitgifte', 'getrouwd', 'gehuwd', 'married',
]);
/** "Jan de Vries (12-03-1985)": a name and a date in brackets right after it. */
const BRACKETED_DATE = /\((?=\d)/g;
const NAME_BEFORE_BRACKET = /[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'-]+ ?$/;

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
    const words = settings.contextWords?.length ? [...BIRTH_WORDS, ...settings.contextWords] : BIRTH_WORDS;
    const extra = settings.contextWords?.length ? contextPattern(settings.contextWords) : undefined;

    valuesNearLabels(text, labelPattern(words), DATE, { before: 0, after: 40 }, (m, start) => {
      if (!m.groups || !dateOf(m.groups, thisYear)) return;
      const end = start + m[0].length;
      const birth = Math.max(lastLabelBefore(text, start, BIRTH, 44), extra ? lastLabelBefore(text, start, extra, 44) : -1);
      if (birth < 0) return;
      // "geboren op 1 mei 1950, overleden op 3 juni 2020": the nearest word says whose date it is.
      const other = lastLabelBefore(text, start, OTHER_EVENT, start - birth + 1);
      const dateBetween = /\d{4}/.test(text.slice(birth, start));
      found.push({ start, end, confidence: other > birth || dateBetween ? 0.3 : 0.9 });
    });

    BRACKETED_DATE.lastIndex = 0;
    for (let b = BRACKETED_DATE.exec(text); b; b = BRACKETED_DATE.exec(text)) {
      DATE.lastIndex = 0;
      const m = DATE.exec(text.slice(b.index, b.index + 32));
      if (!m || m.index !== 1 || text[b.index + 1 + m[0].length] !== ')') continue;
      if (!m.groups || !dateOf(m.groups, thisYear)) continue;
      if (!NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, b.index - 40), b.index))) continue;
      const start = b.index + 1;
      found.push({ start, end: start + m[0].length, confidence: 0.75 });
    }
    return found;
  },
};
