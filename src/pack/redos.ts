import { checkSync } from 'recheck';
import type { Problem } from './refusal';
import type { RulePack } from './schema';

// A pack pattern runs on every paste in the page. One with catastrophic backtracking ("(a+)+$")
// would freeze the chatbot tab on a crafted or merely unlucky text, so it is refused before the
// pack is accepted. recheck (https://makenowjust-labs.github.io/recheck/) decides with automata
// theory where it can and falls back to fuzzing; it finds exponential and polynomial cases that
// star-height heuristics (safe-regex2) miss, and it does not flag safe lookbehinds. It is ~2.9 MB
// of JavaScript, so it runs only in the CLI and the background, never in the content script.

/** A fixed seed makes the fuzzing checker give the same answer in the CLI and in the extension. */
const PARAMS = { timeout: 10_000, randomSeed: 20261129 } as const;

export function unsafePatternProblems(pack: RulePack): Problem[] {
  const problems: Problem[] = [];
  (pack.extraRules ?? []).forEach((rule, i) => {
    if (rule.kind !== 'pattern') return;
    const why = patternDanger(rule.pattern, rule.flags ?? '');
    if (why) problems.push({ code: 'unsafe-pattern', path: `extraRules[${i}].pattern`, message: `/${rule.pattern}/ ${why}` });
  });
  return problems;
}

/** Why a pattern is not safe to run on untrusted text, or undefined when recheck proves it safe. */
export function patternDanger(pattern: string, flags: string): string | undefined {
  const result = checkSync(pattern, flags, PARAMS);
  switch (result.status) {
    case 'safe':
      return undefined;
    case 'vulnerable':
      return `can backtrack catastrophically (${result.complexity.type === 'exponential' ? 'exponential time' : `polynomial time, degree ${result.complexity.degree}`}; e.g. on ${JSON.stringify(shorten(result.attack.pattern))}); rewrite it without nested or overlapping repetition`;
    default:
      return `could not be proven safe (${result.error.kind}${'message' in result.error && result.error.message ? `: ${result.error.message}` : ''}); simplify it`;
  }
}

function shorten(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
