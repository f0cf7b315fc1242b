// Word boundaries for detector patterns, written for V8's regex engine: it scans fast for a
// pattern's first character, but a pattern that *starts* with a lookbehind, or uses Unicode
// property classes (\p{L}), is tried at every position of a 1 MB paste and runs 4–15× slower.
// So patterns end with END (cheap: tried only where a match is complete) and the start of a
// match is checked with `startsWord` afterwards.
//
// Word characters: ASCII letters and digits, Latin-1 and Latin Extended letters (é, ł, ş …),
// Greek and Cyrillic. The text is normalised first (full-width digits, look-alikes), so what is
// left outside is punctuation, symbols and scripts whose letters never glue to a Dutch identifier.
export const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';

/** Not followed by a letter or digit (for the end of a pattern). */
export const END = `(?![${WORD_CHAR}])`;

/** Whether the character at `i` is a letter or digit; false outside the text. */
export function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x4ff)
  );
}

export function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Whether a match at `index` starts a word: no letter or digit right before it. */
export function startsWord(text: string, index: number): boolean {
  return !wordCharAt(text, index - 1);
}

/**
 * Every match of a global pattern that starts a word, as `exec` gives them. Where a match does not
 * start a word the search goes on from the next character, exactly as a leading lookbehind would.
 */
export function wordMatches(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!startsWord(text, m.index)) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    visit(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
}
