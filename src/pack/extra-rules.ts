import { normalise, type Candidate, type Detector } from '../../detectors';
import type { ExtraRule, RulePack } from './schema';
import { VALIDATORS } from './validators';

// A pack's extra rules become detectors that run in the same scan as the built-in ones, so their
// findings are thresholded, allowlisted, merged, cited and anonymised exactly the same way.
// Patterns are compiled here without any ReDoS check: that ran in the background (and in the CLI)
// before the pack was accepted, and a pack that fails it is never stored.

/** An exact keyword or phrase from the security team: no doubt about what it is. */
const KEYWORD_CONFIDENCE = 0.95;
/** A pattern match that passed its named check (elfproef, luhn, mod97). */
const VALIDATED_CONFIDENCE = 0.9;
/** A pattern match with no check to prove it. */
const PATTERN_CONFIDENCE = 0.8;

const compiled = new WeakMap<RulePack, readonly Detector[]>();

/** The pack's extra rules as detectors; compiled once per pack object. */
export function extraRuleDetectors(pack: RulePack): readonly Detector[] {
  let detectors = compiled.get(pack);
  if (!detectors) {
    detectors = (pack.extraRules ?? []).map(compileExtraRule);
    compiled.set(pack, detectors);
  }
  return detectors;
}

export function compileExtraRule(rule: ExtraRule): Detector {
  let find: (text: string) => Candidate[];
  try {
    find = rule.kind === 'keywords' ? keywordFinder(rule.words) : patternFinder(rule);
  } catch (error) {
    // Checked packs always compile, but a browser may lack a regex feature the CLI's Node has.
    // The scan then reports this rule as failed ("not fully checked", a warning), never as clean.
    find = () => {
      throw error;
    };
  }
  return {
    meta: {
      id: rule.id,
      defaultAction: rule.action,
      minConfidence: 0.5,
      rules: rule.rules,
      // A keyword is the organisation's own word (an operation name): showing it helps, hides nothing.
      mask: rule.kind === 'keywords' ? 'none' : 'partial',
      redactable: rule.redactable ?? true,
      messages: {
        nl: { label: rule.label.nl, placeholder: rule.placeholder?.nl ?? rule.label.nl.toUpperCase() },
        en: { label: rule.label.en, placeholder: rule.placeholder?.en ?? rule.label.en.toUpperCase() },
      },
    },
    find: ({ text }) => find(text),
  };
}

function keywordFinder(words: readonly string[]): (text: string) => Candidate[] {
  // Words are normalised like the text is, so a pack word with an NBSP or a curly dash still matches.
  const alternatives = [...new Set(words.map((w) => normalise(w.trim()).text))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => matches(pattern, text).map(([start, end]) => ({ start, end, confidence: KEYWORD_CONFIDENCE }));
}

function patternFinder(rule: Extract<ExtraRule, { kind: 'pattern' }>): (text: string) => Candidate[] {
  const pattern = new RegExp(rule.pattern, `${rule.flags ?? ''}g`);
  const validate = rule.validator ? VALIDATORS[rule.validator] : undefined;
  return (text) =>
    matches(pattern, text).flatMap(([start, end]): Candidate[] => {
      if (!validate) return [{ start, end, confidence: PATTERN_CONFIDENCE }];
      return validate(text.slice(start, end)) ? [{ start, end, confidence: VALIDATED_CONFIDENCE }] : [];
    });
}

function matches(pattern: RegExp, text: string): [number, number][] {
  const found: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // An empty match would never advance; packs with such patterns are refused, this is a backstop.
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push([m.index, m.index + m[0].length]);
  }
  return found;
}
