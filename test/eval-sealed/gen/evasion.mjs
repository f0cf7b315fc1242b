// Evasions: the same identifiers, written so that a naive pattern misses them. Recall only.
// Spans cover the obfuscated text as it stands in the input.
import * as v from "./values.mjs";
const { pick, int } = v;
const { bsn: B, plate: K, iban: I, phone: T, email: E, pc: P, addr: A, doc: D, rb: R, vnr: V, cc: C, dob: G, pv: PV, parket: PN, mark: M, name: N } = v.L;
const p = (o) => v.person(o);

// --- obfuscations ---
export const ZW = "\u200b", ZWNJ = "\u200c", ZWJ = "\u200d", WJ = "\u2060", SHY = "\u00ad", NBSP = "\u00a0", THIN = "\u2009", NNBSP = "\u202f", NBH = "\u2011";
const between = (s, sep, every = 1) => s.split("").map((c, i) => (i > 0 && i % every === 0 && c !== " " && s[i - 1] !== " " ? sep + c : c)).join("");
const spaces = (s, sep) => s.replace(/ /g, sep);
const fw = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const fwDigits = (s) => s.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const boldDigits = (s) => s.replace(/\d/g, (c) => String.fromCodePoint(0x1d7ec + +c));
const arabicDigits = (s) => s.replace(/\d/g, (c) => String.fromCharCode(0x660 + +c));
const CYR = { A: "\u0410", B: "\u0412", C: "\u0421", E: "\u0415", H: "\u041d", I: "\u0406", K: "\u041a", M: "\u041c", O: "\u041e", P: "\u0420", T: "\u0422", X: "\u0425", a: "\u0430", c: "\u0441", e: "\u0435", i: "\u0456", o: "\u043e", p: "\u0440", x: "\u0445", y: "\u0443" };
const cyr = (s, which) => s.split("").map((c, i) => (which.includes(i) && CYR[c] ? CYR[c] : c)).join("");
const cyrAll = (s) => s.split("").map((c) => CYR[c] ?? c).join("");
const breakAt = (s, i, br = "\n") => s.slice(0, i) + br + s.slice(i);

