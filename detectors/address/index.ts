import { contextPattern, wordAlternationBackwards } from '../engine/context';
import { defineLabels } from '../engine/labels';
import { cellsUnder } from '../engine/table';
import type { Candidate, Detector } from '../engine/types';
import { digitAt, END, wordCharAt } from '../engine/word';
import { NOT_HOUSE_NUMBER_AFTER, NOT_IN_STREET_NAMES, PARTICLES, STREET_ENDINGS, STREET_KINDS } from './streets';

// A house number and its additions as the BAG writes them: 23A, 63-B, 171-2, 42 bis, 12 hs, 7-II.
const HOUSE_NUMBER_AFTER_FIRST_DIGIT = String.raw`\d{0,4}(?:(?: ?- ?| )?(?:[A-Za-z]${END}|bis${END}|hs${END}|huis${END}|zw${END}|bg${END}|I{1,3}${END}|\d{1,3}(?!\d))|[A-Za-z]${END})?`;
const HOUSE_NUMBER = `[1-9]${HOUSE_NUMBER_AFTER_FIRST_DIGIT}`;
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const NAME_CHAR = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F'’\\-";

/**
 * The side of a canal or quay street in Utrecht and Amsterdam ("Weerdsingel O.Z. 27", "Oudegracht
 * W.Z. 3"), or the part of a long road its name goes on with ("Soestdijkseweg Zuid 9", "Amsterdamsestraatweg Noord 12").
 */
const SIDE = String.raw` (?:[NOWZ]\.?Z\.?|Noord|Zuid|Oost|West|Noordzijde|Zuidzijde|Oostzijde|Westzijde)`;
const SIDE_BEFORE = / (?:[NOWZ]\.?Z\.?|Noord|Zuid|Oost|West|Noordzijde|Zuidzijde|Oostzijde|Westzijde)$/;
// Found from the space and first digit of a house number (a pair the regex engine scans for
// quickly), looking back for a street word's ending ("…straat 12"); the rest of the street name is
// read back in code. The look-back sits after the digit so that the scan sees the pair first.
const ENDING_AND_NUMBER = new RegExp(
  `\\s([1-9](?<=(?:${wordAlternationBackwards(STREET_ENDINGS)})(?:${SIDE})?\\s[1-9])${HOUSE_NUMBER_AFTER_FIRST_DIGIT})${END}(?![.,]\\d)`,
  'gi',
);
/** Streets that start with their kind: "Laan van Meerdervoort 12", "Hof van Wouw 3". */
const KIND_FIRST = new RegExp(
  `(?:${STREET_KINDS.join('|')})(?: (?:${PARTICLES.join('|')})){1,2}(?: [${UPPER}][${NAME_CHAR}]{1,30}){1,2} (${HOUSE_NUMBER})${END}(?![.,]\\d)`,
  'g',
);
// Any capitalised street name right after a word that introduces an address: "wonende Lange
// Voorhout 9", "adres: Heuvel 3". The word is found first; the address must follow at once.
const INTRODUCERS = defineLabels([
  'wonende', 'woonachtig', 'wonend', 'woont', 'woonde', 'verblijvend', 'verblijvende', 'verblijft', 'ingeschreven',
  'adres', 'woonadres', 'verblijfadres', 'verblijfsadres', 'postadres', 'gevestigd', 'address', 'lives at', 'living at',
  'bezorgadres', 'afleveradres', 'bezoekadres', 'factuuradres', 'vestigingsadres', 'correspondentieadres', 'huisadres',
  'thuisadres', 'verblijfplaats', 'nieuwe adres', 'oude adres', 'loc', 'locatie', 'pleegplaats', 'plaats delict',
]);
// Between the word and the street may stand a short phrase before a colon ("Bezorgadres van het
// pakket: …") or the town first ("woont in Lelystad, Kofschip 48", "woont in Den Haag aan de …").
const PHRASE = String.raw`(?: [a-z]+){1,4}:`;
const TOWN_FIRST = `(?: (?:in|te) [${UPPER}][${NAME_CHAR}]*(?: (?:aan|den|de|op|bij|[${UPPER}][${NAME_CHAR}]*)){0,3},?(?: (?:op|aan)(?: de| het)?)?)`;
const AFTER_INTRODUCER = new RegExp(
  `(?:${PHRASE}|${TOWN_FIRST}|(?: (?:op|aan|in|te|at|aan de|op de|op het|in de|aan het)))?:? ` +
    `((?:(?:[${UPPER}][${NAME_CHAR}]{0,30}|${PARTICLES.join('|')}) ){0,3}[${UPPER}][${NAME_CHAR}]{0,30} ${HOUSE_NUMBER})${END}(?![.,]\\d)`,
  'dy',
);

