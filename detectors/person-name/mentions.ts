// Mentions found through other mentions: the same name elsewhere in the text, and names that
// stand in one list with people.
import type { Token } from './chains';
import { factsOf } from './facts';
import type { Person } from './people';
import { readBefore } from './surroundings';

/** A mention this sure makes the same name elsewhere in the text a mention too. */
const SEED = 0.75;
/** ", " or " en " between two names of one list: "Jansen, De Vries en Bakker". */
const LIST_GAP = /^\s*(?:,|en|and|of|or)\s*$/i;

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
      // "Visser" at a sentence start may be the word.
      if (factsOf(t.folded).word && readBefore(text, t.start).sentenceStart) continue;
      people.push({ start: t.start, end: t.end, confidence: 0.8, key: p.key, asked: false });
      claimed = true;
    }
    if (!claimed) rest.push(tokens);
  }
  return rest;
}

/**
 * A name-like run in one list with people is a person too: "de families Haniel, Schmidt en
 * Beisheim", "Jan de Vries, Bakker en El Amrani". Ordinary words and places stay out.
 */
export function inLists(text: string, people: Person[], unclaimed: Token[][]): void {
  if (!people.length) return;
  const byEnd = new Map<number, Person>();
  const byStart = new Map<number, Person>();
  for (const p of people) {
    byEnd.set(p.end, p);
    byStart.set(p.start, p);
  }
  const near = (from: number, step: 1 | -1, index: Map<number, Person>) => {
    for (let d = 1; d <= 5; d++) {
      const at = from + step * d;
      const p = index.get(at);
      if (p) return step < 0 ? LIST_GAP.test(text.slice(at, from)) : LIST_GAP.test(text.slice(from, at));
    }
    return false;
  };
  for (const tokens of unclaimed) {
    const names = tokens.filter((t) => t.kind === 'word');
    if (!names.length || names.length > 3) continue;
    const unfit = names.some((t) => {
      const f = factsOf(t.folded);
      return f.notPerson || ((f.word || f.place) && !f.first && !f.surname);
    });
    if (unfit) continue;
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    if (near(start, -1, byEnd) || near(end, 1, byStart)) {
      people.push({ start, end, confidence: 0.6, key: names[names.length - 1]!.folded, asked: false });
    }
  }
}
