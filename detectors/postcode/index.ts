import { contextPattern, hasContext } from '../engine/context';
import { sqlValuesUnder } from '../engine/sql';
import { headerAt } from '../engine/table';
import type { Candidate, Detector } from '../engine/types';
import { END, WORD_CHAR } from '../engine/word';

// Dutch postcodes: four digits (1000–9999) and two letters, with or without a space. PostNL never
// issues SA, SD or SS as letters.
const FORM = new RegExp(`[1-9](?<![${WORD_CHAR}][1-9]|\\d[.,][1-9])\\d{3}\\s?([A-Za-z]{2})${END}`, 'g');
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

const CONTEXT = contextPattern([
  'postcode', 'adres', 'woonadres', 'postadres', 'wonende', 'woonachtig', 'wonend', 'woont', 'gevestigd',
  'verblijfadres', 'verblijfsadres', 'zip', 'postal code', 'address',
]);

// What follows a four-digit number in lower case is nearly always a unit, not a postcode.
const UNITS = new Set([
  'mg', 'kg', 'km', 'cm', 'mm', 'ml', 'cl', 'dl', 'gr', 'gb', 'mb', 'kb', 'tb', 'kw', 'pk', 'cc', 'ha', 'uu',
  'nm', 'mw', 'gw', 'kv', 'db', 'hz', 'ms', 'st', 'nd', 'rd', 'th', 'en', 'of', 'in', 'op', 'te', 'is', 'er',
  'al', 'nu', 'na', 'om', 'to', 'on', 'at', 'by', 'de', 'het', 'ze', 'we', 'je', 'me', 'jr', 'ca',
]);
/**
 * Letters that follow a year or a time ("1066 AD", "1230 PM"): a unit only where the number can be
 * one. "9777 BC" is a postcode in Groningen, not a year.
 */
const ERA = new Set(['ad', 'bc']);
const CLOCK = new Set(['am', 'pm']);
function unitAfter(number: number, letters: string): boolean {
  if (ERA.has(letters)) return number <= 2100;
  if (CLOCK.has(letters)) return number <= 1259 && number % 100 < 60;
  return UNITS.has(letters);
}
/** A column header that names postcodes (or the address they are part of). */
const POSTCODE_HEADER = contextPattern(['postcode', 'postcodes', 'pc', 'zip', 'zipcode', 'zip code', 'postal code', 'adres', 'address']);

/** A street and house number ending just before: "Kerkweg 22, ", "Dorpsstraat 193A ", or the cell before in a TSV row. */
// The additions are the BAG's: a letter, "-2", " bis", " hs", and a floor in Roman numerals ("77 III").
const HOUSE_NUMBER_BEFORE = /([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]{2,})\.? [1-9]\d{0,4}(?:[A-Za-z]|-\d{1,3}|(?: ?- ?| )(?:bis|hs|huis|I{1,3}|IV|[A-Za-z]))?(?:,? ?|\t)$/;
/** Capitalised words before a number that make it a year or a count, not a house number. */
const NOT_A_STREET = new Set(['Sinds', 'Vanaf', 'Tot', 'Rond', 'Circa', 'Eind', 'Begin', 'Medio', 'Per', 'Ruim', 'Bijna', 'Artikel', 'Pagina', 'Hoofdstuk', 'Nummer', 'Zaal', 'Kamer', 'Bus', 'Lijn']);

function afterHouseNumber(before: string): boolean {
  const m = HOUSE_NUMBER_BEFORE.exec(before);
  return !!m && !NOT_A_STREET.has(m[1]!);
}
/** A place name right after: "4079 LO Zwolle", "2860FL Rotterdam". */
const BEFORE_PLACE = /^,? ?(?:['’]s[- ])?[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'-]{2,}/;

export const postcode: Detector = {
  meta: {
    id: 'postcode',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    messages: {
      nl: { label: 'Postcode', placeholder: 'POSTCODE' },
      en: { label: 'Postcode', placeholder: 'POSTCODE' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    // An SQL INSERT's postcode column: "VALUES ('…', '1113DB')".
    const sqlCells = new Set(sqlValuesUnder(text, POSTCODE_HEADER).map((c) => c.start));
    FORM.lastIndex = 0;
    for (let m = FORM.exec(text); m; m = FORM.exec(text)) {
      const letters = m[1]!;
      const upper = letters.toUpperCase();
      if (NEVER_ISSUED.has(upper)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      const after = text.slice(end, end + 24);
      const street = afterHouseNumber(before);
      const header = headerAt(text, start);
      const n = Number(m[0].slice(0, 4));
      const unit = unitAfter(n, letters.toLowerCase());
      if ((header !== undefined && POSTCODE_HEADER.test(header)) || sqlCells.has(start)) {
        if (!unit || letters === upper) found.push({ start, end, confidence: 0.9 });
        continue;
      }
      const named = hasContext(text, start, end, CONTEXT, settings.contextWords, { before: 40, after: 8 });
      let confidence: number;
      if (letters === upper) {
        // A year followed by an abbreviation ("in 1998 EK", "2019 NS Reizigers") looks the same: a
        // place name after it is no proof there, a street before it or the word "postcode" is.
        const year = n >= 1900 && n <= 2099;
        // Written without a space ("2080CG Amsterdam") it is no year before an abbreviation.
        const compact = m[0].length === 6;
        const context = street || named || ((!year || compact) && BEFORE_PLACE.test(after));
        // A whole cell of a table row ("…;9777BC;…") written compact is how exports write postcodes.
        const cell = compact && header !== undefined && !year;
        confidence = context ? 0.9 : year || unit ? 0.35 : cell ? 0.75 : 0.6;
      } else {
        // Lower case ("2860fl") only right after a street and house number or the word "postcode",
        // and never a unit or a short word ("1000 mg", "1998 in").
        if (unit && !street) continue;
        confidence = street || hasContext(text, start, end, CONTEXT, settings.contextWords, { before: 24, after: 0 }) ? 0.7 : 0.2;
      }
      found.push({ start, end, confidence });
    }
    return found;
  },
};
