import { z } from './zod';

/**
 * Why a pack was not applied. The code picks the sentence the options page and popup show (nl/en);
 * the detail is the precise, technical reason (English, as the CLI prints it) for the security team.
 */
export const REFUSAL_CODES = [
  'too-large',
  'not-signed',
  'unknown-key',
  'bad-signature',
  'schema',
  'invalid',
  'not-newer',
  'expired',
  'unsafe-pattern',
] as const;

export const RefusalSchema = z.object({
  code: z.enum(REFUSAL_CODES),
  detail: z.string(),
});
export type Refusal = z.infer<typeof RefusalSchema>;
export type RefusalCode = Refusal['code'];

/** One thing wrong with a pack, with where it is ("extraRules[2].pattern"). */
export interface Problem {
  code: Extract<RefusalCode, 'schema' | 'invalid' | 'unsafe-pattern'>;
  path: string;
  message: string;
}

export function describeProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** Several problems as one refusal: the first code, every message (the CLI lists them one a line). */
export function refusalOf(problems: readonly Problem[]): Refusal {
  return { code: problems[0]!.code, detail: problems.map(describeProblem).join('; ') };
}
