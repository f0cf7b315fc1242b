import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DETECTORS, normalise, scan } from '../../detectors';

describe('normalise', () => {
  it('leaves plain ASCII as it is', () => {
    const n = normalise('BSN 111222333');
    expect(n.text).toBe('BSN 111222333');
    expect(n.toOriginal(4, 13)).toEqual([4, 13]);
  });

  it('drops zero-width characters and soft hyphens, mapping spans back over them', () => {
    const input = 'BSN 111\u200b222\u00ad333!';
    const n = normalise(input);
    expect(n.text).toBe('BSN 111222333!');
    expect(n.toOriginal(4, 13)).toEqual([4, 15]);
    expect(input.slice(4, 15)).toBe('111\u200b222\u00ad333');
  });

  it('turns NBSP, thin and narrow spaces into spaces and dashes into hyphens', () => {
    expect(normalise('Politie\u00a0Intern 123\u2009456\u202f782 06\u20131234').text).toBe('Politie Intern 123 456 782 06-1234');
  });

  it('turns full-width digits into ASCII digits, one to one', () => {
    const n = normalise('ＢＳＮ：１１１２２２３３３');
    expect(n.text).toBe('BSN:111222333');
    expect(n.toOriginal(4, 13)).toEqual([4, 13]);
  });

  it('turns decimal digits of every script into ASCII digits, one to one (NFKC leaves them)', () => {
    // Arabic-Indic, Persian (Extended Arabic-Indic), Devanagari, Bengali, Thai, mathematical bold.
    const input = 'BSN ١٢٣٤٥٦٧٨٩٠ ۰۱۲۳۴۵۶۷۸۹ ०१२३४५६७८९ ০১২৩৪৫৬৭৮৯ ๐๑๒๓๔๕๖๗๘๙ 𝟎𝟗';
    const n = normalise(input);
    expect(n.text).toBe('BSN 1234567890 0123456789 0123456789 0123456789 0123456789 09');
    expect(n.toOriginal(4, 14)).toEqual([4, 14]);
    // The mathematical digits are two UTF-16 units each: the map still points at the whole character.
    const at = n.text.lastIndexOf('09');
    expect(input.slice(...n.toOriginal(at, at + 2))).toBe('𝟎𝟗');
  });

  it('reads Cyrillic look-alikes in a marking as Latin', () => {
    expect(normalise('Роlitie Intеrn').text).toBe('Politie Intern');
  });

  it('reads a Windows line end (CRLF) or a lone CR as one line break, mapping back over both characters', () => {
    const input = 'BSN 123\r\n456\r782';
    const n = normalise(input);
    expect(n.text).toBe('BSN 123\n456\n782');
    expect(n.toOriginal(4, 15)).toEqual([4, 16]);
  });

  it('composes decomposed accents and keeps the map exact', () => {
    const input = 'Rene\u0301 en Zoë';
    const n = normalise(input);
    expect(n.text).toBe('René en Zoë');
    expect(n.toOriginal(0, 4)).toEqual([0, 5]);
  });

  it('maps every normalised span inside the input, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        const n = normalise(input);
        for (let s = 0; s <= n.text.length; s++) {
          const [a, b] = n.toOriginal(s, Math.min(n.text.length, s + 3));
          expect(a).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(input.length);
          expect(a).toBeLessThanOrEqual(b);
        }
      }),
    );
  });
});

describe('scan on any input', () => {
  it('never throws and keeps every finding inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const { findings, failed } = scan(input, { detectors: DETECTORS });
        expect(failed).toEqual([]);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(input.length);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
    );
  });

  it('finds identifiers hidden with evasion characters, pointing at the original text', () => {
    const input = 'B\u200bSN: １１１\u00a0２２２\u00a0３３３, rubricering P\u00adolitie\u2009Intern';
    const { findings } = scan(input, { detectors: DETECTORS });
    expect(findings.map((f) => [f.detector, input.slice(f.start, f.end)])).toEqual([
      ['bsn', '１１１\u00a0２２２\u00a0３３３'],
      ['classification-marking', 'P\u00adolitie\u2009Intern'],
    ]);
  });

  it('reads a right-to-left override as shown and colon look-alikes as a colon', () => {
    const n = normalise('tel \u202e87654321060\u202c TLP\u2236RED');
    expect(n.text).toBe('tel 06012345678 TLP:RED');
    expect(n.toOriginal(4, 15)).toEqual([4, 17]);
  });
});
