import { sign } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { acceptSignedPack } from '../pack/accept';
import { localDate } from '../pack/dates';
import { SIGNED_PACK_FORMAT, toBase64, type SignedPack, type TrustedKey } from '../pack/signature';
import { PRODUCTION_TRUST_FILE, readTrustFile } from '../pack/trust-files';
import { CommandError, checkedPack, describePack, loadPackFile, readBytes } from './pack-files';
import { publicKeyOf, readSigningKey, trustedKeyOf } from './pack-keys';

export interface SignArgs {
  file: string;
  key: string;
  out: string | undefined;
  /** Trust files to check the key against (default: the production one). */
  keys: string[];
}

/** Checks the pack exactly as an install will, then signs its bytes as they are on disk. */
export async function signCommand({ file, key, out, keys }: SignArgs): Promise<number> {
  const loaded = await loadPackFile(file);
  if (loaded.signed) throw new CommandError(`${file} is signed already; sign the plain pack file`, 2);
  const { pack } = checkedPack(file, loaded.json);
  const privateKey = await readSigningKey(key);
  const signer = trustedKeyOf(publicKeyOf(privateKey), 'signer');
  const envelope: SignedPack = {
    format: SIGNED_PACK_FORMAT,
    keyId: signer.keyId,
    signature: toBase64(new Uint8Array(sign(null, loaded.bytes, privateKey))),
    payload: toBase64(loaded.bytes),
  };
  const target = out ?? file.replace(/(\.json)?$/, '.signed.json');
  try {
    await writeFile(target, JSON.stringify(envelope, null, 2) + '\n');
  } catch (error) {
    throw new CommandError(`cannot write ${target}: ${(error as Error).message}`, 2);
  }
  console.log(`signed   ${describePack(pack)}`);
  console.log(`key id   ${signer.keyId}`);
  console.log(`wrote    ${target}`);
  const trusted = trustedKeys(keys);
  if (!trusted.some((k) => k.keyId === signer.keyId)) {
    console.error(
      `warning: key ${signer.keyId} is not pinned in ${keys.join(', ') || PRODUCTION_TRUST_FILE}; ` +
        'installed extensions built from it will refuse this pack (unknown key)',
    );
  }
  return 0;
}

export interface VerifyArgs {
  file: string;
  keys: string[];
  newerThan: number;
}

/** What an install does with the file: signature against pinned keys, schema, patterns, expiry. */
export async function verifyCommand({ file, keys, newerThan }: VerifyArgs): Promise<number> {
  const text = Buffer.from(await readBytes(file)).toString('utf8');
  const trusted = trustedKeys(keys);
  const result = await acceptSignedPack(text, { keys: trusted, newerThan, today: localDate() });
  if (!result.ok) {
    console.error(`plakwacht: ${file} would be refused (${result.refusal.code}): ${result.refusal.detail}`);
    return 1;
  }
  const key = trusted.find((k) => k.keyId === result.keyId)!;
  console.log(`ok       ${describePack(result.pack)}`);
  console.log(`signed   by key ${key.keyId} (${key.label})`);
  return 0;
}

function trustedKeys(files: string[]): TrustedKey[] {
  const list = files.length ? files : [PRODUCTION_TRUST_FILE];
  try {
    return list.flatMap((f) => readTrustFile(f).keys);
  } catch (error) {
    throw new CommandError((error as Error).message, 2);
  }
}
