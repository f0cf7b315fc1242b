/**
 * ISO 7064 MOD 97-10 as the IBAN uses it: move the country code and check digits to the end,
 * replace letters by 10..35, and the number must leave remainder 1 when divided by 97. Takes the
 * IBAN without spaces, any case. Computed piecewise: the number is far too long for a double.
 */
export function mod97(iban: string): boolean {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}
