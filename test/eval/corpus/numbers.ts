// Checksum-valid, fictitious identifiers in the many ways people write them. The checks are
// computed here from the public definitions (elfproef, ISO 13616 mod 97, Luhn), independently of
// the detectors, so a detector bug cannot hide in a shared helper.
import type { Rng } from './random.ts';

// ---------- BSN (elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 mod 11)
export function bsnDigits(rng: Rng, leadingZero = false): string {
  for (;;) {
    const d = [leadingZero ? 0 : rng.int(1, 7), ...Array.from({ length: 7 }, () => rng.int(0, 9))];
    const s = d.reduce((a, x, i) => a + x * (9 - i), 0);
    const last = s % 11;
    if (last === 10) continue;
    const n = d.join('') + last;
    if (/^(\d)\1+$/.test(n) || n === '111222333' || n === '123456782') continue;
    return n;
  }
}
export const elfproef = (n: string) => n.length === 9 && [...n].reduce((a, c, i) => a + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;

export function bsn(rng: Rng, style?: 'plain' | 'dot' | 'space' | 'eight'): string {
  const st = style ?? rng.pick(['plain', 'plain', 'plain', 'dot', 'space'] as const);
  if (st === 'eight') return bsnDigits(rng, true).slice(1);
  const n = bsnDigits(rng);
  if (st === 'dot') return `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;
  if (st === 'space') return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  return n;
}

// ---------- IBAN (ISO 13616: move the country and check to the end, letters A=10 … Z=35, mod 97 = 1)
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
export function ibanFor(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}
export const ibanValid = (iban: string) => mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
const letters = (rng: Rng, n: number, from = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') => Array.from({ length: n }, () => rng.pick([...from])).join('');

const NL_BANKS = ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB', 'FVLB'];
const BBAN: Record<string, (rng: Rng) => string> = {
  NL: (r) => r.pick(NL_BANKS) + r.digits(10),
  BE: (r) => { const b = String(r.int(1, 999)).padStart(3, '0') + r.digits(7); const c = Number(b) % 97 || 97; return b + String(c).padStart(2, '0'); },
  DE: (r) => String(r.int(10000000, 89999999)) + r.digits(10),
  FR: (r) => {
    const bank = String(r.int(10000, 30000)), branch = r.digits(5), acct = r.digits(11);
    const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
    return bank + branch + acct + String(key).padStart(2, '0');
  },
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(6) + r.digits(8),
  ES: (r) => r.digits(8) + r.digits(2) + r.digits(10),
  PL: (r) => r.digits(24),
  TR: (r) => r.digits(5) + '0' + r.digits(16),
  LU: (r) => r.digits(3) + r.digits(13),
  CH: (r) => r.digits(5) + r.digits(12),
  AT: (r) => r.digits(5) + r.digits(11),
  PT: (r) => r.digits(21),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(6) + r.digits(8),
};
export const IBAN_COUNTRIES = Object.keys(BBAN);

export function iban(rng: Rng, country = 'NL', style?: 'spaced' | 'compact' | 'lower'): string {
  const raw = ibanFor(country, BBAN[country]!(rng));
  const st = style ?? rng.pick(['spaced', 'spaced', 'compact'] as const);
  const spaced = raw.replace(/(.{4})(?=.)/g, '$1 ');
  if (st === 'compact') return raw;
  if (st === 'lower') return rng.chance(0.5) ? spaced.toLowerCase() : raw.toLowerCase();
  return spaced;
}

// ---------- payment cards (Luhn)
export function luhnComplete(prefix: string, length: number, rng: Rng): string {
  let body = prefix + rng.digits(length - prefix.length - 1);
  let sum = 0;
  for (let i = body.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let d = Number(body[i]);
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return (body += String((10 - (sum % 10)) % 10));
}
export const luhnValid = (n: string) => {
  let sum = 0;
  for (let i = n.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
    let d = Number(n[i]);
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
};
export function card(rng: Rng, scheme?: 'visa' | 'mc' | 'amex' | 'maestro'): string {
  const s = scheme ?? rng.pick(['visa', 'visa', 'mc', 'mc', 'amex'] as const);
  if (s === 'amex') {
    const n = luhnComplete(rng.pick(['34', '37']), 15, rng);
    return rng.chance(0.7) ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n;
  }
  const prefix = s === 'visa' ? '4' : s === 'maestro' ? rng.pick(['6759', '5018']) : rng.pick(['51', '52', '53', '54', '55', '2221', '2720']);
  const n = luhnComplete(prefix, 16, rng);
  const sep = rng.pick([' ', ' ', '-', '']);
  return sep ? n.match(/.{4}/g)!.join(sep) : n;
}

// ---------- Dutch licence plates (RDW sidecodes; letters from sidecode 4 on are consonants without C and Q)
const PLATE_LETTERS = 'BDFGHJKLNPRSTVXZ';
const OLD_LETTERS = 'ABDEFGHJKLMNOPRSTUVXZ';
const BLOCKED = ['GVD', 'KKK', 'NSB', 'PKK', 'PSV', 'SS', 'SD', 'TBS', 'KVT', 'LPF', 'PVV'];
export const SIDECODES: Record<number, string> = {
  1: 'XX-99-99', 2: '99-99-XX', 3: '99-XX-99', 4: 'XX-99-XX', 5: 'XX-XX-99', 6: '99-XX-XX', 7: '99-XXX-9', 8: '9-XXX-99',
  9: 'XX-999-X', 10: 'X-999-XX', 11: 'XXX-99-X', 12: 'X-99-XXX', 13: '9-XX-999', 14: '999-XX-9',
};
export function plate(rng: Rng, sidecode?: number, style?: 'dash' | 'lower' | 'nodash' | 'space'): string {
  const sc = sidecode ?? rng.int(4, 11);
  const pool = sc <= 3 ? OLD_LETTERS : PLATE_LETTERS;
  for (;;) {
    let s = '';
    for (const ch of SIDECODES[sc]!) s += ch === 'X' ? rng.pick([...pool]) : ch === '9' ? String(rng.int(0, 9)) : ch;
    const lettersOnly = s.replace(/[^A-Z]/g, '');
    const groups = s.split('-').filter((g) => /[A-Z]/.test(g));
    if (BLOCKED.some((b) => groups.some((g) => g.includes(b)) || lettersOnly.includes(b))) continue;
    // the first group of sidecode 7/8 never starts with 0 in practice
    if (/^0/.test(s) && sc >= 6) continue;
    const st = style ?? 'dash';
    if (st === 'lower') return s.toLowerCase();
    if (st === 'nodash') return s.replace(/-/g, '');
    if (st === 'space') return s.replace(/-/g, ' ');
    return s;
  }
}

// ---------- postcodes: 1000–9999 + two letters, never SA, SD or SS
export function postcode(rng: Rng, style?: 'space' | 'compact' | 'lower'): string {
  for (;;) {
    const l = letters(rng, 2, 'ABCDEGHJKLMNPRSTVWXZ');
    if (['SA', 'SD', 'SS'].includes(l)) continue;
    const n = String(rng.int(1011, 9999));
    const st = style ?? rng.pick(['space', 'space', 'compact'] as const);
    if (st === 'compact') return n + l;
    if (st === 'lower') return `${n} ${l.toLowerCase()}`;
    return `${n} ${l}`;
  }
}

// ---------- police report (BVH) numbers: PL + unit code + year + sequence
const UNITS = ['0100', '0200', '0300', '0500', '0600', '0700', '0800', '0900', '1000', '1100', '1300', '1400', '2500'];
export function bvh(rng: Rng, style?: 'new' | 'suffix' | 'space' | 'old' | 'bare'): string {
  const year = rng.int(2016, 2025);
  const seq = `${year}${rng.digits(6)}`;
  const st = style ?? rng.pick(['new', 'new', 'suffix'] as const);
  const unit = rng.pick(UNITS);
  if (st === 'bare') return seq;
  if (st === 'space') return `PL${unit} ${seq}`;
  if (st === 'suffix') return `PL${unit}-${seq}-${rng.int(1, 12)}`;
  if (st === 'old') return `PL${rng.pick(['01', '06', '09', '13', '17', '23'])}${rng.pick(['KE', 'AM', 'HG', 'UT', 'RT', 'BR', 'GR'])} ${rng.int(2008, 2014)}${rng.digits(6)}-${rng.int(1, 5)}`;
  return `PL${unit}-${seq}`;
}

// ---------- parketnummers: court (parket) code / six digits - year; hof numbers with dashes
const PARKETTEN = ['01', '02', '03', '05', '07', '08', '09', '10', '13', '15', '16', '18', '96'];
export function parketnummer(rng: Rng, style?: 'rb' | 'hof' | 'dash'): string {
  const yy = String(rng.int(16, 25));
  const st = style ?? rng.pick(['rb', 'rb', 'rb', 'hof'] as const);
  if (st === 'hof') return `${rng.pick(['20', '21', '22', '23'])}-${String(rng.int(0, 3999)).padStart(6, '0')}-${yy}`;
  const mid = rng.chance(0.3) ? `${rng.pick(['9', '8', '7'])}${rng.digits(5)}` : `0${rng.digits(5)}`;
  return `${rng.pick(PARKETTEN)}${st === 'dash' ? '-' : '/'}${mid}-${yy}`;
}

// ---------- documents
const DOC = 'ABCDEFGHIJKLMNPQRSTUVWXYZ'; // no O
export function passport(rng: Rng): string {
  let s = letters(rng, 2, DOC);
  for (let i = 0; i < 6; i++) s += rng.chance(0.5) ? rng.pick([...DOC]) : String(rng.int(1, 9));
  return s + String(rng.int(0, 9));
}
export function residenceDocument(rng: Rng): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += rng.chance(0.6) ? String(rng.int(1, 9)) : rng.pick([...DOC]);
  return `${rng.pick(['I', 'II', 'III', 'IV', 'V'])}-V${s}`;
}
export const tenDigits = (rng: Rng) => String(rng.int(1, 9)) + rng.digits(9);
