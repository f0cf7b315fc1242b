// Mentions found through other mentions: the same name elsewhere in the text, and names that
// stand in one list with people.
import type { Token } from './chains';
import { factsOf } from './facts';
import type { Person } from './people';
import { isContextWord, readBefore } from './surroundings';

/** A mention this sure makes the same name elsewhere in the text a mention too. */
const SEED = 0.75;
/** " en " between two names of one list: "Jansen en Bakker"; a comma only inside a list ("A, B en C"). */
const AND = /^\s*(?:en|and|of|or|&)\s*$/i;
const COMMA = /^\s*,\s*$/;

/**
 * Once "Peter Goris" is found, "Goris" or "Peter" elsewhere in the same text is that person too,
 * even at a sentence start or on its own. Returns the runs still unclaimed.
 */
export function sameNameElsewhere(text: string, people: Person[], unclaimed: Token[][]): Token[][] {
  const known = new Map<string, Person>();
  for (const p of people) {
    if (p.confidence < SEED) continue;
    if (!known.has(p.key)) known.set(p.key, p);
    if (p.given && !known.has(p.given)) known.set(p.given, p);
  }
  if (!known.size) return unclaimed;
  const rest: Token[][] = [];
  for (const tokens of unclaimed) {
    let claimed = false;
    for (const t of tokens) {
      const p = t.kind === 'word' ? known.get(t.folded) : undefined;
      if (!p) continue;
      // "Visser" at a sentence start may be the word; "in Alexandrië", "de Volksunie" are no people,
      // whatever "Clemens van Alexandrië" or "Jan Volksunie" made of them.
      const context = readBefore(text, t.start);
      if ((factsOf(t.folded).word && context.sentenceStart) || context.place || context.thing) continue;
      people.push({ start: t.start, end: t.end, confidence: 0.8, key: p.key, asked: false });
      claimed = true;
    }
    if (!claimed) rest.push(tokens);
  }
  return rest;
}

/**
 * A name-like run in one list with people is a person too: "de families Haniel, Schmidt en
 * Beisheim", "Jan de Vries, Bakker en El Amrani". Ordinary words and places stay out. Returns the
 * runs it claimed.
 */
export function inLists(text: string, people: Person[], unclaimed: Token[][]): Set<Token[]> {
  const claimed = pairedGivenNames(text, people, unclaimed);
  if (!people.length) return claimed;
  const byEnd = new Map<number, Person>();
  const byStart = new Map<number, Person>();
  for (const p of people) {
    byEnd.set(p.end, p);
    byStart.set(p.start, p);
  }
  /** The gap to a person next to [from] within five characters, on one side. */
  const gapTo = (from: number, step: 1 | -1, index: Map<number, Person>) => {
    for (let d = 1; d <= 5; d++) {
      const at = from + step * d;
      if (index.has(at)) return step < 0 ? text.slice(at, from) : text.slice(from, at);
    }
    return undefined;
  };
  const followedByList = (end: number) => /^\s*(?:,|en\s|and\s)/.test(text.slice(end, end + 5));
  for (const tokens of unclaimed) {
    if (claimed.has(tokens)) continue;
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    const before = gapTo(start, -1, byEnd);
    const after = gapTo(end, 1, byStart);
    if (before === undefined && after === undefined) continue;
    // "Jansen en Bakker", "Jansen, De Vries en Bakker"; not the apposition "minister van X, Jan Peeters".
    const listed =
      (before !== undefined && (AND.test(before) || (COMMA.test(before) && followedByList(end)))) ||
      (after !== undefined && (AND.test(after) || (COMMA.test(after) && /(?:,|\ben|\band)\s*$/.test(text.slice(Math.max(0, start - 5), start)))));
    if (!listed) continue;
    const names = tokens.filter((t) => t.kind === 'word');
    if (!names.length || names.length > 3 || isContextWord(names[0]!.folded)) continue;
    const unfit = names.some((t) => {
      const f = factsOf(t.folded);
      return f.notPerson || f.company || ((f.word || f.place) && !f.first && !f.surname);
    });
    const context = readBefore(text, start);
    if (unfit || context.thing || context.place) continue;
    people.push({ start, end, confidence: 0.6, key: names[names.length - 1]!.folded, asked: false });
    claimed.add(tokens);
  }
  return claimed;
}

/**
 * "Pieter en Sanne hebben vrij", "Sanne, Youssef, Gökhan en Merel": given names listed together are
 * people, though a given name on its own is too unsure to report. A list counts when at least two of
 * its names are known given names and it is joined by "en"/"and" or has three names or more; an
 * unknown name in such a list ("Gökhan") counts with it. Returns the runs it claimed.
 */
function pairedGivenNames(text: string, people: Person[], unclaimed: Token[][]): Set<Token[]> {
  const claimed = new Set<Token[]>();
  const lone: { tokens: Token[]; known: boolean }[] = [];
  for (const tokens of unclaimed) {
    const t = tokens[0]!;
    if (tokens.length !== 1 || t.kind !== 'word') continue;
    const f = factsOf(t.folded);
    if (f.word || f.place || f.notPerson) continue;
    lone.push({ tokens, known: f.first });
  }
  lone.sort((a, b) => a.tokens[0]!.start - b.tokens[0]!.start);
  let group: typeof lone = [];
  let joined = false;
  const settle = () => {
    const known = group.filter((g) => g.known).length;
    if (known >= 2 && (joined || group.length >= 3)) {
      for (const { tokens } of group) {
        if (claimed.has(tokens)) continue;
        claimed.add(tokens);
        people.push({ start: tokens[0]!.start, end: tokens[0]!.end, confidence: 0.55, key: tokens[0]!.folded, asked: false });
      }
    }
    group = [];
    joined = false;
  };
  for (const item of lone) {
    const prev = group[group.length - 1];
    const gap = prev ? text.slice(prev.tokens[0]!.end, item.tokens[0]!.start) : undefined;
    if (prev && gap !== undefined && gap.length <= 6 && (AND.test(gap) || COMMA.test(gap))) {
      if (AND.test(gap)) joined = true;
      group.push(item);
      continue;
    }
    settle();
    group = [item];
  }
  settle();
  return claimed;
}
