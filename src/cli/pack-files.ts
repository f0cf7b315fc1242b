import { readFile } from 'node:fs/promises';
import { checkPack, parsePackBytes, type Checked } from '../pack/check';
import { describeProblem, type Problem } from '../pack/refusal';
import type { RulePack } from '../pack/schema';
import { SIGNED_PACK_FORMAT, fromBase64 } from '../pack/signature';

/** A failure the command reports in one clear message, with its exit code. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CommandError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, 2);
  }
}

export interface LoadedPack {
  /** The exact bytes of the pack JSON (inside the envelope for a signed file). */
  bytes: Uint8Array;
  json: unknown;
  /** The file was a signed envelope (its signature is not checked here; `verify` does that). */
  signed: boolean;
}

/** A plain pack file, or the payload of a signed one. */
export async function loadPackFile(file: string): Promise<LoadedPack> {
  const bytes = await readBytes(file);
  const parsed = parsePackBytes(bytes);
  if (!parsed.ok) throw new CommandError(`${file}: ${describeProblem(parsed.problems[0]!)}`, 1);
  const json = parsed.json as { format?: unknown; payload?: unknown };
  if (json && json.format === SIGNED_PACK_FORMAT && typeof json.payload === 'string') {
    const payload = fromBase64(json.payload);
    const inner = parsePackBytes(payload);
    if (!inner.ok) throw new CommandError(`${file}: the signed payload: ${describeProblem(inner.problems[0]!)}`, 1);
    return { bytes: payload, json: inner.json, signed: true };
  }
  return { bytes, json: parsed.json, signed: false };
}

/** Runs every check an install runs (schema, consistency, ReDoS); throws listing each problem. */
export function checkedPack(file: string, json: unknown): { pack: RulePack; ms: number } {
  const started = performance.now();
  const checked: Checked = checkPack(json);
  const ms = performance.now() - started;
  if (!checked.ok) throw new CommandError(problemList(file, checked.problems), 1);
  return { pack: checked.pack, ms };
}

export function problemList(file: string, problems: readonly Problem[]): string {
  const kind = problems.every((p) => p.code === 'unsafe-pattern') ? 'has an unsafe pattern' : 'is not a valid pack';
  return [`${file} ${kind} (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...problems.map((p) => `  ${describeProblem(p)}`)].join('\n');
}

export function describePack(pack: RulePack): string {
  const extra = pack.extraRules ?? [];
  const keywords = extra.filter((r) => r.kind === 'keywords').length;
  return [
    `${pack.id} version ${pack.version}, issued ${pack.issued}${pack.expires ? `, expires ${pack.expires}` : ''}`,
    `  ${plural(Object.keys(pack.rules).length, 'rule')}, ${plural(Object.keys(pack.detectors).length, 'detector setting')}, ` +
      `${plural(extra.length, 'extra rule')} (${plural(keywords, 'keyword list')}, ${plural(extra.length - keywords, 'pattern')}), ` +
      `${plural(pack.sites?.length ?? 0, 'site')}, ${plural(pack.workEmailDomains?.length ?? 0, 'work e-mail domain')}`,
  ].join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
