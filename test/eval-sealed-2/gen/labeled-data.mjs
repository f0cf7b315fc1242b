// Structured text pasted into a chatbot: TSV/CSV, JSON, YAML, XML (StUF/BRP), vCard, iCalendar,
// SQL, Python, log lines, Markdown tables, bank statements, phone extraction reports.
const p2 = (x) => String(x).padStart(2, "0");

export default [
  {
    id: "tsv-brp-export", genre: "spreadsheet als TSV", n: 3,
    make: (v) => {
      const row = () => { const a = v.person(), ad = v.addr(); return `${a.formal}\t${v.dob("dmy")}\t${v.bsn("plain")}\t${ad.street}\t${ad.pc}\t${ad.city}`; };
      return `naam\tgeboortedatum\tbsn\tadres\tpostcode\twoonplaats
${row()}
${row()}
${row()}

welke van deze mensen wonen in dezelfde gemeente? en sorteer op leeftijd`;
    },
  },
  {
    id: "csv-puntkomma-contacten", genre: "CSV (Excel NL)", n: 2,
    make: (v) => {
      const row = () => { const a = v.person(); return `${a.full};${v.phone("mobile", v.pick(["plain", "dash", "intlc"]))};${v.email(a)};${v.plate(v.pick(["dash", "compact"]))}`; };
      return `Naam;Telefoon;E-mail;Kenteken
${row()}
${row()}
${row()}
${row()}
Hoe maak ik in Excel van de telefoonnummers één formaat (+31...)? Dit zijn voorbeeldregels uit mijn bestand.`;
    },
  },
  {
    id: "json-betrokkene", genre: "JSON", n: 3,
    make: (v) => {
      const a = v.person(), b = v.person();
      return `Waarom geeft mijn parser een fout op dit object?

{
  "registratie": "${v.prn()}",
  "betrokkenen": [
    { "rol": "verdachte", "naam": "${a.full}", "geboortedatum": "${v.dob("iso")}", "bsn": "${v.bsn("plain")}" },
    { "rol": "aangever", "naam": "${b.full}", "telefoon": "${v.phone("mobile", "intlc")}", "email": "${v.email(b)}", }
  ],
  "voertuig": { "kenteken": "${v.plate("compact")}" }
}`;
    },
  },
  {
    id: "yaml-zaakconfig", genre: "YAML", n: 2,
    make: (v) => {
      const s = v.person(), ad = v.addr();
      return `# export uit ons analysetool, klopt deze yaml?
zaak: ${v.prn()}
parket: "${v.parket()}"
verdachte:
  naam: ${s.full}
  geboren: ${v.dob("iso")}
  telefoon: "${v.phone("mobile", "intlc")}"
  rekeningen:
    - ${v.iban("NL", "compact")}
    - ${v.iban(v.pick(["LT", "BE", "DE", "RO"]), "compact")}
  adres: ${ad.street}
  postcode: ${ad.pc}
  woonplaats: ${ad.city}`;
    },
  },
  {
    id: "logregels-intake", genre: "logregels", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person(), day = `2026-${p2(v.int(1, 11))}-${p2(v.int(1, 28))}`;
      let sec = v.int(6, 20) * 3600;
      const ts = () => { sec += v.int(1, 90); return `${day}T${p2(Math.floor(sec / 3600))}:${p2(Math.floor(sec / 60) % 60)}:${p2(sec % 60)}.${v.int(100, 999)}Z`; };
      return `${ts()} INFO  [intake] melding ontvangen van ${v.email(a)} tel=${v.phone("mobile", "plain")}
${ts()} WARN  [bvh-sync] persoon ${a.formal} (bsn=${v.bsn("plain")}) niet gevonden in BRP
${ts()} INFO  [bvh-sync] koppeling aan ${v.prn()} geslaagd
${ts()} ERROR [notify] sms naar ${v.phone("mobile", "intlc")} mislukt (${b.full}): timeout

Waarom gaat de sms mis, terwijl de sync wel lukt?`;
    },
  },
  {
    id: "xml-stuf-persoon", genre: "XML (StUF)", n: 2,
    make: (v) => {
      const a = v.person(["ma", "tr", "pl", "sy", "so", "ro", "ua", "en"]), ad = v.addr();
      const dob = v.dob("iso").replace(/(\d{4})-(\d{2})-(\d{2})/, "$1$2$3");
      return `Ik krijg een validatiefout op dit bericht, wat is er mis?

<ZKN:object StUF:entiteittype="NPS">
  <BG:inp.bsn>${v.bsn("plain")}</BG:inp.bsn>
  <BG:geslachtsnaam>${a.last}</BG:geslachtsnaam>
  <BG:voornamen>${a.first}</BG:voornamen>
  <BG:geboortedatum>${dob}</BG:geboortedatum>
  <BG:verblijfsadres>
    <BG:aoa.postcode>${v.postcode(undefined, "compact")}</BG:aoa.postcode>
    <BG:gor.straatnaam>Lindelaan</BG:gor.straatnaam>
  </BG:verblijfsadres>
</ZKN:object>`;
    },
  },
  {
    id: "vcard-export", genre: "vCard", n: 2,
    make: (v) => {
      const a = v.person(), ad = v.addr();
      return `Uit de telefoon van de verdachte (contacten-export). Welke velden zijn hier relevant voor het onderzoek?

BEGIN:VCARD
VERSION:3.0
N:${a.last};${a.first};;;
FN:${a.full}
TEL;TYPE=CELL:${v.phone("mobile", v.pick(["intlc", "dash", "plain"]))}
TEL;TYPE=HOME:${v.phone("land", "plain")}
EMAIL:${v.email(a)}
ADR;TYPE=HOME:;;${ad.street};${ad.city};;${ad.pc};Nederland
BDAY:${v.dob("iso")}
END:VCARD`;
    },
  },
  {
    id: "ics-verhoor", genre: "iCalendar-uitnodiging", n: 2,
    make: (v) => {
      const s = v.person(), r = v.person(), t = v.person();
      return `BEGIN:VEVENT
DTSTART:2026${p2(v.int(1, 11))}${p2(v.int(1, 28))}T090000
SUMMARY:Verhoor ${s.full} (${v.prn()})
ORGANIZER;CN=${r.full}:mailto:${v.workEmail(r)}
ATTENDEE;CN=${t.full}:mailto:${v.workEmail(t)}
DESCRIPTION:${v.mark(v.pick(["Politie Intern", "Politie intern", "POLITIE INTERN"]))} - advocaat aanwezig, tolk Turks
END:VEVENT

Zet deze uitnodiging om in een gewone agendatekst.`;
    },
  },
  {
    id: "sql-insert", genre: "SQL", n: 2,
    make: (v) => {
      const r = () => { const a = v.person(), ad = v.addr(); return `  ('${a.full.replace(/'/g, "''")}', '${v.dob("iso")}', '${v.phone("mobile", "plain")}', '${v.postcode(undefined, "compact")}')`; };
      return `Waarom krijg ik een duplicate key error?

INSERT INTO betrokkenen (naam, geb_datum, telefoon, postcode) VALUES
${r()},
${r()},
${r()};`;
    },
  },
  {
    id: "python-testdata", genre: "Python-code", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person();
      return `Schrijf unittests voor deze functie. Ik gebruik deze testpersonen uit productie:

def normaliseer(p):
    return {k: v.strip() for k, v in p.items()}

personen = [
    {"naam": "${a.full}", "iban": "${v.iban("NL", "groups")}", "tel": "${v.phone("mobile", "dash")}"},
    {"naam": "${b.full}", "iban": "${v.iban(v.pick(["BE", "DE", "PL"]), "compact")}", "tel": "${v.phoneAbroad(b)}"},
]`;
    },
  },
  {
    id: "markdown-verdachten", genre: "Markdown-tabel", n: 2,
    make: (v) => {
      const r = () => { const a = v.person(); return `| ${a.full} | ${v.dob("dmy")} | ${v.plate()} | ${v.phone()} |`; };
      return `| Naam | Geb.datum | Kenteken | Telefoon |
|---|---|---|---|
${r()}
${r()}
${r()}

Voeg een kolom toe met de rol (verdachte/getuige) en laat die leeg.`;
    },
  },
  {
    id: "brp-persoonslijst", genre: "BRP-persoonslijst", n: 2,
    make: (v) => {
      const a = v.person(["ma", "tr", "so", "er", "pl", "ua", "aw"]), ad = v.addr();
      const dob = v.dob("iso").replace(/(\d{4})-(\d{2})-(\d{2})/, "$1$2$3");
      return `Wat betekenen de categorienummers in deze persoonslijst?

01.01.20 Burgerservicenummer     ${v.bsn("plain")}
01.02.10 Voornamen               ${a.first}
01.02.40 Geslachtsnaam           ${a.last}
01.03.10 Geboortedatum           ${dob}
01.03.20 Geboorteplaats          ${v.pick(["Casablanca", "Ankara", "Mogadishu", "Asmara", "Lodz", "Kharkiv", "Willemstad"])}
08.11.10 Straatnaam              ${ad.street}
08.11.60 Postcode                ${ad.pc}
08.10.30 Datum aanvang adreshouding  ${v.date("iso", 2019, 2025).replace(/-/g, "")}`;
    },
  },
  {
    id: "bankafschrift", genre: "bankafschrift", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person(), c = v.person();
      return `Rekeningoverzicht ${v.iban("NL")} (t.n.v. ${a.init})
${v.date("dmy")}  -450,00  ${v.iban("NL", "compact")}  ${b.caps}  omschr: huur
${v.date("dmy")}  -1.200,00  ${v.iban(v.pick(["LT", "BG", "RO", "UA"]), "compact")}  ${c.caps}  omschr: lening terug
${v.date("dmy")}  +2.500,00  ${v.iban("NL", "compact")}  ${b.caps}  omschr: auto

Zie je hier aanwijzingen voor witwassen? Leg uit waarom wel of niet.`;
    },
  },
  {
    id: "ufed-contacten", genre: "extractierapport telefoon", n: 2,
    make: (v) => {
      const ps = [v.person(), v.person(), v.person(), v.person()];
      return `Contacten (extractie UFED, toestel verdachte)
#  | Naam           | Nummer
1  | ${ps[0].firstFull} | ${v.phone("mobile", "intlc")}
2  | ${ps[1].first} werk | ${v.phone("land")}
3  | Mama           | ${v.phoneAbroad(ps[0])}
4  | ${ps[2].full} | ${v.phone("mobile", "plain")}
5  | ${ps[3].first} | ${v.phone(v.pick(["BE", "DE", "GB"]))}

Welke nummers zijn buitenlands en uit welk land?`;
    },
  },
  {
    id: "regex-vraag-kentekens", genre: "programmeervraag", n: 2,
    make: (v) => `Mijn regex ^[A-Z]{2}-\\d{2}-[A-Z]{2}$ matcht ${v.plate("dash", 4)} wel, maar ${v.plate("dash", v.pick([9, 10, 11]))} en ${v.plate("dash", v.pick([7, 8, 12, 13, 14]))} niet. Dit zijn kentekens uit een lopende zaak. Hoe schrijf ik één regex voor alle sidecodes?`,
  },
  {
    id: "excel-formule-telefoon", genre: "spreadsheetvraag", n: 2,
    make: (v) => `In kolom B van mijn Excel staan telefoonnummers van getuigen, bijvoorbeeld ${v.phone("mobile", "pairs")}, ${v.phone("mobile", "intl0")}, ${v.phone("land", "paren")} en ${v.phone("mobile", "dots")}. Welke formule maakt hier overal 06xxxxxxxx of 0xx-xxxxxxx van?`,
  },
];
