import { contextPattern, hasContext, near } from '../engine/context';
import { headerAt } from '../engine/table';
import type { Candidate, Detector } from '../engine/types';
import { END, WORD_CHAR, digitAt } from '../engine/word';
import { btwIdValid, elfproef, isTestNumber } from './elfproef';

// The written forms: 123456782, 123.456.782, 123 456 782, 1234.56.782, and the eight-digit forms
// with an implied leading zero (12345674, 12.345.674). One separator kind per number: a dot, a
// space, a hyphen, or a line break between groups.
// The lookbehind sits after the first digit: a pattern that starts with one is slow (word.ts).
// A spaced number wrapped at the end of a line has a line break for one of its spaces ("123 456⏎782").
const WRAP = String.raw`\n|(?<=\n\d{2,3}) `;
const FORMS = new RegExp(
  String.raw`\d(?<![${WORD_CHAR}]\d|\d[.,]\d)(?:\d{7,8}|\d{2}([.\- ]|\s)\d{3}(?:\1|${WRAP})\d{3}|\d{3}([.\- ]|\s)\d{2}(?:\2|${WRAP})\d{3}|\d([. ])\d{3}\3\d{3})${END}(?![.,]\d)`,
  'g',
);

// Nine digits with one line break at any place ("30122⏎9144"): how a number wraps when pasted from
// a narrow column, or how it is split to dodge a filter. Counted only beside a BSN word: two
// numbers on consecutive lines look the same.
// Read from the digits right before a line break, as they are the only place such a number can
// start: trying the pattern at every digit of a long text cost more than finding the breaks.
const BROKEN = new RegExp(String.raw`\d(?<![${WORD_CHAR}]\d|\d[.,]\d)\d{0,7}[ \t]*\n[ \t]*\d{1,8}${END}(?![.,]\d)`, 'y');

// A btw-identificatienummer: NL, nine digits, B, two digits ("NL001234567B01", "NL 1234.56.782.B01").
const BTW_ID = new RegExp(String.raw`NL(?<![${WORD_CHAR}]NL) ?(\d{4}\.?\d{2}\.?\d{3}|\d{3}[. ]?\d{3}[. ]?\d{3}) ?\.?B ?(\d{2})${END}`, 'gi');

const CONTEXT = contextPattern([
  'bsn', 'bsn-nummer', 'bsn nr', 'burgerservicenummer', 'burgerservicenr', 'burger service nummer', 'sofinummer',
  'sofi-nummer', 'sofi nummer', 'persoonsnummer', 'persoonsgebonden nummer', 'geb.', 'geboren', 'verdachte',
  'aangever', 'aangeefster', 'betrokkene', 'benadeelde', 'slachtoffer', 'getuige', 'melder', 'citizen service number',
  'social security number', 'personal number',
]);

/** Words that name a BSN outright (not a role such as "verdachte", which only makes one likely). */
const BSN_LABEL = contextPattern([
  'bsn', 'bsn-nummer', 'bsn nr', 'burgerservicenummer', 'burgerservicenr', 'burger service nummer', 'sofinummer',
  'sofi-nummer', 'sofi nummer', 'citizen service number',
]);

/**
 * What a number counts when a noun follows it at once ("415.539.432 transacties", "301229235
 * bezoekers"): an amount, not a person's number. Units, and plural nouns: listed, or ending the way
 * Dutch plurals of things and people do (-ties, -ingen, -ers). Not every "-en": "geboren" follows a
 * BSN as often as a plural does.
 */
const COUNTED_AFTER = /^\s?(?:[a-z\u00DF-\u00FF]*(?:ties|ingen|heden|sels|tjes|ers|aars)|klanten|mensen|personen|artikelen|berichten|bestanden|pakketten|producten|apparaten|adressen|accounts|euro|euro's|eur|dollar|stuks|keer|maal|jaar|km|kg|mb|gb|kb|liter|procent|%|records|rijen|regels|items|views|hits|clicks|downloads|times|people|users|euros|dollars|bytes)(?![A-Za-z\u00C0-\u024F'])/;

const RSIN = contextPattern(['rsin', 'rechtspersonen en samenwerkingsverbanden informatienummer', 'fiscaal nummer', 'fiscaalnummer']);

