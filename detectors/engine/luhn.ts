/**
 * The Luhn check (ISO/IEC 7812) of payment card numbers: from the right, every second digit is
 * doubled (minus 9 when over 9) and the sum must be divisible by 10. Takes digits only; a single
 * digit or an all-zero string never counts as a card number.
 */
export function luhn(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
