// Finds the capitalised runs that could be a name: "J.P. van den Berg", "Jan-Willem de Vries",
// "El Amrani", "O'Brien". One regular expression finds the runs; each run is then cut into its
// tokens. Both passes touch only capitalised text, which keeps a 1 MB scan fast.
import { fold } from './fold';
import { PARTICLE_RUN, SURNAME_OPENER } from './vocabulary';

export type TokenKind = 'initials' | 'word' | 'particle';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Folded text: "Öztürk" → "ozturk". Initials keep their letters: "jp". */
  folded: string;
}

export interface Chain {
  start: number;
  end: number;
  /** The run as written. */
  raw: string;
}

// "J.", "J.P.", "J. P.", "J.-P.", and the abbreviated given names of Dutch registers ("Th.", "Joh.").
const INITIALS = String.raw`(?:\p{Lu}\.(?:[ ]?-?\p{Lu}\.)*|(?:Th|Chr|Joh|Jac|Wm|Ph|Corn|Ant|Alb|Hendr|Mich)\.)`;
// "Jansen", "IJzerman", "McDonald", "Jan-Willem", "O'Brien", "D'Hondt", "Çelik"; not "BSN" or "TLP".
const WORD = String.raw`(?:(?:IJ|\p{Lu})[\p{Ll}\p{M}][\p{L}\p{M}]*|\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+)(?:['’]\p{Ll}+)?(?:-(?:IJ|\p{Lu})?[\p{Ll}\p{M}][\p{L}\p{M}]*)*`;
const LOWER_PARTICLE = String.raw`(?:van|von|vom|de|der|den|dem|het|['’]t|ter|ten|te|op|in|uit|aan|bij|onder|zu|zur|di|da|del|della|dello|dei|degli|dos|das|do|du|des|le|la|el|al|bin|ibn|abu|ait|y)`;
const TOKEN = `(?:${INITIALS}|${WORD}|['’]t(?=[ ]\\p{Lu}))`;
// One space or tab between the words of a name: two or more make columns ("Geboorteplaats   Casablanca").
const GAP = `(?:[ \\t](?:${LOWER_PARTICLE}[ \\t])*|(?<=\\.))`;
// The cheap look-ahead first: most positions fail on it before the costly Unicode look-behind runs
// (three to four times faster on a 1 MB paste). It leaves out the surrogates, which no token starts
// with: a class that holds them costs V8 three times as much per position in a Unicode pattern.
const CHAIN = new RegExp(`(?=[A-Z'’\\u00C0-\\uD7FF\\uE000-\\uFFFF])(?<![\\p{L}\\p{N}'’.@/_-])${TOKEN}(?:${GAP}${TOKEN})*`, 'gu');

/** Calls `visit` with every capitalised run in the text, in order. */
export function forEachChain(text: string, visit: (chain: Chain) => void): void {
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(text); m; m = CHAIN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Part of an e-mail address, a domain or a file name: "E.Meijer@xs4all.nl", "Jansen.docx".
    const after = text.charCodeAt(end);
    if (after === 64 /* @ */ || (after === 46 /* . */ && /\p{L}/u.test(text[end + 1] ?? ''))) continue;
    visit({ start, end, raw: m[0] });
  }
}

/** A run of one plain word, as most runs are (a sentence start, a title word). */
const NOT_SIMPLE = /[\s.'’]/;
export const isSimple = (raw: string) => !NOT_SIMPLE.test(raw);

/**
 * The run's tokens. The run is tokens separated by spaces (with lower-case tussenvoegsels among
 * them) or glued after initials ("J.P.Jansen"), so splitting it needs no second pattern match.
 */
export function tokenise({ raw, start }: Chain): Token[] {
  if (isSimple(raw)) return [{ start, end: start + raw.length, kind: 'word', folded: fold(raw) }];
  const tokens: Token[] = [];
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t')) i++;
    let j = i;
    while (j < raw.length && raw[j] !== ' ' && raw[j] !== '\t') j++;
    if (j > i) {
      const piece = raw.slice(i, j);
      const dot = piece.lastIndexOf('.');
      if (dot >= 0 && dot < piece.length - 1) {
        tokens.push(token(piece.slice(0, dot + 1), start + i));
        tokens.push(token(piece.slice(dot + 1), start + i + dot + 1));
      } else tokens.push(token(piece, start + i));
    }
    i = j;
  }
  return mergeParticleRuns(tokens);
}

function token(raw: string, start: number): Token {
  const c = raw.charCodeAt(0);
  // Particles are the only pieces that start in lower case (or with the apostrophe of "'t").
  const kind: TokenKind = (c >= 97 && c <= 122) || c === 39 || c === 0x2019 ? 'particle' : raw.endsWith('.') ? 'initials' : 'word';
  const folded = fold(raw);
  return { start, end: start + raw.length, kind, folded: kind === 'initials' ? folded.replace(/[.\-]/g, '') : folded };
}

/**
 * Lower-case particles between capitalised words must form a real tussenvoegsel ("van der",
 * "in 't"). Where they do not ("Jan in Amsterdam"), the chain is cut there; the cut is marked
 * by a token of kind 'particle' with folded '|', which the caller treats as a boundary.
 */
function mergeParticleRuns(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'particle')) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'particle') {
      out.push(t);
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.kind === 'particle') j++;
    const run = tokens.slice(i, j + 1);
    const words = run.map((p) => p.folded.replace('’', "'")).join(' ');
    const capitalisedStart = i === 0; // "'t Hart" at the start of a chain
    if (PARTICLE_RUN.test(words) || capitalisedStart) out.push(...run);
    else out.push({ start: t.start, end: t.start, kind: 'particle', folded: '|' });
    i = j;
  }
  return out;
}

/** The chain's tokens cut at the boundaries left by mergeParticleRuns. */
export function segments(chain: Chain): Token[][] {
  const tokens = tokenise(chain);
  if (tokens.length === 1) return [tokens];
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.folded === '|') parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts.filter((p) => p.length > 0);
}

/**
 * Where a name that starts at tokens[0] ends: a name is given names or initials, then
 * tussenvoegsels, then one surname. In "Patrick Du Bois van Sabena" and "De Baai van Heist", what
 * follows "Bois" and "Baai" is another run.
 */
export function nameEnd(tokens: readonly Token[], isGiven: (t: Token) => boolean): number {
  let afterParticles = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const opener = t.kind === 'particle' || (t.kind === 'word' && SURNAME_OPENER.test(t.folded) && i + 1 < tokens.length);
    // "Hugo Koeman van de Kindertelefoon": after a given name and a surname, "van" says where from.
    if (opener && !afterParticles && i >= 2 && tokens[i - 1]!.kind === 'word' && !isGiven(tokens[i - 1]!)) return i;
    if (opener) afterParticles = true;
    else if (afterParticles && t.kind === 'word') return i + 1;
  }
  return tokens.length;
}
