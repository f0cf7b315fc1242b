// Names are compared folded: lower case, without diacritics, so "Ayşe", "Ayse" and "AYSE" are one
// name, and "Öztürk" matches "Ozturk" (people and forms often drop the marks).

const NOT_DECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'", ʼ: "'" };
const SPECIAL = /[ıłøđßæœ’ʼ]/g;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => NOT_DECOMPOSED[c] ?? c);
}
