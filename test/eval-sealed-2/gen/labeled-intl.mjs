// International and multilingual: English liaison mail, Europol/SIENA, CERT advisories,
// translation requests, German and Flemish requests, Dutch-English mixed chat.
export default [
  {
    id: "uk-liaison", genre: "English liaison mail (UK)", n: 3,
    make: (v) => {
      const ds = v.person("en"), s = v.person(["nl", "ma", "aw", "pl", "en"]), r = v.person("nl");
      const mk = v.pick(["TLP:AMBER", "TLP: AMBER", "TLP:AMBER+STRICT", "TLP:RED"]);
      return `${v.mark(mk)}

Dear ${v.pick(["DS", "DC", "DI"])} ${ds.sur},

Further to our call this morning, please find the details of the subject below.

Name: ${s.upper}
DOB: ${v.dob(v.pick(["en", "slash", "enshort"]))}
Dutch mobile: ${v.phone("mobile", v.pick(["intl", "intlc", "intlpairs"]))}
UK mobile (per your intel): ${v.phone("GBmob")}
Vehicle: Dutch registration ${v.plate()}, seen at Harwich on ${v.date("en")}

Kind regards,
${r.full}
International Liaison Officer, Politie Nederland

Can you improve the English in this email?`;
    },
  },
  {
    id: "europol-siena", genre: "Europol/SIENA message", n: 2,
    make: (v) => {
      const a = v.person(["ro", "bg", "pl", "ua"]), b = v.person(["ro", "bg", "pl", "nl"]);
      const mk = v.pick(["EU RESTRICTED", "RESTREINT UE/EU RESTRICTED", "Restreint UE / EU Restricted"]);
      return `${v.mark(mk)}
SIENA ref. 1187${v.digits(3)}-${v.int(10, 99)}
Subject: cross-border ATM skimming, request for information

Suspect 1: ${a.full}, born ${v.dob("en")}, uses ${v.phone(a.origin === "ro" || a.origin === "bg" ? "RO" : a.origin === "ua" ? "UA" : "PL")}
Suspect 2: ${b.full}, born ${v.dob("en")}
Cards skimmed in NL include ${v.card()} and ${v.card()}.
Money mule account: ${v.iban(v.pick(["RO", "BG", "LT", "NL"]), "groups")}

Please summarise this in Dutch for our team chief.`;
    },
  },
  {
    id: "fbi-legat", genre: "English mail (US)", n: 2,
    make: (v) => {
      const s = v.person(["nl", "tr", "ma", "en"]), us = v.person("en"), r = v.person();
      return `From: ${us.full} <${v.email(us, "fbi.gov")}>
To: ${r.full} <${v.workEmail(r)}>
Subject: MLAT follow-up - ${s.caps}

Hi ${r.first},

Our subject ${s.full} (DOB ${v.dob("usnum")}) used the e-mail address ${v.email(s)} and the US number ${v.phone("US")} to register the crypto account. Can your team confirm ${s.his} Dutch address, we have ${v.addr().line}?

Thanks,
${us.first}

Please draft a short reply saying we need a formal request first.`;
    },
  },
  {
    id: "cert-advisory", genre: "CERT advisory", n: 2,
    make: (v) => {
      const m1 = v.person(), m2 = v.person();
      const mk = v.pick(["TLP:AMBER+STRICT", "TLP:RED", "TLP:AMBER"]);
      return `[${v.mark(mk)}] Advisory 2026-${v.int(100, 340)}: helpdesk fraud wave
Callers pose as bank employees and send victims to mule accounts. Known accounts and names:
- ${v.iban("NL", "compact")} (${m1.full})
- ${v.iban("NL", "groups")} (${m2.init})
Callback numbers used: ${v.phone("085")}, ${v.phone("mobile", "intlc")}
Distribution: ${v.mark(mk)}

Schrijf een waarschuwing voor de wijkteams op basis van dit advies.`;
    },
  },
  {
    id: "vertaal-pools", genre: "vertaalverzoek Pools", n: 2,
    make: (v) => {
      const a = v.person("pl"), r = v.person("nl");
      return `Vertaal naar het Pools:

Beste ${a.full},
U wordt uitgenodigd om op ${v.date("long")} om 10:00 uur naar het politiebureau in ${v.city()[0]} te komen voor een verhoor als getuige. Neem uw identiteitskaart (nr. ${v.plId()}) mee. Bij verhindering kunt u ${r.full} bellen op ${v.phone("mobile")}.`;
    },
  },
  {
    id: "vertaal-arabisch", genre: "vertaalverzoek Arabisch", n: 2,
    make: (v) => {
      const a = v.person(["sy", "iq", "ma"]), ad = v.addr();
      return `Kun je deze tekst in eenvoudig Arabisch vertalen? Het is voor ${a.title} ${a.sur} (${v.dob("dmy")}, V-nummer ${v.vnr()}).

"Uw aangifte is opgenomen. U woont op ${ad.street}, ${ad.pc} ${ad.city}. Als u zich niet veilig voelt, belt u 112."`;
    },
  },
  {
    id: "vertaal-turks", genre: "vertaalverzoek Turks", n: 2,
    make: (v) => {
      const a = v.person("tr", { g: "f" }), s = v.person("tr", { g: "m" });
      return `Turkse vertaling nodig voor een slachtoffer huiselijk geweld, ${a.full}. Tekst: "Er is een contactverbod opgelegd aan ${s.full}. Hij mag niet naar ${v.addr().street} komen en u niet bellen op ${v.phone()}. Overtreding meldt u direct."`;
    },
  },
  {
    id: "vertaal-oekraiens", genre: "vertaalverzoek Oekraïens", n: 2,
    make: (v) => {
      const a = v.person("ua"), ad = v.addr();
      return `Please translate into Ukrainian (I'm writing it in English first because my Dutch colleague will check it):
"Dear ${a.full}, your stolen bicycle was found. You registered it with date of birth ${v.dob("en")} and phone number ${v.phone("mobile", "intl")}. You can collect it at the depot; bring the passport with number ${v.nlDoc()} you showed us."
Current address on file: ${ad.line}.`;
    },
  },
  {
    id: "vertaal-roemeens", genre: "vertaalverzoek Roemeens", n: 2,
    make: (v) => {
      const a = v.person("ro"), b = v.person("ro");
      return `Vertaal in het Roemeens voor de werkgever van ${a.full} en ${b.full}: "Beide werknemers zijn op ${v.date("long")} gehoord over het ongeval op de bouwplaats. ${a.first} is bereikbaar op ${v.phone("RO")}. Het loon wordt overgemaakt naar ${v.iban("RO", "groups")}."`;
    },
  },
  {
    id: "vertaal-papiamentu", genre: "vertaalverzoek Papiamentu", n: 2,
    make: (v) => {
      const a = v.person("aw", { g: "m", young: true }), m = v.person("aw", { g: "f" });
      return `Kan je dit in het Papiaments zetten voor de moeder van ${a.first}? "Uw zoon ${a.full}, geboren ${v.dob("long", 2006, 2009)}, is vannacht aangehouden en zit op het bureau. U kunt contact opnemen met de jeugdagent via ${v.phone("mobile")}." De moeder heet ${m.full} en heeft een Curaçaos nummer: ${v.phone("CW")}.`;
    },
  },
  {
    id: "rechtshilfe-duits", genre: "rechtshulpverzoek Duits", n: 2,
    make: (v) => {
      const s = v.person(["de", "nl", "tr", "pl"]), d = v.person("de");
      return `Bitte Deutsch korrigieren:

Sehr geehrte${d.g === "f" ? " Frau" : "r Herr"} ${d.sur},
im Ermittlungsverfahren gegen ${s.full}, geboren am ${v.dob("dot")}, bitten wir um Auskunft über das Fahrzeug mit dem niederländischen Kennzeichen ${v.plate()}. Der Beschuldigte nutzt den Anschluss ${v.phone("DE")} und den Personalausweis Nr. ${v.deDoc()}.
Mit freundlichen Grüßen`;
    },
  },
  {
    id: "vlaams-verzoek", genre: "Belgische collega (Vlaams)", n: 2,
    make: (v) => {
      const s = v.person(["nl", "ma", "tr"], { g: "m" }), be = v.person("nl");
      return `Dag collega,
In ons dossier duikt ${s.full} op (°${v.dob("dot")}), identiteitskaart nr. ${v.beEid()}, gsm ${v.phone("BE")}, rekening ${v.iban("BE", "groups")}. Hij zou in Nederland verblijven op ${v.addr().line}. Kunnen jullie dat bevestigen?
Met collegiale groeten,
${be.full}, inspecteur, PZ Antwerpen

-> help me een antwoord te schrijven waarin ik uitleg dat dit via het IRC moet`;
    },
  },
  {
    id: "mixed-chat-nl-en", genre: "chat Nederlands-Engels", n: 2,
    make: (v) => {
      const s = v.person("any", { g: "m" }), c = v.person("en");
      return `hey can you check this guy quickly? ${s.full}, dob ${v.dob(v.pick(["dmy", "slash"]))}, hij zegt dat hij in ${v.city()[0]} woont maar zijn Engelse collega ${c.full} says he lives in Leeds. his number ${v.phone(v.pick(["GB", "mobile"]))}. wat is de snelste manier om dit te verifiëren?`;
    },
  },
  {
    id: "spaans-guardia-civil", genre: "verzoek Spanje (Engels)", n: 2,
    make: (v) => {
      const a = v.person("es"), s = v.person();
      return `From the Guardia Civil liaison (${a.full}, ${v.phone("ES")}):
"Subject ${s.caps}, born ${v.dob("en")}, rented a villa in Marbella using Dutch passport ${v.nlDoc()} and paid with card ${v.card()}. Please confirm identity."
Wat moet ik allemaal checken voor ik antwoord?`;
    },
  },
  {
    id: "passagierslijst", genre: "passagierslijst (Engels)", n: 2,
    make: (v) => {
      const r = () => { const a = v.person(); return `${a.upper}  ${v.dob("enshort")}  NLD  ${v.nlDoc()}`; };
      return `Passenger manifest extract, ferry Hoek van Holland - Harwich
SURNAME, Given     DOB           NAT  DOC NO
${r()}
${r()}
${r()}

Which of these passengers travelled together? Explain briefly.`;
    },
  },
];
