import { consistencyProblems } from './consistency';
import { unsafePatternProblems } from './redos';
import type { Problem } from './refusal';
import { RulePackSchema, type RulePack } from './schema';

export type Checked = { ok: true; pack: RulePack } | { ok: false; problems: Problem[] };

/**
 * Everything that makes a pack safe to run, short of its signature: the schema, consistency
 * (ids, cited rules, known detectors, patterns that compile) and, last because it is the slowest,
 * the ReDoS check of every pattern. The CLI's `validate`, `sign` and `test` and the background
 * all use this one function, so the security team sees exactly what an install will refuse.
 */
export function checkPack(json: unknown): Checked {
  const parsed = RulePackSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ code: 'schema', path: pathOf(issue.path), message: issue.message })),
    };
  }
  const pack = parsed.data;
  const problems = consistencyProblems(pack);
  // Every problem at once, so the security team fixes a pack in one round; a pattern that does
  // not even compile is not handed to the ReDoS checker.
  const broken = new Set(problems.map((p) => p.path));
  problems.push(...unsafePatternProblems(pack).filter((p) => !broken.has(p.path)));
  return problems.length ? { ok: false, problems } : { ok: true, pack };
}

/** The pack file's bytes → JSON; a clear problem when they are not UTF-8 JSON. */
export function parsePackBytes(bytes: Uint8Array): { ok: true; json: unknown } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (error) {
    return { ok: false, problems: [{ code: 'schema', path: '', message: `not UTF-8 JSON: ${(error as Error).message}` }] };
  }
}

/** ["extraRules", 2, "pattern"] → "extraRules[2].pattern" */
function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}
