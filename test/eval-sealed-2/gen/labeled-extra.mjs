// Texts built around the rarer identifiers: BSN lists, driving licences, card numbers,
// V-numbers, identity documents, markings in headers and footers, PV numbers in file names.
export default [
  {
    id: "bsn-elfproef-vraag", genre: "korte vraag over BSN", n: 2,
    make: (v) => {
      const a = v.person();
      return v.pick([
        `Klopt het dat ${v.bsn(v.pick(["plain", "dots"]))} een geldig BSN is? Het staat zo in de aangifte van ${a.full}, maar de BRP-bevraging geeft niets.`,
        `Hoe controleer ik met de elfproef of het burgerservicenummer ${v.bsn("spaces")} van ${a.init} klopt? Leg de berekening stap voor stap uit.`,
      ]);
    },
  },
  {
    id: "zvh-bsn-lijst", genre: "casusoverleg Zorg- en Veiligheidshuis", n: 3,
    make: (v) => {
      const r = () => { const a = v.person(); return `- ${a.formal}, BSN ${v.bsn(v.pick(["plain", "plain", "dots", "dots3"]))}, ${v.pick(["overlast", "HG", "radicalisering", "verward gedrag", "jeugdgroep"])}`; };
      return `Casusoverleg ZVH ${v.pick(["Rijnmond", "Twente", "Kennemerland", "Haaglanden"])} ${v.date("dmy")}, in te brengen casussen:
${r()}
${r()}
${r()}
Schrijf per casus een neutrale zin voor de agenda.`;
    },
  },
  {
    id: "bsn-sofinummer-brief", genre: "brief Belastingdienst (geciteerd)", n: 1,
    make: (v) => {
      const a = v.person("nl");
      return `Aangever kreeg deze brief, vermoedelijk nep. Wat valt op?
"Geachte ${a.aanhef} ${a.sur}, uw sofinummer ${v.bsn("eight")} is geblokkeerd wegens een openstaande aanslag. Betaal binnen 24 uur om beslag te voorkomen."`;
    },
  },
  {
    id: "ingevorderde-rijbewijzen", genre: "weekoverzicht verkeer", n: 2,
    make: (v) => {
      const r = () => { const a = v.person(); return `${a.init} | ${v.dl()} | ${v.plate()} | ${v.pick(["alcohol", "snelheid > 50 km/u", "drugs (THC)", "alcohol, recidive"])}`; };
      return `Ingevorderde rijbewijzen week ${v.int(2, 48)}
naam | rijbewijsnr | kenteken | reden
${r()}
${r()}
${r()}
Maak een korte samenvatting voor het verkeersoverleg met aantallen per reden.`;
    },
  },
  {
    id: "driving-licence-english", genre: "English rental / licence check", n: 2,
    make: (v) => {
      const a = v.person();
      return `A car rental company in Dublin asks us to confirm a Dutch driving licence. Customer: ${a.full}, date of birth ${v.dob("en")}, Dutch driving licence number ${v.dl()}, contact ${v.phone("IE")}. What can we legally share with them?`;
    },
  },
  {
    id: "rijbewijs-chat", genre: "chat in kleine letters", n: 2,
    make: (v) => {
      const a = v.person("any", { g: "m" });
      return `collega vraagt: rijbewijsnr ${v.dl()} hoort bij ${a.lower}, geb ${v.dob("dmy")} , maar in het systeem staat een ander nummer. hoe kan dat? is hij misschien een nieuw rijbewijs aan het aanvragen`;
    },
  },
  {
    id: "skimmer-kaarten", genre: "uitlezing skimapparatuur", n: 2,
    make: (v) => {
      const r = () => `${v.card()}  exp ${String(v.int(1, 12)).padStart(2, "0")}/${v.int(27, 31)}`;
      return `Uitgelezen uit de skimmer (geldautomaat ${v.pick(["Stationsplein", "Grote Markt", "Winkelcentrum Zuid"])}):
${r()}
${r()}
${r()}
${r()}
Hoe informeer ik de banken het snelst? Welke kaartmerken zijn dit?`;
    },
  },
  {
    id: "creditcard-burgerchat", genre: "webchat burger", n: 2,
    make: (v) => {
      const a = v.person();
      return `Webcare-chat: "hallo ik ben ${a.lower}, mn creditcard ${v.card(v.pick(["visa", "mc"]), v.pick(["compact", "space"]))} is gehackt en er is 900 euro afgeschreven. wat moet ik doen?? mijn nummer is ${v.phone("mobile", "plain")}"
Geef een vriendelijk antwoord dat ik kan kopiëren.`;
    },
  },
  {
    id: "coa-vnummers", genre: "lijst COA/AVIM", n: 3,
    make: (v) => {
      const r = () => { const a = v.person(["sy", "er", "so", "af", "iq", "ua", "ma", "west"]); return `${a.upper}\t${v.dob("dmy", 1970, 2007)}\t${v.vnr()}`; };
      return `Bewoners azc die gisteren bij de vechtpartij betrokken waren:
NAAM\tGEB.DATUM\tV-NUMMER
${r()}
${r()}
${r()}
Maak hier een PV-passage van (wie is gehoord, wie niet).`;
    },
  },
  {
    id: "ind-brief-vnummer", genre: "brief IND (geciteerd)", n: 2,
    make: (v) => {
      const a = v.person(["er", "sy", "af", "so", "iq"]);
      return `Kun je uitleggen wat deze IND-brief betekent? Betrokkene ${a.full} vroeg het me tijdens de noodhulpmelding.
"Uw V-nummer: ${v.vnr()}. Uw aanvraag voor een verblijfsvergunning asiel voor bepaalde tijd is ingewilligd. Uw verblijfsdocument (nummer ${v.vdoc()}) kunt u afhalen bij het IND-loket."`;
    },
  },
  {
    id: "kopie-id-huurders", genre: "lijst identiteitsbewijzen", n: 2,
    make: (v) => {
      const r = () => { const a = v.person(); return `${a.full} - ${v.pick(["ID-kaart", "paspoort", "identiteitskaart", "pasp."])} ${v.nlDoc()}`; };
      return `De verhuurder gaf ons deze lijst met kopieën van ID's van de huurders:
${r()}
${r()}
${r()}
Mag een verhuurder dit eigenlijk bewaren? Leg uit onder de AVG.`;
    },
  },
  {
    id: "paspoort-lowercase", genre: "chat in kleine letters", n: 2,
    make: (v) => {
      const a = v.person();
      return `paspoortnr ${v.nlDoc(true)} staat als gestolen gesignaleerd volgens de balie, eigenaar is ${a.lower}. kan je uitleggen wat ik nu moet registreren in bvh`;
    },
  },
  {
    id: "memo-dep-v", genre: "memo ministerie (gerubriceerd)", n: 2,
    make: (v) => {
      const a = v.person("nl"), b = v.person();
      const mk = v.pick(["Dep. V.", "Dep.V.", "DEPARTEMENTAAL VERTROUWELIJK", "Departementaal Vertrouwelijk"]);
      return `${v.mark(mk)}
Memo aan: ${a.init}, DG Politie en Veiligheidsregio's
Van: ${b.init}
Betreft: capaciteit ME bij de demonstraties van ${v.date("long")}

Kun je deze memo in twee alinea's samenvatten?
${v.mark(mk)}`;
    },
  },
  {
    id: "nato-oefening", genre: "English exercise message", n: 2,
    make: (v) => {
      const a = v.person(["en", "nl", "de"]), b = v.person("nl");
      const mk = v.pick(["NATO RESTRICTED", "NATO CONFIDENTIAL"]);
      return `${v.mark(mk)}
EXERCISE ${v.pick(["STEADFAST", "BALTIC", "NORTHERN"])} ${v.pick(["JUPITER", "SHIELD", "LANCE"])} - liaison contacts
POC KMar: ${b.full}, ${v.phone("mobile", "intl")}
POC host nation: ${a.full}, ${v.email(a, "mindef.nl")}
${v.mark(mk)}

Rewrite this as a short contact card.`;
    },
  },
  {
    id: "rubricering-vraag", genre: "vraag over rubricering", n: 2,
    make: (v) => {
      const a = v.person();
      const mk = v.pick(["Stg. Confidentieel", "Stg. Geheim", "Politie Vertrouwelijk", "Politie Intern", "TLP:AMBER", "Staatsgeheim Confidentieel"]);
      return `Ik heb een rapport met rubricering ${v.mark(mk)} over ${a.full}. Mag ik dat in een chatbot plakken als ik de naam weglaat?`;
    },
  },
  {
    id: "tlp-green-nieuwsbrief", genre: "CERT-nieuwsbrief", n: 1,
    make: (v) => {
      const a = v.person("nl");
      return `${v.mark("TLP:GREEN")}
Nieuwsbrief informatiebeveiliging - phishing met nep-pakketdiensten. Vragen? Mail ${a.full}, ${v.workEmail(a)}.
Maak hier een korte versie van voor het intranet.`;
    },
  },
  {
    id: "stg-zeer-geheim", genre: "briefing (gerubriceerd)", n: 1,
    make: (v) => {
      const a = v.person(), b = v.person("nl");
      return `${v.mark("Stg. Zeer Geheim")}
Briefing over ${a.full} (${v.dob("dmy")}), contactpersoon ${b.init}.
${v.mark("Stg. Zeer Geheim")}
Vat samen in één zin.`;
    },
  },
  {
    id: "pv-bestandsnamen", genre: "bijlagen met PV-nummers", n: 2,
    make: (v) => {
      const a = v.person();
      return `Welke bijlagen ontbreken nog in het dossier ${a.full}? Ik heb:
- PV_${v.prn("dash")}.pdf
- PV aangifte ${v.prn("suffix")}.docx
- verhoor ${v.prn(v.pick(["space", "lower"]))}.pdf
- foto's kenteken ${v.plate()}.zip`;
    },
  },
  {
    id: "familie-buitenland-noord-afrika", genre: "contactgegevens familie in het buitenland", n: 1,
    make: (v) => {
      const o = v.person(), a = v.person("ma"), b = v.person("tr"), c = v.person("pl"), d = v.person("cn");
      return `Voor het slechtnieuwsgesprek over ${o.full} heeft de familierechercheur deze nummers verzameld. Help me een belschema te maken rekening houdend met de tijdzones:
- neef in Tanger: ${a.full}, ${v.phone("MA")}
- zwager in Izmir: ${b.full}, ${v.phone("TR")}
- buurman in Poznań: ${c.full}, ${v.phone("PL")}
- collega in Shenzhen: ${d.full}, ${v.phone("CN")}`;
    },
  },
  {
    id: "familie-buitenland-oost-afrika-azie", genre: "contactgegevens familie in het buitenland", n: 1,
    make: (v) => {
      const o = v.person(), a = v.person("sy"), b = v.person("so"), c = v.person("af"), d = v.person("er");
      return `Familieleden van het slachtoffer ${o.full}, voor de tolkentelefoon (volgorde maakt niet uit):
${a.full} (Damascus) ${v.phone("SY")}
${b.full} (Mogadishu) ${v.phone("SO")}
${c.full} (Kabul) ${v.phone("AF")}
${d.full} (Asmara) ${v.phone("ER")}
In welke talen moet ik tolken aanvragen?`;
    },
  },
  {
    id: "chat-nieuw-adres", genre: "chat in kleine letters", n: 2,
    make: (v) => {
      const a = v.person(), ad = v.addr({ lower: true });
      return `btw ${a.lower} is verhuisd, nieuw adres ${ad.street} ${ad.pc} ${ad.city}. kun je een korte mutatietekst maken dat de adreswijziging is doorgegeven`;
    },
  },
];

