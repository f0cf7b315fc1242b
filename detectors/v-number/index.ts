import { contextPattern, lastLabelBefore } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { TEN_DIGITS, labelWins } from '../engine/ten-digit-labels';

// The vreemdelingennummer (V-nummer) the IND and the police give a foreign national: ten digits,
// no check digit, so only a V-nummer named just before counts.
const LABEL = contextPattern([
  'v-nummer', 'vnummer', 'v-nr', 'v-nr.', 'v nummer', 'vreemdelingennummer', 'vreemdelingen nummer',
  'vreemdelingen-nummer', 'alien number', 'v-number',
]);

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
