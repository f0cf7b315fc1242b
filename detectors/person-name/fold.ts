// Names are compared folded: lower case, without diacritics, so "Ayşe", "Ayse" and "AYSE" are one
// name, and "Öztürk" matches "Ozturk" (people and forms often drop the marks).

const NOT_DECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'", ʼ: "'" };
const SPECIAL = /[ıłøđßæœ’ʼ]/g;
const MARKS = /\p{M}/gu;
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (ascii(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(SPECIAL, (c) => NOT_DECOMPOSED[c] ?? c);
}

function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
