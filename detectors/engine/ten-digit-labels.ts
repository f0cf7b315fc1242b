import { contextPattern, lastLabelBefore, valuesNearLabels } from './context';
import { defineLabels, labelsWith } from './labels';
import { cellsUnder } from './table';
import type { Candidate, Detector, DetectorMeta } from './types';
import { END, WORD_CHAR } from './word';

// Ten-digit numbers without a check digit (driving licence, vreemdelingennummer, BVH registration)
// are told apart only by the label in front of them. Written whole or in groups of any size
// ("1234 567 890", "12 34 56 78 90", split by thin spaces or a line break): beside its label a
// number is read however it is grouped.
export const TEN_DIGITS = new RegExp(
  `\\d(?<![${WORD_CHAR}]\\d|\\d[.,\\- ]\\d)(?:[ .\\-]?\\n?\\d){9}${END}(?![.,\\-]\\d)`,
  'g',
);

/**
 * Labels of every ten-digit identifier (and of phone numbers, which have ten digits too). A BSN's
 * label is not among them: in "BSN / rijbewijsnummer: 123456782 / 1234567890" it names the nine digits.
 */
const TEN_DIGIT_LABEL = contextPattern([
  'rijbewijs*', 'rijbewijsnummer', 'rijbewijsnr', 'driving licence', 'driving license', "driver's license",
  'v-nummer', 'vnummer', 'v-nr', 'v nummer', 'vreemdelingennummer', 'vreemdelingen nummer', 'alien number',
  'bvh', 'bvh-nummer', 'registratienummer', 'mutatienummer', 'proces-verbaal', 'proces-verbaalnummer', 'pv-nummer',
  'pv nummer', 'pv', 'aangiftenummer', 'telefoon', 'telefoonnummer', 'tel', 'mobiel', 'phone', 'iban',
  'rekeningnummer', 'kvk', 'zaaknummer', 'dossiernummer', 'klantnummer', 'ordernummer', 'factuurnummer',
]);

/** Whether no other ten-digit label stands between the label ending at `labelEnd` and the number. */
export function labelWins(text: string, start: number, labelEnd: number): boolean {
  return lastLabelBefore(text, start, TEN_DIGIT_LABEL, start - labelEnd + 1) <= labelEnd;
}

/**
 * A detector for a ten-digit number that only its label identifies (rijbewijsnummer, V-nummer): a
 * number counts when one of `labelWords` stands within 64 characters before it and no other
 * ten-digit label stands in between, or when it stands in a table column headed by one. A pack's
 * extra context words act as more labels.
 */
export function labelledTenDigits(meta: DetectorMeta, labelWords: readonly string[]): Detector {
  const label = contextPattern(labelWords);
  const labels = defineLabels(labelWords);
  return {
    meta,
    find({ text, settings }) {
      const found: Candidate[] = [];
      const own = settings.contextWords?.length ? contextPattern([...labelWords, ...settings.contextWords]) : label;
      valuesNearLabels(text, labelsWith(text, labels, settings.contextWords), TEN_DIGITS, { before: 0, after: 64 }, (m, start) => {
        const at = lastLabelBefore(text, start, own, 64);
        if (at >= 0 && labelWins(text, start, at)) found.push({ start, end: start + m[0].length, confidence: 0.9 });
      });
      for (const cell of cellsUnder(text, own)) {
        const m = wholeTenDigits(text, cell.start, cell.end);
        if (m) found.push({ start: cell.start, end: cell.end, confidence: 0.9 });
      }
      return found;
    },
  };
}

/** Whether a table cell holds one ten-digit number and nothing else. */
function wholeTenDigits(text: string, start: number, end: number): boolean {
  const cell = text.slice(start, end);
  TEN_DIGITS.lastIndex = 0;
  const m = TEN_DIGITS.exec(cell);
  return !!m && m.index === 0 && m[0].length === cell.length;
}
