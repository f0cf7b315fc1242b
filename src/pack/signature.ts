import type { Refusal } from './refusal';
import { z } from './zod';

// The signed-file format. A pack is published as one JSON "envelope":
//
//   { "format": "plakwacht-signed-pack/1",
//     "keyId": "3f9a1c0d5e6b7a89",          first 8 bytes of SHA-256(raw public key), hex
//     "signature": "<base64, 64 bytes>",     Ed25519 over exactly the payload bytes
//     "payload": "<base64 of the pack JSON file, byte for byte>" }
//
// The payload travels as base64 so that no JSON re-serialisation, line-ending change or Unicode
// normalisation on the way can change the bytes that were signed. The key id only selects which
// pinned key to try; the signature decides. Verification uses WebCrypto, which has Ed25519 in
// Chromium, Firefox and Node 20, so the extension and the CLI run this same code.

export const SIGNED_PACK_FORMAT = 'plakwacht-signed-pack/1';

export const KeyIdSchema = z.string().check(z.regex(/^[0-9a-f]{16}$/));

export const SignedPackSchema = z.object({
  format: z.literal(SIGNED_PACK_FORMAT),
  keyId: KeyIdSchema,
  signature: z.base64(),
  payload: z.base64(),
});
export type SignedPack = z.infer<typeof SignedPackSchema>;

/** A public key pinned in the build. */
export const TrustedKeySchema = z.object({
  keyId: KeyIdSchema,
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: z.base64(),
  /** Who holds the private key, e.g. "Informatiebeveiliging, 2026". */
  label: z.string(),
});
export type TrustedKey = z.infer<typeof TrustedKeySchema>;

/** No legitimate pack comes near this; anything bigger is refused before it is parsed. */
export const MAX_SIGNED_PACK_BYTES = 2 * 1024 * 1024;

export type Verified = { ok: true; payload: Uint8Array<ArrayBuffer>; keyId: string; key: TrustedKey };
export type NotVerified = { ok: false; refusal: Refusal };

export async function verifySignedPack(text: string, keys: readonly TrustedKey[]): Promise<Verified | NotVerified> {
  const refuse = (code: Refusal['code'], detail: string): NotVerified => ({ ok: false, refusal: { code, detail } });
  if (text.length > MAX_SIGNED_PACK_BYTES) return refuse('too-large', `the file has ${text.length} characters; at most ${MAX_SIGNED_PACK_BYTES} are accepted`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('not-signed', 'the file is not JSON, so it cannot be a signed pack');
  }
  const envelope = SignedPackSchema.safeParse(json);
  if (!envelope.success) {
    const plain = typeof json === 'object' && json !== null && 'format' in json && (json as { format: unknown }).format === 1;
    return refuse(
      'not-signed',
      plain
        ? 'this is an unsigned pack; sign it with `plakwacht pack sign` and publish the signed file'
        : `not a signed pack (expected {"format": "${SIGNED_PACK_FORMAT}", "keyId", "signature", "payload"})`,
    );
  }
  const { keyId, signature, payload } = envelope.data;
  const key = keys.find((k) => k.keyId === keyId);
  if (!key) return refuse('unknown-key', `signed with key ${keyId}, which is not among the pinned keys`);
  const payloadBytes = fromBase64(payload);
  const signatureBytes = fromBase64(signature);
  let valid = false;
  try {
    const publicKey = await crypto.subtle.importKey('raw', fromBase64(key.publicKey), { name: 'Ed25519' }, false, ['verify']);
    valid = signatureBytes.length === 64 && (await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signatureBytes, payloadBytes));
  } catch (error) {
    return refuse('bad-signature', `the signature could not be checked: ${(error as Error).message}`);
  }
  if (!valid) return refuse('bad-signature', `the signature does not match the contents for key ${keyId}: the file was changed after signing, or signed with another key`);
  return { ok: true, payload: payloadBytes, keyId, key };
}

/** The key id of a raw Ed25519 public key: the first 8 bytes of its SHA-256, hex. */
export async function keyIdOf(rawPublicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', rawPublicKey));
  return [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  const binary = atob(s);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
