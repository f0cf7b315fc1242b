import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TrustedKey } from '../pack/signature';
import { readTrustFile, keyIdOfSync } from '../pack/trust-files';
import { CommandError, readBytes } from './pack-files';

export interface KeygenArgs {
  out: string;
  name: string;
  label: string;
  /** A trust file to add the public key to (e.g. src/pack/trust/production.json). */
  pin: string | undefined;
}

/**
 * A new Ed25519 key pair for signing packs: NAME.private.pem (PKCS#8, readable by its owner only)
 * stays with the security team; NAME.public.json is the entry that pins it in a build.
 */
export async function keygenCommand({ out, name, label, pin }: KeygenArgs): Promise<number> {
  const privateFile = path.join(out, `${name}.private.pem`);
  const publicFile = path.join(out, `${name}.public.json`);
  for (const file of [privateFile, publicFile]) {
    if (existsSync(file)) throw new CommandError(`${file} exists already; refusing to overwrite a key (pick another --name)`, 2);
  }
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const entry = trustedKeyOf(publicKey, label);
  try {
    await writeFile(privateFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    await writeFile(publicFile, JSON.stringify(entry, null, 2) + '\n', { flag: 'wx' });
  } catch (error) {
    throw new CommandError(`cannot write the key files in ${out}: ${(error as Error).message}`, 2);
  }
  console.log(`key id      ${entry.keyId}`);
  console.log(`private key ${privateFile}   (keep it offline; anyone holding it can push rules to every install)`);
  console.log(`public key  ${publicFile}`);
  if (pin) {
    await pinKey(pin, entry);
    console.log(`pinned in   ${pin}   (commit it; builds from now on accept packs signed with this key)`);
  } else {
    console.log(`pin it:     add the contents of ${publicFile} to "keys" in src/pack/trust/production.json, or run keygen with --pin`);
  }
  return 0;
}

export function trustedKeyOf(publicKey: KeyObject, label: string): TrustedKey {
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return { keyId: keyIdOfSync(raw), publicKey: raw.toString('base64'), label };
}

async function pinKey(trustFile: string, entry: TrustedKey): Promise<void> {
  let trust;
  try {
    trust = readTrustFile(trustFile);
  } catch (error) {
    throw new CommandError(`cannot pin the key: ${(error as Error).message}`, 2);
  }
  const raw = JSON.parse(readFileSync(trustFile, 'utf8')) as { keys: TrustedKey[] };
  if (!trust.keys.some((k) => k.keyId === entry.keyId)) raw.keys.push(entry);
  await writeFile(trustFile, JSON.stringify(raw, null, 2) + '\n');
}

/** A signing key from a PEM file; only Ed25519 private keys are accepted. */
export async function readSigningKey(file: string): Promise<KeyObject> {
  const pem = Buffer.from(await readBytes(file));
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new CommandError(`${file} is not a private key in PEM format: ${(error as Error).message}`, 2);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new CommandError(`${file} is a ${key.asymmetricKeyType} key; packs are signed with Ed25519 (make one with \`plakwacht pack keygen\`)`, 2);
  return key;
}

export function publicKeyOf(privateKey: KeyObject): KeyObject {
  return createPublicKey(privateKey);
}
