// Checksums and shape rules, shared by the value makers and the span validator.
// A self-test against published example values runs on every generator start (selfTest()).

export function elfproef(digits) {
  // BSN: 9a+8b+...+2h-1i ≡ 0 (mod 11); an 8-digit BSN is one with a leading zero dropped.
  const d = digits.length === 8 ? "0" + digits : digits;
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * +d[i];
  s -= +d[8];
  return s % 11 === 0;
}

export function mod97(numStr) {
  let r = 0;
  for (const ch of numStr) r = (r * 10 + +ch) % 97;
  return r;
}

export const IBAN_LENGTH = {
  NL: 18, BE: 16, DE: 22, PL: 28, RO: 24, UA: 29, IT: 27, PT: 25, LU: 20, AT: 20, BG: 22, LT: 20, IE: 22, TR: 26, GB: 22,
  FR: 27, ES: 24, CH: 21,
};

const ibanDigits = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

export function ibanValid(iban) {
  const s = iban.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  if (IBAN_LENGTH[s.slice(0, 2)] !== s.length) return false;
  return mod97(ibanDigits(s.slice(4) + s.slice(0, 4))) === 1;
}

export function ibanCheckDigits(country, bban) {
  const r = mod97(ibanDigits(bban + country + "00"));
  return String(98 - r).padStart(2, "0");
}

export function luhn(digits) {
  if (!/^\d{12,19}$/.test(digits)) return false;
  let s = 0;
  for (let i = 0; i < digits.length; i++) {
    let x = +digits[digits.length - 1 - i];
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    s += x;
  }
  return s % 10 === 0;
}

export function luhnCheckDigit(body) {
  for (let c = 0; c < 10; c++) if (luhn(body + c)) return String(c);
  throw new Error("no luhn digit");
}

// Belgian eID card number 123-1234567-12: last two = first ten mod 97 (0 -> 97).
export function beEidValid(s) {
  const d = s.replace(/-/g, "");
  if (!/^\d{12}$/.test(d)) return false;
  const m = mod97(d.slice(0, 10)) || 97;
  return m === +d.slice(10);
}

// Polish ID card (dowód osobisty) ABC123456, check digit in position 4.
const PL_W = [7, 3, 1, 9, 7, 3, 1, 7, 3];
export function plIdValid(s) {
  if (!/^[A-Z]{3}\d{6}$/.test(s)) return false;
  const val = (c) => (/\d/.test(c) ? +c : c.charCodeAt(0) - 55);
  let sum = 0;
  for (let i = 0; i < 9; i++) if (i !== 3) sum += PL_W[i] * val(s[i]);
  return sum % 10 === +s[3];
}

// RDW sidecodes 4-14 (the ones on the road in numbers today); "X" letter, "9" digit.
export const SIDECODES = {
  4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX",
  11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9",
};
// No vowels since sidecode 4, no C and Q (look like 0), no Y; W only for trailers but is issued.
export const PLATE_LETTERS = "BDFGHJKLMNPRSTVWXZ";
export const PLATE_FORBIDDEN = ["GVD", "KKK", "KVT", "LPF", "NSB", "PKK", "PSV", "TBS", "SS", "SD", "PVV", "SGP", "VVD", "FVD", "BBB"];

export function plateValid(s) {
  const up = s.toUpperCase();
  const groups = up.split(/[- ]/);
  const shapeOf = (g) => g.replace(/[A-Z]/g, "X").replace(/\d/g, "9");
  const compact = up.replace(/[- ]/g, "");
  let ok = false;
  for (const pat of Object.values(SIDECODES)) {
    if (groups.length === 3) { if (groups.map(shapeOf).join("-") === pat) ok = true; }
    else if (groups.length === 1) { if (shapeOf(compact) === pat.replace(/-/g, "")) ok = true; }
  }
  if (!ok) return false;
  for (const ch of compact) if (/[A-Z]/.test(ch) && !PLATE_LETTERS.includes(ch)) return false;
  const letterRuns = compact.match(/[A-Z]+/g) || [];
  for (const run of letterRuns) for (const bad of PLATE_FORBIDDEN) if (run.includes(bad)) return false;
  const digitRuns = (groups.length === 3 ? groups : compact.match(/\d+|[A-Z]+/g)).filter((g) => /^\d+$/.test(g));
  if (digitRuns.some((g) => /^0+$/.test(g))) return false;
  return true;
}

// PostNL never issues the letter pairs SA, SD, SS; F I O Q U Y are not used.
export function postcodeValid(s) {
  const m = /^([1-9]\d{3}) ?([A-Za-z]{2})$/.exec(s);
  if (!m) return false;
  const l = m[2].toUpperCase();
  if (/[FIOQUY]/.test(l)) return false;
  return !["SA", "SD", "SS"].includes(l);
}

export function dateValid(y, m, d) {
  if (!(m >= 1 && m <= 12 && d >= 1)) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

export function selfTest() {
  const must = (c, what) => { if (!c) throw new Error("checks self-test failed: " + what); };
  must(elfproef("111222333"), "elfproef 111222333");
  must(!elfproef("111222334"), "elfproef negative");
  must(ibanValid("NL91ABNA0417164300"), "iban NL91");
  must(ibanValid("GB82 WEST 1234 5698 7654 32"), "iban GB82");
  must(ibanValid("BE68539007547034"), "iban BE68");
  must(ibanValid("DE89370400440532013000"), "iban DE89");
  must(!ibanValid("NL91ABNA0417164301"), "iban negative");
  must(ibanCheckDigits("NL", "ABNA0417164300") === "91", "iban check digits");
  must(luhn("4111111111111111") && !luhn("4111111111111112"), "luhn");
  must(luhn("378282246310005"), "luhn amex");
  must(plIdValid("ABA300000"), "pl id");
  must(plateValid("G-001-BB") && plateValid("GBB-01-B") && plateValid("69-LH-BT"), "plates issued by the RDW");
  must(!plateValid("12-NSB-3") && !plateValid("V-01-BBB") && !plateValid("AB-12-CD"), "plates never issued");
  must(dateValid(2024, 2, 29) && !dateValid(2023, 2, 29), "leap year");
  must(postcodeValid("3011 AH") && !postcodeValid("1234 SS"), "postcode");
}
