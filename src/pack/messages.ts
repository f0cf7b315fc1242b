import { RefusalSchema } from './refusal';
import { CHECK_OUTCOMES } from './store';
import { z } from './zod';

// Messages the popup and options page send the background about rule packs. The background
// answers each with a PackCheckResult; senders validate the answer with the same schema.

export const CheckPackMessageSchema = z.object({ type: z.literal('plakwacht/check-pack') });
export const ImportPackMessageSchema = z.object({
  type: z.literal('plakwacht/import-pack'),
  /** The signed pack file's text, as the user picked it. */
  text: z.string(),
});
export const PackMessageSchema = z.discriminatedUnion('type', [CheckPackMessageSchema, ImportPackMessageSchema]);
export type PackMessage = z.infer<typeof PackMessageSchema>;

export const PackSummarySchema = z.object({
  id: z.string(),
  version: z.int(),
  issued: z.string(),
  expires: z.optional(z.string()),
  /** The key that signed it; absent for the built-in pack. */
  keyId: z.optional(z.string()),
  /** The built-in pack applies (nothing applied yet, or the applied one expired). */
  builtIn: z.boolean(),
});
export type PackSummary = z.infer<typeof PackSummarySchema>;

export const PackCheckResultSchema = z.object({
  outcome: z.enum(CHECK_OUTCOMES),
  /** The pack in force after the check. */
  pack: PackSummarySchema,
  refusal: z.optional(RefusalSchema),
  /** Why the check could not be done (network, HTTP status). */
  error: z.optional(z.string()),
});
export type PackCheckResult = z.infer<typeof PackCheckResultSchema>;
