import type { Finding } from './types';

/**
 * Replaces every finding with its placeholder and leaves every other character exactly as it was.
 * Overlapping findings are replaced once, by the placeholder of the one that starts first.
 */
export function redact(
  text: string,
  findings: readonly Finding[],
  placeholder: (finding: Finding, original: string) => string,
): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (f.end <= at) continue;
    let end = f.end;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < end; j++) end = Math.max(end, sorted[j]!.end);
    out += text.slice(at, Math.max(at, f.start)) + placeholder(f, text.slice(f.start, f.end));
    at = end;
  }
  return out + text.slice(at);
}
