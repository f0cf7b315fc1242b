// Fictitious values in the writings people really use. Every labelled value comes out wrapped in
// a marker (M) that the generator strips while it records the span.
import { ORIGINS, ORIGIN_WEIGHTS } from "./names.mjs";
import { elfproef, ibanCheckDigits, luhnCheckDigit, mod97, SIDECODES, PLATE_LETTERS, PLATE_FORBIDDEN, plIdValid } from "./checks.mjs";

export const M = (type, text) => `\u0001${type}\u0002${text}\u0003`;

export const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").replace(/ł/g, "l").replace(/Ł/g, "L")
  .replace(/ß/g, "ss").replace(/ø/g, "o");
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// city, postcode range (first four digits), style of house-number additions
export const CITIES = [
  ["Amsterdam", 1011, 1109, "ams"], ["Rotterdam", 3011, 3089, "rdam"], ["Den Haag", 2491, 2597, "std"], ["Utrecht", 3511, 3585, "std"],
  ["Eindhoven", 5611, 5658, "std"], ["Groningen", 9711, 9747, "std"], ["Tilburg", 5011, 5049, "std"], ["Almere", 1311, 1363, "std"],
  ["Breda", 4811, 4839, "std"], ["Nijmegen", 6511, 6546, "std"], ["Arnhem", 6811, 6846, "std"], ["Haarlem", 2011, 2037, "std"],
  ["Enschede", 7511, 7548, "std"], ["Zwolle", 8011, 8043, "std"], ["Leeuwarden", 8911, 8939, "std"], ["Maastricht", 6211, 6229, "std"],
  ["Zaandam", 1501, 1509, "std"], ["Dordrecht", 3311, 3329, "std"], ["Leiden", 2311, 2334, "std"], ["Amersfoort", 3811, 3829, "std"],
  ["'s-Hertogenbosch", 5211, 5237, "std"], ["Heerlen", 6411, 6419, "std"], ["Venlo", 5911, 5928, "std"], ["Deventer", 7411, 7429, "std"],
  ["Alkmaar", 1811, 1827, "std"], ["Lelystad", 8211, 8245, "std"], ["Gouda", 2801, 2809, "std"], ["Schiedam", 3111, 3125, "rdam"],
  ["Emmen", 7811, 7828, "std"], ["Hoorn", 1621, 1628, "std"], ["Den Helder", 1781, 1788, "std"], ["Zoetermeer", 2711, 2729, "std"],
  ["Vlaardingen", 3131, 3138, "rdam"], ["Capelle aan den IJssel", 2901, 2909, "rdam"], ["Sittard", 6131, 6137, "std"],
  ["Purmerend", 1441, 1448, "std"], ["Roosendaal", 4701, 4708, "std"], ["Helmond", 5701, 5709, "std"], ["Delft", 2611, 2629, "std"],
  ["Diemen", 1111, 1113, "ams"], ["Hengelo", 7551, 7559, "std"], ["Sneek", 8601, 8608, "std"], ["Assen", 9401, 9409, "std"],
];

export const STREETS = [
  "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Beukenlaan", "Julianastraat", "Wilhelminastraat",
  "Prins Hendrikstraat", "Van Heemskerckstraat", "Burgemeester Visserpark", "Laan van Nieuw Oost-Indië", "Tweede Oosterparkstraat",
  "Johan de Wittlaan", "Graaf Florisstraat", "Oude Gracht", "Nieuwe Binnenweg", "Zwartewaalstraat", "Kastanjehof", "Esdoornlaan",
  "Tollensstraat", "Jan Pieterszoon Coenstraat", "Admiraal de Ruyterweg", "Spaarndammerdijk", "Hoogstraat", "Marktplein",
  "Vondellaan", "Berkelselaan", "Slotermeerlaan", "Bilderdijkstraat", "Kanaalweg", "Zuiderdiep", "Violenstraat", "Rozengaarde",
  "Meidoornstraat", "Hobbemastraat", "Groenhovenstraat", "Boerhaavelaan", "Middelweg", "Vlietlaan", "Korte Akkeren",
  "Hendrik Figeeweg", "Anne de Vrieshof", "Pastoor van Arsstraat", "Ds. Kuypersingel", "Ringbaan-Oost", "Lange Nieuwstraat",
  "Prinsengracht", "Herengracht", "2e Jan Steenstraat", "1e Oosterparkstraat", "Veldhovenring", "Schepenbergweg", "Kruisstraat",
  "Bergselaan", "Mathenesserlaan", "Weena", "Koningin Emmaplein", "Vrijheidslaan", "Wolter Heukelslaan", "Tesselschadestraat",
];

