import fc from 'fast-check';
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { dutchNumberType } from '../../detectors/phone/dutch-plan';
import { METADATA } from '../../detectors/phone/metadata.generated';

// The phone detector proves numbers written the Dutch way with the Dutch plan directly instead of
// through libphonenumber-js's parser (five times faster). That is only allowed while both give the
// same answer: for every national number, however it is written.
const libphonenumber = (written: string) => parsePhoneNumberFromString(written, 'NL', METADATA as MetadataJson)?.getType();

/** The ways the detector's candidates write a number: groups joined by what people type. */
function written(national: string, cuts: number[], separator: string, areaInBrackets: boolean): string {
  const digits = `0${national}`;
  const groups: string[] = [];
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= digits.length) continue;
    groups.push(digits.slice(at, cut));
    at = cut;
  }
  groups.push(digits.slice(at));
  if (areaInBrackets && groups.length > 1) groups[0] = `(${groups[0]})`;
  return groups.join(separator);
}

describe('the Dutch numbering plan, asked directly', () => {
  it('gives the type libphonenumber-js gives, for every two-digit prefix and length', () => {
    let typed = 0;
    for (let prefix = 10; prefix <= 99; prefix++) {
      for (let length = 4; length <= 13; length++) {
        for (const fill of ['0', '1', '2', '5', '7', '9']) {
          const national = String(prefix).padEnd(length, fill);
          const ours = dutchNumberType(national);
          expect(ours, national).toBe(libphonenumber(`0${national}`));
          if (ours) typed++;
        }
      }
    }
    // Mobile, landline, service and other ranges were all among them, not only "no such number".
    expect(typed).toBeGreaterThan(300);
  });

  it('gives the type libphonenumber-js gives for random numbers, however they are written', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{3,11}$/),
        fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }),
        fc.constantFrom(' ', '-', '.', '/', ' - ', '  '),
        fc.boolean(),
        (national, cuts, separator, brackets) => {
          expect(dutchNumberType(national)).toBe(libphonenumber(written(national, cuts, separator, brackets)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('knows the ranges the detector reports and the service lines it leaves alone', () => {
    expect(dutchNumberType('612345678')).toBe('MOBILE');
    expect(dutchNumberType('701234567')).toBe('FIXED_LINE');
    expect(dutchNumberType('8007000')).toBe('TOLL_FREE');
    expect(dutchNumberType('9008844')).toBe('PREMIUM_RATE');
    expect(dutchNumberType('1234')).toBeUndefined();
  });
});
