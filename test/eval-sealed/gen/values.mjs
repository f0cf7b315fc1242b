// Fictitious, checksum-valid values for the sealed corpus. Deterministic: every draw comes from one
// seeded PRNG, so `node test/eval-sealed/gen/generate.mjs` always writes the same files.

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd = mulberry32(0x5ea1ed);
export const reseed = (n) => { rnd = mulberry32(n); };
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (a) => a[Math.floor(rnd() * a.length)];
export const chance = (p) => rnd() < p;
export const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join("");
export const nzdigits = (n) => String(int(1, 9)) + digits(n - 1);
const pad2 = (n) => String(n).padStart(2, "0");

// ---------- markers: wrap a labelled value; strip() turns them into offsets ----------
export const mk = (type) => (s) => `\u0001${type}\u0002${s}\u0003`;
export const L = {
  bsn: mk("bsn"), plate: mk("license-plate"), iban: mk("iban"), phone: mk("phone"), email: mk("email"),
  pc: mk("postcode"), addr: mk("address"), doc: mk("id-document"), rb: mk("drivers-license"),
  vnr: mk("v-number"), cc: mk("credit-card"), dob: mk("birth-date"), pv: mk("police-report-number"),
  parket: mk("prosecution-case-number"), mark: mk("classification-marking"), name: mk("person-name"),
};
export function strip(marked) {
  let text = "";
  const entities = [];
  let i = 0;
  while (i < marked.length) {
    const c = marked[i];
    if (c === "\u0001") {
      const j = marked.indexOf("\u0002", i);
      const k = marked.indexOf("\u0003", j);
      const type = marked.slice(i + 1, j);
      const val = marked.slice(j + 1, k);
      if (/[\u0001\u0002\u0003]/.test(val)) throw new Error("nested marker in " + marked);
      entities.push({ type, start: text.length, end: text.length + val.length });
      text += val;
      i = k + 1;
    } else if (c === "\u0002" || c === "\u0003") {
      throw new Error("stray marker in " + marked);
    } else {
      text += c;
      i++;
    }
  }
  return { text, entities };
}

