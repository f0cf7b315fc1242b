import { contextPattern, hasContext } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { groupsOf, lettersAllowed, sidecodeOf } from './sidecode';

// Three groups of letters or digits joined by the same separator ("DS-03-DZ", "0 NZV 84"), or six
// letters and digits in a row ("5DNL10"). Which sidecode the groups form decides the rest.
const GROUPED =
  /(?<![\p{L}\p{N}]|[\p{L}\p{N}][-.])([A-Za-z]{1,3}|\d{1,3})([- ])([A-Za-z]{1,3}|\d{1,3})\2([A-Za-z]{1,3}|\d{1,3})(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;
const COMPACT = /(?<![\p{L}\p{N}]|[\p{L}\p{N}][-.])(?=[A-Za-z]{0,5}\d)(?=\d{0,5}[A-Za-z])[A-Za-z0-9]{6}(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

const CONTEXT = contextPattern([
  'kenteken', 'kentekens', 'kentekenplaat', 'kentekenplaten', 'kentekennummer', 'nummerbord', 'nummerplaat',
  'voertuig', 'voertuigen', 'auto', 'personenauto', 'bestelauto', 'bestelbus', 'busje', 'vrachtwagen', 'wagen',
  'motor', 'motorfiets', 'scooter', 'bromfiets', 'snorfiets', 'aanhanger', 'caravan', 'camper', 'taxi', 'rdw',
  'bestuurder', 'geparkeerd', 'rijdend', 'reed', 'kenteken:', 'vehicle', 'car', 'truck', 'plate',
  'licence plate', 'license plate', 'number plate', 'registration', 'reg.nr', 'ANPR',
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

    GROUPED.lastIndex = 0;
    for (let m = GROUPED.exec(text); m; m = GROUPED.exec(text)) {
      const groups = [m[1]!, m[3]!, m[4]!];
      const confidence = weigh(groups, m[2] === '-' ? 'dashed' : 'spaced', () => context(m!.index, m!.index + m![0].length));
      if (confidence) found.push({ start: m.index, end: m.index + m[0].length, confidence });
    }
    COMPACT.lastIndex = 0;
    for (let m = COMPACT.exec(text); m; m = COMPACT.exec(text)) {
      const groups = groupsOf(m[0].toUpperCase());
      if (!groups) continue;
      // "1234AB" (sidecode 2) is also how a postcode is written: only a vehicle named before it counts.
      const after = sidecodeOf(groups) === 2 ? 0 : 24;
      const confidence = weigh(caseOf(m[0], groups), 'compact', () => context(m!.index, m!.index + m![0].length, after));
      if (confidence) found.push({ start: m.index, end: m.index + m[0].length, confidence });
    }
    return found;
  },
};

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
