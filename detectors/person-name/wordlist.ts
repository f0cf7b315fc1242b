// A compact, still readable form for the shipped word lists: sorted, each entry written as the
// number of leading characters it shares with the entry before (0-9) followed by the rest, entries
// separated by "|". About 40% smaller than plain lists, and decoding 30,000 entries takes a few ms.

export function encodeWordList(words: Iterable<string>): string {
  const sorted = [...new Set(words)].filter((w) => w && !/[|\d]/.test(w)).sort();
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < 9 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
      previous = word;
      return shared + word.slice(shared);
    })
    .join('|');
}

export function decodeWordList(encoded: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const entry of encoded.split('|')) {
    if (!entry) continue;
    const word = previous.slice(0, entry.charCodeAt(0) - 48) + entry.slice(1);
    words.add(word);
    previous = word;
  }
  return words;
}
