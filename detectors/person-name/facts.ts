// What the name data says about one capitalised word. Remembered per word: a text repeats its
// words, and a 1 MB paste holds tens of thousands of capitalised ones.
import { forgetWhenScanEnds } from '../engine/scan-memory';
import { getLexicon } from './lexicon';
import {
  CALENDAR, NOT_NAME_SHAPE, NOT_PERSON_WORDS, ORGANISATION_ENDING, PLACE_START, STREET_ENDING, SURNAME_SHAPE, WORD_SURNAMES,
} from './vocabulary';

export interface Facts {
  /** A known given name; hyphenated ones count when every part is ("Jan-Willem"). */
  first: boolean;
  /** A known surname, or a word shaped like one ("Bregović", "Kromodimedjo"). */
  surname: boolean;
  /** An ordinary word: capitalised, it starts a sentence or a title more often than it names someone. */
  word: boolean;
  place: boolean;
  /** Makes the run it stands in an organisation, a street, a date: "Museum", "Kalverstraat", "Maart". */
  notPerson: boolean;
  /** A word of a company's name that is no person's name: "Bayer", "Heineken", "Adobe". */
  company: boolean;
}

const PLACE_END = /-(?:noord|zuid|oost|west|centrum|midden|stad|dorp)$/;
const NONE: Facts = { first: false, surname: false, word: false, place: false, notPerson: false, company: false };
// Words repeat within a text; the memo lives for one scan (it holds the text's words, names too).
const memo = new Map<string, Facts>();
forgetWhenScanEnds(() => memo.clear());

/** Facts about a folded word; initials and particles have none. */
export function factsOf(folded: string, kind: 'initials' | 'word' | 'particle' = 'word'): Facts {
  if (kind !== 'word') return NONE;
  let f = memo.get(folded);
  if (!f) {
    if (memo.size > 100_000) memo.clear();
    f = compute(folded);
    memo.set(folded, f);
  }
  return f;
}

/** An ordinary word that is not also a name: "Volgens", "Graag", "Politie". */
export const ordinary = (f: Facts) => f.word && !f.first && !f.surname;

function compute(w: string): Facts {
  const lex = getLexicon();
  const parts = w.split('-');
  // "Zwolle-Zuid", "Oost-Brabant", "Sint-Niklaas": a part names the place.
  const place =
    lex.places.has(w) || PLACE_START.test(w) || PLACE_END.test(w) || (parts.length > 1 && parts.some((p) => lex.places.has(p)));
  // "Schmidt-Ruthenbeck", "Van den Berg-Jansen"; not "Oost-Brabant".
  const listed =
    lex.surnames.has(w) || WORD_SURNAMES.has(w) || (parts.length > 1 && !place && parts.every((p) => lex.surnames.has(p) || lex.firstNames.has(p)));
  const first = parts.every((p) => lex.firstNames.has(p));
  const adjective = !first && !listed && NOT_NAME_SHAPE.test(w);
  const word = lex.words.has(w) || CALENDAR.has(w) || adjective;
  return {
    first,
    surname: listed || (!word && !place && SURNAME_SHAPE.test(w)),
    word,
    place,
    company: !first && !listed && lex.companies.has(w),
    notPerson:
      NOT_PERSON_WORDS.has(w) || CALENDAR.has(w) || (!listed && !first && (compoundOf(STREET_ENDING, w) || compoundOf(ORGANISATION_ENDING, w))),
  };
}

/**
 * Whether the word is a compound ending in one of these heads ("Kalverstraat", "Sint-Jansziekenhuis"):
 * the head alone is a surname as often ("Van 't Hof", "Van der Kamp", "Bond").
 */
function compoundOf(ending: RegExp, w: string): boolean {
  const m = ending.exec(w);
  return !!m && m.index > 0;
}
