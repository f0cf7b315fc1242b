import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// "A scan keeps no text once it is done": the people two detectors share, the word facts and the
// phone numbers met are remembered only while a scan runs. Checked the hard way: a heap snapshot
// of a real Node process after a scan must hold none of the personal data it was given, while a
// snapshot taken as the text is still held does (so the search can see it).
it('after a scan, nothing of the text is left in memory', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/unit/support/heap-probe.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  expect(run.status, run.stderr).toBe(0);
  const { control, after, found, values } = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
    control: string;
    after: string;
    found: number;
    values: string[];
  };
  try {
    expect(found).toBeGreaterThanOrEqual(3); // name, birth date, phone, BSN: the detectors did read it
    const before = readFileSync(path.resolve(root, control), 'utf8');
    for (const v of values) expect(before.includes(v), `control snapshot holds ${v}`).toBe(true);
    const left = readFileSync(path.resolve(root, after), 'utf8');
    for (const v of values) expect(left.includes(v), `${v} is still in memory after the scan`).toBe(false);
  } finally {
    rmSync(path.resolve(root, control), { force: true });
    rmSync(path.resolve(root, after), { force: true });
  }
}, 120_000);
