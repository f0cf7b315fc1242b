import { checkPack, parsePackBytes } from './check';
import { isExpired } from './dates';
import { refusalOf, type Refusal } from './refusal';
import type { RulePack } from './schema';
import { verifySignedPack, type TrustedKey } from './signature';

export interface AcceptContext {
  /** The public keys pinned in this build. */
  keys: readonly TrustedKey[];
  /** A new pack must have a higher version than this (the last pack applied, or the built-in one). */
  newerThan: number;
  /** Today as YYYY-MM-DD: a pack that has already expired is refused. */
  today: string;
}

export type Accepted = { ok: true; pack: RulePack; keyId: string };
export type Refused = { ok: false; refusal: Refusal };

/**
 * A signed pack file → the pack, only when signature, schema, consistency, version and patterns
 * are all good. The signature comes first: nothing from an unsigned file is looked at further, so
 * nobody but the holder of a pinned key can make an install spend time on a pack.
 */
export async function acceptSignedPack(text: string, ctx: AcceptContext): Promise<Accepted | Refused> {
  const verified = await verifySignedPack(text, ctx.keys);
  if (!verified.ok) return verified;
  const json = parsePackBytes(verified.payload);
  if (!json.ok) return { ok: false, refusal: refusalOf(json.problems) };
  // Version and expiry before the (slow) pattern check: an old pack needs no ReDoS analysis.
  const head = versionOf(json.json);
  if (head && head.version <= ctx.newerThan) {
    return { ok: false, refusal: { code: 'not-newer', detail: `version ${head.version} is not newer than version ${ctx.newerThan} in force` } };
  }
  const checked = checkPack(json.json);
  if (!checked.ok) return { ok: false, refusal: refusalOf(checked.problems) };
  const { pack } = checked;
  if (isExpired(pack, ctx.today)) {
    return { ok: false, refusal: { code: 'expired', detail: `the pack expired on ${pack.expires}` } };
  }
  return { ok: true, pack, keyId: verified.keyId };
}

function versionOf(json: unknown): { version: number } | undefined {
  const version = (json as { version?: unknown } | null)?.version;
  return typeof version === 'number' ? { version } : undefined;
}
