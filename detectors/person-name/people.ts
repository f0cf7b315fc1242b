// Decides which capitalised runs are people, and how sure that is. Evidence, strongest first:
// a title or role before the run ("mevrouw", "verdachte", "Naam:"), a known first name or initials
// followed by a surname, a known or surname-shaped surname, a verb of saying next to it, a list it
// stands in with other people, and the same name found elsewhere in the text. Against it: ordinary
// words (sentence starts, titles), places (after "in"), months, and words that make the run an
// organisation ("Museum", "Politie").
import { contextPattern } from '../engine/context';
import { findChains, nameEnd, segments, type Token } from './chains';
import { getLexicon, type Lexicon } from './lexicon';
import {
  CALENDAR, HONORIFICS, NOT_NAME_SHAPE, NOT_PERSON_WORDS, ORGANISATION_ENDING, QUESTIONS, ROLE_HEAD, ROLES,
  BRANDS, PLACE_START, SPEECH_AFTER, SPEECH_BEFORE, STREET_ENDING, SURNAME_OPENER, SURNAME_SHAPE, THING_BEFORE,
} from './vocabulary';

export interface Person {
  start: number;
  end: number;
  confidence: number;
  /** Folded surname (or the only name given): the same key in one text is the same person. */
  key: string;
  /** Folded given name when one was written out ("jan" in "Jan de Vries"). */
  given?: string;
  /** A question about a person comes before it in the same sentence ("Wat weet je over …"). */
  asked: boolean;
}

/** Findings below this are not reported (the detector's minConfidence). */
export const REPORTED = 0.5;
/** A mention this sure makes the same name elsewhere in the text a mention too. */
const SEED = 0.75;

