/**
 * The elfproef (eleven test) of the Burgerservicenummer: with digits d1..d9,
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be divisible by 11. Takes exactly nine digits.
 */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  // All zeros passes the arithmetic but is never issued.
  return sum % 11 === 0 && digits !== '000000000';
}
