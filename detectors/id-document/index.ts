import { contextPattern, valuesNearLabels } from '../engine/context';
import { alignedCellsUnder } from '../engine/columns';
import { cellsUnder } from '../engine/table';
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
  `(?<![${WORD_CHAR}]|[${WORD_CHAR}]-)(?:([A-NP-Z]{2}[A-NP-Z0-9]{6}\\d)|((?:(?:I{1,3}|IV|V|EU|EU/EER)-)?V[1-9A-NP-Z][0-9A-NP-Z]{7})|(\\d{3}([- ]?)\\d{7}\\4\\d{2})|([A-Z]{2}\\d{6})|([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}))${END}(?!-[${WORD_CHAR}])`,
  'gi',
);
// Documents of the neighbours, as common in Dutch police work as the Dutch ones:
// - the Belgian eID card: twelve digits, 000-0000000-00, the last two the first ten modulo 97 (97
//   for 0), as the Rijksregister's IT instructions (IT195) define it;
// - the Belgian passport: two letters and six digits;
// - the German Personalausweis and Reisepass: nine characters from C F G H J K L M N P R T V W X Y Z
//   and digits, starting with a letter.

const DOCUMENT_WORDS = [
  'paspoort', 'paspoortnummer', 'paspoortnr', 'paspoorten', 'identiteitskaart', 'id-kaart', 'id kaart', 'idkaart',
  'identiteitsbewijs', 'identiteitsdocument', 'legitimatie', 'legitimatiebewijs', 'documentnummer', 'documentnr',
  'reisdocument', 'reisdocumentnummer', 'verblijfsdocument', 'verblijfsvergunning', 'verblijfspas',
  'vreemdelingendocument', 'passport', 'passport number', 'id card', 'identity card', 'document number',
  'residence permit', 'id-bewijs', 'id-nummer', 'legitimeerde', 'gelegitimeerd', 'paspoort*', 'identiteitskaart*',
  'id-kaart*', 'eid', 'e-id', 'eid-kaart', 'kaartnummer', 'personalausweis', 'ausweis', 'ausweisnummer', 'reisepass',
  'carte d\'identité', "carte d'identite", 'passeport', 'doc no', 'doc. no.', 'doc nr', 'doc.nr.', 'document no',
  'passport no', 'passport no.', 'travel document',
];
/**
 * NUMBER with `\b` in front, for texts without "_": every number starts with an ASCII letter or
 * digit after no letter or digit, so there `\b` holds anyway, and it lets V8 pass over the inside
 * of words instead of trying the look-behind at every character, twice as fast. `\b` reads "_" as
 * a letter, which WORD_CHAR does not: a text with an underscore takes NUMBER itself.
 */
const NUMBER_AT_WORD_START = new RegExp(`\\b${NUMBER.source}`, NUMBER.flags);
const DOCUMENT = contextPattern(DOCUMENT_WORDS);
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
    const judge = (m: RegExpExecArray, start: number) => {
      // Written in one case: mixed case ("Amsterdam1") is a word, not a number.
      if (m[0] !== m[0].toUpperCase() && m[0] !== m[0].toLowerCase()) return;
      // "SPECI2014", "SPECI2021": the specimen numbers printed on sample documents, never a real one.
      if (/^speci/i.test(m[0])) return;
      // A residence document number has digits; "verdachte" has the same length and letters.
      if (m[2] && !/\d/.test(m[2])) return;
      if (m[3] && !belgianCard(m[3])) return;
      // A German number has digits among its letters; nine capitals are a word.
      if (m[6] && (m[6].match(/\d/g)?.length ?? 0) < 3) return;
      const kind = m[1] || m[5] || m[6] ? 'travel-document' : m[3] ? 'identity-card' : 'residence-document';
      found.push({ start, end: start + m[0].length, confidence: 0.9, kind });
    };
    const number = text.includes('_') ? NUMBER : NUMBER_AT_WORD_START;
    valuesNearLabels(text, labelsWith(text, DOCUMENT_LABELS, settings.contextWords), number, { before: 24, after: 64 }, judge);
    // A table with a document-number column: every row.
    for (const cell of [...cellsUnder(text, DOCUMENT), ...alignedCellsUnder(text, DOCUMENT)]) {
      NUMBER.lastIndex = 0;
      const m = NUMBER.exec(text.slice(cell.start, cell.end));
      if (m && m.index === 0 && m[0].length === cell.end - cell.start) judge(m, cell.start);
    }
    return found;
  },
};

/** The Belgian eID card number's check: the first ten digits modulo 97 (97 where that is 0). */
function belgianCard(written: string): boolean {
  const digits = written.replace(/\D/g, '');
  const rest = Number(digits.slice(0, 10)) % 97;
  return (rest === 0 ? 97 : rest) === Number(digits.slice(10));
}
