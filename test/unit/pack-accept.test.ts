import { describe, expect, it } from 'vitest';
import { acceptSignedPack, type AcceptContext } from '../../src/pack/accept';
import { checkPack } from '../../src/pack/check';
import { patternDanger } from '../../src/pack/redos';
import type { ExtraRule } from '../../src/pack/schema';
import { TEST_KEYS, UNSAFE_RULE, ZWALUW, packWith, signed } from '../packs/signing';

const ctx: AcceptContext = { keys: TEST_KEYS, newerThan: 1, today: '2026-12-05' };
const pattern = (p: string, extra: Partial<ExtraRule> = {}): ExtraRule =>
  ({ id: 'p', kind: 'pattern', label: { nl: 'P', en: 'P' }, action: 'warn', rules: ['P1.4'], pattern: p, ...extra }) as ExtraRule;
const problemsOf = (json: unknown) => {
  const checked = checkPack(json);
  return checked.ok ? [] : checked.problems.map((p) => `${p.code} ${p.path}: ${p.message}`);
};

describe('accepting a signed pack: signature, schema, version and patterns must all be good', () => {
  it('accepts a newer, valid, signed pack with a keyword rule', async () => {
    const result = await acceptSignedPack(signed(packWith(2, { extraRules: [ZWALUW] })), ctx);
    expect(result).toMatchObject({ ok: true, keyId: TEST_KEYS[0]!.keyId, pack: { version: 2 } });
  });

  it('refuses the same or an older version than the one in force', async () => {
    expect(await acceptSignedPack(signed(packWith(1)), ctx)).toMatchObject({ ok: false, refusal: { code: 'not-newer' } });
    const older = await acceptSignedPack(signed(packWith(4)), { ...ctx, newerThan: 5 });
    expect(older).toMatchObject({ ok: false, refusal: { code: 'not-newer', detail: 'version 4 is not newer than version 5 in force' } });
  });

  it('refuses a pack that has already expired, and accepts one on its last day', async () => {
    expect(await acceptSignedPack(signed(packWith(2, { expires: '2026-12-04' })), ctx)).toMatchObject({ ok: false, refusal: { code: 'expired' } });
    expect((await acceptSignedPack(signed(packWith(2, { expires: '2026-12-05' })), ctx)).ok).toBe(true);
  });

  it('refuses a pattern with catastrophic backtracking even when properly signed', async () => {
    const result = await acceptSignedPack(signed(packWith(2, { extraRules: [UNSAFE_RULE] })), ctx);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'unsafe-pattern' } });
    if (!result.ok) expect(result.refusal.detail).toMatch(/extraRules\[0\]\.pattern: .*exponential/);
  });

  it('refuses a signed payload that is not UTF-8 JSON, or not a pack', async () => {
    expect(await acceptSignedPack(signed(new Uint8Array([0xff, 0xfe, 0x7b])), ctx)).toMatchObject({ refusal: { code: 'schema' } });
    expect(await acceptSignedPack(signed({ hello: 'world' }), ctx)).toMatchObject({ refusal: { code: 'schema' } });
  });

  it('refuses a tampered file before looking at its contents', async () => {
    const e = JSON.parse(signed(packWith(2, { extraRules: [UNSAFE_RULE] })));
    e.payload = Buffer.from(JSON.stringify(packWith(9))).toString('base64');
    expect(await acceptSignedPack(JSON.stringify(e), ctx)).toMatchObject({ refusal: { code: 'bad-signature' } });
  });
});

