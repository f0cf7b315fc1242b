import { isExpired, localDate } from './dates';
import { BUILTIN_PACK } from './builtin';
import type { RulePack } from './schema';
import { PackInForceSchema, packInForceItem } from './store';

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
    const parsed = PackInForceSchema.safeParse(value);
    stored = parsed.success ? parsed.data.pack : undefined;
  };
  packInForceItem.watch((value) => {
    changed = true;
    take(value);
  });
  packInForceItem.getValue().then(
    (value) => changed || take(value),
    () => undefined,
  );
  return () => packInForce(stored, localDate());
}

export function packInForce(stored: RulePack | undefined, today: string): RulePack {
  return stored && !isExpired(stored, today) ? stored : BUILTIN_PACK;
}
