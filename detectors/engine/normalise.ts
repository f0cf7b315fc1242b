// Normalisation that defeats simple evasion while remembering where every character came from,
// so that findings point into the text the user actually pasted.
//
// - a right-to-left override (U+202E) up to its closing mark is read in the order it is shown;
// - format characters (\p{Cf}: zero-width space/joiners, BOM, bidi marks, soft hyphen), variation
//   selectors and the combining grapheme joiner are dropped;
// - every kind of space (NBSP, thin, narrow, ideographic …) becomes ' ', line/paragraph separators '\n';
// - a Windows line end ("\r\n", as Outlook and Word put on the clipboard) or a lone "\r" becomes one
//   '\n', so "a line break between digit groups" reads the same on every platform;
// - every kind of dash and minus becomes '-', and the characters drawn like a colon (ratio ∶,
//   modifier letter colons ꞉ ˸, Armenian full stop ։) become ':' ("TLP∶AMBER"; NFKC keeps them);
// - Cyrillic and Greek letters that look like Latin ones become Latin ("Роlitie" with a Cyrillic Р);
// - a decimal digit of any script (Arabic-Indic ٣, Persian ۳, Devanagari ३, Bengali …: \p{Nd}) becomes
//   its ASCII digit, one character for one: NFKC leaves those as they are, and a BSN written in
//   them is still a BSN;
// - everything else is NFKC-normalised per grapheme-ish cluster (full-width digits → ASCII,
//   ligatures → letters, decomposed accents → composed), so the map stays exact.

export interface Normalised {
  /** The normalised text detectors match against. */
  readonly text: string;
  /** Maps a span [start, end) of `text` back to the span of the original input it came from. */
  toOriginal(start: number, end: number): [number, number];
}

/** What needs normalising: anything outside ASCII, and the carriage return of a Windows line end. */
const NON_ASCII = /[^\x00-\x0c\x0e-\x7f]/g;
const DROPPED = /^[\p{Cf}\u034f\ufe00-\ufe0f]$/u;
const SPACE = /^\p{Zs}$/u;
const DASH = /^[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]$/u;
const COLON = /^[\u2236\ua789\u02f8\u0589\u05c3]$/u;
const COMBINING = /^\p{M}$/u;
const DECIMAL = /^\p{Nd}$/u;

/** Cyrillic and Greek letters that are drawn like Latin ones. */
const HOMOGLYPHS: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  І: 'I', Ј: 'J', Ѕ: 'S', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l',
  һ: 'h', ԛ: 'q', ԝ: 'w', ү: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v', ι: 'i',
};

const IDENTITY: Normalised['toOriginal'] = (start, end) => [start, end];

export function normalise(input: string): Normalised {
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(input)) return { text: input, toOriginal: IDENTITY };

  const out = new OffsetBuilder();
  let copied = 0; // input[copied..] not yet emitted
  // A text repeats its accented letters, euro signs and spaces: each is worked out once.
  const known = new Map<string, string>();
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(input); m; m = NON_ASCII.exec(input)) {
    let at = m.index;
    // A combining mark after an ASCII letter ("e\u0301") belongs to that letter's cluster.
    if (at > copied && mayCombine(input.charCodeAt(at)) && COMBINING.test(input[at]!)) at--;
    if (input.charCodeAt(at) === 13) {
      out.copy(input, copied, at);
      const end = input.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
      out.emit('\n', at, end);
      copied = end;
      NON_ASCII.lastIndex = end;
      continue;
    }
    if (input.charCodeAt(at) === 0x202e) {
      // A right-to-left override shows what follows backwards: "\u202E6220770160\u202C" shows as 0610770226 on
      // screen. Read it as shown, up to the closing mark or the line's end, as one piece.
      let close = at + 1;
      while (close < input.length && input.charCodeAt(close) !== 0x202c && input[close] !== '\n') close++;
      const shown = [...input.slice(at + 1, close)].reverse().join('');
      const end = input.charCodeAt(close) === 0x202c ? close + 1 : close;
      out.copy(input, copied, at);
      out.emit(normalise(shown).text, at, end);
      copied = end;
      NON_ASCII.lastIndex = end;
      continue;
    }
    const end = clusterEnd(input, at);
    const cluster = input.slice(at, end);
    let normal = known.get(cluster);
    if (normal === undefined) known.set(cluster, (normal = normaliseCluster(cluster)));
    NON_ASCII.lastIndex = end;
    // One character that stays as it is ("é", "€") maps like the text copied around it.
    if (normal === cluster && end === at + 1) continue;
    out.copy(input, copied, at);
    out.emit(normal, at, end);
    copied = end;
  }
  out.copy(input, copied, input.length);
  return out.finish(input.length);
}

