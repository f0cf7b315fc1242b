// Decides which capitalised runs are people, and how sure that is. Evidence, strongest first:
// a title or role before the run ("mevrouw", "verdachte", "Naam:"), a known first name or initials
// followed by a surname, a known or surname-shaped surname, a verb of saying next to it, a list it
// stands in with other people, and the same name found elsewhere in the text. Against it: ordinary
// words (sentence starts, titles), places (after "in"), months, articles ("het Journaal"), and
// words that make the run an organisation ("Museum", "Politie").
import { perText } from '../engine/scan-memory';
import { fold } from './fold';
import { forEachChain, isSimple, nameEnd, segments, type Token } from './chains';
import { findEastAsianName } from './east-asian';
import { factsOf, ordinary, type Facts } from './facts';
import { getLexicon } from './lexicon';
import { lowerCaseNames } from './casual';
import { peopleInFields } from './fields';
import { peopleByLayout } from './layout';
import { inLists, sameNameElsewhere } from './mentions';
import { detailsAfter, isContextWord, questionsIn, readBefore, speechAfter, titleBefore } from './surroundings';
import { BRANDS, ENUMERATORS, SURNAME_OPENER } from './vocabulary';

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

/**
 * Mentions this sure count as people for the rest of the text (lists, the same name elsewhere).
 * Weaker candidates are returned too, for a rule pack that lowers the detector's minConfidence.
 */
export const REPORTED = 0.5;
/** Below this a candidate is not returned at all. */
const WEAKEST = 0.3;

/** Openers that, before a place, make a place name: "Den Haag", "Ter Apel" (but "Van Gent" is a person). */
const PLACE_OPENER = /^(?:den|ter|de|la|le|el|los|las|san|santa|sint)$/;
/** Openers that are also articles: after them an unknown word is as often a thing ("De Bel", "La Reine"). */
const ARTICLE_OPENER = /^(?:de|den|der|het|'t|la|le|les|los|las|il|lo|di|da|du|des|del|della|dos|das|do)$/;

const IDIOM_AFTER = /^ (?:en alleman|met de pet)\b/;

const facts = (t: Token): Facts => factsOf(t.folded, t.kind);
const isGiven = (t: Token) => t.kind === 'word' && getLexicon().firstNames.has(t.folded);

/** Every person mentioned in the text. Remembered until the scan ends: two detectors ask for the same one. */
export const findPeople = perText((text: string): Person[] => {
  const people: Person[] = [];
  const unclaimed: Token[][] = [];
  const weak = new Map<Token[], Person>();
  forEachChain(text, (chain) => {
    // Most runs are one ordinary word starting a sentence: settle those at once ("mevrouw Groen" aside).
    if (isSimple(chain.raw) && ordinary(factsOf(fold(chain.raw))) && !titleBefore(text, chain.start)) return;
    for (const segment of segments(chain)) judgeSegment(text, segment, people, unclaimed, weak);
  });
  people.push(...peopleByLayout(text), ...peopleInFields(text), ...lowerCaseNames(text));
  const rest = sameNameElsewhere(text, people, unclaimed);
  const listed = inLists(text, people, rest);
  for (const tokens of rest) {
    const candidate = weak.get(tokens);
    if (candidate && !listed.has(tokens)) people.push(candidate);
  }
  people.sort((a, b) => a.start - b.start);
  // "Jan en alleman", "Jan met de pet": everybody, no one in particular.
  for (let i = people.length - 1; i >= 0; i--) if (IDIOM_AFTER.test(text.slice(people[i]!.end, people[i]!.end + 16))) people.splice(i, 1);
  if (people.length) {
    const isAsked = questionsIn(text);
    for (const p of people) p.asked = isAsked(p.start);
  }
  return people;
});

/** A segment may hold a name and more: "Patrick Du Bois van Sabena" is judged as two runs. */
function judgeSegment(
  text: string,
  segment: Token[],
  people: Person[],
  unclaimed: Token[][],
  weak: Map<Token[], Person>,
): void {
  // "Tran Thi Hoa", "Wang Xiuying": surname first, judged by their own rule (east-asian.ts).
  const eastAsian = segment.length > 1 ? findEastAsianName(segment, facts) : undefined;
  if (eastAsian) {
    const tokens = segment.slice(eastAsian.index, eastAsian.index + eastAsian.length);
    judgeSegment(text, segment.slice(0, eastAsian.index), people, unclaimed, weak);
    const start = tokens[0]!.start;
    const context = readBefore(text, start);
    const person = { start, end: tokens[tokens.length - 1]!.end, key: tokens[0]!.folded, given: tokens[1]!.folded, asked: false };
    if (context.honorific || context.role) people.push({ ...person, confidence: 0.9 });
    else if (!context.thing && !context.place) people.push({ ...person, confidence: eastAsian.confidence });
    else unclaimed.push(tokens);
    judgeSegment(text, segment.slice(eastAsian.index + eastAsian.length), people, unclaimed, weak);
    return;
  }
  let remaining = segment;
  while (remaining.length) {
    const { lead, name } = splitLead(text, remaining);
    const leadTokens = remaining.slice(0, remaining.indexOf(name[0]!));
    const end = nameEnd(name, isGiven);
    const whole = name.slice(0, end);
    const tokens = withoutOrdinaryTail(whole);
    remaining = name.slice(end);
    // "Van Gogh Museum", "Team Recherche Oost-Brabant": a run with an organisation word names it.
    const next = remaining[0];
    const organisation =
      leadTokens.some((t) => facts(t).notPerson) ||
      // "Vesting Advocaten": the organisation word may be the ordinary tail cut off above.
      whole.some((t) => facts(t).notPerson) ||
      (next !== undefined && facts(next).notPerson) ||
      (tokens.length > 1 && BRANDS.has(tokens.map((t) => t.folded).join(' ')));
    // A title or role on its own ("Dr", "Verdachte") is context for what follows, never a name.
    if (organisation || (tokens.length === 1 && isContextWord(tokens[0]!.folded))) continue;
    const person = judge(text, lead, tokens);
    if (person && person.confidence >= REPORTED) {
      people.push(person);
      continue;
    }
    unclaimed.push(tokens);
    if (person && person.confidence >= WEAKEST) weak.set(tokens, person);
  }
}

/**
 * Cuts leading capitalised words that are context, not name: titles and roles ("Mevrouw El
 * Amrani", "Oppositieleider Ariel Sharon"), ordinary words ("Volgens Goris"), the first word of a
 * sentence unless it is a known name ("Mail van Kees Smit"), and an unknown word before a known
 * first name and a surname ("Trendwatcher Kees Broere").
 */
function splitLead(text: string, tokens: Token[]): { lead: string; name: Token[] } {
  let lead = '';
  let name = tokens;
  while (name.length > 1 && name[0]!.kind === 'word' && !SURNAME_OPENER.test(name[0]!.folded)) {
    const t = name[0]!;
    const f = facts(t);
    const known = f.first || f.surname;
    let sentenceStart = false;
    if (!lead && !known) {
      const before = readBefore(text, t.start);
      // "Betrokkene: Wilgo Sedney": after a role the first word is the name, not a sentence start.
      sentenceStart = before.sentenceStart && !before.role && !before.honorific;
    }
    const nextIsFirst = name.length > 2 && facts(name[1]!).first;
    if (!isContextWord(t.folded) && (known || !(f.word || sentenceStart || nextIsFirst))) break;
    name = name.slice(1);
    const rest = withoutLeadingParticles(name);
    // "Burgemeester van Rooborst": with "van" between, the lead no longer introduces the name.
    lead = rest === name || rest.length === name.length ? t.folded : '·';
    name = rest;
  }
  return { lead, name };
}

/** "Marc Schoetens Het …": an ordinary word after a name is the next sentence or a heading. */
function withoutOrdinaryTail(tokens: Token[]): Token[] {
  let end = tokens.length;
  // After a tussenvoegsel the word is a surname, however ordinary: "Emre de Boer".
  while (end > 1 && tokens[end - 2]!.kind !== 'particle' && ordinary(facts(tokens[end - 1]!))) end--;
  while (end > 1 && tokens[end - 1]!.kind === 'particle') end--;
  return end === tokens.length ? tokens : tokens.slice(0, end);
}

/** "Mail van Kees Smit": once "Mail" is context, "van" is a preposition, not part of the name. */
function withoutLeadingParticles(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length - 1 && tokens[i]!.kind === 'particle') i++;
  return i ? tokens.slice(i) : tokens;
}

