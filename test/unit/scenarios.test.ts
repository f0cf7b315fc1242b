import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../detectors';
import { SCENARIOS } from '../../src/oefenchat/scenarios';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { inspect } from '../../src/policy/inspect';

const installed = new Set(DETECTORS.map((d) => d.meta.id));

describe('oefenchat scenarios', () => {
  it('at least 12, with unique ids, Dutch and English titles and lessons, and rules the pack has', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      for (const lang of ['nl', 'en'] as const) {
        expect(s.title[lang].length, s.id).toBeGreaterThan(5);
        expect(s.lesson[lang].length, s.id).toBeGreaterThan(40);
      }
      expect(s.rules.length, s.id).toBeGreaterThan(0);
      for (const rule of s.rules) expect(BUILTIN_PACK.rules, `${s.id} cites ${rule}`).toHaveProperty([rule]);
    }
  });

  it('covers what trainers asked for: BSN, Politie Intern, a kenteken, a screenshot, a harmless question, a named person', () => {
    const find = (detector: string) => SCENARIOS.some((s) => s.expect.detectors.includes(detector));
    expect(find('bsn')).toBe(true);
    expect(find('classification-marking')).toBe(true);
    expect(find('license-plate')).toBe(true);
    expect(find('person-name')).toBe(true);
    expect(SCENARIOS.some((s) => s.paste.kind === 'image')).toBe(true);
    expect(SCENARIOS.filter((s) => s.expect.verdict === 'allow').length).toBeGreaterThanOrEqual(2);
  });

  // Scenarios are held to what they promise the class. A scenario whose detector is not installed
  // in this build is checked as soon as it is (the detectors issue adds them).
  for (const s of SCENARIOS) {
    if (s.paste.kind !== 'text') continue;
    const text = s.paste.text;
    const ready = s.expect.detectors.every((d) => installed.has(d));
    it(`"${s.title.nl}" ${ready ? 'does what it promises' : `(waits for ${s.expect.detectors.filter((d) => !installed.has(d)).join(', ')})`}`, () => {
      const decision = inspect(text, BUILTIN_PACK);
      const found = new Set(decision.findings.map((f) => f.detector));
      for (const d of s.expect.detectors) if (installed.has(d)) expect(found, `${s.id}: ${d}`).toContain(d);
      if (!ready) return;
      if (s.expect.verdict === 'held') expect(decision.verdict).not.toBe('allow');
      else expect(decision.verdict).toBe(s.expect.verdict);
    });
  }

  it('the screenshot scenario is a real PNG showing made-up personal data', () => {
    const png = readFileSync(new URL('../../src/oefenchat/registratiesysteem.png', import.meta.url));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
  });
});
