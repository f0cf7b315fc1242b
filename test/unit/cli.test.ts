import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The real command, the way the security team and score.mjs run it.
const root = path.resolve(import.meta.dirname, '../..');
const plakwacht = (args: string[], input?: string) =>
  spawnSync('npx', ['--no-install', 'plakwacht', ...args], { cwd: root, input, encoding: 'utf8' });

describe('plakwacht scan --jsonl (contract 2)', () => {
  it('reports a BSN and a marking at offsets into the original text, verdict block', () => {
    const r = plakwacht(['scan', '--jsonl'], '{"id":"a","text":"BSN 111222333, Rubricering: Politie Intern"}\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.id).toBe('a');
    expect(out.verdict).toBe('block');
    expect(out.findings.map((f: { detector: string; start: number; end: number }) => [f.detector, f.start, f.end])).toEqual([
      ['bsn', 4, 13],
      ['classification-marking', 28, 42],
    ]);
    for (const f of out.findings) {
      expect(f.action).toBe('block');
      expect(typeof f.confidence).toBe('number');
      expect(typeof f.rule).toBe('string');
    }
  });

  it('answers a bad line with an error line and goes on', () => {
    const r = plakwacht(['scan', '--jsonl'], 'not json\n{"id":7}\n{"id":"ok","text":"hallo","extra":1}\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ id: null, error: expect.any(String) });
    expect(out[1]).toMatchObject({ id: 7, error: expect.any(String) });
    expect(out[2]).toEqual({ id: 'ok', verdict: 'allow', findings: [] });
  });

  it('points into the original text when the input hides digits with zero-width spaces', () => {
    const text = 'BSN 111\u200b222\u200b333';
    const r = plakwacht(['scan', '--jsonl'], JSON.stringify({ id: 1, text }) + '\n');
    const f = JSON.parse(r.stdout).findings[0];
    expect(text.slice(f.start, f.end)).toBe('111\u200b222\u200b333');
  });
});

describe('plakwacht scan FILE', () => {
  it('prints a readable report with the rule cited and exits 1 on findings', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plakwacht-cli-'));
    const file = path.join(dir, 'memo.txt');
    writeFileSync(file, 'Rubricering: Politie Intern\nAangever BSN 111222333');
    const r = plakwacht(['scan', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Oordeel: block');
    expect(r.stdout).toContain('1112•••33');
    expect(r.stdout).not.toContain('111222333');
    expect(r.stdout).toContain("P1.2 Principe 1: Wees zorgvuldig met gevoelige informatie: Voeg nooit persoonsgegevens");
  });

  it('exits 0 on a clean text from stdin, and 2 with a clear message on a missing file', () => {
    expect(plakwacht(['scan'], 'Wat zegt de wapenwet over messen?').status).toBe(0);
    const missing = plakwacht(['scan', '/nonexistent/file.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/file.txt');
  });
});
