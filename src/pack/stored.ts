import type { RulePack } from './schema';
import { RulePackSchema } from './schema';
import { z } from './zod';

// Apart from in-force.ts (which reads storage through the browser API) so that the guard's engine
// script can check a stored pack without a second copy of the browser API's wrapper.
const Stored = z.object({ pack: RulePackSchema });

/** A stored `packInForceItem` value → its pack, when the schema accepts it. */
export function parseStoredPack(stored: unknown): RulePack | undefined {
  const parsed = Stored.safeParse(stored);
  return parsed.success ? parsed.data.pack : undefined;
}
