// The rule pack format: the single source of its shape. Types are inferred from it.
// The built-in default pack (default-pack.json) is written in this same format.
import { z } from './zod';

export const RuleIdSchema = z.string().check(z.regex(/^[A-Z][A-Z0-9]*(?:\.\d+)*$/));

const RuleText = z.object({
  /** The heading the rule sits under, e.g. "Principe 1: Wees zorgvuldig met gevoelige informatie". */
  title: z.string().check(z.minLength(1)),
  /** The rule itself, cited word for word. */
  text: z.string().check(z.minLength(1)),
});

export const RuleSchema = z.object({
  /** Where the rule comes from, for the curious reader. */
  source: z.string(),
  nl: RuleText,
  en: RuleText,
});

export const DetectorSettingsSchema = z.object({
  enabled: z.optional(z.boolean()),
  action: z.optional(z.enum(['warn', 'block'])),
  minConfidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  contextWords: z.optional(z.array(z.string().check(z.minLength(1)))),
  allowlist: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Rules to cite instead of the detector's own, most specific first. */
  rules: z.optional(z.array(RuleIdSchema)),
});

export const RulePackSchema = z.object({
  format: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/)),
  version: z.int().check(z.gte(1)),
  issued: z.iso.date(),
  expires: z.optional(z.iso.date()),
  rules: z.record(RuleIdSchema, RuleSchema),
  detectors: z.record(z.string(), DetectorSettingsSchema),
});

export type RulePack = z.infer<typeof RulePackSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type DetectorSettings = z.infer<typeof DetectorSettingsSchema>;
