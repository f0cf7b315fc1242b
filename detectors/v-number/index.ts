import { contextPattern, lastLabelBefore, valuesNearLabels } from '../engine/context';
import { defineLabels, labelsWith } from '../engine/labels';
import type { Candidate, Detector } from '../engine/types';
import { TEN_DIGITS, labelWins } from '../engine/ten-digit-labels';

// The vreemdelingennummer (V-nummer) the IND and the police give a foreign national: ten digits,
// no check digit, so only a V-nummer named just before counts.
const LABEL_WORDS = [
  'v-nummer', 'vnummer', 'v-nr', 'v-nr.', 'v nummer', 'vreemdelingennummer', 'vreemdelingen nummer',
  'vreemdelingen-nummer', 'alien number', 'v-number',
];
const LABEL = contextPattern(LABEL_WORDS);
const LABELS = defineLabels(LABEL_WORDS);

export const vNumber: Detector = {
  meta: {
    id: 'v-number',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['phone', 'bsn'],
    messages: {
      nl: { label: 'V-nummer (vreemdelingennummer)', placeholder: 'V-NUMMER' },
      en: { label: 'V-number (Dutch alien registration number)', placeholder: 'V-NUMBER' },
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
