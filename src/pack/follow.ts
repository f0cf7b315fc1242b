import { browser } from 'wxt/browser';
import { BUILTIN_PACK_AS_BUILT } from './builtin-as-built';
import { isExpired, localDate } from './dates';
import type { RulePack } from './schema';

// Runs in every chatbot page at document_start, so it stays small: the storage key and the stored
// shape are read directly (store.ts, the background's typed storage items, would add WXT
// storage's ~10 kB), and the schema check comes as a function (in-force.ts for extension pages;
// on chatbot pages with the engine, which carries the schema, so that zod is not compiled and
// its schemas not built before the page may start).

/** The storage.local key of the pack in force (store.ts defines `packInForceItem` with it). */
export const PACK_KEY = 'pack';

/** Reads a stored `packInForceItem` value with the schema: its pack, or undefined when malformed. */
export type StoredPackParser = (stored: unknown) => RulePack | undefined;

/**
 * Starts following the pack in force and returns a getter that answers synchronously, as the
 * paste decision must. The stored pack is read once at start and kept current with storage
 * change events; it is checked with the schema on first use after each change. Until the first
 * read completes (a few milliseconds after document_start), while no parser is at hand yet, and
 * whenever the stored pack is missing, malformed or expired, the built-in pack applies.
 */
export function followStoredPack(parser: () => StoredPackParser | undefined): () => RulePack {
  const none = Symbol('nothing read yet');
  let stored: unknown = none;
  let changed = false;
  let checked: { stored: unknown; pack: RulePack | undefined } = { stored: none, pack: undefined };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(PACK_KEY in changes)) return;
    changed = true;
    stored = changes[PACK_KEY]!.newValue;
  });
  browser.storage.local.get(PACK_KEY).then(
    (items) => changed || (stored = items[PACK_KEY]),
    () => undefined,
  );
  return () => {
    const parse = parser();
    if (!parse || stored === none) return BUILTIN_PACK_AS_BUILT;
    if (checked.stored !== stored) checked = { stored, pack: stored === undefined ? undefined : parse(stored) };
    return packInForce(checked.pack, localDate());
  };
}

export function packInForce(stored: RulePack | undefined, today: string): RulePack {
  return stored && !isExpired(stored, today) ? stored : BUILTIN_PACK_AS_BUILT;
}
