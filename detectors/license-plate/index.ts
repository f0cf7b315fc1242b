import { contextPattern, hasContext, lastLabelBefore, stretchesNearLabels } from '../engine/context';
import { defineLabels, labelsWith, type Span } from '../engine/labels';
import { cellsUnder, headerAt } from '../engine/table';
import type { Candidate, Detector } from '../engine/types';
import { END, WORD_CHAR, startsWord, wordCharAt } from '../engine/word';
import { groupsOf, lettersAllowed, sidecodeOf } from './sidecode';

// Three groups of letters or digits joined by hyphens ("DS-03-DZ"), by spaces ("0 NZV 84"), or six
// letters and digits in a row ("5DNL10"). Which sidecode the groups form decides the rest.
const GROUP = '([A-Za-z]{1,3}|\\d{1,3})';
// Found from its first hyphen (a character the regex engine scans for fast); the first group is
// read back from there.
const DASHED_TAIL = new RegExp(`-${GROUP}-${GROUP}${END}(?!-[${WORD_CHAR}])`, 'g');
const FIRST_GROUP = /(?:[A-Za-z]{1,3}|\d{1,3})$/;
const SPACED = new RegExp(`^${GROUP} ${GROUP} ${GROUP}${END}(?!-[${WORD_CHAR}])`);
// Spaced and undashed plates need a plate word nearby, so they are looked for around those only,
// token by token (see `tokens`): one to three letters or digits, or six in a row.

const VEHICLE_WORDS = [
  'kenteken', 'kentekens', 'kentekenplaat', 'kentekenplaten', 'kentekennummer', 'nummerbord', 'nummerplaat',
  'voertuig', 'voertuigen', 'auto', 'personenauto', 'bestelauto', 'bestelbus', 'busje', 'vrachtwagen', 'wagen',
  'motor', 'motorfiets', 'scooter', 'bromfiets', 'snorfiets', 'aanhanger', 'caravan', 'camper', 'taxi', 'rdw',
  'bestuurder', 'geparkeerd', 'rijdend', 'reed', 'vehicle', 'car', 'truck', 'plate', 'licence plate',
  'license plate', 'number plate', 'registration', 'reg.nr', 'anpr',
];
const CONTEXT = contextPattern(VEHICLE_WORDS);
/**
 * Words that name the code after them as something else than a plate: a product, an order, a part,
 * a discount ("artikelcode HX-55-TR", "onderdeelnummer 12-DF-34"). The nearer word wins.
 */
const NOT_A_PLATE = contextPattern([
  'artikel*', 'product*', 'onderdeel*', 'bestel*', 'order*', 'factuur*', 'type*', 'model*', 'serienummer', 'sku', 'ean',
  'part number', 'partnummer', 'item', 'itemcode', 'kortingscode', 'actiecode', 'voucher', 'coupon', 'referentie*',
  'kenmerk', 'versie', 'release', 'build', 'code', 'productcode', 'lotnummer', 'batch', 'charge', 'article', 'product code',
]);
/** Short words that, between two numbers, make a phrase of them ("72 en 37", "3 op 4"). */
const SHORT_WORDS = new Set([
  'en', 'of', 'op', 'in', 'de', 'te', 'na', 'om', 'al', 'nu', 'is', 'er', 'ze', 'we', 'je', 'me', 'at', 'on', 'to', 'by',
  'or', 'an', 'as', 'it', 'un', 'het', 'een', 'van', 'dan', 'wat', 'die', 'dat', 'met', 'wie', 'nog', 'per', 'tot', 'and',
  'the', 'for', 'bij', 'uit', 'aan', 'min', 'max', 'ca',
  // Units and "x" (times): "2 x 118 km", "3 kg 500" measure, they name no plate.
  'x', 'km', 'kg', 'cm', 'mm', 'mg', 'ml', 'gr', 'uur', 'sec', 'pk', 'kw', 'cc',
]);
/** "XX-99-99", "99-XXX-9": how sidecodes are written down in an explanation, not a plate. */
const NOTATION = /^[X9]+(?:[- ][X9]+)*$/i;
/** A column header naming plates: every cell under it is read as one. */
const PLATE_HEADER = contextPattern(['kenteken*', 'nummerplaat', 'nummerbord', 'plate', 'licence plate', 'license plate', 'registration', 'reg.nr', 'reg nr']);
/** What joins the plates of a list: "GH-TL-48, 9-KXF-72 en 37 BNB 5". */
const LIST_JOIN = /^(?:\s*[,/]\s*|\s+(?:en|of|and|or|&)\s+|,?\s*\n\s*(?:[-*•]\s*)?)/;
/** Words that name a plate outright: spaced and undashed plates are looked for around these. */
const PLATE_WORDS = [
  'kenteken', 'kentekens', 'kentekenplaat', 'kentekenplaten', 'kentekennummer', 'nummerbord', 'nummerplaat',
  'voertuig', 'voertuigen', 'rdw', 'anpr', 'vehicle', 'plate', 'licence plate', 'license plate', 'number plate',
  'registration', 'reg.nr',
];
const PLATE_LABELS = defineLabels(PLATE_WORDS);
/**
 * Vehicles and driving: near these, an undashed or spaced plate of a modern sidecode (4 and up,
 * consonants only) counts too ("hij rijdt in een 77TNG2", "auto 42 HRD 5 staat weer fout"). The
 * old sidecodes and "1234AB" look too much like other codes to count on a vehicle word alone.
 */
