/**
 * The Luhn check (ISO/IEC 7812) that every payment card number passes. Digits only; a single digit
 * or all zeros never counts (they pass the arithmetic, and a pack's pattern may hand them over).
 */
export function luhn(digits: string): boolean {
  if (digits.length < 2 || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Whether the number starts like a card of a scheme seen in the Netherlands (Visa, Mastercard,
 * Maestro, American Express, Discover, Diners, JCB, UnionPay) with a length that scheme issues.
 */
export function cardScheme(digits: string): string | undefined {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499)) && n >= 16 && n <= 19) return 'discover';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if ((p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059)) && n >= 14 && n <= 19) return 'diners';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'maestro';
  return undefined;
}
