// Identifiers hidden with Unicode tricks. The span covers the obfuscated text as it stands
// (JavaScript UTF-16 offsets, so astral characters count twice).
import { M } from "./values.mjs";

const ZWSP = "\u200B", ZWNJ = "\u200C", ZWJ = "\u200D", WJ = "\u2060", SHY = "\u00AD", NBSP = "\u00A0", NNBSP = "\u202F",
  THIN = "\u2009", LRM = "\u200E", BOM = "\uFEFF", CGJ = "\u034F", VS16 = "\uFE0F";
const CYR = { A: "А", B: "В", E: "Е", K: "К", M: "М", H: "Н", O: "О", P: "Р", C: "С", T: "Т", X: "Х", a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", i: "і" };
const GRK = { A: "Α", B: "Β", E: "Ε", Z: "Ζ", H: "Η", I: "Ι", K: "Κ", M: "Μ", N: "Ν", O: "Ο", P: "Ρ", T: "Τ", X: "Χ", o: "ο" };

export function makeTricks(rng) {
  const mapChars = (s, f) => [...s].map(f).join("");
  const T = {
    // put ch between characters at a few (or all) positions
    insert: (s, ch, every = false) => {
      const chars = [...s];
      const out = [];
      chars.forEach((c, i) => { out.push(c); if (i < chars.length - 1 && (every || rng.chance(0.45) || i === Math.floor(chars.length / 2))) out.push(ch); });
      return out.join("");
    },
    zwsp: (s, every) => T.insert(s, ZWSP, every), zwnj: (s, every) => T.insert(s, ZWNJ, every), zwj: (s, every) => T.insert(s, ZWJ, every),
    wj: (s, every) => T.insert(s, WJ, every), shy: (s) => T.insert(s, SHY), lrm: (s) => T.insert(s, LRM), bom: (s) => T.insert(s, BOM), cgj: (s) => T.insert(s, CGJ),
    tags: (s) => T.insert(s, String.fromCodePoint(0xe0020 + rng.int(1, 90))),
    fullwidth: (s) => mapChars(s, (c) => (c >= "!" && c <= "~" ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)),
    mathDigits: (s, base = 0x1d7ce) => mapChars(s, (c) => (/\d/.test(c) ? String.fromCodePoint(base + +c) : c)), // bold; 0x1d7f6 monospace, 0x1d7d8 double-struck
    mathBold: (s) => mapChars(s, (c) => (/[A-Z]/.test(c) ? String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65) : /[a-z]/.test(c) ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : c)),
    arabicIndic: (s) => mapChars(s, (c) => (/\d/.test(c) ? String.fromCharCode(0x660 + +c) : c)),
    persian: (s) => mapChars(s, (c) => (/\d/.test(c) ? String.fromCharCode(0x6f0 + +c) : c)),
    circled: (s) => mapChars(s, (c) => (c === "0" ? "\u24EA" : /\d/.test(c) ? String.fromCharCode(0x2460 + +c - 1) : c)),
    keycap: (s) => mapChars(s, (c) => (/\d/.test(c) ? c + VS16 + "\u20E3" : c)),
    underline: (s) => mapChars(s, (c) => c + "\u0332"),
    cyr: (s, all = false) => mapChars(s, (c) => (CYR[c] && (all || rng.chance(0.6)) ? CYR[c] : c)),
    greek: (s, all = false) => mapChars(s, (c) => (GRK[c] && (all || rng.chance(0.6)) ? GRK[c] : c)),
    spaces: (s, ch) => s.replace(/ /g, ch),
    dashes: (s, ch) => s.replace(/-/g, ch),
    rlo: (s) => "\u202E" + [...s].reverse().join("") + "\u202C",
    newline: (s, at) => s.slice(0, at) + "\n" + s.slice(at),
    letterSpaced: (s) => s.split(" ").map((w) => [...w].join(" ")).join("   "),
  };
  T.NBSP = NNBSP; T.THIN = THIN; T.NNBSP = NNBSP; T.ZWSP = ZWSP;
  return T;
}

