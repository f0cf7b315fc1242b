import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromBase64 } from './signature';
import { TrustFileSchema, type BuildTrust, type TrustFile } from './trust';

// Build-time and CLI side of the trust list (Node only).

export const PRODUCTION_TRUST_FILE = fileURLToPath(new URL('./trust/production.json', import.meta.url));
/** TEST ONLY: pinned in `wxt build --mode test` and nowhere else. */
export const TEST_TRUST_FILE = fileURLToPath(new URL('./trust/test.json', import.meta.url));

/** Reads and checks one trust file; throws with the file name and the problem. */
export function readTrustFile(file: string): TrustFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`trust file ${file}: ${(error as Error).message}`);
  }
  const parsed = TrustFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`trust file ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  for (const key of parsed.data.keys) {
    const raw = fromBase64(key.publicKey);
    if (raw.length !== 32) throw new Error(`trust file ${file}: key ${key.keyId} is not a 32-byte Ed25519 public key`);
    const id = keyIdOfSync(raw);
    if (id !== key.keyId) throw new Error(`trust file ${file}: key id ${key.keyId} does not belong to its public key (that is ${id})`);
  }
  return parsed.data;
}

export function keyIdOfSync(raw: Uint8Array): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/**
 * What a build pins. The production list comes from src/pack/trust/production.json, or from the
 * file named by PLAKWACHT_TRUST_FILE for an organisation that keeps it outside the repository;
 * PLAKWACHT_PACK_URL overrides its update URL. Test builds add the TEST key.
 */
export function buildTrust(mode: string, env: Record<string, string | undefined> = process.env): BuildTrust {
  const production = readTrustFile(env.PLAKWACHT_TRUST_FILE || PRODUCTION_TRUST_FILE);
  const keys = [...production.keys];
  if (mode === 'test') {
    for (const key of readTrustFile(TEST_TRUST_FILE).keys) if (!keys.some((k) => k.keyId === key.keyId)) keys.push(key);
  }
  return { updateUrl: env.PLAKWACHT_PACK_URL || production.updateUrl || null, keys };
}
