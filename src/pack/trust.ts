import { TrustedKeySchema, type TrustedKey } from './signature';
import { z } from './zod';

/**
 * A trust file (src/pack/trust/*.json): the public keys packs may be signed with and the default
 * update URL. Read at build time and pinned into the extension (see trust-files.ts and wxt.config.ts).
 */
export const TrustFileSchema = z.object({
  note: z.optional(z.string()),
  /** Where installs fetch the signed pack from unless the user sets another URL. */
  updateUrl: z.optional(z.nullable(z.url({ protocol: /^https?$/ }))),
  keys: z.array(TrustedKeySchema),
});
export type TrustFile = z.infer<typeof TrustFileSchema>;

export interface BuildTrust {
  updateUrl: string | null;
  keys: TrustedKey[];
}

declare const __PLAKWACHT_TRUST__: BuildTrust | undefined;

/**
 * What this build trusts. Vite replaces `__PLAKWACHT_TRUST__` at build time; outside a build (unit
 * tests, the CLI) nothing is pinned and callers pass their keys explicitly.
 */
export const BUILD_TRUST: BuildTrust =
  typeof __PLAKWACHT_TRUST__ === 'undefined' ? { updateUrl: null, keys: [] } : __PLAKWACHT_TRUST__;
