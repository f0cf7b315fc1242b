import { describe, expect, test } from 'vitest';
import { DETECTORS } from '../../detectors';
import { File } from 'node:buffer';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { decide, type Decision } from '../../src/policy/decide';
import { inspect } from '../../src/policy/inspect';
import { combine } from '../../src/guard/gate';
import { fileKind } from '../../src/guard/files';
import { inspectInSlices, SLICE } from '../../src/guard/slices';
import { mixedDutchText } from '../bench/corpus';

const whole = (text: string) => inspect(text, BUILTIN_PACK);
const sliced = (text: string) =>
  inspectInSlices(
    text,
    (slice) => inspect(slice, BUILTIN_PACK),
    (findings, failed) => decide(findings, failed, DETECTORS, BUILTIN_PACK),
    () => Promise.resolve(),
  );

describe('long texts are decided in slices, with the same result as in one go', () => {
  test('a finding straddling a slice boundary is found once, at its offset in the whole text', async () => {
    const bsn = 'BSN 111222333';
    const text = `${'x '.repeat(SLICE / 2 - 3)}${bsn} ${'y '.repeat(SLICE)}`;
    const start = text.indexOf('111222333');
    expect(start).toBeLessThan(SLICE);
    expect(start + 9).toBeGreaterThan(SLICE);
    const decision = await sliced(text);
    expect(decision.findings.map((f) => [f.detector, f.start, f.end])).toEqual([['bsn', start, start + 9]]);
    expect(decision.verdict).toBe('block');
  });

  test('on 300 KB of mixed text (five slices), slices find exactly what one pass finds', async () => {
    const text = mixedDutchText(300_000, 7);
    const strip = (d: Decision) => ({ verdict: d.verdict, rules: d.rules, findings: d.findings.map((f) => `${f.detector}@${f.start}-${f.end}`) });
    expect(strip(await sliced(text))).toEqual(strip(whole(text)));
  });
});

describe('one decision over text and files', () => {
  const block = whole('BSN 111222333');
  const image: Decision = { verdict: 'warn', findings: [], rules: ['S4'], redactable: false, incomplete: [] };
  const document: Decision = { verdict: 'warn', findings: [], rules: ['P1.3'], redactable: false, incomplete: [] };
  const allow: Decision = { verdict: 'allow', findings: [], rules: [], redactable: false, incomplete: [] };

  test('a single decision is kept as it is; allow pieces do not count', () => {
    expect(combine([allow, block, allow])).toBe(block);
    expect(combine([allow]).verdict).toBe('allow');
  });

  test('the weightiest verdict wins and its rules are cited first, at most three', () => {
    const both = combine([image, block, document]);
    expect(both.verdict).toBe('block');
    expect(both.rules).toEqual(['P1.2', 'S4', 'P1.3']);
    expect(both.redactable).toBe(false); // an image cannot be anonymised
  });
});

describe('file kinds', () => {
  const file = (name: string, type = '') => new File([''], name, { type }) as unknown as globalThis.File;
  test.each([
    ['aangifte.txt', '', 'text'], ['notes.md', '', 'text'], ['export.csv', 'text/csv', 'text'], ['data.json', 'application/json', 'text'],
    ['mail.eml', 'message/rfc822', 'text'], ['page.html', 'text/html', 'text'], ['server.log', '', 'text'],
    ['foto.jpg', 'image/jpeg', 'image'], ['scan.PNG', '', 'image'], ['plak.heic', '', 'image'],
    ['rapport.pdf', 'application/pdf', 'document'], ['brief.docx', '', 'document'], ['archief.zip', '', 'document'],
  ])('%s (%s) is %s', (name, type, kind) => {
    expect(fileKind(file(name, type))).toBe(kind);
  });
});
