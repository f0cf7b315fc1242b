import { contextPattern, hasContext } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';

// Dutch passport and identity card numbers (since 2001): nine characters, two letters, six letters
// or digits, one digit; the letter O is never used (it looks like a 0).
const TRAVEL_DOCUMENT = /(?<![\p{L}\p{N}]|[\p{L}\p{N}]-)[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\p{L}\p{N}]|-[\p{L}\p{N}])/giu;
// Residence documents (verblijfsdocument): the type in Roman numerals, then V and eight letters or
// digits without 0 or O since 2019 ("III-V123AL568"); older ones V and eight digits.
const RESIDENCE_DOCUMENT = /(?<![\p{L}\p{N}]|[\p{L}\p{N}]-)(?:(?:I{1,3}|IV|V|EU|EU\/EER)-)?V[1-9A-NP-Z][0-9A-NP-Z]{7}(?![\p{L}\p{N}])/gu;

const CONTEXT = contextPattern([
  'paspoort', 'paspoortnummer', 'paspoortnr', 'paspoorten', 'identiteitskaart', 'id-kaart', 'id kaart', 'idkaart',
  'identiteitsbewijs', 'identiteitsdocument', 'legitimatie', 'legitimatiebewijs', 'documentnummer', 'documentnr',
  'reisdocument', 'reisdocumentnummer', 'verblijfsdocument', 'verblijfsvergunning', 'verblijfspas',
  'vreemdelingendocument', 'passport', 'passport number', 'id card', 'identity card', 'document number',
  'residence permit', 'nummer van het paspoort', 'nummer van de identiteitskaart', 'id-bewijs', 'id-nummer',
]);

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
    for (const [pattern, kind] of [[TRAVEL_DOCUMENT, 'travel-document'], [RESIDENCE_DOCUMENT, 'residence-document']] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const value = m[0];
        // Written in one case; mixed case ("Amsterdam1") is a word, not a number.
        if (value !== value.toUpperCase() && value !== value.toLowerCase()) continue;
        const context = hasContext(text, start, end, CONTEXT, settings.contextWords, { before: 64, after: 16 });
        // Nine letters and digits are also order codes and serial numbers: without a document named
        // nearby this stays below the threshold (a pack may lower it).
        found.push({ start, end, confidence: context ? 0.9 : 0.35, kind });
      }
    }
    return found;
  },
};
