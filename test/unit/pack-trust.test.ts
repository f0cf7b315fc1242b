import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTrust, readTrustFile } from '../../src/pack/trust-files';
import { TEST_KEYS } from '../packs/signing';

const dir = mkdtempSync(path.join(tmpdir(), 'plakwacht-trust-'));
const file = (name: string, json: unknown) => {
  const f = path.join(dir, name);
  writeFileSync(f, JSON.stringify(json));
  return f;
};
const TEST_KEY = TEST_KEYS[0]!;

describe('keys pinned in the build', () => {
  it('a production build never trusts the TEST key; a test build does', () => {
    expect(buildTrust('production', {}).keys.map((k) => k.keyId)).not.toContain(TEST_KEY.keyId);
    expect(buildTrust('test', {}).keys.map((k) => k.keyId)).toContain(TEST_KEY.keyId);
  });

  it('the security team can point the build at their own trust file and update URL', () => {
    const theirs = file('theirs.json', { updateUrl: 'https://intranet.example/pack.json', keys: [{ ...TEST_KEY, label: 'IB 2026' }] });
    expect(buildTrust('production', { PLAKWACHT_TRUST_FILE: theirs })).toEqual({ updateUrl: 'https://intranet.example/pack.json', keys: [{ ...TEST_KEY, label: 'IB 2026' }] });
    expect(buildTrust('production', { PLAKWACHT_TRUST_FILE: theirs, PLAKWACHT_PACK_URL: 'https://other.example/p.json' }).updateUrl).toBe('https://other.example/p.json');
  });

  it('a key id that does not belong to its public key, or a key of the wrong size, stops the build', () => {
    const wrongId = file('wrong-id.json', { keys: [{ ...TEST_KEY, keyId: '0000000000000000' }] });
    expect(() => readTrustFile(wrongId)).toThrow(/key id 0000000000000000 does not belong to its public key/);
    const short = file('short.json', { keys: [{ ...TEST_KEY, publicKey: Buffer.alloc(16).toString('base64') }] });
    expect(() => readTrustFile(short)).toThrow(/not a 32-byte Ed25519 public key/);
    expect(() => readTrustFile(path.join(dir, 'missing.json'))).toThrow(/missing\.json/);
  });
});
