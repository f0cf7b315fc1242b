// Context words near a candidate raise (or, for negative context, lower) its confidence, as in
// Presidio's recognisers. Words are matched whole and case-insensitively within a window of
// characters around the candidate.
import type { Span } from './labels';
import { END, WORD_CHAR } from './word';

const cache = new Map<string, RegExp>();

/**
 * A word written with a trailing "*" ("rijbewijs*") also matches as the head of a compound
 * ("rijbewijsgegevens", "rijbewijsnummer"): Dutch glues what a label names onto the label word.
 */
const COMPOUND_TAIL = '[a-z\\u00df-\\u024f]*';

/**
 * The words as one regex alternation, factored by common prefix ("paspoort(?:nummer|nr)?"): V8
 * tries alternatives one by one, so a prefix tree lets it give up after a letter or two instead
 * of after trying every word. Spaces match any run of white space; ".", "-" and the like literally.
 */
export function wordAlternation(words: readonly string[]): string {
  return alternation(words, 'forwards');
}

/**
 * `wordAlternation` for a lookbehind, factored by common suffix ("(?:(?:dwars|voor)?straa|mark)t"):
 * V8 matches a lookbehind from its end backwards, so there a prefix tree saves nothing and every
 * word is tried in turn; a suffix tree lets it give up after the last letter or two.
 */
export function wordAlternationBackwards(words: readonly string[]): string {
  return alternation(words, 'backwards');
}

function alternation(words: readonly string[], direction: 'forwards' | 'backwards'): string {
  interface Node {
    children: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { children: new Map(), end: false };
  for (const word of words) {
    const plain = word.trim().toLowerCase().replace(/\s+/g, ' ');
    const compound = plain.length > 1 && plain.endsWith('*');
    const atoms = [...(compound ? plain.slice(0, -1) : plain)].map((c) =>
      c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
    );
    if (compound) atoms.push(COMPOUND_TAIL);
    if (!atoms.length) continue;
    if (direction === 'backwards') atoms.reverse();
    let node = root;
    for (const atom of atoms) {
      let next = node.children.get(atom);
      if (!next) node.children.set(atom, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.children].map(([atom, child]) => (direction === 'forwards' ? atom + emit(child) : emit(child) + atom));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${branches.join('|')})?` : body;
  };
  return emit(root);
}

/** One case-insensitive pattern for a list of words or phrases; `.`-endings ("geb.") allowed. */
export function contextPattern(words: readonly string[]): RegExp {
  const key = words.join('\u0000');
  let pattern = cache.get(key);
  if (!pattern) {
    const alternation = wordAlternation(words);
    pattern = alternation ? new RegExp(`(?<![${WORD_CHAR}])(?:${alternation})${END}`, 'i') : /(?!)/;
    cache.set(key, pattern);
    if (alternation && words.every((w) => /^[a-z0-9]/.test(w.trim().toLowerCase()))) {
      fromWordStart.set(pattern, new RegExp(`\\b${pattern.source}`, pattern.flags));
    }
  }
  return pattern;
}

/** Context patterns whose words all start with an ASCII letter or digit, with `\b` in front. */
const fromWordStart = new WeakMap<RegExp, RegExp>();

/**
 * The faster form of a context pattern for searching `window`: `\b` lets V8 pass over the inside of
 * words instead of trying the look-behind at every letter, about three times faster. `\b` reads
 * "_" as a letter, which WORD_CHAR does not: a window with an underscore gets the plain pattern.
 */
function searchFor(words: RegExp, window: string): RegExp {
  const fast = fromWordStart.get(words);
  return fast && !window.includes('_') ? fast : words;
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
  const ahead = text.slice(Math.max(0, start - before), start);
  if (searchFor(words, ahead).test(ahead)) return true;
  const behind = text.slice(end, Math.min(text.length, end + after));
  return searchFor(words, behind).test(behind);
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
  const from = Math.max(0, start - before);
  const window = text.slice(from, start);
  const pattern = searchFor(words, window);
  let g = globalCache.get(pattern);
  if (!g) globalCache.set(pattern, (g = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')));
  let last = -1;
  g.lastIndex = 0;
  for (let m = g.exec(window); m; m = g.exec(window)) {
    last = from + m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return last;
}

/**
 * Label-first search, for values that count only beside their label (a V-nummer, a passport
 * number): every match of `value` (a global pattern) that starts within `window.before`
 * characters ahead of a label or `window.after` past it. Labels come from labels.ts, which finds
 * the words of all detectors in one pass: much cheaper than trying a value pattern at every word
 * of a long text. Windows that overlap are searched once; `visit` gets the labels of that stretch.
 */
export function valuesNearLabels(
  text: string,
  labels: readonly Span[],
  value: RegExp,
  window: Window,
  visit: (m: RegExpExecArray, start: number, labels: readonly Span[]) => void,
): void {
  stretchesNearLabels(labels, window, (from, to, found) => {
    // Margins so the value pattern's own boundary checks see what surrounds a value, and a value
    // that starts inside the window is read whole.
    const offset = Math.max(0, from - 2);
    const slice = text.slice(offset, Math.min(text.length, to + 40));
    value.lastIndex = 0;
    for (let m = value.exec(slice); m; m = value.exec(slice)) {
      const start = offset + m.index;
      if (start > to) break;
      if (start >= from) visit(m, start, found);
      if (m[0].length === 0) value.lastIndex++;
    }
  });
}

/**
 * The stretches [from, to] within `window.before` characters ahead of a label or `window.after`
 * past it, overlapping ones joined, in text order, each with its labels.
 */
export function stretchesNearLabels(
  labels: readonly Span[],
  { before = 16, after = 64 }: Window,
  visit: (from: number, to: number, labels: readonly Span[]) => void,
): void {
  let from = 0;
  let to = -1;
  let found: Span[] = [];
  for (const label of labels) {
    if (label.start - before > to) {
      if (found.length) visit(from, to, found);
      from = Math.max(0, label.start - before);
      found = [];
    }
    to = Math.max(to, label.end + after);
    found.push(label);
  }
  if (found.length) visit(from, to, found);
}
