import defaultPack from './default-pack.json';
import type { RulePack } from './schema';

/**
 * The built-in pack without parsing it again. The schema checks default-pack.json when the
 * extension is built (wxt.config.ts imports BUILTIN_PACK, which throws on a bad pack) and in the
 * unit tests; the content script uses it unparsed because parsing it with zod at every page load
 * was most of its start-up time, for a document that cannot have changed since the build.
 */
export const BUILTIN_PACK_AS_BUILT = defaultPack as unknown as RulePack;
