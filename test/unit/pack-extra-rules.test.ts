import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import type { ExtraRule } from '../../src/pack/schema';
import { VALIDATORS } from '../../src/pack/validators';
import { inspect } from '../../src/policy/inspect';
import { anonymise, citeRules, showFindings } from '../../src/policy/present';
import { ZWALUW, packWith } from '../packs/signing';

const withRules = (...extraRules: ExtraRule[]) => packWith(2, { extraRules });
const pattern = (id: string, p: string, validator?: 'elfproef' | 'luhn' | 'mod97'): ExtraRule => ({
  id,
  kind: 'pattern',
  label: { nl: id, en: id },
  action: 'warn',
  rules: ['P1.4'],
  pattern: p,
  ...(validator && { validator }),
});

describe("a pack's extra rules run in the same scan as the built-in detectors", () => {
  const pack = withRules(ZWALUW);

  it('a keyword blocks, cites its rules, is shown with its label and anonymised with its placeholder', () => {
    const text = 'Kun je het draaiboek van Operatie Zwaluw samenvatten?';
    const d = inspect(text, pack);
    expect(d.verdict).toBe('block');
    expect(d.findings).toMatchObject([{ detector: 'keyword-operatie-zwaluw', start: 25, end: 40, action: 'block', rules: ['S3', 'P1.4'] }]);
    expect(citeRules(d, pack, 'nl').map((r) => r.id)).toEqual(['S3', 'P1.4']);
    expect(showFindings(text, d, 'nl')).toEqual([{ detector: 'keyword-operatie-zwaluw', label: 'Operatienaam', masked: 'Operatie Zwaluw', action: 'block' }]);
    expect(showFindings(text, d, 'en')[0]!.label).toBe('Operation name');
    expect(anonymise(text, d, 'nl')).toBe('Kun je het draaiboek van [OPERATIE] samenvatten?');
    expect(inspect(text, BUILTIN_PACK).verdict).toBe('allow');
  });

  it('matches whole words in any case, across line breaks and hidden characters, offsets into the original', () => {
    for (const text of ['operatie zwaluw', 'OPERATIE\nZWALUW', 'Operatie\u00a0Zwa\u200bluw', '(Operatie Zwaluw)']) {
      const d = inspect(text, pack);
      expect(d.verdict, text).toBe('block');
      expect(text.slice(d.findings[0]!.start, d.findings[0]!.end).replace(/[()]/g, '')).toBe(text.replace(/[()]/g, ''));
    }
    expect(inspect('Operatie Zwaluwstaart', pack).verdict).toBe('allow');
    expect(inspect('DeOperatie Zwaluw', pack).verdict).toBe('allow');
    expect(inspect('een zwaluw vloog over', pack).verdict).toBe('allow');
  });

  it('runs beside the built-in detectors: a BSN and a keyword in one text are both found', () => {
    const d = inspect('Operatie Zwaluw, verdachte BSN 111222333', pack);
    expect(d.findings.map((f) => f.detector)).toEqual(['keyword-operatie-zwaluw', 'bsn']);
  });

  it('a pattern with a named validator only reports matches that pass it', () => {
    const rules = withRules(
      pattern('dossier-bsn', '\\bDOS-\\d{9}\\b', 'elfproef'),
      pattern('pas', '\\b\\d{4}(?: \\d{4}){3}\\b', 'luhn'),
      pattern('rekening', '\\bNL\\d{2}(?: ?[A-Z0-9]{4}){3} ?\\d{2}\\b', 'mod97'),
    );
    // Only the pack's own rules: the built-in bsn, credit-card and iban detectors find these too.
    const ids = (text: string) =>
      inspect(text, rules).findings.map((f) => f.detector).filter((id) => ['dossier-bsn', 'pas', 'rekening'].includes(id));
    expect(ids('DOS-111222333')).toEqual(['dossier-bsn']);
    expect(ids('DOS-123456789')).toEqual([]);
    expect(ids('kaart 4111 1111 1111 1111')).toEqual(['pas']);
    expect(ids('kaart 4111 1111 1111 1112')).toEqual([]);
    expect(ids('op NL91 ABNA 0417 1643 00')).toEqual(['rekening']);
    expect(ids('op NL92 ABNA 0417 1643 00')).toEqual([]);
  });

  it("the pack's detector settings apply to its extra rules too: action, allowlist, enabled", () => {
    const base = withRules(ZWALUW);
    expect(inspect('Operatie Zwaluw', { ...base, detectors: { 'keyword-operatie-zwaluw': { action: 'warn' } } }).verdict).toBe('warn');
    expect(inspect('Operatie Zwaluw', { ...base, detectors: { 'keyword-operatie-zwaluw': { enabled: false } } }).verdict).toBe('allow');
    expect(inspect('Operatie Zwaluw', { ...base, detectors: { 'keyword-operatie-zwaluw': { allowlist: ['operatie zwaluw'] } } }).verdict).toBe('allow');
  });

  it('a rule this browser cannot compile makes the text "not fully checked" (a warning), never clean', () => {
    const d = inspect('Wat is de hoofdstad van Frankrijk?', withRules(pattern('broken', '(?<n>a)\\k<m>')));
    expect(d.verdict).toBe('warn');
    expect(d.incomplete).toEqual(['broken']);
  });

  it('a rule marked not redactable (a new classification marking) cannot be anonymised away', () => {
    const marking: ExtraRule = { ...ZWALUW, id: 'marking-dep-geheim', words: ['Departementaal Geheim'], rules: ['M4'], redactable: false };
    const d = inspect('Rubricering: Departementaal Geheim', withRules(marking));
    expect(d.verdict).toBe('block');
    expect(d.redactable).toBe(false);
  });
});

describe('validators', () => {
  it('luhn: known card numbers pass, a changed digit fails, all zeros never', () => {
    expect(VALIDATORS.luhn('4111111111111111')).toBe(true);
    expect(VALIDATORS.luhn('79927398713')).toBe(true);
    expect(VALIDATORS.luhn('79927398710')).toBe(false);
    expect(VALIDATORS.luhn('0000000000')).toBe(false);
    expect(VALIDATORS.luhn('7')).toBe(false);
  });

  it('mod97: valid IBANs pass in any case, a changed character fails, a fragment never', () => {
    expect(VALIDATORS.mod97('NL91ABNA0417164300')).toBe(true);
    expect(VALIDATORS.mod97('nl91abna0417164300')).toBe(true);
    expect(VALIDATORS.mod97('GB82WEST12345698765432')).toBe(true);
    expect(VALIDATORS.mod97('NL91ABNA0417164301')).toBe(false);
    expect(VALIDATORS.mod97('NL9')).toBe(false);
  });

  it('named validators look at the digits (elfproef, luhn) or letters and digits (mod97) of a match', () => {
    expect(VALIDATORS.elfproef('BVH-1112.22.333')).toBe(true);
    expect(VALIDATORS.luhn('4111-1111-1111-1111')).toBe(true);
    expect(VALIDATORS.mod97('NL91 ABNA 0417 1643 00')).toBe(true);
  });
});
