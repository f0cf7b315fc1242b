import { browser } from 'wxt/browser';
import { localDate } from './dates';
import { followStoredPack, packInForce, PACK_KEY } from './follow';
import type { RulePack } from './schema';
import { parseStoredPack } from './stored';

export { PACK_KEY, packInForce, type StoredPackParser } from './follow';
export { parseStoredPack } from './stored';

/**
 * For extension pages that stay open (the oefenchat): the pack in force, answered synchronously
 * and kept current (see `followStoredPack`). Chatbot pages get the parser with the engine instead.
 */
export function followPackInForce(): () => RulePack {
  return followStoredPack(() => parseStoredPack);
}

/** For extension pages that render once (popup, options, playground): the pack in force now. */
export async function readPackInForce(): Promise<RulePack> {
  const items = await browser.storage.local.get(PACK_KEY).catch(() => ({}) as Record<string, unknown>);
  return packInForce(parseStoredPack(items[PACK_KEY]), localDate());
}
