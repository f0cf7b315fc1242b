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

/**
 * Numbers published as examples or reserved for testing: the Basisregistratie Personen's test
 * persons all have a BSN starting with 99999.
 */
export function isTestNumber(digits: string): boolean {
  return digits === '111222333' || digits === '123456782' || digits.startsWith('99999');
}

/**
 * A btw-identificatienummer NL#########B##: before 2020 the nine digits are the owner's fiscal
 * number (elfproef, and for a one-person business that was the BSN); since 2020 the whole
 * identifier passes ISO 7064 mod 97-10 with N=23, L=21, B=11, as an IBAN does.
 */
export function btwIdValid(nine: string, suffix: string): boolean {
  if (!/^\d{9}$/.test(nine) || !/^\d{2}$/.test(suffix)) return false;
  if (elfproef(nine)) return true;
  let rest = 0;
  for (const c of `2321${nine}11${suffix}`) rest = (rest * 10 + (c.charCodeAt(0) - 48)) % 97;
  return rest === 1;
}
