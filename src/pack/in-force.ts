import { browser } from 'wxt/browser';
import { BUILTIN_PACK_AS_BUILT } from './builtin-as-built';
import { isExpired, localDate } from './dates';
import { RulePackSchema, type RulePack } from './schema';
import { z } from './zod';

// Runs in every chatbot page, so it stays small: the storage key and the stored shape are read
// directly (store.ts, the background's typed storage items, would add WXT storage's ~10 kB).

/** The storage.local key of the pack in force (store.ts defines `packInForceItem` with it). */
export const PACK_KEY = 'pack';
const Stored = z.object({ pack: RulePackSchema });

/**
 * For content scripts and extension pages: starts following the pack in force and returns a getter
 * that answers synchronously, as the paste decision must. The stored pack is read once at start and
 * kept current with storage change events. Until the first read completes (a few milliseconds
 * after document_start), and whenever the stored pack is missing, malformed or expired, the
 * built-in pack applies.
 */
export function followPackInForce(): () => RulePack {
  let stored: RulePack | undefined;
  let changed = false;
  const take = (value: unknown) => {
    const parsed = Stored.safeParse(value);
    stored = parsed.success ? parsed.data.pack : undefined;
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(PACK_KEY in changes)) return;
    changed = true;
    take(changes[PACK_KEY]!.newValue);
  });
  browser.storage.local.get(PACK_KEY).then(
    (items) => changed || take(items[PACK_KEY]),
    () => undefined,
  );
  return () => packInForce(stored, localDate());
}

/** For extension pages that render once (popup, options, playground): the pack in force now. */
export async function readPackInForce(): Promise<RulePack> {
  const items = await browser.storage.local.get(PACK_KEY).catch(() => ({}) as Record<string, unknown>);
  const parsed = Stored.safeParse(items[PACK_KEY]);
  return packInForce(parsed.success ? parsed.data.pack : undefined, localDate());
}

export function packInForce(stored: RulePack | undefined, today: string): RulePack {
  return stored && !isExpired(stored, today) ? stored : BUILTIN_PACK_AS_BUILT;
}