/** What is known about one candidate name, for `confidence`. */
interface Evidence {
  head: Token;
  names: Token[];
  headFacts: Facts;
  lastFacts: Facts;
  hasParticle: boolean;
  /** Its first word is a known given name and another name follows. */
  given: boolean;
  honorific: boolean;
  role: boolean;
  /** An article, a thing ("het boek"), or a firm's "&" around it. */
  thing: boolean;
  atStart: boolean;
  atPlace: boolean;
  speech: boolean;
  /** A role in brackets or a phone number right after it. */
  details: boolean;
}

/** "Trophy-toernooi", "Goorbergh-tribune": a hyphenated word ending in a lower-case noun is a thing. */
const LOWER_HEAD = /-[a-z\u00DF-\u00FF]{4,}$/;

function judge(text: string, lead: string, tokens: Token[]): Person | undefined {
  // "annex C. Translate", "bijlage B. Jansen": a lettered item, not an initial.
  if (tokens.length > 1 && tokens[0]!.kind === 'initials' && tokens[0]!.folded.length === 1 && lettered(text, tokens[0]!.start)) {
    return judge(text, '', tokens.slice(1));
  }
  const names = tokens.filter((t) => t.kind === 'word');
  if (!names.length || names.some((t) => LOWER_HEAD.test(text.slice(t.start, t.end)))) return undefined;
  const head = tokens[0]!;
  const last = names[names.length - 1]!;
  const headFacts = facts(head);
  let start = head.start;
  const end = tokens[tokens.length - 1]!.end;
  const context = lead ? readLead(lead) : readBefore(text, start);
  const given = names.length >= 2 && headFacts.first;
  const confidence = confidenceOf({
    head,
    names,
    headFacts,
    lastFacts: facts(last),
    hasParticle: tokens.some((t) => t.kind === 'particle'),
    given,
    honorific: context.honorific,
    role: context.role,
    thing: !lead && (context.thing || /^\s*&/.test(text.slice(end, end + 3))),
    atStart: !lead && context.sentenceStart,
    atPlace: !lead && context.place,
    speech: context.speech || speechAfter(text, end),
    details: detailsAfter(text, end),
  });
  if (confidence === undefined) return undefined;
  if (context.honorific && context.particles) start -= context.particles;
  return { start, end, confidence, key: last.folded, ...(given && { given: head.folded }), asked: false };
}

