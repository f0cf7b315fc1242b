import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../detectors/person-name/data/compile';
import { samePeople } from '../../detectors/person-name/identity';
import { decodeWordList, encodeWordList } from '../../detectors/person-name/wordlist';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { inspect } from '../../src/policy/inspect';
import { anonymise, citeRules } from '../../src/policy/present';

describe('names of people', () => {
  it('warns for a name and cites P1.2 and S4; anonymising gives each person one number', () => {
    const text =
      'Aangever Jan de Vries belde mevrouw El Amrani. Later zei De Vries dat J. de Vries en Piet de Vries broers zijn. ' +
      'Mevrouw El Amrani bevestigde dat.';
    const d = inspect(text, BUILTIN_PACK);
    expect(d.verdict).toBe('warn');
    expect(d.rules).toEqual(['P1.2', 'S4']);
    expect(d.redactable).toBe(true);
    expect(anonymise(text, d, 'nl')).toBe(
      'Aangever [PERSOON 1] belde mevrouw [PERSOON 2]. Later zei [PERSOON 1] dat [PERSOON 1] en [PERSOON 3] broers zijn. ' +
        'Mevrouw [PERSOON 2] bevestigde dat.',
    );
    expect(anonymise('Call John Smith and Mary Jones.', inspect('Call John Smith and Mary Jones.', BUILTIN_PACK), 'en')).toBe(
      'Call [PERSON 1] and [PERSON 2].',
    );
  });

  it('numbers people apart from other placeholders and leaves every other character as it was', () => {
    const text = 'Betrokkene: Daan Hoekstra, BSN 111222333.\nGetuige: Samira Bouzid (buurvrouw).';
    const d = inspect(text, BUILTIN_PACK);
    expect(d.verdict).toBe('block');
    expect(anonymise(text, d, 'nl')).toBe('Betrokkene: [PERSOON 1], BSN [BSN].\nGetuige: [PERSOON 2] (buurvrouw).');
  });

  it('a question about a person is a warning citing M2; anonymising the name answers it', () => {
    const text = 'Wat weet je over Jan de Vries uit Tilburg?';
    const d = inspect(text, BUILTIN_PACK);
    expect(d.verdict).toBe('warn');
    expect(d.findings.map((f) => [f.detector, text.slice(f.start, f.end)])).toEqual([
      ['person-name', 'Jan de Vries'],
      ['person-query', 'Jan de Vries'],
    ]);
    expect(d.rules).toEqual(['P1.2', 'M2', 'S4']);
    expect(citeRules(d, BUILTIN_PACK, 'nl').map((r) => r.text)).toContain(
      'U mag geen personen bevragen in GPT4 of persoonsinformatie verzamelen via GPT4.',
    );
    expect(anonymise(text, d, 'nl')).toBe('Wat weet je over [PERSOON 1] uit Tilburg?');
  });

  it('a lone given name is too unsure to report, unless the rule pack lowers the threshold', () => {
    const text = 'Ik sprak gisteren met Ahmed over de planning.';
    expect(inspect(text, BUILTIN_PACK).verdict).toBe('allow');
    const eager = { ...BUILTIN_PACK, detectors: { 'person-name': { minConfidence: 0.4 } } };
    const d = inspect(text, eager);
    expect(d.findings.map((f) => [f.detector, text.slice(f.start, f.end)])).toEqual([['person-name', 'Ahmed']]);
  });

  it('tells mentions of one person from mentions of another', () => {
    expect(samePeople(['Jan de Vries', 'De Vries', 'J. de Vries', 'Piet de Vries', 'P. de Vries', 'Jan'])).toEqual([
      '1', '1', '1', '2', '2', '1',
    ]);
    expect(samePeople(['Yilmaz', 'Emre Yilmaz', 'Ayşe Yılmaz'])).toEqual(['1', '1', '2']);
  });

  it('stores word lists front-coded and reads them back unchanged', () => {
    const words = ['de vries', 'devos', 'dewit', 'el amrani', 'yilmaz', 'öztürk', 'a', 'abcdefghijklmnop', 'abcdefghijklmnopq'];
    expect([...decodeWordList(encodeWordList(words))].sort()).toEqual([...words].sort());
  });

  it('ships exactly the name data compile.ts makes from the pinned packages, within the page budget', () => {
    const committed = readFileSync(new URL('../../detectors/person-name/data/lexicon.data.ts', import.meta.url), 'utf8');
    const { source, counts } = compileLexicon();
    expect(source).toBe(committed);
    expect(counts.firstNames).toBeGreaterThan(10_000);
    // The data rides in the content script: it must leave room for the code in the 150 KB budget.
    expect(source.length).toBeLessThan(130_000);
  }, 30_000);
});
