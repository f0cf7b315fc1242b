import { contextPattern, hasContext } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { END, WORD_CHAR } from '../engine/word';

// The Openbaar Ministerie's parketnummer: two digits of the parket (arrondissement, or 2x for a
// court of appeal), six digits, two digits of the year: 09/014861-23, 21-000592-24. Court case
// numbers published with judgments (C/13/123456, 200.123.456/01, ECLI:NL:HR:2019:1234) are
// public and have other shapes; the lookbehind keeps "C/13/…" out.
const FORM = new RegExp(
  `\\d(?<![${WORD_CHAR}/.:\\-]\\d|[${WORD_CHAR}]/\\d)\\d\\s?([/-])\\s?\\d{6}\\s?-\\s?\\d{2}${END}(?![/\\-.]\\d)`,
  'g',
);

const CONTEXT = contextPattern([
  'parketnummer', 'parketnr', 'parket', 'parketnummers', 'om-nummer', 'openbaar ministerie', 'officier van justitie',
  'dagvaarding', 'strafzaak', 'zitting', 'tul', 'ts', 'rechtbank', 'politierechter', 'gerechtshof', 'hof',
  'case number', 'prosecution',
]);

export const prosecutionCaseNumber: Detector = {
  meta: {
    id: 'prosecution-case-number',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['P1.4', 'S3'],
    mask: 'partial',
    redactable: true,
    // "05/723267-16" reads as a valid phone number (0572…) and "09-014861" as a date-like code.
    supersedes: ['phone', 'bsn', 'birth-date', 'drivers-license', 'v-number'],
    messages: {
      nl: { label: 'Parketnummer', placeholder: 'PARKETNUMMER' },
      en: { label: 'Prosecution case number (parketnummer)', placeholder: 'CASE NUMBER' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    FORM.lastIndex = 0;
    for (let m = FORM.exec(text); m; m = FORM.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const context = hasContext(text, start, end, CONTEXT, settings.contextWords, { before: 48, after: 16 });
      // The slash form is the parketnummer's own; the hyphenated one also looks like other codes.
      const confidence = context ? 0.95 : m[1] === '/' ? 0.85 : 0.6;
      found.push({ start, end, confidence });
    }
    return found;
  },
};