export const EVASIONS = [
  () => `Samenvatten: aangever BSN ${B(between(v.bsn("plain"), ZW, 3))}, woont in ${v.city()}.`,
  () => `burgerservicenummer: ${B(between(v.bsn("plain"), SHY, 1))} — kun je de brief afmaken?`,
  () => `BSN ${B(fwDigits(v.bsn("plain")))} hoort bij de verdachte. Herschrijf de zin.`,
  () => { const d = v.bsn("plain"); return `Het BSN is ${B(breakAt(d, 4))} (stond zo in de scan). Maak er een nette zin van.`; },
  () => `bsn: ${B(spaces(v.bsn("spaces"), NBSP))} graag in de tabel zetten`,
  () => `Persoon met BSN ${B(between(v.bsn("plain"), WJ, 2))} is aangehouden.`,
  () => `IBAN ${I(spaces(v.iban("NL", "spaced"), ZW + " "))} — klopt dit rekeningnummer?`,
  () => `Maak een betaalverzoek naar ${I(spaces(v.iban("NL", "spaced"), NBSP))} voor € 25.`,
  () => `Rekening: ${I(fw(v.iban("NL", "compact")))} t.n.v. ${N(p().full)}.`,
  () => `Overmaken naar ${I(between(v.iban("BE", "compact"), ZWJ, 4))} aub, dringend`,
  () => `Bel haar op ${T(spaces(v.mobile("c"), THIN))} voor de afspraak.`,
  () => `Bereikbaar via ${T(spaces(v.mobile("e"), NNBSP))}, schrijf een sms-tekst.`,
  () => `Zijn nummer: ${T(fwDigits(v.mobile("a")))}, schrijf een terugbelverzoek.`,
  () => `tel ${T(between(v.mobile("d"), SHY, 2))} — vat samen`,
  () => { const m = v.mobile("a"); return `Nummer van de getuige: ${T(breakAt(m, 7))} (regel afgebroken in de mail).`; },
  () => `Contact: ${T(between(v.mobile("f"), ZWNJ, 3))}`,
  () => `Het nummer ${T(boldDigits(v.mobile("a")))} stond in zijn Instagram-bio. Wat moet ik hiermee?`,
  () => `رقم الهاتف / telefoon: ${T(arabicDigits(v.mobile("d")))} — vertaal de rest van het bericht.`,
  () => `Stuur het naar ${E(v.emailFor(p()).replace("@", ZW + "@" + ZW))} graag.`,
  () => `Mail: ${E(v.emailFor(p()).replace("@", "\uff20"))} (zo getypt in het formulier).`,
  () => `Voertuig ${K(v.plate(pick([7, 8, 9, 10])).replace(/-/g, NBH))} stond fout geparkeerd.`,
  () => `Kenteken ${K(v.plate(pick([4, 5, 6])).replace(/-/g, "\u2013"))} is gezien bij de inbraak.`,
  () => { let pl; do pl = v.plate(pick([7, 8, 11, 12])); while (!/[BHKPTX]/.test(pl)); return `kenteken ${K(pl.replace(/[A-Z]/g, (c) => CYR[c] ?? c))} — eigenaar opzoeken`; },
  () => `De auto met kenteken ${K(between(v.plate(), ZW, 2))} reed weg.`,
  () => `${M(cyr("Politie Intern", [8]))}\nNotitie over de nieuwe werkwijze. Maak een samenvatting.`,
  () => `${M(cyr("Politie Intern", [0, 1]))}\nVerslag teamoverleg, graag inkorten.`,
  () => `${M("TLP:" + cyrAll("AMBER").slice(0, 1) + "MBER")}\nDreigingsinformatie, zet om in bullets.`,
  () => `${M(cyrAll("TLP") + ":R" + CYR.E + "D")} — IOC-lijst, graag als tabel.`,
  () => `Rubricering: ${M("Politie" + SHY + " Intern")}\nKun je dit herschrijven?`,
  () => `${M("POLITIE" + NBSP + "INTERN")}\nConcept-jaarplan. Maak het korter.`,
  () => `${M("Stg." + NBSP + "G" + CYR.e + "heim")}\nDreigingsanalyse, samenvatten aub.`,
  () => `${M("EU R" + CYR.E + "STRICTED")}\nMeeting notes, please summarise.`,
  () => `${M("P o l i t i e   I n t e r n")}\nIemand heeft de kop zo uitgespatieerd. Herschrijf de tekst eronder.`,
  () => `${M("Politie/" + ZW + "bedrijfsvoering confidentieel")}\nBegroting 2025, kun je de tabel uitleggen?`,
  () => `Parketnummer ${PN(v.parket("rb").replace("/", "\uff0f"))} — wanneer is de zitting?`,
  () => `Zaak ${PN(between(v.parket("hof"), ZW, 3))} is aangehouden.`,
  () => `Proces-verbaal ${PV(v.bvh("new").replace("-", "-" + ZW))}, graag inkorten.`,
  () => `Registratie ${PV(fw(v.bvh("new")))} hoort bij deze aangifte.`,
  () => `Kaart ${C(spaces(v.card("visa", "space"), NBSP))} is gebruikt op de nepsite.`,
  () => `creditcard: ${C(between(v.card("mc", "compact"), ZW, 4))}`,
  () => `Paspoort ${D(cyr(v.passport(), [0, 1]))} van de verdachte is vals?`,
  () => `ID-kaart: ${D(between(v.passport(), ZW, 3))}`,
  () => `Geboren op ${G(fwDigits(v.dob("dash")))}, de rest van het formulier volgt.`,
  () => `Postcode ${P(spaces(v.postcode("space"), NBSP))} ${v.city()} — welke wijk is dat?`,
  () => `Adres: ${A(`${pick(["Kerk", "Molen", "Esdoorn", "Havik", "Populieren"])}${SHY}${pick(["straat", "laan", "weg"])} ${v.houseNumber()}`)} — schrijf een brief.`,
  () => `V-nummer ${V(between(v.vnummer(), THIN, 3))} graag controleren.`,
  () => `rijbewijsnummer ${R(fwDigits(v.rijbewijs()))} is ongeldig verklaard.`,
  () => { const a = p(); return `Verdachte ${N(a.first + ZW + " " + a.last)} is aangehouden.`; },
  () => { const a = p("nl"); return `Aangeefster ${N(cyr(a.full, [1]))} wil haar aangifte aanvullen.`; },
];