// An introducer, a few words of the same clause, then "aan de", "op" … and the street: "woont sinds
// maart aan de Vliet 865", "verblijft tijdelijk op Heuvel 3".
const LATER_IN_CLAUSE = new RegExp(
  `(?: [a-z\u00DF-\u00FF]+){1,5} (?:aan|op|in)(?: de| het| den)? ((?:[${UPPER}][${NAME_CHAR}]{0,30} ){0,2}[${UPPER}][${NAME_CHAR}]{1,30} ${HOUSE_NUMBER})${END}(?![.,]\\d)`,
  'dy',
);
/**
 * What stands right after a house number and proves an address, whatever the street is called:
 * a postcode ("Vliet 865, 2311 RD Leiden") or "te" and a town ("Heuvel 3 te Zwolle").
 */
const POSTCODE_OR_TOWN = /(?:,? ?[1-9]\d{3} ?[A-Z]{2}(?![A-Za-z])|,? te (?:['’]s[- ])?[A-Z][a-z\u00DF-\u00FF]{2,})/g;
const STREET_AND_NUMBER_BEFORE = new RegExp(
  `(?:^|[^${NAME_CHAR}])((?:(?:[${UPPER}][${NAME_CHAR}]{0,30}|${PARTICLES.join('|')}) ){0,2}[${UPPER}][${NAME_CHAR}]{1,30} ${HOUSE_NUMBER})$`,
);
/** Words before a number that make it anything but a house number. */
const NOT_A_STREET_WORD = /^(?:Artikel|Art|Pagina|Blz|Hoofdstuk|Paragraaf|Bijlage|Nummer|Zaal|Kamer|Bus|Lijn|Tram|Perron|Spoor|Gate|Poort|Lokaal|Groep|Klas|Team|Week|Dag|Jaar|Fase|Stap|Versie|Editie|Seizoen|Ronde|Etappe|Afrit|Sinds|Vanaf|Tot|Rond|Circa|Eind|Begin|Medio|Per|Ruim|Bijna)$/;
/**
 * A street in lower case after an address word, in a chat or a note: "woont volgens mij hendrik
 * figeeweg 484b", "woont op oude gracht 5", "nieuw adres ringbaan-oost 99". Up to four words and a
 * house number; the last word must be a street word, so "woont sinds 2019 …" reads as nothing.
 */
const LOWER_AFTER_INTRODUCER =
  /(?: (?:volgens mij|denk ik|nu|tegenwoordig|sinds kort|inmiddels))?(?: (?:is|was|aan|op|in|te|aan de|op de|op het))?:? ((?:[a-z\u00DF-\u00FF'’-]+ ){0,3}([a-z\u00DF-\u00FF'’-]+) [1-9]\d{0,4}(?:[a-z](?![a-z])|-\d{1,3}(?!\d)|-[a-z]{1,3}(?![a-z]))?)(?![\w-])/y;
const LOWER_STREET_WORD = /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|hof|park|pad|markt|wal|haven|baan|erf|ring|zijde|burgwal|plantsoen)(?:-(?:noord|oost|zuid|west))?$/;
/**
 * "Weena 183-bg", "Vliet 2-hs": a house-number addition of the BAG proves an address whatever the
 * street is called. Found from its hyphen, and the house number ([1-9]\d{0,4}, the leftmost start
 * such a match could have) read back in `houseNumberBefore`: a pattern that starts with a digit
 * is tried at every digit of the text, four times slower.
 */
const ADDITION = /-(?:bg|hs|huis|zw|I{1,3}|bis)(?![\w-])/g;

/** A column header naming the address, or its street: every cell under it is read as one. */
const ADDRESS_HEADER = contextPattern([
  'adres', 'woonadres', 'straat', 'straatnaam', 'straat en huisnummer', 'straat + huisnummer', 'address', 'street',
  'verblijfadres', 'verblijfsadres', 'postadres', 'bezoekadres', 'locatie adres',
]);
const ADDRESS_CELL = new RegExp(`^(?:(?:[${UPPER}][${NAME_CHAR}]{0,30}|${PARTICLES.join('|')}) ){0,3}[${UPPER}][${NAME_CHAR}]{1,30} ${HOUSE_NUMBER}$`);

const CONTEXT = contextPattern(['wonende', 'woonachtig', 'adres', 'woont', 'woonadres', 'address', 'postcode']);
const WORD_BEFORE = new RegExp(`([${NAME_CHAR}.]+) $`);
/** Words that start a sentence or a phrase, not a street name: "In de Kerkstraat 5". */
const LEADING = /^(?:(?:In|Op|Aan|Bij|Naar|Via|Vanaf|Uit|Langs|Over|Het|Een|Te|in|op|aan|bij|naar|via|uit|langs|de|het|te|een|van|the) )+/;

export const address: Detector = {
  meta: {
    id: 'address',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['person-name'],
    messages: {
      nl: { label: 'Adres', placeholder: 'ADRES' },
      en: { label: 'Address', placeholder: 'ADDRESS' },
    },
  },
  find({ text }) {
    const found: Candidate[] = [];
    const add = (start: number, end: number, confidence: number) => {
      if (followedByUnit(text, end) || NOT_A_STREET.test(text.slice(start, end))) return;
      const lead = LEADING.exec(text.slice(start, end));
      // "Van Hallstraat", "De Ruijterkade": a capitalised particle right before a capitalised word is
      // part of the name.
      if (lead && !/^(?:Van|De|Den|Ter|Ten) [A-Z]/.test(text.slice(start, end))) start += lead[0].length;
      if (start >= end - 2) return;
      found.push({ start, end, confidence: near(text, start, end) ? Math.min(0.95, confidence + 0.1) : confidence });
    };

    ENDING_AND_NUMBER.lastIndex = 0;
    for (let m = ENDING_AND_NUMBER.exec(text); m; m = ENDING_AND_NUMBER.exec(text)) {
      const side = SIDE_BEFORE.exec(text.slice(Math.max(0, m.index - 11), m.index));
      const nameEnd = m.index - (side ? side[0].length : 0);
      let start = streetStart(text, nameEnd - 1);
      let confidence = 0.8;
      // In a hurried note the street is in lower case ("die van de schoolstraat 14"): only a compound
      // of a plain street word, after "de"/"op"/"aan", counts.
      if (start < 0) {
        start = lowerCaseStreetStart(text, nameEnd);
        confidence = 0.6;
      }
      // Places end in -dam too ("Rotterdam 2 – Utrecht 1"): of those only the Dam itself is a street.
      if (start < 0 || (/dam$/i.test(text.slice(nameEnd - 3, nameEnd)) && !/(?:^|[^A-Za-z])Dam$/.test(text.slice(Math.max(0, nameEnd - 4), nameEnd)))) continue;
      add(start, m.index + m[0].length, confidence);
    }
    KIND_FIRST.lastIndex = 0;
    for (let m = KIND_FIRST.exec(text); m; m = KIND_FIRST.exec(text)) {
      if (!wordCharAt(text, m.index - 1)) add(m.index, m.index + m[0].length, 0.75);
    }
    for (const label of INTRODUCERS.in(text)) {
      AFTER_INTRODUCER.lastIndex = label.end;
      const m = AFTER_INTRODUCER.exec(text) ?? ((LATER_IN_CLAUSE.lastIndex = label.end), LATER_IN_CLAUSE.exec(text));
      if (m && !m[1]!.split(' ').some((w) => NOT_A_STREET_WORD.test(w))) add(m.indices![1]![0], m.indices![1]![1], 0.85);
      else if (!m) {
        LOWER_AFTER_INTRODUCER.lastIndex = label.end;
        const lower = LOWER_AFTER_INTRODUCER.exec(text);
        if (lower && LOWER_STREET_WORD.test(lower[2]!) && !NOT_LOWER_STREET.test(lower[2]!)) {
          const end = lower.index + lower[0].length;
          add(end - lower[1]!.length, end, 0.7);
        }
      }
    }
    ADDITION.lastIndex = 0;
    for (let m = ADDITION.exec(text); m; m = ADDITION.exec(text)) {
      const from = houseNumberBefore(text, m.index);
      if (from < 0) continue;
      const end = m.index + m[0].length;
      const street = STREET_AND_NUMBER_BEFORE.exec(text.slice(Math.max(0, from - 64), end));
      if (!street || street[1]!.split(' ').some((w) => NOT_A_STREET_WORD.test(w))) continue;
      add(end - street[1]!.length, end, 0.75);
    }
    POSTCODE_OR_TOWN.lastIndex = 0;
    for (let m = POSTCODE_OR_TOWN.exec(text); m; m = POSTCODE_OR_TOWN.exec(text)) {
      const street = STREET_AND_NUMBER_BEFORE.exec(text.slice(Math.max(0, m.index - 64), m.index));
      if (!street) continue;
      const name = street[1]!;
      if (name.split(' ').some((w) => NOT_A_STREET_WORD.test(w))) continue;
      add(m.index - name.length, m.index, 0.8);
    }
    for (const cell of cellsUnder(text, ADDRESS_HEADER)) {
      const written = text.slice(cell.start, cell.end);
      const street = /^[^,]+/.exec(written)![0].trimEnd();
      if (ADDRESS_CELL.test(street) || /^[a-z\u00DF-\u00FF]{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk) [1-9]/.test(street)) {
        add(cell.start, cell.start + street.length, 0.85);
      }
    }
    return found;
  },
};

/**
 * Where the street name ends at `endingAt` (inside its last word) begins: the start of that word,
 * which must be capitalised, and up to three capitalised words or particles before it
 * ("Burgemeester de Withstraat"). -1 when the word is not a street name.
 */
function streetStart(text: string, endingAt: number): number {
  let start = endingAt;
  while (start > 0 && endingAt - start < 40 && nameCharAt(text, start - 1)) start--;
  if (!/[A-Z\u00C0-\u00DE]/.test(text[start] ?? '') || wordCharAt(text, start - 1)) return -1;
  for (let words = 0; words < 3; words++) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
    if (!before) break;
    const word = before[1]!;
    if (!/^[A-Z\u00C0-\u00DE]/.test(word) && !PARTICLES.includes(word)) break;
    if (NOT_IN_STREET_NAMES.has(word)) break;
    start -= word.length + 1;
  }
  return start;
}

/**
 * Where `[1-9]\d{0,4}` ending right before `hyphen` starts at its leftmost, as a global search for
 * it would find it; -1 when no digit 1–9 stands within the five characters before.
 */
function houseNumberBefore(text: string, hyphen: number): number {
  let start = hyphen;
  while (start > 0 && hyphen - start < 5 && digitAt(text, start - 1)) start--;
  while (start < hyphen && text[start] === '0') start++;
  return start < hyphen ? start : -1;
}

/**
 * Whether the character at `i` may stand in a street name: [A-Za-z\u00C0-\u024F'’-]. Asked of
 * every letter a street name is read back over, so a test of the code, not a regex.
 */
function nameCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/** A post-office box or a freepost number is an organisation's postal address, not where someone lives. */
const NOT_A_STREET = /^(?:Postbus|Antwoordnummer|Postbox|P\.?O\.? Box)\b/i;

const LOWER_STREET = /(?:^|[^A-Za-z\u00C0-\u024F'’-])((?:de|op|aan|het|in) )([a-z\u00DF-\u00FF]{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg))$/;
/** Ring roads and motorways are no one's address: "de rijksweg 12" is the A12. */
const NOT_LOWER_STREET = /(?:rijks|snel|auto|provinciale|hoofd)weg$/;

/** A lower-case street right after an address word: "woonadres hobbemakade 92", "adres: dorpsstraat 4". */
const LOWER_STREET_AFTER_CUE = /(?:^|[^A-Za-z\u00C0-\u024F'’-])(?:wonende|woonachtig|wonend|woont|woonde|verblijft|adres|woonadres|verblijfadres|verblijfsadres|postadres|bezorgadres|afleveradres|address)(?: (?:is|was|aan|op|in|te|aan de|op de|op het))?:? ?([a-z\u00DF-\u00FF]{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|hof|park|pad|markt|wal|haven))$/i;

function lowerCaseStreetStart(text: string, nameEnd: number): number {
  const before = text.slice(Math.max(0, nameEnd - 48), nameEnd);
  const m = LOWER_STREET.exec(before);
  if (m && !NOT_LOWER_STREET.test(m[2]!)) return nameEnd - m[2]!.length;
  const cued = LOWER_STREET_AFTER_CUE.exec(before);
  if (cued && cued[1] === cued[1]!.toLowerCase() && !NOT_LOWER_STREET.test(cued[1]!)) return nameEnd - cued[1]!.length;
  return -1;
}

function followedByUnit(text: string, end: number): boolean {
  const next = /^\s?([A-Za-z%]+)/.exec(text.slice(end, end + 16));
  return !!next && NOT_HOUSE_NUMBER_AFTER.has(next[1]!.toLowerCase());
}

function near(text: string, start: number, end: number): boolean {
  return CONTEXT.test(text.slice(Math.max(0, start - 32), start)) || /^,? ?[1-9]\d{3} ?[A-Z]{2}\b/.test(text.slice(end, end + 10));
}