/** A code point plus the combining marks that follow it. */
function clusterEnd(s: string, at: number): number {
  let end = at + codePointLength(s, at);
  while (end < s.length && mayCombine(s.charCodeAt(end))) {
    const next = end + codePointLength(s, end);
    if (!COMBINING.test(s.slice(end, next))) break;
    end = next;
  }
  return end;
}

/** Unicode has no combining mark before U+0300: below it, no need to ask. */
const mayCombine = (c: number) => c >= 0x300;

function codePointLength(s: string, at: number): number {
  const c = s.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < s.length ? 2 : 1;
}

function normaliseCluster(cluster: string): string {
  const first = String.fromCodePoint(cluster.codePointAt(0)!);
  if (cluster.length === first.length) {
    if (DROPPED.test(first)) return '';
    if (first === '\u2028' || first === '\u2029') return '\n';
    if (SPACE.test(first)) return ' ';
    if (DASH.test(first)) return '-';
    if (COLON.test(first)) return ':';
    const latin = HOMOGLYPHS[first];
    if (latin) return latin;
  }
  // A digit with a stray mark after it is still that digit.
  if (DECIMAL.test(first)) return decimalDigit(first.codePointAt(0)!);
  // Marks that only decorate (a stray combining mark after a digit) disappear under NFKC only when
  // they compose; strip the rest so "1\u0301" still reads as a digit.
  const composed = cluster.normalize('NFKC');
  return /^[\x00-\x7f]\p{M}+$/u.test(composed) ? composed[0]! : composed;
}

const digitCache = new Map<number, string>();

/**
 * The ASCII digit a decimal digit of any script stands for. Unicode encodes every script's digits
 * as one unbroken run from 0 to 9 (its stability policy guarantees it), and runs of \p{Nd} that touch
 * are whole runs of ten (the mathematical digits): so the value is how many digits precede this
 * one in its block of digits, modulo ten. No table to keep up to date with new scripts.
 */
function decimalDigit(cp: number): string {
  let digit = digitCache.get(cp);
  if (digit === undefined) {
    let before = 0;
    while (before < cp && DECIMAL.test(String.fromCodePoint(cp - before - 1))) before++;
    digit = String(before % 10);
    digitCache.set(cp, digit);
  }
  return digit;
}

/**
 * Builds the normalised text as pieces: a stretch copied unchanged maps one to one, an emitted
 * replacement maps as a whole to the original characters it replaced. A paste is mostly ASCII, so
 * there are few pieces, and a finding is mapped back by binary search instead of keeping two
 * integers per character of a 1 MB text.
 */
class OffsetBuilder {
  private parts: string[] = [];
  private length = 0;
  /** Per piece: where it starts in the output, where it came from, and (emitted) where that ended. */
  private outStart: number[] = [];
  private inStart: number[] = [];
  private inEnd: number[] = []; // -1 for a copied piece

  copy(input: string, from: number, to: number): void {
    if (to <= from) return;
    this.piece(input.slice(from, to), from, -1);
  }

  emit(text: string, origStart: number, origEnd: number): void {
    if (text) this.piece(text, origStart, origEnd);
  }

  private piece(text: string, inStart: number, inEnd: number): void {
    this.parts.push(text);
    this.outStart.push(this.length);
    this.inStart.push(inStart);
    this.inEnd.push(inEnd);
    this.length += text.length;
  }

  finish(inputLength: number): Normalised {
    const { outStart, inStart, inEnd, length } = this;
    /** The piece holding output position `at` (0 <= at < length). */
    const pieceAt = (at: number) => {
      let lo = 0;
      let hi = outStart.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (outStart[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const originalStart = (at: number) => {
      const p = pieceAt(at);
      return inEnd[p]! < 0 ? inStart[p]! + (at - outStart[p]!) : inStart[p]!;
    };
    const originalEnd = (last: number) => {
      const p = pieceAt(last);
      return inEnd[p]! < 0 ? inStart[p]! + (last - outStart[p]!) + 1 : inEnd[p]!;
    };
    return {
      text: this.parts.join(''),
      toOriginal(start, end) {
        if (end <= start) {
          const at = start < length ? originalStart(start) : inputLength;
          return [at, at];
        }
        return [originalStart(start), originalEnd(Math.min(end, length) - 1)];
      },
    };
  }
}
