import { valuesNearLabels } from '../engine/context';
import { defineLabels, labelsWith } from '../engine/labels';
import type { Candidate, Detector } from '../engine/types';
import { END, WORD_CHAR } from '../engine/word';

// Dutch passport and identity card numbers (since 2001): nine characters, two letters, six letters
// or digits, one digit; the letter O is never used (it looks like a 0). Residence documents
// (verblijfsdocument): the type in Roman numerals, then V and eight letters or digits without 0 or
// O since 2019 ("III-V123AL568"); older ones V and eight digits.
// Nine letters and digits are also order codes and serial numbers, so only a document named nearby
// counts, and the search starts from those words.
const NUMBER = new RegExp(
  `(?<![${WORD_CHAR}]|[${WORD_CHAR}]-)(?:([A-NP-Z]{2}[A-NP-Z0-9]{6}\\d)|((?:(?:I{1,3}|IV|V|EU|EU/EER)-)?V[1-9A-NP-Z][0-9A-NP-Z]{7}))${END}(?!-[${WORD_CHAR}])`,
  'gi',
);

const DOCUMENT_WORDS = [
  'paspoort', 'paspoortnummer', 'paspoortnr', 'paspoorten', 'identiteitskaart', 'id-kaart', 'id kaart', 'idkaart',
  'identiteitsbewijs', 'identiteitsdocument', 'legitimatie', 'legitimatiebewijs', 'documentnummer', 'documentnr',
  'reisdocument', 'reisdocumentnummer', 'verblijfsdocument', 'verblijfsvergunning', 'verblijfspas',
  'vreemdelingendocument', 'passport', 'passport number', 'id card', 'identity card', 'document number',
  'residence permit', 'id-bewijs', 'id-nummer', 'legitimeerde', 'gelegitimeerd',
];
const DOCUMENT_LABELS = defineLabels(DOCUMENT_WORDS);

export const idDocument: Detector = {
  meta: {
    id: 'id-document',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['license-plate', 'postcode'],
    messages: {
      nl: { label: 'Documentnummer (paspoort/ID-kaart/verblijfsdocument)', placeholder: 'DOCUMENTNUMMER' },
      en: { label: 'Identity document number', placeholder: 'DOCUMENT NUMBER' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    valuesNearLabels(text, labelsWith(text, DOCUMENT_LABELS, settings.contextWords), NUMBER, { before: 24, after: 64 }, (m, start) => {
      // Written in one case: mixed case ("Amsterdam1") is a word, not a number.
      if (m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) return;
      // A residence document number has digits; "verdachte" has the same length and letters.
      if (m[2] && !/\d/.test(m[2])) return;
      found.push({ start, end: start + m[0].length, confidence: 0.9, kind: m[1] ? 'travel-document' : 'residence-document' });
    });
    return found;
  },
};
