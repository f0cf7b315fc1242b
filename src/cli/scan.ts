
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Lang } from '../../detectors';
import { BUILTIN_PACK } from '../pack/builtin';
import { z } from '../pack/zod';
import { inspect } from '../policy/inspect';
import { citeRules, showFindings } from '../policy/present';

interface ScanArgs {
  file: string | undefined;
  jsonl: boolean;
  lang: Lang;
}

export async function scanCommand({ file, jsonl, lang }: ScanArgs): Promise<number> {
  if (jsonl) {
    if (file) return fail('--jsonl reads from stdin; give no FILE');
    await scanJsonLines(process.stdin, (line) => process.stdout.write(line + '\n'));
    return 0;
  }
  let text: string;
  try {
    text = file ? await readFile(file, 'utf8') : await readStdin();
  } catch (error) {
    return fail(`cannot read ${file ?? 'stdin'}: ${(error as Error).message}`);
  }
  process.stdout.write(report(text, lang));
  return inspect(text, BUILTIN_PACK).verdict === 'allow' ? 0 : 1;
}

// Contract 2: other fields are ignored; `id` may be any JSON value and is echoed back as given.
const InputLine = z.object({ id: z.unknown(), text: z.string() });

/** One output line per input line, in order; a bad line gets an error line and the run goes on. */
export async function scanJsonLines(input: NodeJS.ReadableStream, write: (line: string) => void): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    write(JSON.stringify(scanJsonLine(raw)));
  }
}

export function scanJsonLine(raw: string): object {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { id: null, error: 'not a JSON object' };
  }
  const id = (parsed as { id?: unknown } | null)?.id ?? null;
  const line = InputLine.safeParse(parsed);
  if (!line.success) return { id, error: 'expected {"id": …, "text": string}' };
  const decision = inspect(line.data.text, BUILTIN_PACK);
  return {
    id,
    verdict: decision.verdict,
    findings: decision.findings.map((f) => ({
      detector: f.detector,
      start: f.start,
      end: f.end,
      confidence: round(f.confidence),
      action: f.action,
      rule: f.rules[0] ?? null,
      rules: f.rules,
      ...(f.kind && { kind: f.kind }),
    })),
    ...(decision.incomplete.length && { incomplete: decision.incomplete }),
  };
}

const VERDICT_WORDS: Record<Lang, Record<string, string>> = {
  nl: { allow: 'toegestaan', warn: 'waarschuwing', block: 'geblokkeerd' },
  en: { allow: 'allowed', warn: 'warning', block: 'blocked' },
};

export function report(text: string, lang: Lang): string {
  const decision = inspect(text, BUILTIN_PACK);
  const shown = showFindings(text, decision, lang);
  const out = [`${lang === 'nl' ? 'Oordeel' : 'Verdict'}: ${decision.verdict} (${VERDICT_WORDS[lang][decision.verdict]})`];
  decision.findings.forEach((f, i) => {
    const { line, column } = position(text, f.start);
    const s = shown[i]!;
    out.push(
      `  ${String(line).padStart(4)}:${String(column).padEnd(4)} ${s.label.padEnd(28)} ${s.masked.padEnd(24)} ${f.action.padEnd(5)} ${f.rules.join(', ')}  (${round(f.confidence)})`,
    );
  });
  for (const rule of citeRules(decision, BUILTIN_PACK, lang)) out.push(`  ${rule.id} ${rule.title}: ${rule.text}`);
  if (decision.incomplete.length) out.push(`  ${lang === 'nl' ? 'Niet volledig gecontroleerd' : 'Not fully checked'}: ${decision.incomplete.join(', ')}`);
  return out.join('\n') + '\n';
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const round = (x: number) => Math.round(x * 100) / 100;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message: string): number {
  console.error(`plakwacht: ${message}`);
  return 2;
}

