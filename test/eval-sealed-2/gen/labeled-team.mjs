// Colleagues' own data and everyday prompts: team lists, birthdays, expense claims, sick leave,
// onboarding, farewell speeches, meeting notes, voice memos, quick questions with one name.
export default [
  {
    id: "teamlijst", genre: "lijst teamleden", n: 3,
    make: (v) => {
      const r = (rang) => { const a = v.person(); return `${rang.padEnd(16)} ${a.full}  ${v.phone("mobile", v.pick(["dash", "plain", "space1"]))}  ${v.workEmail(a)}`; };
      return `Team ${v.pick(["Wijkzorg Noord", "Opsporing Centrum", "Verkeer Oost", "Jeugd en Zeden"])} - bereikbaarheid
${r("teamchef")}
${r("operationeel expert")}
${r("brigadier")}
${r("hoofdagent")}

Maak hier een bereikbaarheidskaart van voor op het prikbord.`;
    },
  },
  {
    id: "verjaardagen", genre: "verjaardagslijst collega's", n: 2,
    make: (v) => {
      const r = () => `${v.person().full} - ${v.dob(v.pick(["dmy", "long", "dmy1"]), 1966, 2001)}`;
      return `Verjaardagen team 2027 (met jaartal, voor de kroonjaren):
${r()}
${r()}
${r()}
${r()}
Wie wordt er dit jaar 40 of 50? Bedenk voor hen een leuke attentie.`;
    },
  },
  {
    id: "declaratie", genre: "declaratieformulier", n: 2,
    make: (v) => {
      const a = v.person(), ad = v.addr();
      return `Declaratie reiskosten (opleiding Politieacademie Apeldoorn)
Naam medewerker: ${a.formal}
Woonadres: ${ad.line}
Privé-IBAN: ${v.iban("NL")}
Kenteken privé-auto: ${v.plate()}
Kilometers: 2 x 118 km

Kun je uitrekenen wat ik terugkrijg bij € 0,23 per km en een nette toelichting schrijven?`;
    },
  },
  {
    id: "verzuim-mail", genre: "HR-mail over verzuim", n: 2,
    make: (v) => {
      const a = v.person(), tc = v.person(), bo = v.person();
      return `${v.mark(v.pick(["Politie/bedrijfsvoering confidentieel", "Politie / Bedrijfsvoering Confidentieel", "Politie/Bedrijfsvoering Confidentieel"]))}

Beste ${bo.first},

${a.full} (geb. ${v.dob("dmy", 1965, 1998)}) is sinds ${v.date("long")} ziek gemeld. ${a.Hij} is bereikbaar op ${v.phone()}. Ik stel voor dat de bedrijfsarts na twee weken contact opneemt.

Groet, ${tc.full}, teamchef

Maak deze mail empathischer.`;
    },
  },
  {
    id: "onboarding", genre: "onboarding nieuwe collega", n: 2,
    make: (v) => {
      const a = v.person(), ad = v.addr();
      return `Nieuwe collega per 1 ${v.pick(["februari", "maart", "mei", "september"])}: ${a.full}
Adres: ${ad.line}
Mobiel: ${v.phone("mobile")}
Privémail: ${v.email(a)}
Rijbewijs B, nummer ${v.dl()} (nodig voor de pas dienstvoertuigen)

Stel een welkomstmail op met wat ${a.hij} de eerste week kan verwachten.`;
    },
  },
  {
    id: "afscheidsspeech", genre: "afscheidsspeech", n: 3,
    make: (v) => {
      const a = v.person(), b = v.person(), c = v.person("any", { g: "m" });
      return `Schrijf een grappige afscheidsspeech voor ${a.full}, die na ${v.int(25, 42)} jaar met pensioen gaat. Anekdotes: samen met ${b.first} de verkeerde auto weggesleept, en ooit ${c.full} aangehouden die later ${a.zijn} buurman bleek te zijn. ${a.first} houdt van vissen en van Feyenoord.`;
    },
  },
  {
    id: "notulen-teamoverleg", genre: "notulen (gerubriceerd)", n: 2,
    make: (v) => {
      const ps = [v.person("nl"), v.person(), v.person(), v.person()];
      const s = v.person();
      return `${v.pick(["Rubricering: ", "", "Classificatie: "])}${v.mark(v.pick(["Politie Intern", "POLITIE INTERN"]))}
Notulen teamoverleg ${v.date("dmy")}
Aanwezig: ${ps[0].init} (vz), ${ps[1].init}, ${ps[2].first}, ${ps[3].full}
1. Top-X: ${s.upper} (${v.dob("dmy")}) is weer vrij, adres ${v.addr().street}. ${ps[2].first} legt contact met reclassering.
2. Dienstauto ${v.plate()} gaat naar de garage.
3. Rondvraag: geen.

Kun je actiepunten uit deze notulen halen?`;
    },
  },
  {
    id: "spraakmemo", genre: "spraakmemo-transcriptie", n: 2,
    make: (v) => {
      const a = v.person("any", { g: "f" }), b = v.person("any", { g: "m", young: true });
      return `transcriptie spraakmemo maak er een nette tekst van: ok dus melding van ${a.title} ${a.sur} die woont op ${v.addr({ lower: true }).street} ze zegt dat de zoon van de buren ${b.firstLower} steeds met een scooter over de stoep rijdt kenteken weet ze niet maar ze heeft een foto gestuurd naar mijn werktelefoon ${v.phone("mobile", "pairs")} ja dat was het wel`;
    },
  },
  {
    id: "vraag-een-naam", genre: "korte vraag met één naam", n: 3,
    make: (v) => {
      const a = v.person();
      return v.pick([
        `Hoe spreek je de naam ${a.full} uit? Ik moet ${a.g === "m" ? "hem" : "haar"} morgen bellen voor een verhoor.`,
        `Is ${a.full} een mannen- of vrouwennaam? Staat zo in de aangifte.`,
        `Schrijf een korte felicitatie voor collega ${a.full}, die net geslaagd is voor de opleiding rechercheur.`,
        `Wat is de juiste aanhef in een brief aan ${a.title} ${a.sur}? Ik twijfel tussen "Geachte ${a.aanhef} ${a.sur}" en "Beste ${a.aanhef} ${a.sur}".`,
      ]);
    },
  },
  {
    id: "opleiding-aanmelding", genre: "aanmeldlijst opleiding", n: 2,
    make: (v) => {
      const r = () => { const a = v.person(); return `- ${a.init}, ${v.workEmail(a)}, geboren ${v.dob("dmy", 1975, 2002)}`; };
      return `Aanmeldingen IBT-training ${v.date("long")}:
${r()}
${r()}
${r()}
Maak een bevestigingsmail die ik in BCC naar iedereen kan sturen.`;
    },
  },
  {
    id: "personeelsvereniging", genre: "uitje personeelsvereniging", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person(), c = v.person();
      return `Terugbetaling bowlingavond, graag een tikkie-tekst en een overzicht:
${a.full} heeft € 180 voorgeschoten (${v.iban("NL", "compact")})
${b.full} betaalde de drankjes, € 64,50 (${v.iban("NL", "groups")})
${c.first} moet nog € 22 betalen.`;
    },
  },
  {
    id: "bhv-lijst", genre: "BHV-lijst bureau", n: 2,
    make: (v) => {
      const r = () => { const a = v.person(); return `${a.formal} - toestel ${v.int(2100, 2999)} - ${v.phone("mobile", "dash")}`; };
      return `BHV-ploeg bureau ${v.city()[0]}, ${v.pick(["dagdienst", "avonddienst"])}:
${r()}
${r()}
${r()}
Zet dit in alfabetische volgorde op achternaam.`;
    },
  },
  {
    id: "sollicitatie-referentie", genre: "referentie voor sollicitatie", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person();
      return `Ik ben referent voor ${a.full}, die solliciteert bij de Koninklijke Marechaussee. Ik heb ${a.g === "m" ? "hem" : "haar"} vijf jaar aangestuurd. Contactgegevens die ik wil noemen: ${v.phone("mobile")} en ${v.email(a)}. Mijn eigen naam is ${b.full}. Schrijf een korte, positieve referentie.`;
    },
  },
  {
    id: "zaakoverzicht-fraude", genre: "zaakoverzicht financieel", n: 2,
    make: (v) => {
      const s = v.person(), t = v.person(), u = v.person();
      return `${v.mark(v.pick(["Politie Vertrouwelijk", "Politie Intern", "Dep. Vertrouwelijk", "Stg. Confidentieel"]))}
Onderzoek ${v.pick(["ZANDLOPER", "BLAUWVOET", "KOOLMEES", "STEENUIL"])} - stand van zaken
Hoofdverdachte ${s.full} (${v.dob("dmy")}), BSN ${v.bsn()}, ontvangt via ${v.iban("NL")} en ${v.iban(v.pick(["LT", "BG", "PT", "LU"]))} gelden van ${t.init} en ${u.init}.
Katvanger: ${u.full}, ${v.addr().line}.
Parketnummer: ${v.parket()}

Maak hier een one-pager van voor de stuurploeg.`;
    },
  },
];
