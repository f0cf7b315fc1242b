import { describe, expect, it } from 'vitest';
import { DETECTORS, scan } from '../../detectors';
import { questionsIn } from '../../detectors/person-name/surroundings';

// Several searches look for words from word starts with `\b` and without the u flag, because V8 runs
// them several times faster that way. `\b` takes "_" for a letter, and case-insensitive matching
// without u reads ſ, ẞ, K (Kelvin) and a few more apart; a text with one of those takes the plain
// search. These pin down that such texts are read as they always were.

const found = (text: string, id: string) =>
  scan(text, { detectors: DETECTORS })
    .findings.filter((f) => f.detector === id)
    .map((f) => ({ value: text.slice(f.start, f.end), confidence: f.confidence }));

describe('words right after an underscore, and letters that Unicode case-folds', () => {
  it('finds a label right after an underscore, as after a space', () => {
    for (const text of ['vreemdelingennummer 1234567890', 'bestand_vreemdelingennummer 1234567890']) {
      expect(found(text, 'v-number')).toEqual([{ value: '1234567890', confidence: 0.9 }]);
    }
  });

  it('counts a context word right after an underscore, as after a space', () => {
    // 123456782 is a known test number: with "bsn" before it 0.95 − 0.15, without 0.6 − 0.15.
    const withContext = found('klant bsn 123456782', 'bsn');
    expect(withContext[0]!.confidence).toBeCloseTo(0.8);
    expect(found('klant_bsn 123456782', 'bsn')).toEqual(withContext);
    expect(found('klant nr 123456782', 'bsn')[0]!.confidence).toBeCloseTo(0.45);
  });

  it('reads a question after an underscore, or written with a long s or a Kelvin sign', () => {
    for (const text of ['Wie is Jan Smit?', 'map_wie is Jan Smit?', 'Wie iſ Jan Smit?', '\u212Aen je Jan Smit?']) {
      expect(questionsIn(text)(text.indexOf('Jan'))).toBe(true);
    }
    expect(questionsIn('Wij zijn Jan Smit')(9)).toBe(false);
  });
});
