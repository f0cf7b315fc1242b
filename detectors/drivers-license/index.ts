import { labelledTenDigits } from '../engine/ten-digit-labels';

// The document number of a Dutch driving licence: ten digits, no check digit. Ten digits are
// everywhere (phone numbers, registrations), so only a licence named just before counts.
const LABEL_WORDS = [
  'rijbewijs*', 'rijbewijsnummer', 'rijbewijsnr', 'rijbewijs nr', 'rijbewijs-nummer', 'rijbewijsnummers',
  'nummer van het rijbewijs', 'nummer van zijn rijbewijs', 'nummer van haar rijbewijs', 'driving licence',
  "driver's license", 'drivers license', 'driving license', 'licence number', 'license number',
];

export const driversLicense = labelledTenDigits(
  {
    id: 'drivers-license',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['phone', 'bsn'],
    messages: {
      nl: { label: 'Rijbewijsnummer', placeholder: 'RIJBEWIJSNUMMER' },
      en: { label: 'Driving licence number', placeholder: 'DRIVING LICENCE' },
    },
  },
  LABEL_WORDS,
);
