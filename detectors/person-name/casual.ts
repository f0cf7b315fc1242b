// Names typed in lower case, as people do in a chat ("heb je het adres van bilal ziani nog?").
// Without capitals a name looks like any word, so only a strong cue right before it counts: what
// one asks about a person ("adres van", "nummer van"), how one names one ("heet", "genaamd",
// "ene"), or a role or kin word ("buurman", "verdachte"). Then a known given name that is no
// ordinary word, and a surname that is a known surname or no ordinary word either.
import { wordAlternation } from '../engine/context';
import { factsOf, ordinary } from './facts';
import { fold } from './fold';
import type { Person } from './people';
import { PARTICLE_RUN } from './vocabulary';

const CUE = new RegExp(
  `\\b(?:(?:${wordAlternation([
    'adres', 'woonadres', 'nummer', 'telefoonnummer', 'telnr', 'mobiele nummer', 'gegevens', 'contactgegevens',
    'bsn', 'geboortedatum', 'kenteken', 'auto', 'mail', 'e-mail', 'mailadres', 'e-mailadres', 'whatsapp', 'insta',
    'instagram', 'dossier', 'foto', "foto's", 'huis', 'woning', 'naam', 'achternaam', 'rijbewijs', 'paspoort', 'iban',
    'rekeningnummer', 'vriend', 'vriendin', 'broer', 'zus', 'moeder', 'vader', 'zoon', 'dochter',
  ])}) van|${wordAlternation([
    'heet', 'heette', 'genaamd', 'ene', 'meneer', 'mevrouw', 'mevr.', 'dhr.', 'verdachte', 'aangever', 'aangeefster',
    'getuige', 'slachtoffer', 'betrokkene', 'buurman', 'buurvrouw', 'collega', 'vriend', 'vriendin', 'broer', 'zus',
    'neef', 'nicht', 'oom', 'tante', 'ex', 'vriendje', 'vriendinnetje', 'met', 'bel', 'app', 'ken je', 'ken jij',
    'ik ben', 'hoort bij', 'eigenaar is', 'eigenaar', 'btw', 'buren', 'op naam van', 'staat op naam van',
  ])}) `,
  'gi',
);
/**
 * After these a given name alone is someone: "hij heet bilal", "ene sanne", and after a kin or
 * role word "vriendin sara zegt …", "de zoon van de buren firas".
 */
const NAMING = /^(?:heet|heette|genaamd|ene|vriend|vriendin|broer|zus|buurman|buurvrouw|collega|neef|nicht|oom|tante|buren) $/i;
/** "pooja heet ze": the name first, at the start of a message or sentence. */
const NAME_THEN_HEET = /(?:^|[:.!?][ \t]+)([a-z\u00DF-\u00FF]{3,}) (?:heet|heette) (?:ze|hij|zij)\b/gm;
const LOWER_WORD = /[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'-]*/y;

export function lowerCaseNames(text: string): Person[] {
  const found: Person[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const start = m.index + m[0].length;
    const given = wordAt(text, start);
    if (!given || given.word.length < 3) continue;
    const g = factsOf(fold(given.word));
    if (!g.first || ordinary(g) || g.word || g.place) continue;
    // Tussenvoegsels, then the surname: "jan de vries", "mohamed el amrani".
    let at = given.end;
    const particles: string[] = [];
    let next = wordAt(text, at + 1);
    while (next && text[at] === ' ' && particles.length < 3 && PARTICLE_RUN.test([...particles, next.word].join(' '))) {
      particles.push(next.word);
      at = next.end;
      next = wordAt(text, at + 1);
    }
    if (particles.length && !PARTICLE_RUN.test(particles.join(' '))) continue;
    const surname = text[at] === ' ' ? wordAt(text, at + 1) : undefined;
    const s = surname && surname.word.length >= 2 ? factsOf(fold(surname.word)) : undefined;
    if (surname && s && (s.surname || (!s.word && !s.first)) && !s.place && !s.notPerson && !s.company) {
      found.push({ start, end: surname.end, confidence: 0.7, key: fold(surname.word), given: fold(given.word), asked: false });
    } else if (!particles.length && NAMING.test(m[0].slice(m[0].lastIndexOf(' ', m[0].length - 2) + 1))) {
      found.push({ start, end: given.end, confidence: 0.65, key: fold(given.word), asked: false });
    }
  }
  NAME_THEN_HEET.lastIndex = 0;
  for (let m = NAME_THEN_HEET.exec(text); m; m = NAME_THEN_HEET.exec(text)) {
    const g = factsOf(fold(m[1]!));
    if (!g.first || g.word || g.place) continue;
    const start = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 12);
    found.push({ start, end: start + m[1]!.length, confidence: 0.65, key: fold(m[1]!), asked: false });
  }
  return found;
}

/** The lower-case word starting at `at`, or undefined (a capital, a digit, punctuation). */
function wordAt(text: string, at: number): { word: string; end: number } | undefined {
  LOWER_WORD.lastIndex = at;
  const m = LOWER_WORD.exec(text);
  if (!m) return undefined;
  const end = at + m[0].length;
  // Glued to more letters in capitals or digits: not a plain word ("jan2", "janSMIT").
  if (/[A-Za-z0-9\u00C0-\u024F]/.test(text[end] ?? '')) return undefined;
  return { word: m[0], end };
}
