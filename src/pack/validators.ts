import { elfproef } from '../../detectors/bsn/elfproef';
import { luhn } from '../../detectors/credit-card/luhn';
import { mod97 } from '../../detectors/iban/mod97';
import type { VALIDATOR_NAMES } from './schema';

export type ValidatorName = (typeof VALIDATOR_NAMES)[number];

/**
 * The checks a pack's pattern rule can name, applied to what the pattern matched. elfproef and
 * luhn look at the match's digits only, mod97 at its letters and digits: people write these
 * numbers grouped or with a prefix ("BVH-1234.56.782", "NL91 ABNA 0417 1643 00") and the checks are
 * defined on the bare characters. Write the pattern so that it matches just the number.
 */
export const VALIDATORS: Record<ValidatorName, (match: string) => boolean> = {
  elfproef: (match) => elfproef(match.replace(/\D/g, '')),
  luhn: (match) => luhn(match.replace(/\D/g, '')),
  mod97: (match) => {
    const iban = match.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    return /^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban) && mod97(iban);
  },
};
