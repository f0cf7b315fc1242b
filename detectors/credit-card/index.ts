import { contextPattern, hasContext } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { END, WORD_CHAR } from '../engine/word';
import { cardScheme, luhn } from './luhn';

// Groups of four (4-4-4-4, 4-4-4-4-3), American Express's 4-6-5, Diners' 4-6-4, or 12–19 digits in
// a row; one separator kind per number.
const FORMS = new RegExp(
  `\\d(?<![${WORD_CHAR}]\\d|\\d[.,\\- ]\\d)(?:\\d{3}([ \\-\\n])\\d{4}\\1\\d{4}\\1\\d{1,4}(?:\\1\\d{1,3})?|\\d{3}([ \\-])\\d{6}\\2\\d{4,5}|\\d{11,18})${END}(?![.,\\-]\\d| \\d)`,
  'g',
);

const CONTEXT = contextPattern([
  'creditcard', 'credit card', 'creditcardnummer', 'kaartnummer', 'kaart', 'betaalpas', 'pinpas', 'bankpas',
  'debitcard', 'visa', 'mastercard', 'maestro', 'american express', 'amex', 'card number', 'card', 'cvc', 'cvv',
  'vervaldatum', 'expiry',
]);

export const creditCard: Detector = {
  meta: {
    id: 'credit-card',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['bsn', 'phone', 'drivers-license', 'v-number', 'police-report-number'],
    messages: {
      nl: { label: 'Creditcardnummer', placeholder: 'CREDITCARD' },
      en: { label: 'Credit card number', placeholder: 'CREDIT CARD' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    FORMS.lastIndex = 0;
    for (let m = FORMS.exec(text); m; m = FORMS.exec(text)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 12 || digits.length > 19 || !luhn(digits) || !cardScheme(digits)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const context = hasContext(text, start, end, CONTEXT, settings.contextWords);
      // A long run of digits that passes Luhn by chance (1 in 10) is weaker than a grouped one.
      const grouped = digits.length !== m[0].length;
      found.push({ start, end, confidence: context ? 0.95 : grouped ? 0.8 : 0.6 });
    }
    return found;
  },
};