// ---------- BSN (elfproef) ----------
export function elfproef(d) {
  if (d.length === 8) d = "0" + d;
  if (!/^\d{9}$/.test(d)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += +d[i] * (9 - i);
  s -= +d[8];
  return s % 11 === 0;
}
export function bsnRaw({ eight = false } = {}) {
  for (;;) {
    const d = (eight ? "0" : String(int(1, 6))) + digits(8);
    if (eight && d[1] === "0") continue;
    if (elfproef(d) && !/^(\d)\1+$/.test(d)) return eight ? d.slice(1) : d;
  }
}
export function bsn(fmt = pick(["plain", "plain", "plain", "dots", "spaces"])) {
  const d = bsnRaw();
  if (fmt === "dots") return `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`;
  if (fmt === "spaces") return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  if (fmt === "dash") return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  return d;
}
// a 9-digit number that fails the elfproef (for distractors)
export function notBsn9() {
  for (;;) { const d = nzdigits(9); if (!elfproef(d)) return d; }
}

// ---------- IBAN (ISO 13616, mod 97) ----------
export function mod97(s) {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) r = (r * 10 + +c) % 97;
  }
  return r;
}
const mkIban = (cc, bban) => cc + pad2(98 - mod97(bban + cc + "00")) + bban;
export const ibanValid = (s) => {
  const x = s.replace(/\s/g, "").toUpperCase();
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(x) && mod97(x.slice(4) + x.slice(0, 4)) === 1;
};
export const IBAN_LEN = { NL: 18, BE: 16, DE: 22, FR: 27, GB: 22, ES: 24, PL: 28, TR: 26, LT: 20, RO: 24 };
function esCheck(s) {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let t = 0;
  for (let i = 0; i < 10; i++) t += +s[i] * w[i];
  const d = 11 - (t % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}
export function ibanRaw(cc = "NL") {
  switch (cc) {
    case "NL": return mkIban("NL", pick(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]) + (chance(0.3) ? "000" + digits(7) : nzdigits(10)));
    case "BE": { const n = nzdigits(10); const c = Number(n) % 97 || 97; return mkIban("BE", n + pad2(c)); }
    case "DE": return mkIban("DE", String(int(1, 8)) + digits(7) + digits(10));
    case "FR": {
      const bank = nzdigits(5), branch = digits(5), acct = digits(11);
      const key = 97n - ((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
      return mkIban("FR", bank + branch + acct + pad2(Number(key)));
    }
    case "GB": return mkIban("GB", pick(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + digits(6) + digits(8));
    case "ES": {
      const bank = nzdigits(4), branch = digits(4), acct = digits(10);
      return mkIban("ES", bank + branch + esCheck("00" + bank + branch) + esCheck(acct) + acct);
    }
    case "PL": return mkIban("PL", nzdigits(8) + digits(16));
    case "TR": return mkIban("TR", nzdigits(5) + "0" + digits(16));
    case "LT": return mkIban("LT", nzdigits(5) + digits(11));
    case "RO": return mkIban("RO", pick(["BTRL", "RNCB", "BRDE", "INGB"]) + digits(16));
  }
  throw new Error(cc);
}
export const group4 = (s) => s.replace(/(.{4})/g, "$1 ").trim();
export function iban(cc = "NL", fmt = pick(["spaced", "spaced", "compact"])) {
  const x = ibanRaw(cc);
  if (fmt === "spaced") return group4(x);
  if (fmt === "lower") return x.toLowerCase();
  return x;
}

// ---------- credit cards (Luhn) ----------
export function luhnValid(n) {
  let s = 0;
  const ds = n.split("").reverse();
  for (let i = 0; i < ds.length; i++) { let d = +ds[i]; if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; } s += d; }
  return s % 10 === 0;
}
export function withLuhn(body) {
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return body + c;
}
export function cardRaw(scheme = pick(["visa", "visa", "mc", "mc2", "amex"])) {
  if (scheme === "visa") return withLuhn("4" + digits(14));
  if (scheme === "mc") return withLuhn(pick(["51", "52", "53", "54", "55"]) + digits(13));
  if (scheme === "mc2") return withLuhn(String(int(2221, 2720)) + digits(11));
  if (scheme === "amex") return withLuhn(pick(["34", "37"]) + digits(12));
  if (scheme === "maestro") return withLuhn("6759" + digits(11));
}
export function card(scheme, fmt = pick(["space", "space", "dash", "compact"])) {
  const n = cardRaw(scheme);
  const groups = n.length === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)] : n.match(/.{1,4}/g);
  if (fmt === "space") return groups.join(" ");
  if (fmt === "dash") return groups.join("-");
  return n;
}