const VEHICLE_LABELS = defineLabels([
  'auto', "auto's", 'personenauto', 'bestelauto', 'bestelbus', 'busje', 'vrachtwagen', 'wagen', 'motor', 'motorfiets',
  'scooter', 'brommer', 'bromfiets', 'snorfiets', 'aanhanger', 'caravan', 'camper', 'taxi', 'rijdt', 'reed', 'rijden',
  'rijdend', 'geparkeerd', 'parkeert', 'car', 'truck', 'drives', 'drove', 'bestuurder', 'bestuurster', 'natrekken',
  'nagetrokken', 'kentekenhouder', 'tenaamstelling', 'sleutelbos', 'sleutelhanger', 'autosleutel', 'autosleutels',
]);

export const licensePlate: Detector = {
  meta: {
    id: 'license-plate',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    // With plate context, "1234AB" is sidecode 2, not a postcode.
    supersedes: ['postcode'],
    messages: {
      nl: { label: 'Kenteken', placeholder: 'KENTEKEN' },
      en: { label: 'Licence plate', placeholder: 'LICENCE PLATE' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    const context = (start: number, end: number, after = 24) =>
      hasContext(text, start, end, CONTEXT, settings.contextWords, { before: 60, after });

    DASHED_TAIL.lastIndex = 0;
    for (let m = DASHED_TAIL.exec(text); m; m = DASHED_TAIL.exec(text)) {
      const head = FIRST_GROUP.exec(text.slice(Math.max(0, m.index - 3), m.index));
      if (!head) continue;
      const start = m.index - head[0].length;
      // Not part of a longer code ("NL-AB-12-34", "X12-34-56").
      if (!startsWord(text, start) || /[A-Za-z0-9][-.]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
      const end = m.index + m[0].length;
      if (NOTATION.test(text.slice(start, end)) && /x/i.test(text.slice(start, end))) {
        DASHED_TAIL.lastIndex = end;
        continue;
      }
      const product = () => {
        const other = lastLabelBefore(text, start, NOT_A_PLATE, 24);
        return other >= 0 && other > lastLabelBefore(text, start, CONTEXT, 60);
      };
      let confidence = weigh([head[0], m[1]!, m[2]!], 'dashed', () => context(start, end));
      if (confidence > 0.3 && product()) confidence = 0.3;
      if (confidence) found.push({ start, end, confidence });
      DASHED_TAIL.lastIndex = end;
    }

    const plateLabels = labelsWith(text, PLATE_LABELS, settings.contextWords);
    const vehicleLabels = VEHICLE_LABELS.in(text);
    const plateWordAt = new Set(plateLabels.map((l) => l.start));
    const labels = vehicleLabels.length ? [...plateLabels, ...vehicleLabels].sort((a, b) => a.start - b.start) : plateLabels;
    const modern = (groups: readonly string[]) => sidecodeOf(groups.map((g) => g.toUpperCase())) >= 4;
    let near: readonly Span[] = [];
    let plateWord = false; // whether `near` holds a plate word
    tokensNearLabels(text, labels, (start, length, labelsNear) => {
      if (labelsNear !== near) {
        near = labelsNear;
        plateWord = near.some((l) => plateWordAt.has(l.start));
      }
      const token = text.slice(start, start + length);
      if (token.length === 6 && startsWord(text, start) && !wordCharAt(text, start + 6)) {
        const groups = groupsOf(token.toUpperCase());
        if (!groups || (!plateWord && !modern(groups))) return;
        // "1234AB" (sidecode 2) is also how a postcode is written: only a plate word just before it,
        // in the same phrase, counts ("kenteken 1234AB"; not "kenteken …, adres Dorpsstraat 1 1234AB").
        if (sidecodeOf(groups) === 2) {
          const label = near.filter((l) => plateWordAt.has(l.start) && l.end <= start).pop();
          if (!label || start - label.end > 24 || /[,;\n]/.test(text.slice(label.end, start))) return;
        }
        const confidence = weigh(caseOf(token, groups), 'compact', () => true);
        if (confidence && !(text[start + 6] === '-' && wordCharAt(text, start + 7))) found.push({ start, end: start + 6, confidence });
      } else if (token.length <= 3 && text[start + token.length] === ' ' && startsWord(text, start)) {
        const spaced = SPACED.exec(text.slice(start, start + 12));
        // Spaced in lower case only right by a plate word, and never with a word for a group: "72 en 37" is a phrase.
        if (!spaced || (!plateWord && !modern(spaced[0].split(' ')))) return;
        if (spaced[0] !== spaced[0].toUpperCase() && (!plateWord || spaced[0].split(' ').some((g) => SHORT_WORDS.has(g.toLowerCase())))) return;
        const confidence = weigh(spaced[0].split(' '), 'spaced', () => true);
        if (confidence) found.push({ start, end: start + spaced[0].length, confidence });
      }
    });
    for (const cell of cellsUnder(text, settings.contextWords?.length ? contextPattern([...PLATE_WORDS, ...settings.contextWords]) : PLATE_HEADER)) {
      const confidence = plateAt(text, cell.start, cell.end);
      if (confidence) found.push({ start: cell.start, end: cell.end, confidence });
    }
    listed(text, found);
    repeated(text, found);
    return found;
  },
};

/**
 * The runs of ASCII letters and digits that start within 24 characters ahead of a label or 60 past
 * it and may be a plate or its first group: six in a row, or one to three before two more groups
 * (spaced). Each is given whole (as far as 40 characters past the stretch), in text order. Read
 * character by character, and only the runs that may be plates handed on: handing every word near a
 * label out of a regex, or even every run to a callback, cost more than the rest of this detector.
 */
function tokensNearLabels(text: string, labels: readonly Span[], visit: (start: number, length: number, labels: readonly Span[]) => void): void {
  stretchesNearLabels(labels, { before: 24, after: 60 }, (from, to, near) => {
    const end = Math.min(text.length, to + 40);
    for (let i = Math.max(0, from - 2); i < end; ) {
      if (!alnum(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < end && alnum(text.charCodeAt(i))) i++;
      if (start > to) return;
      const length = i - start;
      if (start >= from && (length === 6 || (length <= 3 && spacedGroupsFollow(text, i)))) visit(start, length, near);
    }
  });
}

/** Whether a space and two groups of one to three letters or digits, spaced, follow `at`: all SPACED can match. */
function spacedGroupsFollow(text: string, at: number): boolean {
  if (text[at] !== ' ') return false;
  let second = at + 1;
  while (alnum(text.charCodeAt(second))) second++;
  if (second === at + 1 || second > at + 4 || text[second] !== ' ') return false;
  let third = second + 1;
  while (alnum(text.charCodeAt(third))) third++;
  return third > second + 1 && third <= second + 4;
}

const alnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** How sure the whole of [start, end) is a plate when something names it one (0 when it is none). */
function plateAt(text: string, start: number, end: number): number {
  const written = text.slice(start, end);
  const dashed = /^([A-Za-z]{1,3}|\d{1,3})-([A-Za-z]{1,3}|\d{1,3})-([A-Za-z]{1,3}|\d{1,3})$/.exec(written);
  if (dashed) return weigh(dashed.slice(1), 'dashed', () => true);
  const spaced = /^([A-Z]{1,3}|\d{1,3}) ([A-Z]{1,3}|\d{1,3}) ([A-Z]{1,3}|\d{1,3})$/.exec(written);
  if (spaced) return weigh(spaced.slice(1), 'spaced', () => true);
  if (/^[A-Za-z0-9]{6}$/.test(written)) {
    const groups = groupsOf(written.toUpperCase());
    if (groups) return weigh(caseOf(written, groups), 'compact', () => true);
  }
  return 0;
}

/**
 * Plates listed after one that was found take its context: "kentekens GH-TL-48, 9-KXF-72 en
 * 37 BNB 5" names all three, however far the list runs past the plate word.
 */
function listed(text: string, found: Candidate[]): void {
  const ends = new Set(found.map((c) => c.start));
  for (let i = 0; i < found.length; i++) {
    const plate = found[i]!;
    if (plate.confidence < 0.5) continue;
    const join = LIST_JOIN.exec(text.slice(plate.end, plate.end + 12));
    if (!join) continue;
    const start = plate.end + join[0].length;
    // In a table the next cell is another column: its header says what it holds.
    if (ends.has(start) || !startsWord(text, start) || headerAt(text, start) !== undefined) continue;
    for (const length of [8, 7, 6]) {
      const end = start + length;
      if (end > text.length || wordCharAt(text, end) || (text[end] === '-' && wordCharAt(text, end + 1))) continue;
      // "1234AB" in a list is as often the postcode of the next field.
      if (length === 6 && /^\d{4}[A-Za-z]{2}$/.test(text.slice(start, end))) continue;
      const confidence = plateAt(text, start, end);
      if (!confidence) continue;
      found.push({ start, end, confidence });
      ends.add(start);
      break;
    }
  }
}

/**
 * A plate found once is a plate wherever the text repeats it: an ANPR log or a list of hits
 * names the vehicle on the first line only ("ANPR-treffers 34KLX9 … 34KLX9 … 34KLX9").
 */
function repeated(text: string, found: Candidate[]): void {
  const seen = new Set(found.map((c) => c.start));
  const plates = new Set(found.filter((c) => c.confidence >= 0.5).map((c) => text.slice(c.start, c.end)));
  for (const plate of plates) {
    for (let at = text.indexOf(plate); at >= 0; at = text.indexOf(plate, at + plate.length)) {
      const end = at + plate.length;
      if (seen.has(at) || !startsWord(text, at) || wordCharAt(text, end) || (text[end] === '-' && wordCharAt(text, end + 1))) continue;
      if (at > 0 && text[at - 1] === '-') continue;
      found.push({ start: at, end, confidence: 0.8 });
      seen.add(at);
    }
  }
}

/** The groups of an undashed plate in the case they were written. */
function caseOf(written: string, upperGroups: readonly string[]): string[] {
  let at = 0;
  return upperGroups.map((g) => written.slice(at, (at += g.length)));
}

/**
 * How sure we are that these groups are a plate. Dashed plates of the sidecodes issued since 1978
 * stand on their own; the old sidecodes, spaced and undashed forms (which look like postcodes,
 * scores and codes) need a vehicle nearby.
 */
function weigh(written: readonly string[], form: 'dashed' | 'spaced' | 'compact', context: () => boolean): number {
  if (written.join('').length !== 6) return 0;
  const groups = written.map((g) => g.toUpperCase());
  const sidecode = sidecodeOf(groups);
  if (!sidecode || !lettersAllowed(groups, sidecode)) return 0;
  const letters = written.filter((g) => /\D/.test(g)).join('');
  const upper = letters === letters.toUpperCase();
  const lower = letters === letters.toLowerCase();
  if (!upper && !lower) return context() ? 0.6 : 0;
  if (form === 'dashed' && sidecode >= 4) return context() ? 0.95 : upper ? 0.8 : 0.65;
  return context() ? (form === 'dashed' ? 0.9 : 0.85) : 0.3;
}
