import { contextPattern, lastLabelBefore, valuesNearLabels } from '../engine/context';
import { defineLabels, labelsWith } from '../engine/labels';
import type { Candidate, Detector } from '../engine/types';
import { TEN_DIGITS, labelWins } from '../engine/ten-digit-labels';

// The document number of a Dutch driving licence: ten digits, no check digit. Ten digits are
// everywhere (phone numbers, registrations), so only a licence named just before counts.
const LABEL_WORDS = [
  'rijbewijs', 'rijbewijsnummer', 'rijbewijsnr', 'rijbewijs nr', 'rijbewijs-nummer', 'rijbewijsnummers',
  'nummer van het rijbewijs', 'nummer van zijn rijbewijs', 'nummer van haar rijbewijs', 'driving licence',
  "driver's license", 'drivers license', 'driving license', 'licence number', 'license number',
];
const LABEL = contextPattern(LABEL_WORDS);
const LABELS = defineLabels(LABEL_WORDS);

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
    const words = settings.contextWords?.length ? [...LABEL_WORDS, ...settings.contextWords] : LABEL_WORDS;
    const own = settings.contextWords?.length ? contextPattern(words) : LABEL;
    valuesNearLabels(text, labelsWith(text, LABELS, settings.contextWords), TEN_DIGITS, { before: 0, after: 64 }, (m, start) => {
      const label = lastLabelBefore(text, start, own, 64);
      if (label >= 0 && labelWins(text, start, label)) found.push({ start, end: start + m[0].length, confidence: 0.9 });
    });
    return found;
  },
};
