// Reads the words around a capitalised run: a title or role before it ("mevrouw", "verdachte",
// "Naam:"), a verb of saying, a place word ("in", "te"), an article or a thing ("het", "krant"), a
// sentence end. Scans characters backwards instead of matching patterns against the text before
// each run: a 1 MB paste has tens of thousands of runs, and this is where the time went.
import {
  ARTICLES, GREETINGS, HONORIFICS, PLACE_WORDS, QUESTIONS, ROLE_HEADS, ROLES, SPEECH_AFTER, SPEECH_BEFORE, THINGS,
} from './vocabulary';
import { contextPattern, wordAlternationBackwards } from '../engine/context';

export interface Before {
  honorific: boolean;
  role: boolean;
  speech: boolean;
  place: boolean;
  thing: boolean;
  /** Nothing but a sentence end, a line break, a colon or a list bullet comes before. */
  sentenceStart: boolean;
  /** Characters of lower-case tussenvoegsels right before ("van der "): part of the name after a title. */
  particles: number;
}

const HONORIFIC = new Set(HONORIFICS);
const ROLE = new Set(ROLES);
const SPEECH = new Set(SPEECH_BEFORE);
const SAID = new Set(SPEECH_AFTER);
/** Ends in a role head. A look-behind at the end, factored by suffix: no slice per head length. */
const ROLE_HEAD_AT_END = new RegExp(`(?<=${wordAlternationBackwards(ROLE_HEADS)})$`);
const LOWER_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'el', 'al', 'di', 'da', 'le', 'la', 'du', 'dos']);
const ARTICLE_PARTICLES = new Set(['de', 'het', 'den', 'der']);
/** Tussenvoegsels that, after a role, can only open a surname ("verdachte de Vries", "getuige el Idrissi"). */
const SURNAME_PARTICLES = new Set(['de', 'der', 'ter', 'ten', 'el', 'al', 'van der']);
const GREETING = new Set(GREETINGS);
// The cheap look-ahead on the phrases' first letters spares the Unicode look-behind at most positions.
const QUESTION_STARTS = [...new Set(QUESTIONS.map((q) => q[0]!))].join('');
const QUESTIONS_ANYWHERE = new RegExp(`(?=[${QUESTION_STARTS}])${contextPattern(QUESTIONS).source}`, 'giu');
/**
 * The same, five times faster: without the u flag, and tried at word starts only (every phrase
 * starts with a letter). It reads a few characters apart from the pattern above: case-insensitive
 * matching without u differs for ſ ẞ ΐ ΰ Ω K Å only (found by testing every code point against the
 * letters and WORD_CHAR), and `\b` takes "_" for a letter. A text with one of them takes QUESTIONS_ANYWHERE.
 */
const QUESTIONS_AT_WORD_START = new RegExp(`\\b${contextPattern(QUESTIONS).source}`, 'gi');
const READ_APART = [...'_\u017f\u1e9e\u1fd3\u1fe3\u2126\u212a\u212b'];
const LETTER = /\p{L}/u;
const NAME_WORDS = new Set(['naam', 'namen', 'name', 'names']);
const ARTICLE_BEFORE_NAME = new Set(['de', 'het', 'een', 'die', 'deze', 'dezelfde', 'zelfde', 'the', 'a', 'that', 'same']);
const POSTCODE = /\d{4} ?[A-Z]{2},?\s*$/;

const isSpace = (c: number) => c === 32 || c === 9 || c === 160;
const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 0x2019 || (c > 127 && LETTER.test(String.fromCharCode(c)));

/** A role word, also as the head of a compound: "oppositieleider", "Knesset-lid", "hoofdagent". */
export function isRole(word: string): boolean {
  return ROLE.has(word) || ROLE_HEAD_AT_END.test(word);
}

/** A capitalised word that is context for the name after it: "Mevrouw", "Verdachte", "Volgens". */
export const isContextWord = (folded: string) =>
  HONORIFIC.has(folded) || HONORIFIC.has(`${folded}.`) || isRole(folded) || GREETING.has(folded) || SPEECH.has(folded);

/** Only whether a title comes right before: the quick check for runs that are ordinary words. */
export function titleBefore(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === pos) return false;
  const end = i;
  while (i > 0 && (isWordChar(text.charCodeAt(i - 1)) || text[i - 1] === '.')) i--;
  return end - i > 1 && end - i < 12 && HONORIFIC.has(text.slice(i, end).toLowerCase());
}

