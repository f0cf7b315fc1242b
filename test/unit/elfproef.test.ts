import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTORS, scan } from '../../detectors';
import { elfproef } from '../../detectors/bsn/elfproef';

/**
 * Nine digits that pass the elfproef: eight random digits, the ninth computed. Not starting with
 * "00": that is the international dialling prefix, and "nummer 0049.30.101" is honestly a Berlin
 * phone number; after a BSN label it is a BSN (fixture bsn/ng/labelled-looks-like-foreign-phone.txt).
 */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((d) => {
    const sum = d.reduce((s, x, i) => s + (9 - i) * x, 0);
    return { digits: d, check: sum % 11 };
  })
  .filter(({ digits, check }) => check < 10 && digits.some((x) => x > 0) && !(digits[0] === 0 && digits[1] === 0))
  .map(({ digits, check }) => digits.join('') + String(check));

const FORMS: Record<string, (n: string) => string> = {
  compact: (n) => n,
  dotted: (n) => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
  spaced: (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  'four-two-three': (n) => `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`,
};

const bsnFindings = (text: string) => scan(text, { detectors: DETECTORS }).findings.filter((f) => f.detector === 'bsn');

describe('elfproef', () => {
  it('accepts the known examples and rejects the classic wrong one', () => {
    expect(elfproef('111222333')).toBe(true);
    expect(elfproef('123456782')).toBe(true);
    expect(elfproef('123456789')).toBe(false);
    expect(elfproef('000000000')).toBe(false);
    expect(elfproef('12345678')).toBe(false);
  });

  it('every generated valid BSN passes', () => {
    fc.assert(fc.property(validBsn, (n) => elfproef(n)));
  });

  it('every single-digit change of a valid BSN fails', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (n, at, delta) => {
        const changed = n.slice(0, at) + String((Number(n[at]) + delta) % 10) + n.slice(at + 1);
        return !elfproef(changed);
      }),
    );
  });
});

describe('bsn detector on generated numbers', () => {
  for (const [form, write] of Object.entries(FORMS)) {
    it(`finds every valid BSN written ${form}, at the right offsets`, () => {
      fc.assert(
        fc.property(validBsn, fc.constantFrom('BSN ', 'Aangever met BSN: ', 'nummer '), fc.constantFrom('.', ' is bekend.', ''), (n, before, after) => {
          const written = write(n);
          const text = `${before}${written}${after}`;
          const found = bsnFindings(text);
          expect(found).toHaveLength(1);
          expect(text.slice(found[0]!.start, found[0]!.end)).toBe(written);
        }),
      );
    });

    it(`finds no BSN after any single-digit change, written ${form}`, () => {
      fc.assert(
        fc.property(validBsn, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (n, at, delta) => {
          const changed = n.slice(0, at) + String((Number(n[at]) + delta) % 10) + n.slice(at + 1);
          expect(bsnFindings(`BSN ${write(changed)}`)).toHaveLength(0);
        }),
      );
    });
  }
});
