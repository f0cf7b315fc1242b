import { forgetWhenScanEnds } from './scan-memory';
import { wordAlternation } from './context';
import { END, wordCharAt } from './word';

// Label words of every detector that searches label-first (passport, rijbewijsnummer, geboren,
// kenteken …), found in one pass over the text instead of one pass per detector: on a 1 MB paste
// each pass costs about as much as a whole detector. The pass runs once per text, on the first
// detector that asks, and serves the others from its result.

export interface Span {
  start: number;
  end: number;
}

export interface LabelSet {
  /** Where this set's words stand in the text, in order. */
  in(text: string): readonly Span[];
}

const PLAIN = /^[a-z0-9\u00e0-\u024f]+$/;
const canonical = (word: string) => word.trim().toLowerCase().replace(/\s+/g, ' ');

const owners = new Map<string, Set<number>>(); // canonical word -> label sets that own it
/** Words given as "rijbewijs*": any compound they head belongs to their label sets. */
const heads: [string, Set<number>][] = [];
let sets = 0;
let pattern: RegExp | undefined;
/** The credits of each label word as listed (one word, no white space), worked out with `pattern`. */
let creditsOfWord = new Map<string, Credit[]>();
/** `pattern` only where a word starts, or undefined when some label word starts with no letter or digit. */
let patternAtWordStart: RegExp | undefined;
let lastText: string | undefined;
let lastFound: Span[][] = [];

/** Registers a detector's label words; call once, when the detector module loads. */
export function defineLabels(words: readonly string[]): LabelSet {
  const id = sets++;
  for (const word of words) {
    const key = canonical(word);
    if (!owners.has(key)) owners.set(key, new Set());
    owners.get(key)!.add(id);
    if (key.length > 1 && key.endsWith('*')) {
      const head = key.slice(0, -1);
      let entry = heads.find(([h]) => h === head);
      if (!entry) heads.push((entry = [head, new Set()]));
      entry[1].add(id);
    }
  }
  pattern = undefined;
  patternAtWordStart = undefined;
  lastText = undefined;
  return {
    in(text) {
      if (text !== lastText) index(text);
      return lastFound[id] ?? [];
    },
  };
}

function index(text: string): void {
  if (!pattern) {
    const words = [...owners.keys()];
    pattern = new RegExp(`(?:${wordAlternation(words)})${END}`, 'gi');
    // `\b` lets the regex engine pass over the inside of words at its own speed, two to three
    // times faster than trying every word at every letter. It reads "_" as a letter, which we do
    // not: a text with an underscore takes the plain pattern.
    if (words.every((w) => /^[a-z0-9]/.test(w))) patternAtWordStart = new RegExp(`\\b${pattern.source}`, 'gi');
    creditsOfWord = new Map(words.filter((w) => !/[\s*]/.test(w)).map((w) => [w, creditsOf(w)]));
  }
  const search = patternAtWordStart && !text.includes('_') ? patternAtWordStart : pattern;
  const found: Span[][] = [];
  for (let i = 0; i < sets; i++) found.push([]);
  // A text repeats its label words ("verdachte", "kenteken"): each written form is worked out once.
  const credits = new Map<string, Credit[]>();
  search.lastIndex = 0;
  for (let m = search.exec(text); m; m = search.exec(text)) {
    // Letters outside ASCII ("é") are no `\b` word characters, but they are ours.
    if (wordCharAt(text, m.index - 1)) {
      search.lastIndex = m.index + 1;
      continue;
    }
    const written = m[0];
    let plan = credits.get(written);
    if (!plan) {
      // Written as listed, in any case, a word's credits are known; compounds ("rijbewijsgegevens")
      // and phrases (their white space as written) are worked out here.
      plan = (!/\s/.test(written) && creditsOfWord.get(written.toLowerCase())) || creditsOf(written);
      credits.set(written, plan);
    }
    const start = m.index;
    for (let k = 0; k < plan.length; k++) credit(found, plan[k]!.ids, start, start + plan[k]!.length);
  }
  lastText = text;
  lastFound = found;
}

/** Label sets to credit with a match, and how long a span each gets, in the order they are credited. */
interface Credit {
  /** As a plain array: credited at every label of the text, where iterating a Set costs. */
  ids: number[];
  length: number;
}

function creditsOf(written: string): Credit[] {
  const plan: Credit[] = [];
  const add = (ids: Set<number> | undefined, length: number) => ids && plan.push({ ids: [...ids], length });
  const word = /\s/.test(written) ? canonical(written) : written.toLowerCase();
  add(owners.get(word), written.length);
  for (const [head, ids] of heads) if (word.startsWith(head)) add(ids, written.length);
  // The longest word wins the match; a shorter word that ends where this one has a space, dot or
  // hyphen ("geb." and "geb" inside "geb. datum") is a label too, for whichever detector owns it.
  if (PLAIN.test(word)) return plan;
  for (let k = word.length - 1; k > 0; k--) {
    if (wordCharAt(word, k) || word[k - 1] === ' ') continue;
    add(owners.get(word.slice(0, k)), originalLength(written, k));
  }
  return plan;
}

function credit(found: Span[][], ids: readonly number[], start: number, end: number): void {
  for (let k = 0; k < ids.length; k++) {
    const list = found[ids[k]!]!;
    // One label per place: the longest, which is credited first.
    if (list[list.length - 1]?.start !== start) list.push({ start, end });
  }
}

/** How many characters of `written` make up the first `length` characters of its canonical form. */
function originalLength(written: string, length: number): number {
  if (length >= canonical(written).length) return written.length;
  let seen = 0;
  let i = 0;
  for (; i < written.length && seen < length; i++) {
    if (/\s/.test(written[i]!)) {
      while (i + 1 < written.length && /\s/.test(written[i + 1]!)) i++;
    }
    seen++;
  }
  return i;
}

/**
 * A label set's spans plus those of words a rule pack adds for the detector (found in a pass of
 * their own: packs add few words, and rarely).
 */
export function labelsWith(text: string, set: LabelSet, extra: readonly string[] | undefined): readonly Span[] {
  const own = set.in(text);
  if (!extra?.length) return own;
  const more: Span[] = [];
  const words = new RegExp(`(?:${wordAlternation(extra)})${END}`, 'gi');
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (!wordCharAt(text, m.index - 1)) more.push({ start: m.index, end: m.index + m[0].length });
    else words.lastIndex = m.index + 1;
  }
  return [...own, ...more].sort((a, b) => a.start - b.start);
}

/** Drops the text the last pass was run on: a scan keeps no text once it is done. */
export function forgetLabels(): void {
  lastText = undefined;
  lastFound = [];
}
forgetWhenScanEnds(forgetLabels);