const groups4 = (s) => s.replace(/(.{4})/g, "$1 ").trim();
const bsnDots = (n) => `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;
const plateWith = (v, letters, sc) => { // a valid plate whose letters come from a given set (for homoglyphs)
  for (;;) { const p = v.plateRaw(sc); if ((p.match(/[A-Z]/g) || []).every((c) => letters.includes(c))) return p; }
};

export const evasions = [
  // ---- BSN
  { id: "bsn-zwsp", genre: "aangifte", make: (v, t) => `Kun je dit netjes formuleren: aangever heeft BSN ${M("bsn", t.zwsp(v.bsnRaw(), true))} en is ${v.int(30, 60)} jaar.` },
  { id: "bsn-shy-dots", genre: "intake", make: (v, t) => `Burgerservicenummer ${M("bsn", t.shy(bsnDots(v.bsnRaw())))}, graag controleren op typefouten.` },
  { id: "bsn-fullwidth", genre: "formulier", make: (v, t) => { const a = v.person(); return `BSN：${M("bsn", t.fullwidth(v.bsnRaw()))}　naam：${a.full}`; } },
  { id: "bsn-arabic-indic", genre: "vertaalde verklaring", make: (v, t) => { const a = v.person("sy"); return `Uit de vertaalde verklaring van ${a.full}: "mijn BSN is ${M("bsn", t.arabicIndic(v.bsnRaw()))}". Hoe zet ik dat om naar gewone cijfers?`; } },
  { id: "bsn-mathmono", genre: "opgemaakte tekst", make: (v, t) => `bsn ${M("bsn", t.mathDigits(v.bsnRaw(), 0x1d7f6))} staat in het rapport, klopt de elfproef?` },
  { id: "bsn-tags", genre: "gekopieerde tekst", make: (v, t) => `Betrokkene, BSN ${M("bsn", t.tags(v.bsnRaw()))}, is gisteren verhuisd. Wat moeten we aanpassen?` },
  { id: "bsn-keycap", genre: "chatbericht met emoji", make: (v, t) => `haha collega stuurde zijn bsn zo: ${M("bsn", t.keycap(v.bsnRaw()))} klopt dit?` },
  { id: "bsn-underline", genre: "opgemaakte tekst", make: (v, t) => `Onderstreept in het formulier: BSN ${M("bsn", t.underline(v.bsnRaw()))}.` },
  // ---- phone
  { id: "phone-persian", genre: "vertaald bericht", make: (v, t) => { const a = v.person("af"); return `${a.full} schreef zijn nummer in Perzische cijfers: ${M("phone", t.persian("06" + v.mobileRaw().slice(1)))}. Kun je het bericht vertalen?`; } },
  { id: "phone-fullwidth", genre: "chat", make: (v, t) => `bel me op ${M("phone", t.fullwidth("+31 6 " + v.mobileRaw().slice(1)))} na 17 uur` },
  { id: "phone-rlo", genre: "gekopieerde tekst", make: (v, t) => { const a = v.person(); return `Contact ${a.full}: ${M("phone", t.rlo("06" + v.mobileRaw().slice(1)))}`; } },
  { id: "phone-nbhyphen", genre: "e-mailhandtekening", make: (v, t) => { const a = v.person("nl"); return `Met vriendelijke groet,\n${a.full}\nM ${M("phone", t.dashes("06-" + v.mobileRaw().slice(1), "\u2011"))}`; } },
  { id: "phone-newline", genre: "uit PDF geplakt", make: (v, t) => `Getuige is bereikbaar op 06-${v.mobileRaw().slice(1, 5)}`.replace(/06-\d{4}$/, (m) => M("phone", t.newline(m + v.mobileRaw().slice(5), 7))) + ` (volgens de aangifte).` },
  { id: "phone-doublestruck", genre: "social media", make: (v, t) => `In de bio van het account staat: app me ${M("phone", t.mathDigits("06" + v.mobileRaw().slice(1), 0x1d7d8))} voor bestellingen` },
  { id: "phone-thin-land", genre: "brief", make: (v, t) => `Telefonisch bereikbaar via ${M("phone", t.spaces(`0${v.pick(["20", "10", "70", "30"])} ${v.int(200, 899)} ${v.digits(4)}`, t.THIN))}, op werkdagen.` },
  { id: "phone-lrm", genre: "chat uit Arabische app", make: (v, t) => { const a = v.person("sy"); return `${M("person-name", a.fullRaw)} stuurde in de Arabische chat: اتصل بي ${M("phone", t.lrm("+31 6 " + v.mobileRaw().slice(1)))}`; } },
  // ---- IBAN
  { id: "iban-zwj", genre: "betaalverzoek", make: (v, t) => `Maak het geld over naar ${M("iban", t.zwj(groups4(v.ibanRaw("NL"))))} t.n.v. de huurbaas.` },
  { id: "iban-greek", genre: "phishingmail", make: (v, t) => { const i = v.ibanRaw("NL"); return `Uw nieuwe rekeningnummer is ${M("iban", t.greek(i.slice(0, 2), true) + i.slice(2))}, pas dit aan in uw administratie.`; } },
  { id: "iban-fullwidth", genre: "screenshot-OCR", make: (v, t) => `Betaal aan: ${M("iban", t.fullwidth(v.ibanRaw(v.pick(["NL", "BE", "LT"]))))}` },
  { id: "iban-nnbsp", genre: "factuur", make: (v, t) => { const a = v.person(); return `Rekening ${M("iban", t.spaces(groups4(v.ibanRaw("DE")), t.NNBSP))} t.n.v. ${a.full}, graag vóór vrijdag.`; } },
  // ---- e-mail
  { id: "email-fullwidth-at", genre: "chat", make: (v, t) => { const a = v.person(); return `mail het naar ${M("email", v.emailRaw(a).replace("@", "＠"))} aub`; } },
  { id: "email-zwsp", genre: "gekopieerde tekst", make: (v, t) => { const a = v.person(); const e = v.emailRaw(a); const at = e.indexOf("@"); return `Contactadres getuige: ${M("email", e.slice(0, at + 1) + t.zwsp(e.slice(at + 1)))}`; } },
  { id: "email-dotleader", genre: "social media", make: (v, t) => { const a = v.person(); return `mijn mail: ${M("email", v.emailRaw(a).replace(/\.(?=[a-z]+$)/, "\u2024"))}`; } },
  // ---- license plate
  { id: "plate-cyrillic", genre: "ANPR-export", make: (v, t) => `Hit op kenteken ${M("license-plate", t.cyr(plateWith(v, "BHKMPTX", v.pick([7, 8, 9, 10, 11])), true))} om 02:14 bij de A15.` },
  { id: "plate-endash", genre: "notitie", make: (v, t) => `auto ${M("license-plate", t.dashes(v.plateRaw(), "\u2013"))} stond dubbel geparkeerd, eigenaar aangesproken` },
  { id: "plate-fullwidth", genre: "formulier", make: (v, t) => `Kenteken：${M("license-plate", t.fullwidth(v.plateRaw()))}` },
  { id: "plate-zwnj", genre: "chat", make: (v, t) => `die ${M("license-plate", t.zwnj(v.plateRaw()))} rijdt weer rond in de wijk` },
  // ---- names
  { id: "name-cyrillic", genre: "aangifte", make: (v, t) => { const a = v.person("nl"); return `Aangever ${M("person-name", t.cyr(fold(a.fullRaw)))} verklaarde dat de fiets is weggenomen.`; } },
  { id: "name-mathbold", genre: "social media", make: (v, t) => { const a = v.person(["ma", "nl", "en", "so"]); return `Profielnaam: ${M("person-name", t.mathBold(fold(a.fullRaw)))} - is dit dezelfde persoon als in de aangifte?`; } },
  { id: "name-zwsp", genre: "mutatie", make: (v, t) => { const a = v.person(); return `Verdachte ${M("person-name", t.zwsp(a.fullRaw))} is heengezonden.`; } },
  { id: "name-cgj", genre: "e-mail", make: (v, t) => { const a = v.person(["tr", "pl", "ro"]); return `Beste ${M("person-name", t.cgj(a.givenRaw))}, dank voor je bericht.`; } },
  // ---- classification markings
  { id: "marking-greek-iota", genre: "memo", make: (v, t) => `${M("classification-marking", "Politie " + t.greek("Intern").replace("I", "Ι"))}\nVerslag overleg wijkteams, graag samenvatten.` },
  { id: "marking-fullwidth-tlp", genre: "advisory", make: (v, t) => `${M("classification-marking", t.fullwidth("TLP:RED"))} Indicators of compromise uit het incident, vat samen.` },
  { id: "marking-letterspaced", genre: "document", make: (v, t) => `${M("classification-marking", t.letterSpaced(v.pick(["Stg. Geheim", "Politie Intern", "Dep. Vertrouwelijk"])))}\nHerschrijf dit verslag in de actieve vorm.` },
  { id: "marking-nbsp-zw", genre: "memo", make: (v, t) => `Rubricering: ${M("classification-marking", "Politie" + t.NBSP + "In" + t.ZWSP + "tern")}. Maak er een samenvatting van.` },
  { id: "marking-ratio", genre: "advisory", make: (v, t) => `[${M("classification-marking", "TLP\u2236AMBER")}] Phishingcampagne tegen gemeenten, wat zijn de kernpunten?` },
  { id: "marking-cyrillic", genre: "EU-bericht", make: (v, t) => `${M("classification-marking", t.cyr("EU RESTRICTED", true))}\nSummary of the operational meeting, please translate.` },
  // ---- address, postcode, birth date
  { id: "postcode-fullwidth", genre: "adreswijziging", make: (v, t) => { const c = v.city(); return `Nieuw adres: ${M("address", t.spaces(`${v.pick(["Kerkstraat", "Molenweg", "Vondellaan"])} ${v.int(2, 140)}`, "\u00A0"))}, ${M("postcode", t.fullwidth(v.postcodeRaw(c)))} ${c[0]}`; } },
  { id: "dob-endash", genre: "intake", make: (v, t) => { const a = v.person(); return `${a.full}, geboren ${M("birth-date", t.dashes(v.fmtDate(v.ymd(1960, 2004), "dmy"), "\u2013"))}, meldt zich voor de intake.`; } },
  { id: "dob-fullwidth-slash", genre: "formulier", make: (v, t) => `Geboortedatum：${M("birth-date", v.fmtDate(v.ymd(1950, 2005), "slash").replace(/\//g, "／"))}` },
  // ---- cards, case numbers, documents
  { id: "card-nnbsp", genre: "chat", make: (v, t) => `kaartnummer ${M("credit-card", t.spaces(groups4(v.cardRaw("visa")), t.NNBSP))} is gestolen, wat moet ik doen` },
  { id: "card-arabic", genre: "vertaald bericht", make: (v, t) => `In het Arabische bericht staat het kaartnummer ${M("credit-card", t.arabicIndic(groups4(v.cardRaw("mc"))))}.` },
  { id: "card-wj", genre: "gekopieerde tekst", make: (v, t) => `Creditcard ${M("credit-card", t.wj(v.cardRaw("visa")))} geblokkeerd?` },
  { id: "prn-nbhyphen", genre: "mutatie", make: (v, t) => `Zie registratie ${M("police-report-number", t.dashes(v.prnRaw(), "\u2011"))} voor de eerdere melding.` },
  { id: "prn-bom", genre: "samengevoegde bestanden", make: (v, t) => `Registratie ${M("police-report-number", t.bom(v.prnRaw()))} - samenvatting gevraagd.` },
  { id: "prn-fullwidth", genre: "mail", make: (v, t) => `Onderwerp: ${M("police-report-number", t.fullwidth(v.prnRaw()))} aanvulling` },
  { id: "parket-fullwidth-slash", genre: "OM-brief", make: (v, t) => `Parketnummer ${M("prosecution-case-number", `${v.pick(["09", "13", "10"])}／${v.int(0, 1)}${v.digits(5)}\u2010${v.pick(["25", "26"])}`)} - graag de dagvaarding samenvatten.` },
  { id: "iddoc-cyrillic", genre: "documentcontrole", make: (v, t) => { let d; do d = v.nlDocRaw(); while (!/[ABEKMHPCTX]/.test(d.slice(0, 2))); return `Paspoortnummer ${M("id-document", t.cyr(d.slice(0, 2), true) + d.slice(2))} staat gesignaleerd.`; } },
  { id: "iddoc-zwsp", genre: "huurcontract", make: (v, t) => `ID-kaart huurder: ${M("id-document", t.zwsp(v.nlDocRaw()))}` },
  { id: "dl-zwsp", genre: "verkeerscontrole", make: (v, t) => `Rijbewijsnummer ${M("drivers-license", t.zwsp(String(v.int(4, 5)) + v.digits(9)))} ingevorderd.` },
  { id: "vnr-thin", genre: "vreemdelingentoezicht", make: (v, t) => { const n = String(v.int(1, 4)) + v.digits(9); return `V-nummer ${M("v-number", `${n.slice(0, 4)}${t.THIN}${n.slice(4, 7)}${t.THIN}${n.slice(7)}`)} graag controleren.`; } },
  { id: "vnr-circled", genre: "opgemaakte tekst", make: (v, t) => `vreemdelingennummer ${M("v-number", t.circled(String(v.int(1, 4)) + v.digits(9)))}` },
];

function fold(s) { return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").replace(/ł/g, "l"); }
