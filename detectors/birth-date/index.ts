import { contextPattern, lastLabelBefore } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { DATE, dateOf } from './dates';

// A date is personal data only as someone's birth date: "geboren op 25 juli 2008", "geb.
// 28-11-1978", "geboortedatum: 1985-03-12", "Jan de Vries (12-03-1985)". A meeting date is not.
const BIRTH = contextPattern([
  'geboren', 'geb.', 'geb', 'geboortedatum', 'geb.datum', 'geb. datum', 'geboortedag', 'geboortejaar',
  'date of birth', 'birth date', 'birthdate', 'born', 'dob', 'd.o.b.', 'geboren op', '°', '*', 'geborene',
]);
/** Words that tie the nearest date to something else than a birth. */
const OTHER_EVENT = contextPattern([
  'overleden', 'overlijden', 'overlijdensdatum', 'gestorven', 'sterfdatum', 'died', 'vergadering', 'afspraak',
  'zitting', 'datum', 'aangifte', 'pleegdatum', 'gepleegd', 'aangehouden', 'ingeschreven', 'verhuisd', 'sinds',
  'vanaf', 'tot', 'geldig', 'afgegeven', 'vervaldatum', 'uitgifte', 'op dinsdag', 'op maandag',
]);
/** A name right before "(date)": a capitalised word and the bracket. */
const NAME_THEN_BRACKET = /\p{Lu}[\p{L}'-]+\s?\($/u;

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
    DATE.lastIndex = 0;
    for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
      if (!m.groups || !dateOf(m.groups, thisYear)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const birth = Math.max(lastLabelBefore(text, start, BIRTH, 40), extra ? lastLabelBefore(text, start, extra, 40) : -1);
      let confidence = 0;
      if (birth >= 0) {
        // "geboren op 1 mei 1950, overleden op 3 juni 2020": the nearest word says whose date it is.
        const other = lastLabelBefore(text, start, OTHER_EVENT, start - birth + 1);
        const dateBetween = /\d{4}/.test(text.slice(birth, start));
        confidence = other > birth || dateBetween ? 0.3 : 0.9;
      } else if (NAME_THEN_BRACKET.test(text.slice(Math.max(0, start - 40), start)) && text[end] === ')') {
        confidence = 0.75;
      }
      if (confidence > 0) found.push({ start, end, confidence });
    }
    return found;
  },
};
