// One place that configures zod for every bundle. zod's JIT compiles parsers with `new Function`,
// which extension stores flag (web-ext lint: DANGEROUS_EVAL) and page CSPs may forbid.
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