export function readBefore(text: string, pos: number): Before {
  const before: Before = { honorific: false, role: false, speech: false, place: false, thing: false, sentenceStart: false, particles: 0 };
  let i = pos;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  // Opening quotes and brackets stand between a name and what introduces it.
  while (i > 0 && '"\'“‘(['.includes(text[i - 1]!)) {
    i--;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  }
  if (i === 0) return { ...before, sentenceStart: true };
  // "Met vriendelijke groet,⏎Fatima", "Voornamen:⏎Hanneke": a line that ends in a comma or colon
  // introduces what starts the next one.
  if (text[i - 1] === '\n') {
    let j = i - 1;
    while (j > 0 && (isSpace(text.charCodeAt(j - 1)) || text[j - 1] === '\n')) j--;
    if (text[j - 1] === ',' || text[j - 1] === ':') i = j;
  }
  let c = text[i - 1]!;
  let punctuation = '';
  if (c === '&') return { ...before, thing: true };
  if (c === ':' || c === ',') {
    // "Naam:\nJansen", "Met vriendelijke groet,\nMarloes": a line may end in what introduces a name.
    punctuation = c;
    i--;
    while (i > 0 && (isSpace(text.charCodeAt(i - 1)) || text[i - 1] === '\n')) i--;
    if (c === ':' || text.slice(i, pos).includes('\n')) before.sentenceStart = true;
  } else if (c === '\n' || '!?;•*-–'.includes(c)) {
    return { ...before, sentenceStart: true };
  } else if (c === '.') {
    // "dhr. Meijer" is a title; "gestolen. Jansen" and "1. Jansen" start a sentence.
    let j = i - 1;
    while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
    const abbreviation = text.slice(j, i).toLowerCase();
    if (HONORIFIC.has(abbreviation)) return { ...before, honorific: true };
    return { ...before, sentenceStart: true };
  }
  if (i > 0 && text[i - 1] === '\n') return before;

  // Up to six words back, nearest first, separated by spaces only.
  const words: string[] = [];
  const starts: number[] = [];
  while (words.length < 6 && i > 0) {
    const end = i;
    while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
    if (i === end) break;
    words.push(text.slice(i, end));
    starts.push(i);
    if (i === 0 || !isSpace(text.charCodeAt(i - 1))) break;
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  }
  let k = 0;
  if (!punctuation) while (k < words.length && LOWER_PARTICLES.has(words[k]!)) k++;
  if (k) before.particles = pos - starts[k - 1]!;
  const w0 = words[k]?.toLowerCase();
  if (w0 === undefined) return before;
  const w1 = words[k + 1]?.toLowerCase();
  const w2 = words[k + 2]?.toLowerCase();
  // "5708 MR Helmond": the letters of a postcode, not "Mr".
  const postcode = POSTCODE.test(text.slice(Math.max(0, pos - 12), pos));
  before.honorific = !punctuation && !postcode && (HONORIFIC.has(w0) || HONORIFIC.has(`${w0}.`));
  if (k) {
    const nearest = words[0]!;
    const run = words.slice(0, k).reverse().join(' ');
    // "op naam van Yilmaz", "aangever de Vries"; not "burgemeester van Eisenach" or "woordvoerder
    // van de Tros", where "van" says of what.
    const phrase = k === 1 && (ROLE.has(`${w0} ${nearest}`) || ROLE.has(`${w1} ${w0} ${nearest}`));
    before.role = !before.honorific && (phrase || (SURNAME_PARTICLES.has(run) && isRole(w0)));
    // "over de Ramadan", "het Journaal": without a title, "de" and "het" are articles.
    before.thing = !before.honorific && !before.role && k === 1 && ARTICLE_PARTICLES.has(nearest);
    return before;
  }
  // A greeting names who is addressed or signs: "Hoi Anouk", "Groetjes, Marloes". "Naam" labels a
  // person's name in a form ("Naam: Jansen"), not after an article: "de naam Alexandrië".
  const namesAnything = NAME_WORDS.has(w0) && w1 !== undefined && ARTICLE_BEFORE_NAME.has(w1);
  before.role =
    !before.honorific &&
    !namesAnything &&
    (isRole(w0) || GREETING.has(w0) || ROLE.has(`${w1} ${w0}`) || ROLE.has(`${w2} ${w1} ${w0}`));
  if (punctuation) return before;
  before.speech = SPEECH.has(w0) || SPEECH.has(`${w1} ${w0}`);
  before.place = PLACE_WORDS.has(w0) || postcode;
  before.thing = ARTICLES.has(w0) || THINGS.has(w0);
  return before;
}

/** "Jansen zei", "Goris, die …", "Jansen (45)": what follows a name that quotes or introduces a person. */
export function speechAfter(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text[i] === '(' && /^\(\d{1,2}\)/.test(text.slice(i, i + 4))) return true;
  if (text[i] === ',') {
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (/^\d{1,2}\s*,/.test(text.slice(i, i + 5))) return true;
  }
  const start = i;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  const word = text.slice(start, i).toLowerCase();
  if (SAID.has(word)) return true;
  if (word === 'liet' || word === 'laat') return /^\s+weten/.test(text.slice(i, i + 8));
  return false;
}

/**
 * What may follow a lone given name that shows it is someone: a role or job in brackets ("Hanneke
 * (OvJ)", "Grace (team lead)") or a phone number ("Jeroen 06-1934 5520", "Iris: +31 6 …").
 */
const DETAILS_AFTER = /^\s*(?:\((?:[A-Za-z\u00C0-\u024F.'-]+ ?){1,3}\)|[:-]?\s*(?:\+|00|0)\d)/;
export function detailsAfter(text: string, end: number): boolean {
  return DETAILS_AFTER.test(text.slice(end, end + 32));
}

/**
 * Where the text asks about a person: "Wat weet je over …", "Who is …". Returns whether a name at
 * a position is asked about, i.e. a question opens the same sentence before it, at most 64
 * characters back. One pass over the text, however many names it holds.
 */
export function questionsIn(text: string): (start: number) => boolean {
  const ends: number[] = [];
  const questions = READ_APART.some((c) => text.includes(c)) ? QUESTIONS_ANYWHERE : QUESTIONS_AT_WORD_START;
  questions.lastIndex = 0;
  for (let m = questions.exec(text); m; m = questions.exec(text)) ends.push(m.index + m[0].length);
  return (start) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    const end = ends[lo - 1];
    return end !== undefined && start - end <= 64 && !/[.?!\n]/.test(text.slice(end, start));
  };
}
