import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_TRUST_FILE } from '../../src/pack/trust-files';
import { TEST_KEY_FILE, UNSAFE_RULE, packWith } from '../packs/signing';

// The real `plakwacht pack` command, the way the security team runs it (its bin script directly:
// cli.test.ts already proves `npx plakwacht` finds it, and npx costs seconds per run on a busy CI).
const root = path.resolve(import.meta.dirname, '../..');
const plakwacht = (...args: string[]) => spawnSync(process.execPath, ['src/cli/plakwacht.mjs', 'pack', ...args], { cwd: root, encoding: 'utf8' });
const dir = mkdtempSync(path.join(tmpdir(), 'plakwacht-pack-cli-'));
const EXAMPLE = path.join(root, 'test/packs/example-pack.json');
const CORPUS = path.join(root, 'test/packs/example-corpus.jsonl');

describe('plakwacht pack: keygen → validate → test → sign → verify', { timeout: 60_000 }, () => {
  it('keygen writes a private key only its owner can read and pins the public key', () => {
    const trust = path.join(dir, 'trust.json');
    writeFileSync(trust, JSON.stringify({ updateUrl: null, keys: [] }));
    const r = plakwacht('keygen', '--out', dir, '--name', 'ib', '--pin', trust);
    expect(r.status, r.stderr).toBe(0);
    const keyId = /key id\s+([0-9a-f]{16})/.exec(r.stdout)![1];
    expect(JSON.parse(readFileSync(trust, 'utf8')).keys[0].keyId).toBe(keyId);
    expect(readFileSync(path.join(dir, 'ib.private.pem'), 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(spawnSync('stat', ['-c', '%a', path.join(dir, 'ib.private.pem')], { encoding: 'utf8' }).stdout.trim()).toBe('600');
    const again = plakwacht('keygen', '--out', dir, '--name', 'ib');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('refusing to overwrite');

    const signedFile = path.join(dir, 'pack.signed.json');
    const sign = plakwacht('sign', EXAMPLE, '--key', path.join(dir, 'ib.private.pem'), '--out', signedFile, '--keys', trust);
    expect(sign.status, sign.stderr).toBe(0);
    expect(sign.stderr).toBe('');
    const verify = plakwacht('verify', signedFile, '--keys', trust);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain(`signed   by key ${keyId}`);
    // The production trust file does not pin this key: an install would refuse it.
    const production = plakwacht('verify', signedFile);
    expect(production.status).toBe(1);
    expect(production.stderr).toContain('(unknown-key)');
  });

  it('validate accepts the example pack and refuses an unsafe pattern with exit 1 and the reason', () => {
    const ok = plakwacht('validate', EXAMPLE);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('2 extra rules (1 keyword list, 1 pattern)');
    const unsafe = path.join(dir, 'unsafe.json');
    writeFileSync(unsafe, JSON.stringify(packWith(2, { extraRules: [UNSAFE_RULE] })));
    const bad = plakwacht('validate', unsafe);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/has an unsafe pattern \(1 problem\):\n {2}extraRules\[0\]\.pattern: .*exponential/);
    // Nothing unsafe gets signed.
    const sign = plakwacht('sign', unsafe, '--key', TEST_KEY_FILE);
    expect(sign.status).toBe(1);
  });

  it('verify refuses a tampered file with exit 1', () => {
    const out = path.join(dir, 'test-signed.json');
    expect(plakwacht('sign', EXAMPLE, '--key', TEST_KEY_FILE, '--out', out, '--keys', TEST_TRUST_FILE).status).toBe(0);
    const envelope = JSON.parse(readFileSync(out, 'utf8'));
    envelope.payload = Buffer.from(Buffer.from(envelope.payload, 'base64').toString('utf8').replace('Zwaluw', 'Zwaluv')).toString('base64');
    writeFileSync(out, JSON.stringify(envelope));
    const r = plakwacht('verify', out, '--keys', TEST_TRUST_FILE);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('(bad-signature)');
  });

  it('test prints precision and recall per detector, beside the built-in pack, and can gate on them', () => {
    const r = plakwacht('test', EXAMPLE, CORPUS);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/keyword-operatie-zwaluw\s+100\.0\s+100\.0\s+100\.0\s+2\/0\/0\s+0\.0\s+0\.0/);
    expect(r.stdout).toMatch(/bsn\s+50\.0\s+100\.0/);
    const gated = plakwacht('test', EXAMPLE, CORPUS, '--min-precision', '0.9');
    expect(gated.status).toBe(1);
    expect(gated.stderr).toContain('bsn precision 50.0% < 90%');
  });

  it('bad usage and unreadable files exit 2 with a clear message', () => {
    expect(plakwacht('sign', EXAMPLE).stderr).toContain('sign needs --key');
    const missing = plakwacht('validate', '/nonexistent/pack.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/pack.json: no such file');
    const badCorpus = path.join(dir, 'bad.jsonl');
    writeFileSync(badCorpus, '{"id": 1, "text": "x", "entities": []}\nnot json\n');
    const r = plakwacht('test', EXAMPLE, badCorpus);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.jsonl:2: not a JSON line');
    expect(plakwacht('frobnicate').status).toBe(2);
  });
});
