// The shipped name data, decoded on first use (not when the content script loads) and kept.
import { COMPANIES, FIRST_NAMES, PLACES, SURNAMES, WORDS } from './data/lexicon.data';
import { decodeWordList } from './wordlist';
import { CALENDAR, CITIES, LANGUAGES } from './vocabulary';

export interface Lexicon {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** Ordinary words: a capitalised one starts a sentence or a title more often than it names someone. */
  words: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Words of company names that are no person's name: "bayer", "heineken". */
  companies: ReadonlySet<string>;
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  if (!lexicon) {
    const places = decodeWordList(PLACES);
    for (const c of CITIES) places.add(c);
    const words = decodeWordList(WORDS);
    for (const c of CALENDAR) words.add(c);
    for (const l of LANGUAGES) words.add(l);
    lexicon = {
      firstNames: decodeWordList(FIRST_NAMES),
      surnames: decodeWordList(SURNAMES),
      words,
      places,
      companies: decodeWordList(COMPANIES),
    };
  }
  return lexicon;
}
