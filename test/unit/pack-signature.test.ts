import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { SIGNED_PACK_FORMAT, fromBase64, keyIdOf, toBase64, verifySignedPack, type TrustedKey } from '../../src/pack/signature';
import { keyIdOfSync } from '../../src/pack/trust-files';
import { TEST_KEYS, packWith, signed } from '../packs/signing';

const envelope = (text: string) => JSON.parse(text) as { keyId: string; signature: string; payload: string };

describe('signed pack files (Ed25519 over the exact payload bytes)', () => {
  it('verifies a pack signed with a pinned key and returns exactly the signed bytes', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(packWith(2)) + '\r\n');
    const result = await verifySignedPack(signed(bytes), TEST_KEYS);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.keyId).toBe(TEST_KEYS[0]!.keyId);
      expect([...result.payload]).toEqual([...bytes]);
    }
  });

  it('refuses a payload changed after signing, even by one byte of whitespace', async () => {
    const text = signed(new TextEncoder().encode('{"format": 1}\n'));
    const e = envelope(text);
    e.payload = toBase64(new TextEncoder().encode('{"format": 1}\r\n'));
    const result = await verifySignedPack(JSON.stringify(e), TEST_KEYS);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'bad-signature' } });
  });

  it('refuses a changed or truncated signature', async () => {
    const e = envelope(signed(packWith(2)));
    const sig = fromBase64(e.signature);
    sig[10]! ^= 1;
    expect(await verifySignedPack(JSON.stringify({ ...e, signature: toBase64(sig) }), TEST_KEYS)).toMatchObject({ ok: false, refusal: { code: 'bad-signature' } });
    expect(await verifySignedPack(JSON.stringify({ ...e, signature: toBase64(sig.subarray(0, 32)) }), TEST_KEYS)).toMatchObject({ ok: false, refusal: { code: 'bad-signature' } });
  });

  it('refuses a key that is not pinned, and a signature by another key under a pinned key id', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
    const otherId = keyIdOfSync(raw);
    expect((await verifySignedPack(signed(packWith(2), otherId, privateKey), TEST_KEYS)).ok).toBe(false);
    expect(await verifySignedPack(signed(packWith(2), otherId, privateKey), TEST_KEYS)).toMatchObject({ refusal: { code: 'unknown-key' } });
    // An attacker's own key, claiming to be the pinned one: the signature decides, not the id.
    expect(await verifySignedPack(signed(packWith(2), TEST_KEYS[0]!.keyId, privateKey), TEST_KEYS)).toMatchObject({ refusal: { code: 'bad-signature' } });
    // Rotation: once the new key is pinned beside the old one, both verify.
    const rotated: TrustedKey[] = [...TEST_KEYS, { keyId: otherId, publicKey: raw.toString('base64'), label: 'next key' }];
    expect((await verifySignedPack(signed(packWith(2), otherId, privateKey), rotated)).ok).toBe(true);
    expect((await verifySignedPack(signed(packWith(2)), rotated)).ok).toBe(true);
  });

  it('refuses an unsigned pack, a file that is not JSON, and one that is too large', async () => {
    expect(await verifySignedPack(JSON.stringify(BUILTIN_PACK), TEST_KEYS)).toMatchObject({
      ok: false,
      refusal: { code: 'not-signed', detail: expect.stringContaining('plakwacht pack sign') },
    });
    expect(await verifySignedPack('<html>502 Bad Gateway</html>', TEST_KEYS)).toMatchObject({ refusal: { code: 'not-signed' } });
    expect(await verifySignedPack(JSON.stringify({ format: SIGNED_PACK_FORMAT, keyId: 'x' }), TEST_KEYS)).toMatchObject({ refusal: { code: 'not-signed' } });
    expect(await verifySignedPack(' '.repeat(3 * 1024 * 1024), TEST_KEYS)).toMatchObject({ refusal: { code: 'too-large' } });
  });

  it('derives key ids the same way in WebCrypto and in Node', async () => {
    const key = TEST_KEYS[0]!;
    expect(await keyIdOf(fromBase64(key.publicKey))).toBe(key.keyId);
    expect(keyIdOfSync(fromBase64(key.publicKey))).toBe(key.keyId);
  });

  it('is plain Ed25519: the crypto.verify of Node accepts the signature with the pinned raw key', () => {
    const e = envelope(signed(packWith(2)));
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(TEST_KEYS[0]!.publicKey, 'base64').toString('base64url') }, format: 'jwk' });
    expect(verify(null, fromBase64(e.payload), publicKey, fromBase64(e.signature))).toBe(true);
  });
});