describe('checkPack: what the schema and the consistency checks refuse, with a clear message each', () => {
  it('passes the built-in-based pack with extra rules, sites and settings', () => {
    expect(problemsOf(packWith(2, { extraRules: [ZWALUW, pattern('\\bPL\\d{4}-\\d{10}\\b')] }))).toEqual([]);
  });

  it('schema: wrong format, missing version, a bad date, an unknown validator, an unknown action', () => {
    expect(problemsOf({ ...packWith(2), format: 2 })).toEqual([expect.stringMatching(/^schema format: /)]);
    const { version: _, ...noVersion } = packWith(2);
    expect(problemsOf(noVersion)).toEqual([expect.stringMatching(/^schema version: /)]);
    expect(problemsOf(packWith(2, { issued: '1 december' }))).toEqual([expect.stringMatching(/^schema issued: /)]);
    expect(problemsOf(packWith(2, { extraRules: [pattern('\\d{9}', { validator: 'iban11' as never })] }))).toEqual([
      'schema extraRules[0].validator: unknown validator; known: elfproef, luhn, mod97',
    ]);
    expect(problemsOf(packWith(2, { extraRules: [{ ...ZWALUW, action: 'shout' as never }] }))).toEqual([expect.stringMatching(/^schema extraRules\[0\]\.action: /)]);
  });

  it('duplicate ids: two extra rules, an extra rule named like a built-in detector, two sites, one host twice', () => {
    const site = packWith(2).sites![0]!;
    expect(
      problemsOf(
        packWith(2, {
          extraRules: [ZWALUW, ZWALUW, { ...ZWALUW, id: 'bsn' }],
          sites: [site, { ...site }, { ...site, id: 'other', name: 'Other' }],
        }),
      ),
    ).toEqual([
      'invalid extraRules[1].id: duplicate id "keyword-operatie-zwaluw" (also extraRules[0])',
      'invalid extraRules[2].id: "bsn" is a built-in detector id; give the extra rule its own id',
      'invalid sites[1].id: duplicate id "chatgpt" (also sites[0])',
      'invalid sites[2].hosts: host chatgpt.com is also in site "chatgpt"',
      'invalid sites[2].hosts: host chat.openai.com is also in site "chatgpt"',
    ]);
  });

  it('cited rules must be in the pack; detector settings must name a detector that exists', () => {
    expect(problemsOf(packWith(2, { extraRules: [{ ...ZWALUW, rules: ['S3', 'X9'] }], detectors: { bsnn: { action: 'warn' }, bsn: { rules: ['Q1'] } } }))).toEqual([
      'invalid extraRules[0].rules[1]: cites rule X9, which is not in this pack\'s "rules"',
      'invalid detectors.bsnn: unknown detector "bsnn" (not built in and not one of this pack\'s extraRules)',
      'invalid detectors.bsn.rules[0]: cites rule Q1, which is not in this pack\'s "rules"',
    ]);
    // Settings for contract ids (detectors other workstreams add) and for the pack's own rules are fine.
    expect(problemsOf(packWith(2, { extraRules: [ZWALUW], detectors: { phone: { action: 'warn' }, 'keyword-operatie-zwaluw': { action: 'warn' } } }))).toEqual([]);
  });

  it('patterns must compile and must not match the empty text; keywords must not repeat', () => {
    expect(problemsOf(packWith(2, { extraRules: [pattern('(unclosed')] }))).toEqual([expect.stringMatching(/^invalid extraRules\[0\]\.pattern: not a valid JavaScript regular expression/)]);
    expect(problemsOf(packWith(2, { extraRules: [pattern('x*')] }))).toEqual(['invalid extraRules[0].pattern: matches the empty text; a rule must match at least one character']);
    expect(problemsOf(packWith(2, { extraRules: [{ ...ZWALUW, words: ['Zwaluw', 'zwaluw '] }] }))).toEqual(['invalid extraRules[0].words[1]: duplicate keyword "zwaluw "']);
  });

  it('expires must not come before issued', () => {
    expect(problemsOf(packWith(2, { issued: '2026-12-01', expires: '2026-11-01' }))).toEqual(['invalid expires: expires (2026-11-01) is before issued (2026-12-01)']);
  });

  it('lists every problem at once, consistency and ReDoS together', () => {
    expect(problemsOf(packWith(2, { extraRules: [{ ...ZWALUW, rules: ['X9'] }, UNSAFE_RULE] }))).toEqual([
      expect.stringMatching(/^invalid extraRules\[0\]\.rules\[0\]/),
      expect.stringMatching(/^unsafe-pattern extraRules\[1\]\.pattern/),
    ]);
  });
});

describe('the ReDoS check (recheck)', () => {
  it('refuses exponential and polynomial backtracking', () => {
    expect(patternDanger('(a+)+$', '')).toMatch(/exponential/);
    expect(patternDanger('(a|a)*b', '')).toMatch(/exponential/);
    expect(patternDanger('\\s*#?\\s*$', '')).toMatch(/polynomial time, degree \d/);
  });

  it('accepts the kind of patterns detectors use, lookbehind and unicode included', () => {
    expect(patternDanger('\\bPL\\d{4}-\\d{10}\\b', '')).toBeUndefined();
    expect(patternDanger('(?<![\\p{L}\\p{N}])\\d{3}[ .]?\\d{3}[ .]?\\d{3}(?![\\p{L}\\p{N}])', 'u')).toBeUndefined();
    expect(patternDanger('\\bNL\\d{2}\\s?[A-Z]{4}(?:\\s?\\d{4}){2}\\s?\\d{2}\\b', 'i')).toBeUndefined();
  });
});