// ---------- phones ----------
const AREA2 = ["10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"];
const AREA3 = ["111", "113", "161", "164", "165", "172", "174", "180", "182", "184", "186", "222", "223", "224", "227", "229", "251", "252", "255", "294", "297", "299", "313", "314", "315", "316", "317", "318", "320", "321", "341", "342", "343", "344", "345", "346", "348", "411", "412", "413", "416", "418", "475", "478", "481", "485", "486", "488", "492", "493", "495", "497", "499", "511", "512", "513", "514", "515", "516", "517", "518", "521", "522", "523", "524", "525", "527", "528", "529", "541", "543", "544", "545", "546", "547", "548", "561", "562", "566", "570", "571", "572", "573", "575", "577", "578", "591", "592", "593", "594", "595", "596", "597", "598", "599"];
const pairs = (s) => s.match(/.{1,2}/g).join(" ");
export function mobile(fmt = pick("abcdefghijkel".split(""))) {
  const s = String(int(1, 5)) + digits(7);
  const h = `${s.slice(0, 4)} ${s.slice(4)}`;
  switch (fmt) {
    case "a": return `06-${s}`;
    case "b": return `06 ${s}`;
    case "c": return `06 ${h}`;
    case "d": return `06${s}`;
    case "e": return `06 ${pairs(s)}`;
    case "f": return `+31 6 ${s}`;
    case "g": return `+31 (0)6 ${h}`;
    case "h": return `+316${s}`;
    case "i": return `0031 6 ${h}`;
    case "j": return `+31 6 ${pairs(s)}`;
    case "k": return `06 - ${s}`;
    case "l": return `(06) ${s}`;
    case "m": return `06-${h}`;
  }
  throw new Error(fmt);
}
export function landline(fmt = pick("abcdefgh".split(""))) {
  const two = chance(0.6);
  const a = two ? pick(AREA2) : pick(AREA3);
  const s = String(int(2, 9)) + digits(two ? 6 : 5);
  const grp = two ? pick([`${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`, `${s.slice(0, 3)} ${s.slice(3)}`]) : pick([pairs(s), `${s.slice(0, 3)} ${s.slice(3)}`]);
  switch (fmt) {
    case "a": return `0${a}-${s}`;
    case "b": return `0${a} ${grp}`;
    case "c": return `(0${a}) ${grp}`;
    case "d": return `0${a} - ${grp}`;
    case "e": return `+31 ${a} ${grp}`;
    case "f": return `+31 (0)${a} ${grp}`;
    case "g": return `0031 ${a} ${s}`;
    case "h": return `0${a}${s}`;
  }
  throw new Error(fmt);
}
export function nonGeo() {
  const a = pick(["085", "088"]);
  const s = String(int(2, 9)) + digits(6);
  return pick([`${a}-${s}`, `${a} ${s.slice(0, 3)} ${s.slice(3)}`]);
}
export function foreign(cc = pick(["BE", "DE", "GB", "MA", "TR", "PL", "SR", "CW", "US", "UA", "RO", "FR"])) {
  switch (cc) {
    case "BE": return `+32 4${pick(["70", "71", "72", "75", "76", "77", "78", "79", "85", "86", "87", "88", "89", "92", "93", "94", "95", "96", "97", "98", "99"])} ${digits(2)} ${digits(2)} ${digits(2)}`;
    case "BEL": return `+32 3 ${int(2, 9)}${digits(2)} ${digits(2)} ${digits(2)}`;
    case "DE": return pick([`+49 151 ${digits(4)} ${digits(4)}`, `0049 170 ${int(1, 9)}${digits(6)}`, `+49 176 ${int(1, 9)}${digits(7)}`]);
    case "GB": return `+44 7${int(4, 9)}${digits(2)} ${int(1, 9)}${digits(5)}`;
    case "MA": return `+212 6${pick(["61", "62", "66", "70", "71", "61"])}-${int(1, 9)}${digits(5)}`;
    case "TR": return `+90 5${pick(["32", "33", "35", "42", "05", "55"])} ${int(1, 9)}${digits(2)} ${digits(2)} ${digits(2)}`;
    case "PL": return `+48 5${pick(["12", "01", "13", "36", "72"])} ${int(1, 9)}${digits(2)} ${digits(3)}`;
    case "SR": return `+597 8${int(1, 9)}${int(1, 9)}-${digits(4)}`;
    case "CW": return `+599 9 5${int(1, 9)}${digits(1)} ${digits(4)}`;
    case "US": return `+1 (${pick(["646", "917", "312", "415"])}) ${int(2, 9)}${int(2, 9)}${int(1, 9)}-${digits(4)}`;
    case "UA": return `+380 ${pick(["67", "50", "63", "97"])} ${int(1, 9)}${digits(2)} ${digits(4)}`;
    case "RO": return `+40 7${pick(["22", "23", "44", "45", "55"])} ${int(1, 9)}${digits(2)} ${digits(3)}`;
    case "FR": return `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
  }
  throw new Error(cc);
}

// ---------- license plates (RDW sidecodes) ----------
const PLATE_L = "BDFGHJKLNPRSTXZ";
const BAD = ["GVD", "KKK", "KVT", "LPF", "NSB", "PKK", "PSV", "TBS", "SS", "SD", "PVV", "SGP", "VVD", "GBK", "NRS", "TLP", "BSN", "PL"];
export const SIDECODES = { 1: "XX-99-99", 2: "99-99-XX", 3: "99-XX-99", 4: "XX-99-XX", 5: "XX-XX-99", 6: "99-XX-XX", 7: "99-XXX-9", 8: "9-XXX-99", 9: "XX-999-X", 10: "X-999-XX", 11: "XXX-99-X", 12: "X-99-XXX", 13: "9-XX-999", 14: "999-XX-9" };
export function plate(sc = pick([4, 5, 6, 6, 7, 7, 8, 8, 9, 10, 11, 12, 13, 14, 5, 6]), fmt = "dash") {
  for (;;) {
    let first = true;
    const parts = SIDECODES[sc].split("-").map((grp) => {
      let out = "";
      for (const ch of grp) {
        if (ch === "X") out += pick(PLATE_L.split(""));
        else out += out === "" ? String(int(1, 9)) : String(int(0, 9));
      }
      first = false;
      return out;
    });
    const letters = parts.filter((p) => /[A-Z]/.test(p)).join("");
    if (BAD.some((b) => parts.some((p) => p.includes(b)))) continue;
    if (/(.)\1\1/.test(letters)) continue;
    if (fmt === "dash") return parts.join("-");
    if (fmt === "compact") return parts.join("");
    if (fmt === "space") return parts.join(" ");
    if (fmt === "lower") return parts.join("-").toLowerCase();
  }
}
export function plateValid(s) {
  const x = s.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return Object.values(SIDECODES).some((p) => new RegExp("^" + p.replace(/-/g, "").replace(/X/g, "[A-Z]").replace(/9/g, "\\d") + "$").test(x));
}

// ---------- postcode, address, cities ----------
const PC_L = "ABCEGHJKLMNPRSTVWXZ";
export function postcode(fmt = pick(["space", "space", "space", "compact"])) {
  for (;;) {
    const l = pick(PC_L.split("")) + pick(PC_L.split(""));
    if (["SA", "SD", "SS"].includes(l)) continue;
    const n = String(int(1000, 9999));
    return fmt === "space" ? `${n} ${l}` : fmt === "lower" ? `${n} ${l.toLowerCase()}` : `${n}${l}`;
  }
}
export const STREETS = ["Kerkstraat", "Molenweg", "Van Ostadestraat", "Hoogstraat", "Bisschop Zwijsenstraat", "Koningin Julianaweg", "Schiedamseweg", "Tweede Oosterparkstraat", "Julianastraat", "Amstelveenseweg", "Bloemgracht", "Zuidwal", "De Ruijterstraat", "Oranjeboomstraat", "Korte Groenendaal", "Pieter de Hoochstraat", "Generaal Foulkesweg", "Jan Pieterszoon Coenstraat", "Dr. Schaepmanstraat", "St. Annastraat", "Laan van Nieuw Oost-Indië", "Burgemeester Roosstraat", "Wilhelminapark", "Rijksstraatweg", "Esdoornlaan", "Havikstraat", "Populierenlaan", "Vliet", "Achter de Kerk", "Kanaalweg", "Hertog Hendrikstraat", "Grote Markt", "Paul Krugerstraat", "Insulindeweg", "Soestdijkseweg Zuid", "Dorpsstraat", "Nieuwe Binnenweg", "Parallelweg", "Hobbemakade", "Willem de Zwijgerlaan", "Prinses Irenestraat", "Tolsteegsingel", "Merelstraat", "Brugstraat"];
export function houseNumber() {
  return pick([String(int(1, 199)), String(int(1, 99)) + pick(["A", "a", "B", "b", "c"]), `${int(1, 250)}-${int(1, 3)}`, `${int(2, 180)} bis`, `${int(1, 140)}-III`, `${int(1, 90)} hs`, `${int(1, 300)}-H`, `${int(1, 60)} A`, String(int(1, 40)), `${int(100, 1100)}`]);
}
export const address = () => `${pick(STREETS)} ${houseNumber()}`;
export const CITIES = ["Utrecht", "Amersfoort", "Zwolle", "'s-Hertogenbosch", "Den Haag", "Rotterdam", "Tilburg", "Enschede", "Groningen", "Leeuwarden", "Heerlen", "Vlissingen", "Almere", "Lelystad", "Apeldoorn", "Nijmegen", "Breda", "Maastricht", "Alkmaar", "Hoorn", "Dordrecht", "Gouda", "Ede", "Venlo", "Emmen", "Assen", "Roosendaal", "Spijkenisse", "Zaandam", "Purmerend", "Schiedam", "Deventer", "Helmond", "Capelle aan den IJssel", "Bergen op Zoom", "Alphen aan den Rijn", "Amsterdam", "Haarlem", "Leiden", "Arnhem", "Eindhoven", "Delft"];
export const city = () => pick(CITIES);

// ---------- documents ----------
const DOC_L = "ABCDEFGHIJKLMNPQRSTUVWXYZ";
export function passport() {
  for (;;) {
    const a = pick(DOC_L.split("")) + pick(DOC_L.split(""));
    let mid = "";
    for (let i = 0; i < 6; i++) mid += chance(0.5) ? pick(DOC_L.split("")) : String(int(0, 9));
    if (!/\d/.test(mid) || !/[A-Z]/.test(mid)) continue;
    return a + mid + String(int(0, 9));
  }
}
export const docValid = (s) => /^[A-NP-Z]{2}[A-NP-Z0-9]{6}\d$/.test(s.toUpperCase());
export function beEid() { const n = nzdigits(10); const c = Number(n) % 97 || 97; return `${n.slice(0, 3)}-${n.slice(3)}-${pad2(c)}`; }
export const rijbewijs = () => String(int(4, 5)) + digits(9);
export const vnummer = () => String(int(1, 3)) + digits(9);

// ---------- police report and prosecution numbers ----------
export function bvh(kind = pick(["new", "new", "new", "newsfx", "old"])) {
  const y = int(2016, 2025);
  if (kind === "new") return `PL${pick(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"])}${pick(["00", "00", "00", "13", "21"])}-${y}${digits(6)}`;
  if (kind === "newsfx") return `PL${pick(["01", "03", "06", "09", "10"])}00-${y}${digits(6)}-${int(1, 9)}`;
  if (kind === "newspace") return `PL${pick(["02", "05", "08"])}00 ${y}${digits(6)}`;
  if (kind === "old") return `PL${pick(["01", "06", "09", "13", "17"])}${pick(["KE", "RD", "HL", "ZW", "AN"])} ${int(2008, 2013)}${digits(6)}-${int(1, 4)}`;
  if (kind === "bare") return `${y}${digits(6)}`;
}
export const yy = () => pad2(int(16, 25));
export function parket(kind = pick(["rb", "rb", "rb", "hof"])) {
  if (kind === "rb") return `${pick(["02", "03", "05", "07", "08", "09", "10", "13", "15", "16", "17", "18", "19"])}/${digits(6)}-${yy()}`;
  if (kind === "hof") return `${pick(["20", "21", "22", "23"])}-${digits(6)}-${yy()}`;
  if (kind === "rbdash") return `${pick(["05", "09", "13", "16"])}-${digits(6)}-${yy()}`;
}

// ---------- dates ----------
export const MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
export const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export function dateParts(y0 = 1950, y1 = 2008) { return { y: int(y0, y1), m: int(1, 12), d: int(1, 28) }; }
export function fmtDate({ y, m, d }, fmt) {
  switch (fmt) {
    case "nl": return `${d} ${MONTHS_NL[m - 1]} ${y}`;
    case "dash": return `${pad2(d)}-${pad2(m)}-${y}`;
    case "dash1": return `${d}-${m}-${y}`;
    case "slash": return `${pad2(d)}/${pad2(m)}/${y}`;
    case "iso": return `${y}-${pad2(m)}-${pad2(d)}`;
    case "dots": return `${pad2(d)}.${pad2(m)}.${y}`;
    case "en": return `${d} ${MONTHS_EN[m - 1]} ${y}`;
    case "us": return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
    case "compact": return `${y}${pad2(m)}${pad2(d)}`;
    case "nlshort": return `${d} ${MONTHS_NL[m - 1].slice(0, 3)}. ${y}`;
  }
  throw new Error(fmt);
}
export const dob = (fmt = pick(["nl", "dash", "dash", "dash1", "slash", "iso", "dots"]), y0, y1) => fmtDate(dateParts(y0, y1), fmt);
export const recentDate = (fmt = pick(["nl", "dash", "dash1"])) => fmtDate(dateParts(2023, 2025), fmt);

// ---------- e-mail ----------
const deacc = (s) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i").replace(/ł/g, "l").toLowerCase();
export function emailFor(p, domain = pick(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "icloud.com", "yahoo.com", "hotmail.nl", "planet.nl", "protonmail.com"])) {
  const first = deacc(p.first).replace(/[^a-z]/g, "");
  const last = deacc(p.last).replace(/[^a-z]/g, "");
  const local = pick([`${first}.${last}`, `${first[0]}.${last}`, `${first}${last}${int(1, 99)}`, `${last}.${first[0]}`, `${first}_${last}`, `${first}${int(70, 99)}`]);
  return `${local}@${domain}`;
}

// ---------- people (fictitious combinations across many origins) ----------
const ORIGINS = {
  nl: [["Sanne", "Daan", "Lieke", "Bram", "Femke", "Thijs", "Anouk", "Joost", "Marloes", "Ruud", "Ilse", "Wouter", "Eline", "Sander", "Noor", "Koen", "Esther", "Gerrit", "Hanneke", "Pieter", "Marieke", "Jeroen", "Annemiek", "Kees", "Willemijn", "Stijn", "Floor", "Maarten", "Jolien", "Hidde", "Roos", "Gijs", "Mirjam", "Henk", "Tessa", "Rik"],
    ["de Vries", "van den Heuvel", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "de Haan", "Vermeulen", "van den Berg", "van Dijk", "Kuipers", "Wouters", "Hoekstra", "Postma", "ter Horst", "van 't Hof", "Schouten", "Veenstra", "Koster", "Prins", "Huisman", "de Jong-Smit", "van Beek", "Verhoeven", "Boersma", "Sluiter", "van Wijk"]],
  ma: [["Mohamed", "Youssef", "Fatima", "Khadija", "Soufiane", "Nadia", "Hamza", "Samira", "Bilal", "Ilham", "Anouar", "Zakaria", "Noura", "Ayoub", "Salma"],
    ["El Amrani", "Bouzid", "Ouali", "El Idrissi", "Benali", "Azzouzi", "Boukhari", "El Khattabi", "Ait Brahim", "Chaoui", "Ziani", "Haddou", "Amrani", "Essafi"]],
  tr: [["Mehmet", "Ayşe", "Emre", "Elif", "Burak", "Zeynep", "Hakan", "Fatma", "Serkan", "Merve", "Kemal", "Büşra", "Oğuz", "Gül"],
    ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk", "Arslan", "Doğan", "Aydın", "Koç", "Kurt", "Polat", "Erdoğan", "Güneş"]],
  sr: [["Rajesh", "Sharmila", "Ravi", "Anjali", "Dinesh", "Shanti", "Marvin", "Shirley", "Glenn", "Romano", "Ivanildo", "Chantal"],
    ["Ramsaran", "Jagessar", "Sewnath", "Bhagwandin", "Ramdin", "Kalloe", "Mohabier", "Pinas", "Tjin-A-Tsoi", "Doelwijt", "Vlijter", "Kanhai"]],
  aw: [["Giovanni", "Shurandy", "Jurgen", "Sharine", "Jomaira", "Rignald", "Natasha"], ["Martina", "Isenia", "Maduro", "Rosaria", "Pieternella", "Girigorie", "Statia"]],
  pl: [["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Krzysztof", "Paweł", "Joanna"], ["Nowak", "Kowalczyk", "Wiśniewski", "Dąbrowska", "Lewandowski", "Zieliński", "Wójcik", "Kamińska"]],
  ro: [["Andrei", "Ioana", "Georgi", "Desislava", "Mihai", "Elena"], ["Popescu", "Ionescu", "Dimitrov", "Petrova", "Constantin", "Georgiev"]],
  er: [["Yonas", "Semhar", "Filmon", "Helen", "Dawit", "Luwam"], ["Tesfaye", "Gebremedhin", "Haile", "Mebrahtu", "Kidane", "Tekle"]],
  sy: [["Ahmad", "Rania", "Omar", "Lina", "Mustafa", "Farida", "Yasmin", "Karim"], ["Al-Hassan", "Al Khatib", "Haddad", "Ahmadi", "Rahimi", "Karimi", "Nasser", "Hamdan"]],
  so: [["Abdi", "Hodan", "Faisal", "Ifrah", "Liban"], ["Warsame", "Abdullahi", "Farah", "Hussein", "Osman"]],
  gh: [["Kwame", "Akosua", "Chinedu", "Adaeze", "Kofi", "Ama"], ["Mensah", "Boateng", "Okafor", "Nwosu", "Asante", "Owusu"]],
  ua: [["Olena", "Dmytro", "Oksana", "Andriy", "Iryna", "Serhiy"], ["Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko", "Shevchuk"]],
  en: [["Emily", "James", "Sarah", "Daniel", "Rebecca", "Tom", "Olivia", "Callum"], ["Clarke", "Whitfield", "Thompson", "O'Connor", "Hughes", "Fletcher", "Gallagher", "Pritchard"]],
  ml: [["Johannes", "Maria", "Ronald", "Yvonne", "Frits"], ["Latumahina", "Pattiasina", "Tuhumury", "Siahaya", "Leiwakabessy"]],
  pt: [["João", "Ana", "Lucas", "Juliana", "Carlos", "Lucía"], ["Tavares", "Lopes Gomes", "Oliveira", "Souza", "Fernández", "Martín"]],
  in: [["Arjun", "Priya", "Vikram", "Deepa"], ["Iyer", "Raghunathan", "Menon", "Kulkarni"]],
};
const EAST = [["Chen", ["Jie", "Mei", "Hao"]], ["Zhang", ["Wei", "Lei", "Xiu"]], ["Nguyen", ["Van Minh", "Thi Lan", "Duc Anh"]], ["Tran", ["Thi Hoa", "Quoc Bao"]], ["Li", ["Na", "Qiang"]]];
const capFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);
export function person(origin) {
  const keys = Object.keys(ORIGINS);
  if (!origin) origin = chance(0.06) ? "east" : chance(0.35) ? "nl" : pick(keys);
  if (origin === "east") {
    const [sur, gs] = pick(EAST);
    const given = pick(gs);
    return mkPerson(given, sur, `${sur} ${given}`, origin);
  }
  const [fs, ls] = ORIGINS[origin];
  const first = pick(fs), last = pick(ls);
  return mkPerson(first, last, `${first} ${last}`, origin);
}
function mkPerson(first, last, full, origin) {
  const Last = capFirst(last);
  const initials = chance(0.6) ? `${first[0]}.` : `${first[0]}.${pick("ABCDEFGHJKLMPRSTW".split(""))}.`;
  return { first, last, Last, full, origin, initials, formal: `${initials} ${last}`, rev: `${Last}, ${first}`, caps: `${Last.toUpperCase()}, ${first}`, sur: Last };
}

// ---------- classification markings ----------
export const MARKINGS_BLOCK = ["Politie Intern", "POLITIE INTERN", "Politie intern", "Politie Vertrouwelijk", "Politie/bedrijfsvoering confidentieel", "Politie / Bedrijfsvoering Confidentieel", "Dep. V.", "Departementaal Vertrouwelijk", "Stg. Confidentieel", "STG. GEHEIM", "Stg. Geheim", "Stg. Zeer Geheim", "Staatsgeheim Confidentieel", "EU RESTRICTED", "RESTREINT UE/EU RESTRICTED", "EU CONFIDENTIAL", "TLP:RED", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP: AMBER", "NATO CONFIDENTIAL", "DEP. VERTROUWELIJK"];
export const MARKINGS_WARN = ["TLP:GREEN", "TLP: GREEN"];
