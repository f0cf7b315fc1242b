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
