import { contextPattern, near } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { elfproef } from './elfproef';

// The written forms: 123456782, 123.456.782, 123 456 782, 1234.56.782. One separator kind per number
// (a dot, a space, a hyphen, or a line break between groups).
const FORMS = /(?<![\p{L}\p{N}]|\p{N}[.,])(?:\d{9}|\d{3}([.\- ]|\s)\d{3}\1\d{3}|\d{4}([.\- ]|\s)\d{2}\2\d{3})(?![\p{L}\p{N}]|[.,]\p{N})/gu;

const CONTEXT = contextPattern([
  'bsn', 'burgerservicenummer', 'burger service nummer', 'sofinummer', 'sofi-nummer', 'sofi nummer',
  'persoonsnummer', 'geb.', 'geboren', 'verdachte', 'aangever', 'aangeefster', 'betrokkene',
  'slachtoffer', 'getuige', 'citizen service number',
]);

// A nine-digit number that passes the elfproef by chance (1 in 11 do) in a clearly different role.
const OTHER_NUMBER = contextPattern([
  'bestelnummer', 'ordernummer', 'order', 'factuur', 'factuurnummer', 'klantnummer', 'artikelnummer',
  'zendingnummer', 'trackingnummer', 'track & trace', 'pakket', 'referentie', 'kenmerk', 'bedrag', '€',
]);

export const bsn: Detector = {
  meta: {
    id: 'bsn',
    defaultAction: 'block',
    minConfidence: 0.3,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    messages: {
      nl: { label: 'BSN (burgerservicenummer)', placeholder: 'BSN' },
      en: { label: 'BSN (Dutch citizen service number)', placeholder: 'BSN' },
    },
  },
  find({ text, settings }) {
    const context = settings.contextWords?.length ? contextPattern([...settings.contextWords]) : undefined;
    const found: Candidate[] = [];
    FORMS.lastIndex = 0;
    for (let m = FORMS.exec(text); m; m = FORMS.exec(text)) {
      const digits = m[0].replace(/\D/g, '');
      if (!elfproef(digits)) continue;
      const start = m.index;
      const end = start + m[0].length;
      let confidence = 0.6;
      if (near(text, start, end, CONTEXT) || (context && near(text, start, end, context))) confidence = 0.95;
      else if (near(text, start, end, OTHER_NUMBER, { before: 32, after: 8 })) confidence = 0.2;
      found.push({ start, end, confidence });
    }
    return found;
  },
};
