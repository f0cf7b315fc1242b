import defaultPackJson from './default-pack.json';
import { RulePackSchema, type RulePack } from './schema';

/** The pack every install starts with and falls back to; checked by the same schema as updates. */
export const BUILTIN_PACK: RulePack = RulePackSchema.parse(defaultPackJson);
