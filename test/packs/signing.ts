import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtraRule, RulePack } from '../../src/pack/schema';
import { SIGNED_PACK_FORMAT, toBase64, type TrustedKey } from '../../src/pack/signature';
import { readTrustFile, TEST_TRUST_FILE } from '../../src/pack/trust-files';

// Test helpers: real Ed25519 signatures with the committed TEST key (its public half is pinned
// only in test builds), so every test exercises the same verification an install runs.

export const TEST_KEY_FILE = fileURLToPath(new URL('./TEST-ONLY-signing-key.pem', import.meta.url));
export const TEST_KEYS: TrustedKey[] = readTrustFile(TEST_TRUST_FILE).keys;
const testKey = createPrivateKey(readFileSync(TEST_KEY_FILE));

/** The signed-file envelope of exactly these bytes (or this pack as pretty JSON). */
export function signed(pack: RulePack | object | Uint8Array, keyId = TEST_KEYS[0]!.keyId, key = testKey): string {
  const bytes = pack instanceof Uint8Array ? pack : new TextEncoder().encode(JSON.stringify(pack, null, 2) + '\n');
  return JSON.stringify({
    format: SIGNED_PACK_FORMAT,
    keyId,
    signature: toBase64(new Uint8Array(sign(null, bytes, key))),
    payload: toBase64(bytes),
  });
}

export const ZWALUW: Extract<ExtraRule, { kind: 'keywords' }> = {
  id: 'keyword-operatie-zwaluw',
  kind: 'keywords',
  label: { nl: 'Operatienaam', en: 'Operation name' },
  placeholder: { nl: 'OPERATIE', en: 'OPERATION' },
  action: 'block',
  rules: ['S3', 'P1.4'],
  words: ['Operatie Zwaluw'],
};

// Read as a file, not imported: Playwright's loader needs import attributes for JSON modules.
const DEFAULT_PACK = JSON.parse(readFileSync(new URL('../../src/pack/default-pack.json', import.meta.url), 'utf8')) as RulePack;

/** The built-in pack with another id and version, and these changes. */
export function packWith(version: number, changes: Partial<RulePack> = {}): RulePack {
  return { ...structuredClone(DEFAULT_PACK), id: 'nl.politie.plakwacht', version, issued: '2026-12-01', ...changes };
}

export const UNSAFE_RULE: ExtraRule = {
  id: 'unsafe-words',
  kind: 'pattern',
  label: { nl: 'Woorden', en: 'Words' },
  action: 'warn',
  rules: ['P1.4'],
  pattern: '^(\\w+\\s?)+$',
};
