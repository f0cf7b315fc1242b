// Context words near a candidate raise (or, for negative context, lower) its confidence, as in
// Presidio's recognisers. Words are matched whole and case-insensitively within a window of
// characters around the candidate.

const cache = new Map<string, RegExp>();

/** One case-insensitive pattern for a list of words or phrases; `.`-endings ("geb.") allowed. */
export function contextPattern(words: readonly string[]): RegExp {
  const key = words.join('\u0000');
  let pattern = cache.get(key);
  if (!pattern) {
    const alternatives = [...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
      .filter(Boolean);
    pattern = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu')
      : /(?!)/;
    cache.set(key, pattern);
  }
  return pattern;
}

export interface Window {
  /** Characters before the candidate to look at. */
  before?: number;
  /** Characters after the candidate to look at. */
  after?: number;
}

/** Whether one of the words occurs within the window around [start, end). */
export function near(
  text: string,
  start: number,
  end: number,
  words: RegExp,
  { before = 48, after = 24 }: Window = {},
): boolean {
  const from = Math.max(0, start - before);
  const to = Math.min(text.length, end + after);
  return words.test(text.slice(from, start)) || words.test(text.slice(end, to));
}

/** `near` for a detector's own words and, when a rule pack adds some, the pack's words too. */
export function hasContext(
  text: string,
  start: number,
  end: number,
  words: RegExp,
  extra: readonly string[] | undefined,
  window?: Window,
): boolean {
  if (near(text, start, end, words, window)) return true;
  return !!extra?.length && near(text, start, end, contextPattern(extra), window);
}

const globalCache = new WeakMap<RegExp, RegExp>();

/**
 * Where the last of the words ends in the `before` characters ahead of `start`, or -1. Tells which
 * label a value belongs to when several stand close together ("BSN / rijbewijsnummer: … / …").
 */
export function lastLabelBefore(text: string, start: number, words: RegExp, before = 48): number {
  let g = globalCache.get(words);
  if (!g) globalCache.set(words, (g = new RegExp(words.source, words.flags.includes('g') ? words.flags : words.flags + 'g')));
  const from = Math.max(0, start - before);
  const window = text.slice(from, start);
  let last = -1;
  g.lastIndex = 0;
  for (let m = g.exec(window); m; m = g.exec(window)) {
    last = from + m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return last;
}
