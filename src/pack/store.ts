import { storage } from 'wxt/utils/storage';
import { PACK_KEY } from './in-force';
import { RefusalSchema } from './refusal';
import { RulePackSchema } from './schema';
import { z } from './zod';

// What the extension keeps about rule packs, in storage.local (only the extension can write it).
// Only the background writes the pack in force, and only after acceptSignedPack said yes.

export const PackInForceSchema = z.object({
  pack: RulePackSchema,
  /** The pinned key that signed it. */
  keyId: z.string(),
  appliedAt: z.string(),
  source: z.enum(['update', 'import']),
});
export type PackInForce = z.infer<typeof PackInForceSchema>;

/** The last good pack: what every content script reads at start and follows from then on. */
export const packInForceItem = storage.defineItem<PackInForce | null>(`local:${PACK_KEY}`, { fallback: null });

/** The exact signed file of the pack in force, so the background can check it again at start. */
export const signedPackItem = storage.defineItem<string | null>('local:packSigned', { fallback: null });

/** The update URL the user set in options; null means the build's default. */
export const packUrlItem = storage.defineItem<string | null>('local:packUrl', { fallback: null });

export const CHECK_OUTCOMES = ['applied', 'unchanged', 'refused', 'error', 'no-url'] as const;

export const PackUpdateStateSchema = z.object({
  /** The URL the validators below belong to. */
  url: z.optional(z.string()),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  lastCheck: z.optional(
    z.object({ at: z.string(), outcome: z.enum(CHECK_OUTCOMES), detail: z.optional(z.string()) }),
  ),
  lastRefusal: z.optional(
    z.object({ ...RefusalSchema.shape, at: z.string(), source: z.enum(['update', 'import']), url: z.optional(z.string()) }),
  ),
});
export type PackUpdateState = z.infer<typeof PackUpdateStateSchema>;

export const packUpdateItem = storage.defineItem<PackUpdateState>('local:packUpdate', { fallback: {} });

/** Chatbot hosts the pack in force adds: guarded ones, and ones that still need the user's yes. */
export const SiteAccessSchema = z.object({
  guarded: z.array(z.string()),
  pending: z.array(z.string()),
  /** Origins the user was already asked about (once is enough). */
  asked: z.array(z.string()),
});
export type SiteAccess = z.infer<typeof SiteAccessSchema>;

export const siteAccessItem = storage.defineItem<SiteAccess>('local:packSites', { fallback: { guarded: [], pending: [], asked: [] } });

/** A stored value read back through its schema; anything malformed counts as absent. */
export async function readStored<T>(item: { getValue(): Promise<unknown> }, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const parsed = schema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : undefined;
}