// A nine-digit number that passes the elfproef by chance (1 in 11 do) in a clearly different role.
const OTHER_NUMBER = contextPattern([
  'bestelnummer', 'ordernummer', 'order', 'bestelling', 'factuur', 'factuurnummer', 'klantnummer', 'artikelnummer',
  'zendingnummer', 'trackingnummer', 'track & trace', 'pakket', 'referentie', 'kenmerk', 'bedrag', '€', 'eur', 'euro',
  'kvk', 'kvk-nummer', 'kamer van koophandel', 'telefoon', 'tel.', 'tel', 'fax', 'postbus', 'polisnummer',
  'lidnummer', 'abonnementsnummer', 'contractnummer', 'serienummer', 'ticketnummer', 'transactie',
  'transactienummer', 'referentienummer', 'dossiernummer', 'zaaknummer', 'relatienummer', 'debiteurnummer',
  'crediteurnummer', 'volgnummer', 'aanvraagnummer', 'meldingnummer', 'meldnummer', 'bonnummer', 'pakketnummer',
  'verzendnummer', 'barcode', 'ean', 'isbn', 'artikel', 'productnummer', 'modelnummer', 'versie',
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
    const found: Candidate[] = [];
    FORMS.lastIndex = 0;
    for (let m = FORMS.exec(text); m; m = FORMS.exec(text)) {
      let digits = m[0].replace(/\D/g, '');
      const implied = digits.length === 8;
      if (implied) digits = '0' + digits;
      if (!elfproef(digits)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (near(text, start, end, RSIN, { before: 32, after: 0 })) {
        found.push({ start, end, confidence: 0.9, kind: 'rsin', actionHint: 'warn' });
        continue;
      }
      // A count noun right after the number outweighs a role word further back ("het slachtoffer
      // zag 415.539.432 transacties"), not a BSN label right before it.
      if (COUNTED_AFTER.test(text.slice(end, end + 24)) && !near(text, start, end, BSN_LABEL, { before: 24, after: 0 })) {
        found.push({ start, end, confidence: 0.2 });
        continue;
      }
      // In a table the column header says what the number is, in every row.
      const header = headerAt(text, start);
      const headed = header !== undefined && BSN_LABEL.test(header);
      if (header !== undefined && !headed && OTHER_NUMBER.test(header)) {
        if (!implied) found.push({ start, end, confidence: 0.2 });
        continue;
      }
      const context = headed || hasContext(text, start, end, CONTEXT, settings.contextWords);
      let confidence: number;
      if (context) confidence = implied ? 0.85 : 0.95;
      // Eight digits are too common (amounts, counts, references) to stand for a BSN on their own.
      else if (implied) continue;
      // The window reaches as far back as the one for BSN words: "Uw klantnummer bij de energieleverancier is …".
      else if (near(text, start, end, OTHER_NUMBER, { before: 48, after: 8 })) confidence = 0.2;
      else confidence = 0.6;
      // Known test numbers (111222333, 123456782, the BRP's 99999xxxx) still count: people paste
      // real ones the same way, but they weigh less.
      if (isTestNumber(digits)) confidence -= 0.15;
      found.push({ start, end, confidence });
    }
    let after = 0; // where the last number found ended: the next starts there or later
    for (let lineEnd = text.indexOf('\n'); lineEnd >= 0; lineEnd = text.indexOf('\n', lineEnd + 1)) {
      let start = lineEnd;
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      while (start > 0 && digitAt(text, start - 1)) start--;
      if (start < after || !digitAt(text, start)) continue;
      BROKEN.lastIndex = start;
      const m = BROKEN.exec(text);
      if (!m) continue;
      const end = start + m[0].length;
      after = end;
      const digits = m[0].replace(/\D/g, '');
      if (digits.length !== 9 || !elfproef(digits)) continue;
      if (hasContext(text, start, end, CONTEXT, settings.contextWords)) found.push({ start, end, confidence: isTestNumber(digits) ? 0.7 : 0.85 });
    }
    BTW_ID.lastIndex = 0;
    for (let m = BTW_ID.exec(text); m; m = BTW_ID.exec(text)) {
      const digits = m[1]!.replace(/\D/g, '');
      if (!btwIdValid(digits, m[2]!)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, confidence: 0.9, kind: 'btw-id', actionHint: 'warn' });
    }
    return found;
  },
};
