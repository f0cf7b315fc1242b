import type { Candidate, Detector } from '../engine/types';
import { startsWord } from '../engine/word';
import { ibanLength, mod97 } from './mod97';

// Where an IBAN may start: two letters and two check digits, not glued to a word.
const START = /[A-Z]{2}\d{2}/gi;
const alnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Between groups of four people write a space (or a hyphen or dot); a line break where the text wrapped. */
const separator = (c: number) => c === 32 || c === 10 || c === 9 || c === 45 || c === 46;

export const iban: Detector = {
  meta: {
    id: 'iban',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    // An IBAN's ten account digits are neither a BSN, a phone number nor a licence number.
    supersedes: ['bsn', 'phone', 'credit-card', 'drivers-license', 'v-number', 'police-report-number', 'postcode', 'license-plate'],
    messages: {
      nl: { label: 'IBAN (rekeningnummer)', placeholder: 'IBAN' },
      en: { label: 'IBAN (bank account number)', placeholder: 'IBAN' },
    },
  },
  find({ text }) {
    const found: Candidate[] = [];
    START.lastIndex = 0;
    for (let m = START.exec(text); m; m = START.exec(text)) {
      if (!startsWord(text, m.index)) {
        START.lastIndex = m.index + 1;
        continue;
      }
      const country = m[0].slice(0, 2).toUpperCase();
      const length = ibanLength(country);
      if (!length) continue;
      const read = readGrouped(text, m.index, length);
      if (!read) continue;
      const [compact, end] = read;
      if (!mod97(compact)) continue;
      // Dutch accounts have a fixed shape: four letters of the bank, ten digits.
      if (country === 'NL' && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(compact)) continue;
      found.push({ start: m.index, end, confidence: country === 'NL' ? 0.95 : 0.9 });
      START.lastIndex = end;
    }
    return found;
  },
};

/**
 * Reads `length` letters and digits from `start`, allowing one separator between the groups of four
 * in which IBANs are printed ("NL91 ABNA 0417 1643 00"), and
 * requires that the IBAN ends there (no letter or digit glued on). Returns the upper-cased compact
 * form and where it ends, or undefined.
 */
function readGrouped(text: string, start: number, length: number): [string, number] | undefined {
  let compact = '';
  let i = start;
  while (i < text.length && compact.length < length) {
    const c = text.charCodeAt(i);
    if (alnum(c)) {
      compact += text[i];
      i++;
    } else if (separator(c) && compact.length % 4 === 0 && alnum(text.charCodeAt(i + 1))) {
      i++;
    } else break;
  }
  if (compact.length !== length) return undefined;
  if (alnum(text.charCodeAt(i))) return undefined;
  return [compact.toUpperCase(), i];
}
