import { labelledTenDigits } from '../engine/ten-digit-labels';

// The vreemdelingennummer (V-nummer) the IND and the police give a foreign national: ten digits,
// no check digit, so only a V-nummer named just before counts.
const LABEL_WORDS = [
  'v-nummer', 'vnummer', 'v-nr', 'v-nr.', 'v nummer', 'vreemdelingennummer', 'vreemdelingen nummer',
  'vreemdelingen-nummer', 'alien number', 'v-number',
];

export const vNumber = labelledTenDigits(
  {
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
  LABEL_WORDS,
);
