import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { RulePackSchema } from '../../src/pack/schema';
import { inspect } from '../../src/policy/inspect';
import { anonymise, citeRules, mask, showFindings } from '../../src/policy/present';

describe('policy', () => {
  it('allows a clean question', () => {
    const d = inspect('Is een tweezijdig geslepen mes verboden volgens de wapenwet?', BUILTIN_PACK);
    expect(d.verdict).toBe('allow');
    expect(d.findings).toEqual([]);
  });

  it('blocks a BSN and cites P1.2 and S4', () => {
    const d = inspect('Aangever met BSN 111222333', BUILTIN_PACK);
    expect(d.verdict).toBe('block');
    expect(d.rules).toEqual(['P1.2', 'S4']);
    expect(d.redactable).toBe(true);
  });

  it('blocks a marking, cites M4 first, and does not offer redaction', () => {
    const d = inspect('Rubricering: Politie Intern', BUILTIN_PACK);
    expect(d.verdict).toBe('block');
    expect(d.rules[0]).toBe('M4');
    expect(d.rules).toContain('P1.3');
    expect(d.redactable).toBe(false);
  });

  it('lets a pack turn a detector into a warning, switch it off, or allowlist a value', () => {
    const text = 'BSN 111222333';
    const warnPack = { ...BUILTIN_PACK, detectors: { bsn: { action: 'warn' as const } } };
    expect(inspect(text, warnPack).verdict).toBe('warn');
    const offPack = { ...BUILTIN_PACK, detectors: { bsn: { enabled: false } } };
    expect(inspect(text, offPack).verdict).toBe('allow');
    const allowPack = { ...BUILTIN_PACK, detectors: { bsn: { allowlist: ['111 222 333'] } } };
    expect(inspect(text, allowPack).verdict).toBe('allow');
  });

  it('cites rule texts word for word from the pack, in the language asked', () => {
    const d = inspect('BSN 111222333', BUILTIN_PACK);
    const [nl] = citeRules(d, BUILTIN_PACK, 'nl');
    expect(nl).toEqual({
      id: 'P1.2',
      title: 'Principe 1: Wees zorgvuldig met gevoelige informatie',
      text: "Voeg nooit persoonsgegevens van jezelf, collega's of burgers in (volg de AVG).",
    });
    expect(citeRules(d, BUILTIN_PACK, 'en')[0]!.text).toMatch(/^Never enter personal data/);
  });

  it('masks what it shows and anonymises only the findings', () => {
    const text = 'Vraag over BSN 111222333 en 123.456.782, verder niets.';
    const d = inspect(text, BUILTIN_PACK);
    expect(showFindings(text, d, 'nl').map((f) => f.masked)).toEqual(['1112•••33', '123.•••82']);
    expect(anonymise(text, d, 'nl')).toBe('Vraag over BSN [BSN] en [BSN], verder niets.');
    expect(mask('Politie Intern', 'none')).toBe('Politie Intern');
  });

  it('the built-in pack is valid and carries every rule of RULES.md in both languages', () => {
    expect(RulePackSchema.safeParse(BUILTIN_PACK).success).toBe(true);
    for (const id of ['P1.1', 'P1.2', 'P1.3', 'P1.4', 'P3.2', 'S1', 'S3', 'S4', 'M1', 'M2', 'M4']) {
      expect(BUILTIN_PACK.rules[id]?.nl.text.length).toBeGreaterThan(10);
      expect(BUILTIN_PACK.rules[id]?.en.text.length).toBeGreaterThan(10);
    }
  });
});