/** How sure the evidence makes us that a candidate is a person; undefined when it is not one. */
function confidenceOf(e: Evidence): number | undefined {
  const { head, names, headFacts, lastFacts, hasParticle, role, atStart, atPlace, speech } = e;
  // A title names whoever follows; an article, a firm's "&" or "het boek" names a thing.
  if (e.honorific) return 0.95;
  if (e.thing) return undefined;
  // "Bayer", "Google Chrome", "Goldman Sachs": a firm's name, unless a role says it is someone.
  if (!role && (headFacts.company || (names.length === 1 && lastFacts.company))) return undefined;
  if (head.kind === 'initials') return hasParticle || lastFacts.surname || !lastFacts.word || role ? 0.9 : 0.4;
  if (e.given) {
    // "Jan de Vries", "Mohamed Nowak", "Jan-Willem de Vries"; "Kees Bakker" (both also words).
    // "naar Jolien de Vries", "in Kees van Dijk zag hij …": a given name, a tussenvoegsel and a known
    // surname name a person even after "naar" or "in"; a place is seldom built like that.
    if (atPlace && !role) return hasParticle && lastFacts.surname && !lastFacts.place && !headFacts.place ? 0.75 : 0.4;
    if (!headFacts.word || role || lastFacts.surname) return 0.9;
    if (!lastFacts.word || hasParticle) return atStart ? 0.55 : 0.75;
    return 0.4;
  }
  if (role) {
    // "verdachte Yilmaz", "premier Barak"; not "agent Oranje" or "minister Financiën".
    const only = names.length === 1 ? lastFacts : undefined;
    return only && !only.surname && !only.first && (only.word || only.place) ? 0.45 : 0.85;
  }
  if (atPlace) return undefined;
  if (SURNAME_OPENER.test(head.folded) && names.length >= 2) {
    // "De Vries zei", "Van der Meer", "Van Diepenbeek", "El Amrani"; not "Den Haag", "De Morgen".
    if (lastFacts.place && (PLACE_OPENER.test(head.folded) || !lastFacts.surname)) {
      return PLACE_OPENER.test(head.folded) ? undefined : speech ? 0.7 : 0.5;
    }
    if (lastFacts.surname) return atStart ? 0.5 : 0.75;
    if (lastFacts.word) return undefined;
    if (speech) return 0.7;
    return atStart || ARTICLE_OPENER.test(head.folded) ? 0.4 : 0.55;
  }
  if (names.length >= 2) {
    // "Wetboek van Strafvordering", "Raad van State": a noun, "van", a noun names an institution.
    if (hasParticle && !headFacts.first) return 0.3;
    if (names.some((t) => { const f = facts(t); return (f.word || f.place) && !f.first && !f.surname; })) return 0.3;
    if (lastFacts.surname) return atStart ? 0.5 : 0.7;
    return speech ? 0.7 : atStart ? 0.35 : 0.5;
  }
  // One name on its own, without title or role. A lone given name is weak evidence: in running
  // text it names a station, a song or a hurricane as often as a person.
  if (lastFacts.place) return lastFacts.first || lastFacts.surname ? (speech && !atStart ? 0.6 : 0.4) : undefined;
  if (lastFacts.word) return speech && !atStart && (lastFacts.first || lastFacts.surname) ? 0.55 : undefined;
  if (lastFacts.first) return speech || e.details ? 0.6 : 0.45;
  // "Li", "Re" in a log's column: a surname of two letters alone is as often an abbreviation.
  if (lastFacts.surname) return speech ? 0.7 : atStart || head.folded.length <= 2 ? 0.4 : 0.5;
  return speech && !atStart ? 0.6 : 0.3;
}

/** Whether the word right before `pos` letters or numbers what follows ("annex", "bijlage", "scenario"). */
function lettered(text: string, pos: number): boolean {
  const before = /([A-Za-z]+)[ \t]+$/.exec(text.slice(Math.max(0, pos - 16), pos));
  return !!before && ENUMERATORS.has(before[1]!.toLowerCase());
}

/** The context a capitalised lead word gives: "Mevrouw …", "Verdachte …", "Volgens …". */
function readLead(lead: string): ReturnType<typeof readBefore> {
  const context = readBefore(`${lead} `, lead.length + 1);
  return { ...context, sentenceStart: false, place: false, thing: false };
}
