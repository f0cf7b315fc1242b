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

const Action = z.enum(['warn', 'block']);
const Label = z.object({ nl: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

export const DetectorSettingsSchema = z.object({
  enabled: z.optional(z.boolean()),
  action: z.optional(Action),
  minConfidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  contextWords: z.optional(z.array(z.string().check(z.minLength(1)))),
  allowlist: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Rules to cite instead of the detector's own, most specific first. */
  rules: z.optional(z.array(RuleIdSchema)),
});

/** Shared by every extra rule: what it is called, what it does, which rules it cites. */
const ExtraRuleBase = {
  /** Becomes the finding's detector id, e.g. "keyword-operatie-zwaluw". */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  label: Label,
  /** Placeholder when anonymising, without brackets; the label when absent. */
  placeholder: z.optional(Label),
  action: Action,
  rules: z.array(RuleIdSchema).check(z.minLength(1)),
  /**
   * Whether replacing a finding with its placeholder makes the text safe to share (default true).
   * False for what marks a whole document, such as a new classification marking.
   */
  redactable: z.optional(z.boolean()),
};

/** The named checks a pattern rule may ask for (src/pack/validators.ts maps them to code). */
export const VALIDATOR_NAMES = ['elfproef', 'luhn', 'mod97'] as const;

/** Extra rules the security team adds without a release: keyword lists and checked patterns. */
export const ExtraRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    ...ExtraRuleBase,
    kind: z.literal('keywords'),
    /** Whole words or phrases, matched case-insensitively after normalisation. */
    words: z.array(z.string().check(z.minLength(2))).check(z.minLength(1)),
  }),
  z.object({
    ...ExtraRuleBase,
    kind: z.literal('pattern'),
    /** A JavaScript regular expression source; refused when it can backtrack catastrophically. */
    pattern: z.string().check(z.minLength(1)),
    flags: z.optional(z.string().check(z.regex(/^[imsu]*$/))),
    /** A named check a match must pass: elfproef and luhn on its digits, mod97 on its letters and digits. */
    validator: z.optional(z.enum(VALIDATOR_NAMES, { error: `unknown validator; known: ${VALIDATOR_NAMES.join(', ')}` })),
  }),
]);

const Selector = z.string().check(z.minLength(1));

/**
 * Where a chatbot keeps its composer, send button and upload control. Lists run newest site
 * generation first, older ones after as fallbacks. Data, not code: packs update them.
 */
export const SiteProfileSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  name: z.string(),
  /** Hostnames, exact ("claude.ai", "chat.mistral.ai"). */
  hosts: z.array(z.string().check(z.regex(/^[a-z0-9.-]+$/))).check(z.minLength(1)),
  /** Only these path prefixes on those hosts (e.g. "/chat" on huggingface.co); all when absent. */
  paths: z.optional(z.array(z.string().check(z.regex(/^\//)))),
  composer: z.array(Selector),
  send: z.array(Selector),
  upload: z.array(Selector),
  /** E-mail fields of the site's login and sign-up forms (private-account warning, S1/P1.1). */
  login: z.optional(z.array(Selector)),
});

export const PackSettingsSchema = z.object({
  /** Show the small P3 reminder ("Dubbelcheck de antwoorden") near chatbot answers. */
  p3Reminder: z.optional(z.boolean()),
  /** "Toch plakken" on a warning asks for a typed reason first. */
  proceedNeedsReason: z.optional(z.boolean()),
});

export const RulePackSchema = z.object({
  format: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/)),
  version: z.int().check(z.gte(1)),
  issued: z.iso.date(),
  expires: z.optional(z.iso.date()),
  rules: z.record(RuleIdSchema, RuleSchema),
  detectors: z.record(z.string(), DetectorSettingsSchema),
  extraRules: z.optional(z.array(ExtraRuleSchema)),
  sites: z.optional(z.array(SiteProfileSchema)),
  /** Work e-mail domains: typing one into a chatbot's login form warns (S1, P1.1). */
  workEmailDomains: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)))),
  settings: z.optional(PackSettingsSchema),
});

export type RulePack = z.infer<typeof RulePackSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type DetectorSettings = z.infer<typeof DetectorSettingsSchema>;
export type ExtraRule = z.infer<typeof ExtraRuleSchema>;
export type SiteProfile = z.infer<typeof SiteProfileSchema>;
export type PackSettings = z.infer<typeof PackSettingsSchema>;
