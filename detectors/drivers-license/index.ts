import { contextPattern, lastLabelBefore } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { TEN_DIGITS, labelWins } from '../engine/ten-digit-labels';

// The document number of a Dutch driving licence: ten digits, no check digit. Ten digits are
// everywhere (phone numbers, registrations), so only a licence named just before counts.
const LABEL = contextPattern([
  'rijbewijs', 'rijbewijsnummer', 'rijbewijsnr', 'rijbewijs nr', 'rijbewijs-nummer', 'rijbewijsnummers',
  'nummer van het rijbewijs', 'nummer van zijn rijbewijs', 'nummer van haar rijbewijs', 'driving licence',
  "driver's license", 'drivers license', 'driving license', 'licence number', 'license number',
]);

export const driversLicense: Detector = {
  meta: {
    id: 'drivers-license',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['phone', 'bsn'],
    messages: {
      nl: { label: 'Rijbewijsnummer', placeholder: 'RIJBEWIJSNUMMER' },
      en: { label: "Driving licence number", placeholder: 'DRIVING LICENCE' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    const extra = settings.contextWords?.length ? contextPattern(settings.contextWords) : undefined;
    TEN_DIGITS.lastIndex = 0;
    for (let m = TEN_DIGITS.exec(text); m; m = TEN_DIGITS.exec(text)) {
      const start = m.index;
      const label = Math.max(lastLabelBefore(text, start, LABEL, 64), extra ? lastLabelBefore(text, start, extra, 64) : -1);
      if (label < 0 || !labelWins(text, start, label)) continue;
      found.push({ start, end: start + m[0].length, confidence: 0.9 });
    }
    return found;
  },
};
