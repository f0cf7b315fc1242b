import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTORS, normalise, scan } from '../../detectors';
import { luhn } from '../../detectors/credit-card/luhn';
import { mod97 } from '../../detectors/iban/mod97';

// Random text is mostly letters no detector looks at. This soup is made of the pieces detectors
// do look at — digits in groups, separators, country codes, labels, evasion characters — so the
// properties below are tried where the patterns actually work.
const PIECES = [
  '0', '06', '1', '12', '123', '1234', '123456', '2024', '31', '+31', '(0)', '(070)', '00', '9', '99',
  ' ', ' ', '-', '/', '.', ',', ':', '\n', '@', '+', '(', ')', '\u200b', '\u00ad', '\u00a0', '\u2009', '－', '１２',
  'NL', 'nl', 'PL', 'PL0900', 'BE', 'DE', 'B01', 'AB', 'X', 'ZJ', 'V', 'III-V', 'TLP', 'tlp:', 'AMBER', 'GREEN',
  'Politie', 'Intern', 'niet', 'Stg.', 'Geheim', 'EU', 'NATO', 'SECRET', 'kenteken', 'BSN', 'bsn', 'geb.',
  'geboren', 'paspoort', 'rijbewijsnummer', 'V-nummer', 'BVH', 'parketnummer', 'wonende', 'Kerkstraat', 'laan',
  'mei', 'juli', 'a.b', 'example.nl', 'Jan', 'de', 'Vries', 'é', 'ß', 'Ω', 'Ж', '\u0301', '😀', '\ud800',
];
const soup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 80 }).map((p) => p.join(''));

describe('every detector on any input', () => {
  it('never throws, and keeps candidates inside the text with a confidence between 0 and 1', () => {
    fc.assert(
      fc.property(soup, (input) => {
        const { text } = normalise(input);
        for (const detector of DETECTORS) {
          for (const c of detector.find({ text, settings: { contextWords: ['dossier'] } })) {
            expect(c.start, detector.meta.id).toBeGreaterThanOrEqual(0);
            expect(c.end, detector.meta.id).toBeLessThanOrEqual(text.length);
            expect(c.start, detector.meta.id).toBeLessThan(c.end);
            expect(c.confidence).toBeGreaterThanOrEqual(0);
            expect(c.confidence).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scans without a failed detector and maps every finding inside the original input', () => {
    fc.assert(
      fc.property(soup, (input) => {
        const { findings, failed } = scan(input, { detectors: DETECTORS });
        expect(failed).toEqual([]);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(input.length);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Appends the digit that makes `body` pass Luhn. */
function withLuhnDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d;
  throw new Error('unreachable');
}

/** A Dutch IBAN with correct check digits for a bank code and ten account digits. */
function dutchIban(bank: string, account: string): string {
  for (let check = 2; check <= 98; check++) {
    const iban = `NL${String(check).padStart(2, '0')}${bank}${account}`;
    if (mod97(iban)) return iban;
  }
  throw new Error('unreachable');
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const filler = fc.constantFrom('', 'Graag nakijken. ', 'Zie bijlage:\n', 'Vraag van een collega: ');

describe('checksum-valid identifiers are found wherever they stand', () => {
  it('any Dutch IBAN, compact or in groups of four', () => {
    fc.assert(
      fc.property(fc.constantFrom('ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB', 'BUNQ'), digits(10), fc.boolean(), filler, (bank, account, grouped, before) => {
        const iban = dutchIban(bank, account);
        const written = grouped ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban;
        const text = `${before}Rekening ${written} op naam van de verdachte.`;
        const found = scan(text, { detectors: DETECTORS }).findings.filter((f) => f.detector === 'iban');
        expect(found.map((f) => text.slice(f.start, f.end))).toEqual([written]);
      }),
    );
  });

  it('any Visa or Mastercard number in groups of four', () => {
    fc.assert(
      fc.property(fc.constantFrom('4', '51', '53', '55', '2221'), digits(14), filler, (prefix, rest, before) => {
        const number = withLuhnDigit((prefix + rest).slice(0, 15));
        const written = number.replace(/(\d{4})(?=\d)/g, '$1 ');
        const text = `${before}Betaald met creditcard ${written}.`;
        const found = scan(text, { detectors: DETECTORS }).findings.filter((f) => f.detector === 'credit-card');
        expect(found.map((f) => text.slice(f.start, f.end))).toEqual([written]);
      }),
    );
  });

  it('no Dutch IBAN with one digit changed', () => {
    fc.assert(
      fc.property(digits(10), fc.integer({ min: 4, max: 17 }), fc.integer({ min: 1, max: 9 }), (account, at, delta) => {
        const iban = dutchIban('ABNA', account);
        const c = iban[at]!;
        if (!/\d/.test(c)) return;
        const changed = iban.slice(0, at) + String((Number(c) + delta) % 10) + iban.slice(at + 1);
        const found = scan(`IBAN ${changed}`, { detectors: DETECTORS }).findings.filter((f) => f.detector === 'iban');
        expect(found).toEqual([]);
      }),
    );
  });
});