const endsWith = (words: readonly string[]) => {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // On the same line, or on the line before when a colon ends it ("Naam:\nJansen").
  return new RegExp(`(?:^|[^\\p{L}'])(?:${alternatives.join('|')})(?:[ \\t]*,?[ \\t]*|[ \\t]*:\\s*)$`, 'iu');
};
const HONORIFIC_BEFORE = endsWith(HONORIFICS);
const ROLE_BEFORE = endsWith([...ROLES, ...ROLES.map((r) => `de ${r}`)]);
const ROLE_HEAD_BEFORE = new RegExp(`${ROLE_HEAD.source.slice(0, -1)}(?:[ \\t]*,?[ \\t]*|[ \\t]*:\\s*)$`, 'iu');
const SPEECH_BEFORE_RE = endsWith(SPEECH_BEFORE);
const SPEECH_AFTER_RE = new RegExp(`^\\s*(?:,\\s*)?(?:${SPEECH_AFTER.join('|').replace(/ /g, '\\s+')})(?![\\p{L}])`, 'iu');
// "Jansen (45)", "Jansen, 45,": an age after a name is how news and reports introduce people.
const AGE_AFTER = /^\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\s*,)/;
/** "in Eisenach", "te Breda": after these a capitalised word is a place, not a person. */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|te|nabij|vanuit|richting|rond|naar|omgeving|provincie|gemeente|regio|stad|dorp|deelstaat|staat|land|eiland)\s*$/iu;
/** A postcode: "2860 FL Rotterdam". */
const POSTCODE_BEFORE = /\d{4} ?[A-Z]{2},?\s*$/;
const QUESTION = contextPattern(QUESTIONS);
/** Lower-case tussenvoegsels just before a run: "de heer van der Meer". */
const PARTICLES_BEFORE = /(?:^|\s)((?:(?:van|von|de|der|den|het|'t|ter|ten|te|el|al|di|da|le|la|du|dos)\s+)+)$/i;
const SENTENCE_START = /(?:^|[.!?:;\n•*]|^\s*\d+[.)])[\s"'“‘(\-–]*$/;
/** Openers that, before a place, make a place name: "Den Haag", "Ter Apel" (but "Van Gent" is a person). */
const PLACE_OPENER = /^(?:den|ter|de|la|le|el|los|las|san|santa|sint)$/;
/** Openers that are also articles: after them an unknown word is as often a thing ("De Bel", "La Reine"). */
const ARTICLE_OPENER = /^(?:de|den|der|het|'t|la|le|les|los|las|il|lo|di|da|du|des|del|della|dos|das|do)$/;
/** ", " or " en " between two names of one list: "Jansen, De Vries en Bakker". */
const LIST_GAP = /^\s*(?:,|en|and|of|or)\s*$/i;
/** Before a person stands no article: "het Journaal", "een Ferrari", "the Beatles". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:het|een|the|an?)\s+$/iu;
/** "Lernout & Hauspie", "J. Leleux & Co": names joined by "&" are a firm (or a band). */
const AMPERSAND = /&\s*$/;

let lastText: string | undefined;
let lastPeople: Person[] = [];

/** Every person mentioned in the text. Remembers the last text: two detectors ask for the same one. */
export function findPeople(text: string): Person[] {
  if (text === lastText) return lastPeople;
  const lexicon = getLexicon();
  const people: Person[] = [];
  const unclaimed: Token[][] = [];
  for (const chain of findChains(text)) {
    for (const segment of segments(chain)) {
      let remaining = segment;
      while (remaining.length) {
        const { lead, name } = splitLead(text, remaining, lexicon);
        const leadTokens = remaining.slice(0, remaining.indexOf(name[0]!));
        const end = nameEnd(name, isGiven);
        const tokens = withoutOrdinaryTail(name.slice(0, end), lexicon);
        remaining = name.slice(end);
        // "Van Gogh Museum", "Team Recherche Oost-Brabant": a run with an organisation word names it.
        const organisation =
          [...leadTokens, ...tokens, ...remaining.slice(0, 1)].some((t) => facts(t, lexicon).notPerson) ||
          BRANDS.has(tokens.map((t) => t.folded).join(' '));
        const person = organisation ? undefined : judge(text, lead, tokens, lexicon);
        if (person && person.confidence >= REPORTED) people.push(person);
        else if (!organisation) unclaimed.push(tokens);
      }
    }
  }
  const rest = sameNameElsewhere(text, people, unclaimed, lexicon);
  inLists(text, people, rest, lexicon);
  people.sort((a, b) => a.start - b.start);
  for (const p of people) p.asked = asked(text, p.start);
  lastText = text;
  lastPeople = people;
  return people;
}

interface Facts {
  first: boolean;
  surname: boolean;
  /** An ordinary word: capitalised, it starts a sentence or a title more often than it names someone. */
  word: boolean;
  place: boolean;
  notPerson: boolean;
}

function facts(t: Token, lex: Lexicon): Facts {
  const f = t.folded;
  if (t.kind !== 'word') return { first: false, surname: false, word: false, place: false, notPerson: false };
  const parts = f.split('-');
  const word = lex.words.has(f) || CALENDAR.has(f);
  const place = lex.places.has(f) || PLACE_START.test(f);
  // "Schmidt-Ruthenbeck", "Van den Berg-Jansen"; not "Oost-Brabant".
  const listed = lex.surnames.has(f) || (parts.length > 1 && !place && parts.every((p) => lex.surnames.has(p) || lex.firstNames.has(p)));
  const first = parts.every((p) => lex.firstNames.has(p));
  const adjective = !first && !listed && NOT_NAME_SHAPE.test(f);
  return {
    first,
    surname: listed || (!word && !place && !adjective && SURNAME_SHAPE.test(f)),
    word: word || adjective,
    place,
    notPerson:
      NOT_PERSON_WORDS.has(f) || CALENDAR.has(f) || (!listed && !first && (STREET_ENDING.test(f) || ORGANISATION_ENDING.test(f))),
  };
}

const isGiven = (t: Token) => t.kind === 'word' && getLexicon().firstNames.has(t.folded);

const isContextWord = (folded: string) =>
  HONORIFIC_BEFORE.test(folded) || ROLE_BEFORE.test(folded) || ROLE_HEAD.test(folded) || SPEECH_BEFORE_RE.test(folded);

/**
 * Cuts leading capitalised words that are context, not name: titles and roles ("Mevrouw El
 * Amrani", "Oppositieleider Ariel Sharon"), ordinary words ("Volgens Goris"), the first word of a
 * sentence unless it is a known name ("Mail van Kees Smit"), and an unknown word before a known
 * first name and a surname ("Trendwatcher Kees Broere").
 */
function splitLead(text: string, tokens: Token[], lex: Lexicon): { lead: string; name: Token[] } {
  let lead = '';
  let name = tokens;
  while (name.length > 1 && name[0]!.kind === 'word' && !SURNAME_OPENER.test(name[0]!.folded)) {
    const t = name[0]!;
    const f = facts(t, lex);
    const known = f.first || f.surname;
    const before = lead ? '' : text.slice(Math.max(0, t.start - 48), t.start);
    // "Betrokkene: Wilgo Sedney": after a role the first word is the name, not a sentence start.
    const sentenceStart = !lead && SENTENCE_START.test(before) && !ROLE_BEFORE.test(before) && !HONORIFIC_BEFORE.test(before);
    const nextIsFirst = name.length > 2 && facts(name[1]!, lex).first;
    const context = isContextWord(t.folded) || (!known && (f.word || sentenceStart || nextIsFirst));
    if (!context) break;
    lead = t.folded;
    name = withoutLeadingParticles(name.slice(1));
  }
  return { lead, name };
}

/** "Marc Schoetens Het …": an ordinary word after a name is the next sentence or a heading. */
function withoutOrdinaryTail(tokens: Token[], lex: Lexicon): Token[] {
  let end = tokens.length;
  while (end > 1 && tokens[end - 2]!.kind !== 'particle') {
    // After a tussenvoegsel the word is a surname, however ordinary: "Emre de Boer".
    const f = facts(tokens[end - 1]!, lex);
    if (!(f.word && !f.first && !f.surname)) break;
    end--;
  }
  while (end > 1 && tokens[end - 1]!.kind === 'particle') end--;
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

/** "Mail van Kees Smit": once "Mail" is context, "van" is a preposition, not part of the name. */
function withoutLeadingParticles(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length - 1 && tokens[i]!.kind === 'particle') i++;
  return tokens.slice(i);
}

function judge(text: string, lead: string, tokens: Token[], lex: Lexicon): Person | undefined {
  const names = tokens.filter((t) => t.kind === 'word');
  if (!names.length) return undefined;

  let start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const before = text.slice(Math.max(0, start - 48), start);
  const particles = tokens[0]!.kind === 'word' ? PARTICLES_BEFORE.exec(before)?.[1] ?? '' : '';
  const context = lead ? `${lead} ` : before.slice(0, before.length - particles.length);
  const honorific = HONORIFIC_BEFORE.test(context);
  // A role names the person right after it: "burgemeester Jansen", not "burgemeester van Eisenach".
  const role = !honorific && !particles && (ROLE_BEFORE.test(context) || ROLE_HEAD_BEFORE.test(context));
  const after = text.slice(end, end + 24);
  const speech = SPEECH_BEFORE_RE.test(context) || SPEECH_AFTER_RE.test(after) || AGE_AFTER.test(after);
  const atStart = !lead && SENTENCE_START.test(before);
  const atPlace = !lead && (PLACE_BEFORE.test(before) || POSTCODE_BEFORE.test(before));
  const thing = !lead && (ARTICLE_BEFORE.test(before) || THING_BEFORE.test(before) || AMPERSAND.test(before) || /^\s*&/.test(after));
  if (honorific && particles) start -= particles.length;

  const head = tokens[0]!;
  const last = names[names.length - 1]!;
  const lastFacts = facts(last, lex);
  const headFacts = facts(head, lex);
  const hasParticle = tokens.some((t) => t.kind === 'particle');
  const given = names.length >= 2 && headFacts.first ? head.folded : undefined;
  const person = (confidence: number): Person => ({ start, end, confidence, key: last.folded, given, asked: false });

  // A title names whoever follows; an article, a firm's "&" or "het boek" names a thing.
  if (honorific) return person(0.95);
  if (thing) return undefined;
  if (head.kind === 'initials') {
    const nameLike = lastFacts.surname || !lastFacts.word;
    return person(hasParticle || nameLike || role ? 0.9 : 0.4);
  }
  if (given) {
    // "Jan de Vries", "Mohamed Nowak", "Jan-Willem de Vries"; "Kees Bakker" (both also words).
    if (atPlace && !role) return person(0.4);
    if (!headFacts.word || role || lastFacts.surname) return person(0.9);
    if (!lastFacts.word || hasParticle) return person(atStart ? 0.55 : 0.75);
    return person(0.4);
  }
  if (role) {
    // "verdachte Yilmaz", "premier Barak"; not "agent Oranje" or "minister Financiën".
    const only = names.length === 1 ? lastFacts : undefined;
    if (only && !only.surname && !only.first && (only.word || only.place)) return person(0.45);
    return person(0.85);
  }
  if (atPlace) return undefined;
  if (SURNAME_OPENER.test(head.folded) && names.length >= 2) {
    // "De Vries zei", "Van der Meer", "Van Diepenbeek", "El Amrani"; not "Den Haag", "De Morgen".
    if (lastFacts.place && (PLACE_OPENER.test(head.folded) || !lastFacts.surname)) {
      return PLACE_OPENER.test(head.folded) ? undefined : person(speech ? 0.7 : 0.5);
    }
    if (lastFacts.surname) return person(atStart ? 0.5 : 0.75);
    if (lastFacts.word) return undefined;
    if (speech) return person(0.7);
    return person(atStart || ARTICLE_OPENER.test(head.folded) ? 0.4 : 0.55);
  }
  if (names.length >= 2) {
    const ordinary = names.some((t) => {
      const f = facts(t, lex);
      return (f.word || f.place) && !f.first && !f.surname;
    });
    if (ordinary) return person(0.3);
    if (lastFacts.surname) return person(atStart ? 0.5 : 0.7);
    return person(speech ? 0.7 : atStart ? 0.35 : 0.5);
  }

  // One name on its own, without title or role. A lone given name is weak evidence: in running
  // text it names a station, a song or a hurricane as often as a person.
  if (lastFacts.place) return lastFacts.first || lastFacts.surname ? person(speech && !atStart ? 0.6 : 0.4) : undefined;
  if (lastFacts.word) return speech && !atStart && (lastFacts.first || lastFacts.surname) ? person(0.55) : undefined;
  if (lastFacts.first) return person(speech ? 0.6 : 0.45);
  if (lastFacts.surname) return person(speech ? 0.7 : atStart ? 0.4 : 0.5);
  return person(speech && !atStart ? 0.6 : 0.3);
}

/**
 * Once "Peter Goris" is found, "Goris" or "Peter" elsewhere in the same text is that person too,
 * even at a sentence start or on its own. Returns the runs still unclaimed.
 */
function sameNameElsewhere(text: string, people: Person[], unclaimed: Token[][], lex: Lexicon): Token[][] {
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
      // "Visser" at a sentence start may be the word; "Dat" never was a name.
      if (lex.words.has(t.folded) && SENTENCE_START.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
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
function inLists(text: string, people: Person[], unclaimed: Token[][], lex: Lexicon): void {
  if (!people.length) return;
  const sorted = [...people].sort((a, b) => a.start - b.start);
  for (const tokens of unclaimed) {
    const names = tokens.filter((t) => t.kind === 'word');
    if (!names.length || names.length > 3) continue;
    if (names.some((t) => { const f = facts(t, lex); return f.notPerson || ((f.word || f.place) && !f.first && !f.surname); })) continue;
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    const neighbour = sorted.find(
      (p) =>
        (p.end <= start && start - p.end <= 5 && LIST_GAP.test(text.slice(p.end, start))) ||
        (p.start >= end && p.start - end <= 5 && LIST_GAP.test(text.slice(end, p.start))),
    );
    if (neighbour) people.push({ start, end, confidence: 0.6, key: names[names.length - 1]!.folded, asked: false });
  }
}

function asked(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 64), start);
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1);
  return QUESTION.test(sentence);
}