export function makeValues(rng) {
  const v = {};
  v.rng = rng;
  const { int, pick, chance, wpick, digits } = rng;
  v.int = int; v.pick = pick; v.chance = chance; v.digits = digits;

  // ---------- people ----------
  v.person = (origin = "any", opts = {}) => {
    const o = origin === "any" ? wpick(ORIGIN_WEIGHTS) : Array.isArray(origin) ? pick(origin) : origin;
    const spec = ORIGINS[o];
    const g = opts.g ?? (chance(0.5) ? "m" : "f");
    const given = opts.given ?? pick(spec[g]);
    let surname = opts.surname ?? pick(spec.sur);
    if (g === "f" && spec.female) for (const [a, b] of Object.entries(spec.female)) if (surname.endsWith(a)) { surname = surname.slice(0, -a.length) + b; break; }
    let tv = "", stem = surname;
    if (surname.includes("|")) [tv, stem] = surname.split("|");
    let family = tv ? `${tv} ${stem}` : stem;
    if (o === "nl" && g === "f" && chance(0.2) && !opts.surname && !opts.young) {
      const other = pick(spec.sur).replace("|", " ");
      if (other !== family) family = `${family}-${other}`;
    }
    const Family = cap(family);
    const initialsOf = (gv) => gv.split(/[ -]/).map((x) => x[0].toUpperCase() + ".").join("");
    let initials = initialsOf(given);
    if (o === "nl" && chance(0.4)) initials += pick("ACEHJMPW") + ".";
    const familyFirst = !!spec.familyFirst;
    const full = familyFirst ? `${Family} ${given}` : `${given} ${family}`;
    const P = {
      origin: o, g, givenRaw: given, familyRaw: family, FamilyRaw: Family, tv, stem, initialsRaw: initials, fullRaw: full,
      title: g === "m" ? "de heer" : "mevrouw", aanhef: g === "m" ? "heer" : "mevrouw", Title: g === "m" ? "De heer" : "Mevrouw", dhr: g === "m" ? "dhr." : "mevr.",
      Dhr: g === "m" ? "Dhr." : "Mevr.", mr: g === "m" ? "Mr" : "Ms", hij: g === "m" ? "hij" : "zij", Hij: g === "m" ? "Hij" : "Zij",
      zijn: g === "m" ? "zijn" : "haar", he: g === "m" ? "he" : "she", his: g === "m" ? "his" : "her",
      get full() { return M("person-name", full); },
      get first() { return M("person-name", given); },
      // surname as written after a given name or initials ("de Vries") and after a title ("De Vries")
      get last() { return M("person-name", family); },
      get sur() { return M("person-name", Family); },
      get init() { return M("person-name", `${initials} ${family}`); },
      get formal() {
        const forms = tv
          ? [`${cap(stem)}, ${initials} ${tv}`, `${Family}, ${given}`, `${Family.toUpperCase()}, ${given}`, `${cap(stem)}, ${tv}, ${given}`]
          : [`${Family}, ${given}`, `${Family.toUpperCase()}, ${given}`, `${Family}, ${initials}`];
        return M("person-name", pick(forms));
      },
      get upper() { return M("person-name", `${Family.toUpperCase()}, ${given}`); },
      get caps() { return M("person-name", full.toUpperCase()); },
      get lower() { return M("person-name", (chance(0.6) ? fold(full) : full).toLowerCase()); },
      get firstLower() { return M("person-name", fold(given).toLowerCase()); },
      get firstFull() { return M("person-name", full); },
    };
    return P;
  };

  // ---------- e-mail ----------
  const PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "xs4all.nl", "icloud.com",
    "proton.me", "yahoo.com", "hotmail.nl", "planet.nl", "home.nl"];
  const COUNTRY_DOMAINS = { pl: "wp.pl", ua: "ukr.net", de: "gmx.de", ro: "yahoo.ro", tr: "hotmail.com.tr", pt: "sapo.pt", bg: "abv.bg" };
  v.emailRaw = (P, domain) => {
    const gv = fold(P.givenRaw).toLowerCase().replace(/[^a-z]/g, "");
    const fam = fold(P.familyRaw).toLowerCase().replace(/[^a-z]/g, "");
    const dom = domain ?? (chance(0.3) && COUNTRY_DOMAINS[P.origin] ? COUNTRY_DOMAINS[P.origin] : pick(PRIVATE_DOMAINS));
    if (domain && /politie|om\.nl|europa|police|rechtspraak|advoca/.test(domain)) {
      return `${pick([gv[0] + "." + fam, gv + "." + fam, gv + "." + fam])}@${dom}`;
    }
    const local = pick([`${gv}.${fam}`, `${gv[0]}.${fam}`, `${gv}${fam}${int(70, 99)}`, `${gv}_${fam}`, `${fam}.${gv}`, `${gv}${int(1, 9)}${int(0, 9)}`,
      `${gv}.${fam}${int(1975, 2005)}`, `${gv[0]}${fam}`]);
    return `${local}@${dom}`;
  };
  v.email = (P, domain) => M("email", v.emailRaw(P, domain));
  v.workEmail = (P) => v.email(P, "politie.nl");

  // ---------- BSN ----------
  v.bsnRaw = (leadingZero = false) => {
    for (;;) {
      const body = (leadingZero ? "0" : String(int(1, 6))) + digits(7);
      let s = 0;
      for (let i = 0; i < 8; i++) s += (9 - i) * +body[i];
      const c = s % 11;
      if (c === 10) continue;
      const n = body + c;
      if (elfproef(n)) return n;
    }
  };
  v.bsn = (style) => {
    const n = v.bsnRaw(style === "eight");
    style ??= wpick([[6, "plain"], [3, "dots"], [2, "spaces"], [1, "dots3"]]);
    const w = {
      plain: n, dots: `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`, spaces: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
      dots3: `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`, eight: n.slice(1),
    }[style];
    return M("bsn", w);
  };

  // ---------- kenteken ----------
  v.plateRaw = (sc) => {
    sc ??= wpick([[1, 4], [1, 5], [2, 6], [4, 7], [4, 8], [4, 9], [5, 10], [4, 11], [1, 12], [1, 13], [1, 14]]);
    const pat = SIDECODES[sc];
    for (;;) {
      const s = pat.replace(/X/g, () => pick(PLATE_LETTERS.replace("W", ""))).replace(/9/g, () => String(int(0, 9)));
      const groups = s.split("-");
      if (groups.some((g) => /^0+$/.test(g))) continue;
      if (groups.some((g) => PLATE_FORBIDDEN.some((b) => g.includes(b)))) continue;
      return s;
    }
  };
  v.plate = (style, sc) => {
    const p = v.plateRaw(sc);
    style ??= wpick([[8, "dash"], [2, "compact"]]);
    return M("license-plate", { dash: p, compact: p.replace(/-/g, ""), lower: p.toLowerCase(), lowcompact: p.replace(/-/g, "").toLowerCase(), space: p.replace(/-/g, " ") }[style]);
  };

  // ---------- IBAN ----------
  const NL_BANKS = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"];
  const alnum = (n) => Array.from({ length: n }, () => pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")).join("");
  const letters = (n) => Array.from({ length: n }, () => pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ")).join("");
  const nlAccount = (bank) => {
    if (bank === "INGB") return "000" + String(int(1, 9)) + digits(6);
    for (;;) { // pre-IBAN bank accounts pass an elfproef with weights 10..1
      const a = String(int(1, 9)) + digits(9);
      let s = 0;
      for (let i = 0; i < 10; i++) s += (10 - i) * +a[i];
      if (s % 11 === 0) return a;
    }
  };
  const BBAN = {
    NL: () => { const b = pick(NL_BANKS); return b + nlAccount(b); },
    BE: () => { const t = String(int(1, 9)) + digits(9); return t + String(mod97(t) || 97).padStart(2, "0"); },
    DE: () => pick(["10010010", "37040044", "50010517", "20041133", "12030000", "70150000", "44050199"]) + digits(10),
    PL: () => digits(24), RO: () => pick(["BTRL", "RNCB", "BRDE", "INGB", "BACX"]) + digits(16),
    UA: () => pick(["305299", "322001", "320649", "300346"]) + digits(19),
    IT: () => pick("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(10) + alnum(12).replace(/[A-Z]/g, (c) => (chance(0.8) ? String(int(0, 9)) : c)),
    PT: () => digits(21), LU: () => digits(3) + digits(13), AT: () => digits(16), BG: () => pick(["BNBG", "UNCR", "STSA", "FINV"]) + digits(6) + digits(8),
    LT: () => pick(["32500", "70440", "73000"]) + digits(11), IE: () => pick(["AIBK", "BOFI", "IPBS"]) + digits(14),
    TR: () => digits(5) + "0" + digits(16), GB: () => pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14),
  };
  v.ibanRaw = (country = "NL") => { const b = BBAN[country](); return country + ibanCheckDigits(country, b) + b; };
  v.iban = (country = "NL", style) => {
    const s = v.ibanRaw(country);
    style ??= wpick([[5, "groups"], [4, "compact"]]);
    return M("iban", style === "groups" ? s.replace(/(.{4})/g, "$1 ").trim() : style === "lower" ? s.toLowerCase() : s);
  };

  // ---------- telefoon ----------
  const AREA2 = ["10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "45", "46", "50", "53", "55", "58", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79"];
  const AREA3 = ["113", "118", "165", "172", "180", "182", "222", "223", "229", "251", "297", "299", "318", "320", "341", "345", "412", "475", "492", "511", "513", "515", "523", "546", "570", "591", "592", "598"];
  const sub = (n) => String(int(2, 9)) + digits(n - 1);
  v.mobileRaw = () => "6" + pick("123458") + digits(7);
  v.phone = (kind = "mobile", style) => {
    let out;
    if (kind === "mobile") {
      const n = v.mobileRaw(); // 6xxxxxxxx
      const a = n.slice(1);
      style ??= wpick([[6, "dash"], [3, "plain"], [3, "space1"], [3, "pairs"], [2, "quad"], [2, "intl"], [1, "intlc"], [2, "intl0"], [1, "intl00"], [1, "dash3"], [1, "dots"]]);
      out = {
        dash: `06-${a}`, plain: `06${a}`, space1: `06 ${a}`, pairs: `06 ${a.slice(0, 2)} ${a.slice(2, 4)} ${a.slice(4, 6)} ${a.slice(6)}`,
        quad: `06 ${a.slice(0, 4)} ${a.slice(4)}`, intl: `+31 6 ${a}`, intlc: `+316${a}`, intl0: `+31 (0)6 ${a}`,
        intl00: `0031 6 ${a.slice(0, 2)} ${a.slice(2, 4)} ${a.slice(4, 6)} ${a.slice(6)}`, dash3: `06-${a.slice(0, 3)} ${a.slice(3, 6)} ${a.slice(6)}`,
        dots: `06.${a.slice(0, 2)}.${a.slice(2, 4)}.${a.slice(4, 6)}.${a.slice(6)}`, intlpairs: `+31 6 ${a.slice(0, 2)} ${a.slice(2, 4)} ${a.slice(4, 6)} ${a.slice(6)}`,
      }[style];
    } else if (kind === "land") {
      const two = chance(0.55);
      const area = two ? pick(AREA2) : pick(AREA3);
      const s = sub(two ? 7 : 6);
      style ??= pick(["dash", "dash", "space", "paren", "plain", "intl", "intl0", "pairs"]);
      const grouped = two ? `${s.slice(0, 3)} ${s.slice(3)}` : `${s.slice(0, 3)} ${s.slice(3)}`;
      const pairs = two ? `${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}` : `${s.slice(0, 2)} ${s.slice(2, 4)} ${s.slice(4)}`;
      out = {
        dash: `0${area}-${s}`, space: `0${area} ${grouped}`, paren: `(0${area}) ${pairs}`, plain: `0${area}${s}`,
        intl: `+31 ${area} ${grouped}`, intl0: `+31 (0)${area}-${s}`, pairs: `0${area} ${pairs}`,
      }[style];
    } else if (kind === "088" || kind === "085") {
      const s = sub(7);
      out = pick([`${kind}-${s}`, `${kind} ${s.slice(0, 3)} ${s.slice(3, 5)} ${s.slice(5)}`, `+31 ${kind.slice(1)} ${s.slice(0, 3)} ${s.slice(3)}`]);
    } else {
      out = {
        BE: () => pick([`+32 4${pick("789")}${int(0, 9)} ${digits(2)} ${digits(2)} ${digits(2)}`, `0032 4${pick("789")}${int(0, 9)}/${digits(2)}.${digits(2)}.${digits(2)}`]),
        DE: () => pick([`+49 15${pick("12579")} ${digits(8)}`, `+49 (0)17${int(0, 9)} ${digits(7)}`, `+49 221 ${digits(7)}`]),
        GB: () => pick([`+44 7700 900${digits(3)}`, `+44 (0)7700 900${digits(3)}`, `07700 900${digits(3)}`, `+44 20 7946 0${digits(3)}`]),
        GBmob: () => pick([`+44 7700 900${digits(3)}`, `+44 (0)7700 900${digits(3)}`, `07700 900${digits(3)}`]),
        US: () => pick([`+1 (202) 555-01${digits(2)}`, `+1 312 555 01${digits(2)}`]),
        MA: () => pick([`+212 6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `00212 6${digits(8)}`, `+212 7${digits(2)}-${digits(6)}`]),
        TR: () => pick([`+90 5${pick("345")}${digits(1)} ${digits(3)} ${digits(2)} ${digits(2)}`, `0090 5${digits(9)}`]),
        PL: () => pick([`+48 ${pick("5678")}${digits(2)} ${digits(3)} ${digits(3)}`, `+48${pick("5678")}${digits(8)}`]),
        RO: () => `+40 7${pick("2345")}${digits(1)} ${digits(3)} ${digits(3)}`,
        UA: () => pick([`+380 ${pick(["50", "63", "67", "68", "93", "97"])} ${digits(3)} ${digits(2)} ${digits(2)}`, `+380${pick(["67", "93"])}${digits(7)}`]),
        SR: () => `+597 ${pick("78")}${digits(2)}-${digits(4)}`,
        CW: () => `+599 9 ${pick("5678")}${digits(2)} ${digits(4)}`,
        SY: () => `+963 9${digits(2)} ${digits(3)} ${digits(3)}`,
        ER: () => `+291 7 ${digits(6)}`,
        SO: () => `+252 61 ${digits(7)}`,
        AF: () => `+93 7${digits(1)} ${digits(3)} ${digits(4)}`,
        CN: () => `+86 13${digits(1)} ${digits(4)} ${digits(4)}`,
        ES: () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`,
        IE: () => `+353 8${pick("35679")} ${digits(3)} ${digits(4)}`,
      }[kind]();
    }
    return M("phone", out);
  };
  const PHONE_OF_ORIGIN = { ma: "MA", tr: "TR", pl: "PL", ro: "RO", ua: "UA", sr: "SR", aw: "CW", sy: "SY", er: "ER", so: "SO", af: "AF", cn: "CN", en: "GB", de: "DE", es: "ES", bg: "RO" };
  v.phoneAbroad = (P) => v.phone(PHONE_OF_ORIGIN[P.origin] ?? "BE");

  // ---------- adres, postcode ----------
  v.city = (pref) => (pref ? CITIES.find((c) => c[0] === pref) : pick(CITIES));
  v.houseNumber = (style = "std") => {
    const n = String(wpick([[6, int(1, 99)], [3, int(100, 240)], [1, int(241, 612)]]));
    if (style === "ams") return n + wpick([[3, ""], [3, "-" + pick(["1", "2", "3", "H"])], [2, "-" + pick(["II", "III", "IV"])], [1, " hs"], [1, "A"], [1, "-bv"]]);
    if (style === "rdam") return n + wpick([[4, ""], [3, pick(["A", "B", "C", "D"])], [2, "-" + pick(["a", "b", "01", "02"])], [1, " bis"]]);
    return n + wpick([[7, ""], [2, pick(["A", "B", "a"])], [1, "-" + int(1, 3)], [1, " " + pick(["A", "B", "bis"])], [1, "-bg"]]);
  };
  v.postcodeRaw = (city) => {
    const c = city ?? pick(CITIES);
    for (;;) {
      const l = pick("ABCDEGHJKLMNPRSTVWXZ") + pick("ABCDEGHJKLMNPRSTVWXZ");
      if (["SA", "SD", "SS"].includes(l)) continue;
      return `${int(c[1], c[2])} ${l}`;
    }
  };
  v.postcode = (city, style) => {
    const p = v.postcodeRaw(city);
    style ??= wpick([[6, "space"], [3, "compact"]]);
    return M("postcode", { space: p, compact: p.replace(" ", ""), lower: p.toLowerCase(), lowcompact: p.replace(" ", "").toLowerCase() }[style]);
  };
  v.addr = (opts = {}) => {
    const c = opts.city ? v.city(opts.city) : pick(CITIES);
    let street = opts.street ?? pick(STREETS);
    let nr = v.houseNumber(c[3]);
    let s = `${street} ${nr}`;
    if (opts.lower) s = s.toLowerCase();
    const streetM = M("address", s);
    const pc = v.postcode(c, opts.lower ? pick(["lower", "lowcompact"]) : opts.pcStyle);
    const cityName = opts.lower ? c[0].toLowerCase() : (opts.upperCity ? c[0].toUpperCase() : c[0]);
    return { street: streetM, pc, city: cityName, line: `${streetM}, ${pc} ${cityName}`, line2: `${streetM}\n${pc} ${opts.upperCity ? cityName : cityName.toUpperCase()}`, lineNoComma: `${streetM} ${pc} ${cityName}` };
  };

  // ---------- documenten ----------
  const DOC_LETTERS = "ABCDEFGHIJKLMNPQRSTUVWXYZ"; // the letter O is never used, the digit 0 is
  v.nlDocRaw = () => {
    const a = Array.from({ length: 2 }, () => pick(DOC_LETTERS)).join("");
    const b = Array.from({ length: 6 }, () => (chance(0.55) ? pick(DOC_LETTERS) : String(int(0, 9)))).join("");
    return a + b + int(0, 9);
  };
  v.nlDoc = (lower = false) => M("id-document", lower ? v.nlDocRaw().toLowerCase() : v.nlDocRaw());
  v.vdoc = () => M("id-document", "V" + Array.from({ length: 8 }, () => (chance(0.5) ? pick("ABCDEFGHJKLMNPRSTVWXZ") : String(int(1, 9)))).join(""));
  v.beEid = () => { const t = digits(3).replace(/^0/, "5") + digits(7); const c = String(mod97(t) || 97).padStart(2, "0"); return M("id-document", `${t.slice(0, 3)}-${t.slice(3)}-${c}`); };
  v.deDoc = () => M("id-document", pick("CFGHJKLMNPRTVWXYZ") + Array.from({ length: 8 }, () => pick("CFGHJKLMNPRTVWXYZ0123456789")).join(""));
  v.plId = () => {
    for (;;) {
      const s = letters(3).replace(/[^A-Z]/g, "A") + digits(6);
      if (plIdValid(s)) return M("id-document", s);
    }
  };
  v.dl = () => M("drivers-license", String(int(4, 5)) + digits(9));
  v.vnr = (style) => { const n = String(int(1, 4)) + digits(9); return M("v-number", style === "split" ? `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}` : n); };

  // ---------- creditcard ----------
  v.cardRaw = (brand = "visa") => {
    const pre = { visa: "4" + digits(5), mc: "5" + int(1, 5) + digits(4), amex: pick(["34", "37"]) + digits(4) }[brand];
    const body = pre + digits((brand === "amex" ? 15 : 16) - 1 - pre.length);
    return body + luhnCheckDigit(body);
  };
  v.card = (brand, style) => {
    brand ??= wpick([[5, "visa"], [4, "mc"], [1, "mc2"], [2, "amex"], [1, "unionpay"], [1, "jcb"]]);
    const pre = { visa: "4" + digits(5), mc: "5" + int(1, 5) + digits(4), mc2: String(int(2221, 2720)) + digits(2), amex: pick(["34", "37"]) + digits(4), unionpay: "62" + digits(4), jcb: "35" + int(28, 89) + digits(2) }[brand];
    const len = brand === "amex" ? 15 : 16;
    const body = pre + digits(len - 1 - pre.length);
    const n = body + luhnCheckDigit(body);
    style ??= wpick([[5, "space"], [2, "compact"], [1, "dash"]]);
    let w;
    if (brand === "amex") w = style === "compact" ? n : `${n.slice(0, 4)}${style === "dash" ? "-" : " "}${n.slice(4, 10)}${style === "dash" ? "-" : " "}${n.slice(10)}`;
    else w = style === "compact" ? n : n.replace(/(\d{4})(?=\d)/g, style === "dash" ? "$1-" : "$1 ");
    return M("credit-card", w);
  };

  // ---------- datums ----------
  const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  const MND = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."];
  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const p2 = (x) => String(x).padStart(2, "0");
  v.ymd = (y0, y1) => { const y = int(y0, y1), m = int(1, 12); const dim = new Date(Date.UTC(y, m, 0)).getUTCDate(); return [y, m, int(1, dim)]; };
  v.fmtDate = ([y, m, d], style) => ({
    dmy: `${p2(d)}-${p2(m)}-${y}`, dmy1: `${d}-${m}-${y}`, slash: `${p2(d)}/${p2(m)}/${y}`, dot: `${p2(d)}.${p2(m)}.${y}`,
    long: `${d} ${MAANDEN[m - 1]} ${y}`, short: `${d} ${MND[m - 1]} ${y}`, iso: `${y}-${p2(m)}-${p2(d)}`, en: `${d} ${MONTHS[m - 1]} ${y}`,
    us: `${MONTHS[m - 1]} ${d}, ${y}`, yy: `${p2(d)}-${p2(m)}-${String(y).slice(2)}`, usnum: `${p2(m)}/${p2(d)}/${y}`, dm: `${d} ${MAANDEN[m - 1]}`,
    compact: `${p2(d)}${p2(m)}${y}`, enshort: `${p2(d)} ${MONTHS[m - 1].slice(0, 3).toUpperCase()} ${y}`,
  }[style]);
  v.dob = (style, y0 = 1948, y1 = 2008) => {
    style ??= wpick([[8, "dmy"], [2, "dmy1"], [2, "slash"], [1, "dot"], [3, "long"], [1, "short"]]);
    return M("birth-date", v.fmtDate(v.ymd(y0, y1), style));
  };
  v.date = (style = "dmy", y0 = 2026, y1 = 2026) => { // an ordinary (non-birth) date, unlabelled
    const [y, m, d] = v.ymd(y0, y1);
    return v.fmtDate([y, y === 2026 ? Math.min(m, 11) : m, Math.min(d, 28)], style);
  };
  v.time = () => `${p2(int(0, 23))}:${p2(int(0, 59))}`;

  // ---------- zaaknummers ----------
  v.prnRaw = (year = 2026) => `PL${p2(int(1, 25))}00-${year}${digits(6).replace(/^0/, "1")}`;
  v.prn = (style) => {
    style ??= wpick([[6, "dash"], [3, "suffix"], [1, "space"]]);
    const r = v.prnRaw(chance(0.8) ? 2026 : 2025);
    return M("police-report-number", { dash: r, suffix: `${r}-${int(1, 4)}`, space: r.replace("-", " "), lower: r.toLowerCase() }[style]);
  };
  v.bvhBare = () => M("police-report-number", `2026${digits(6).replace(/^0/, "2")}`);
  v.parket = (style) => {
    const code = pick(["02", "03", "05", "07", "08", "09", "10", "13", "15", "16", "18"]);
    const yy = pick(["25", "26", "26"]);
    const mid = String(int(0, 1)) + digits(5);
    style ??= wpick([[5, "slash"], [2, "dash"]]);
    return M("prosecution-case-number", style === "slash" ? `${code}/${mid}-${yy}` : style === "hof" ? `${pick(["21", "22", "23", "24"])}-00${digits(4)}-${yy}` : `${code}-${mid}-${yy}`);
  };

  // ---------- rubricering ----------
  v.mark = (m) => M("classification-marking", m);
  return v;
}
