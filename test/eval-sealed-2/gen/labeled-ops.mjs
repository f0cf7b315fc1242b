// Operational police texts: BVH mutaties, piket, overdracht, meldkamer, PV fragments, aangiftes.
const EENHEDEN = ["Amsterdam", "Rotterdam", "Den Haag", "Midden-Nederland", "Noord-Holland", "Oost-Nederland", "Noord-Nederland", "Zeeland-West-Brabant", "Oost-Brabant", "Limburg"];

export default [
  {
    id: "bvh-mutatie-hg", genre: "BVH-mutatie", n: 2,
    make: (v) => {
      const a = v.person("any", { g: "f" }), b = v.person("any", { g: "m" }), ad = v.addr();
      return `Kun je deze mutatie herschrijven tot een zakelijke samenvatting voor de wijkagent?

Registratie: ${v.prn()}
Soort: Huiselijk geweld - ruzie/twist
Pleegdatum: ${v.date()} ${v.time()}
Locatie: ${ad.line}
Betrokkene 1 (melder): ${a.formal}, geb. ${v.dob()}, tel. ${v.phone()}
Betrokkene 2: ${b.formal}, geb. ${v.dob()}
Toedracht: melder verklaarde dat ${b.first} na een woordenwisseling een glas naar haar had gegooid. Twee kinderen aanwezig, opgevangen door de buurvrouw. Zorgmelding Veilig Thuis gedaan door collega ${v.person("nl").init}.`;
    },
  },
  {
    id: "bvh-mutatie-voa", genre: "BVH-mutatie verkeersongeval", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person(), c = v.person();
      return `Mutatie ${v.prn(v.pick(["space", "dash"]))} - aanrijding met letsel, ${v.date("long")}
Bestuurder voertuig 1: ${a.full} (${v.dob("dmy")}), rijbewijsnummer ${v.dl()}, kenteken ${v.plate()}.
Bestuurder voertuig 2: ${b.init}, kenteken ${v.plate()}, verklaarde dat ${b.hij} groen licht had.
Getuige: ${c.full}, bereikbaar op ${v.phone()}.

Maak hier een korte VOA-samenvatting van, maximaal vijf zinnen, zonder oordeel over schuld.`;
    },
  },
  {
    id: "piketmelding-ovj", genre: "piketmelding", n: 2,
    make: (v) => {
      const o = v.person(["nl", "nl", "sr", "ma"]), r = v.person("nl"), s = v.person(), c = v.city();
      return `PIKETMELDING OvJ - ${v.date()} ${v.time()} uur
Aan: mr. ${o.init} (piket-OvJ arrondissement ${c[0]})
Van: ${r.init}, hulpOvJ basisteam ${c[0]}-Centrum

Aanhouding: ${s.upper}, geboren ${v.dob("dmy")}, BSN ${v.bsn()}
Feit: art. 317 Sr (afpersing), op heterdaad
Voertuig verdachte: ${v.plate()}, in beslag genomen
ZSM-parketnummer: ${v.parket()}
Verzoek: toestemming voor inverzekeringstelling.

Herschrijf dit als een korte mondelinge overdracht die ik telefonisch kan voorlezen.`;
    },
  },
  {
    id: "piketrooster", genre: "piketlijst", n: 2,
    make: (v) => {
      const p = [v.person(), v.person("nl"), v.person(), v.person("nl")];
      return `Piketrooster TGO/recherche week ${v.int(2, 48)}
ma t/m wo   ${p[0].full}   ${v.phone("mobile", "dash")}
do t/m vr   ${p[1].full}   ${v.phone("mobile", "pairs")}
weekend     ${p[2].init}   ${v.phone("mobile")}
achterwacht ${p[3].first} (thuis ${v.phone("land")})

Zet dit in een nette tabel met kolommen dag, naam en nummer.`;
    },
  },
  {
    id: "overdracht-nacht", genre: "overdrachtsrapportage", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person(), s = v.person(), col = v.person("nl"), ad = v.addr();
      return `Overdracht nacht -> vroege dienst (${v.date()})
- ${ad.street}: weer melding burenruzie, ${a.title} ${a.sur} is opnieuw aangesproken. Blijft lastig, wijkagent inlichten.
- Auto ${v.plate()} staat al drie dagen op de invalidenparkeerplaats bij de ${v.pick(["Jumbo", "bieb", "huisartsenpost"])}; eigenaar ${b.full} niet thuis getroffen.
- Cel 4: ${s.full} (geb. ${v.dob()}), ingesloten 03:40 i.v.m. rijden onder invloed, ademanalyse 610 ug/l. Rijbewijs ${v.dl()} ingevorderd.
- ${col.first} heeft de PV's nog niet af, staan onder ${v.prn("suffix")}.
Kan je hier een overzichtelijke overdrachtsmail van maken?`;
    },
  },
  {
    id: "meldkamer-gms", genre: "meldkamer-notitie", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person(), ad = v.addr();
      return `GMS ${v.time()} P1 ongeval letsel
LOC: ${ad.street} ${ad.city.toUpperCase()}
MLDR: ${a.full} ${v.phone("mobile", v.pick(["plain", "space1", "dash"]))}
INFO: fietser aangereden door witte bestelbus ${v.plate(v.pick(["dash", "compact"]), v.pick([12, 9, 10]))}, bestuurder doorgereden richting centrum. Slachtoffer ${b.full}, ca 16 jr, aanspreekbaar. AMBU ter plaatse.
EENH: ${v.int(10, 28)}-${v.int(110, 199)} ter plaatse, ${v.int(10, 28)}-${v.int(110, 199)} zoekt bestelbus.

zet dit om naar een lopende tekst voor de dagrapportage`;
    },
  },
  {
    id: "pv-bevindingen", genre: "proces-verbaal van bevindingen", n: 2,
    make: (v) => {
      const r = v.person(), s = v.person(), c = v.city();
      return `PROCES-VERBAAL VAN BEVINDINGEN
Nummer: ${v.prn()}

Ik, verbalisant, ${r.full}, brigadier van politie Eenheid ${v.pick(EENHEDEN)}, verklaar het volgende.
Op ${v.date("long")} omstreeks ${v.time()} uur reed ik in een opvallend dienstvoertuig over de ${v.pick(["Burgemeester Rijnderslaan", "Koningsweg", "Ringbaan-West", "Europalaan"])} te ${c[0]}. Ik zag dat de bestuurder van de personenauto met kenteken ${v.plate()} een mobiele telefoon in de hand hield.
Bij de staandehouding herkende ik de bestuurder ambtshalve als ${s.full}, geboren op ${v.dob("long")}.

Verbeter de zinsbouw, maar verander niets aan de feiten.`;
    },
  },
  {
    id: "pv-aanhouding-personalia", genre: "proces-verbaal aanhouding", n: 2,
    make: (v) => {
      const s = v.person(["sr", "aw", "ma", "tr", "nl", "west"]), ad = v.addr(), r = v.person("nl");
      return `Personalia aangehouden verdachte
Naam:              ${s.upper}
Geboren:           ${v.dob("dmy")} te ${v.pick(["Paramaribo", "Willemstad", "Rotterdam", "Nador", "Kayseri", "Accra"])}
Adres:             ${ad.street}
                   ${ad.pc} ${ad.city}
BSN:               ${v.bsn("plain")}
Identiteitsbewijs: Nederlandse identiteitskaart, nr. ${v.nlDoc()}
Reden aanhouding:  verdenking art. 310 Sr (winkeldiefstal), heterdaad
Aanhoudend verbalisant: ${r.init}

Schrijf op basis hiervan de eerste alinea van het PV van aanhouding.`;
    },
  },
  {
    id: "aangifte-marktplaats", genre: "aangifte oplichting", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person(), c = v.person();
      return `Samenvatten graag. Aangever ${a.full} (${v.dob()}) verkocht via Marktplaats een PlayStation 5. De koper, die zich "${b.first}" noemde, stuurde een betaalverzoek-link. Aangever maakte € 0,01 over naar ${v.iban("NL")} t.n.v. ${c.init}, daarna werd er € 1.480 van ${a.zijn} rekening afgeschreven. Telefoonnummer van de koper: ${v.phone()}. Aangifte geregistreerd onder ${v.prn()}.`;
    },
  },
  {
    id: "aangifte-creditcard", genre: "aangifte fraude", n: 2,
    make: (v) => {
      const a = v.person("any", { g: "f" }), ad = v.addr();
      return `Aangifte bankpasfraude
Aangeefster ${a.title} ${a.sur} (geboren ${v.dob("long")}) verklaart dat er met haar creditcard ${v.card()} op ${v.date()} vier betalingen zijn gedaan bij een webwinkel in ${v.pick(["Litouwen", "Cyprus", "Malta", "Hongkong"])}. Haar betaalrekening is ${v.iban("NL")}. Correspondentieadres: ${ad.line}. E-mail: ${v.email(a)}.
Welke vervolgstappen zou een fraudeteam hier normaal nemen?`;
    },
  },
  {
    id: "vermissing", genre: "vermissingsmelding intern", n: 2,
    make: (v) => {
      const m = v.person("any", { young: true }), mo = v.person(m.origin, { g: "f" }), ad = v.addr(), c = v.city();
      return `VERMISSING (intern, niet publiceren)
Vermiste: ${m.full}, geboortedatum ${v.dob("dmy", 2007, 2011)}
Woonadres: ${ad.line}
Laatst gezien: ${v.date()} rond ${v.time()} bij station ${c[0]}. Droeg een zwarte North Face-jas en witte Nikes.
Contact moeder: ${mo.full}, ${v.phone()}
Telefoon vermiste: ${v.phone("mobile")} (staat uit sinds 22:10)

Maak hier een korte, duidelijke tekst van voor de briefing van de avonddienst.`;
    },
  },
  {
    id: "verhoor-qa", genre: "verhoornotities V/A", n: 2,
    make: (v) => {
      const s = v.person(), b = v.person(s.origin, { g: "m", surname: undefined }), c = v.person(), ad = v.addr();
      return `Aantekeningen verhoor verdachte, graag uitwerken tot nette vraag-en-antwoordtekst:

V: Kunt u uw volledige naam en geboortedatum noemen?
A: ${s.full}, ${v.dob("long")}.
V: Waar verblijft u op dit moment?
A: ${ad.street}, maar soms slaap ik bij mijn neef ${b.first}.
V: Van wie is de telefoon met nummer ${v.phone()}?
A: Die is van mij, al twee jaar.
V: Kent u ${c.full}?
A: Van gezicht. Ik heb ${c.hij === "hij" ? "hem" : "haar"} een paar keer bij de shisha-lounge gezien.`;
    },
  },
  {
    id: "zorgmelding", genre: "zorgmelding", n: 2,
    make: (v) => {
      const a = v.person(), dr = v.person(), b = v.person(a.origin, { g: "m" }), ad = v.addr();
      return `zorgmelding ${v.prn()}: ${a.title} ${a.sur} (${v.dob("dmy", 1940, 1960)}) aangetroffen in verwarde toestand op het ${v.pick(["stationsplein", "winkelcentrum", "parkeerterrein van de ah"])}, woont zelf op ${ad.street}. huisarts ${dr.init} gebeld op ${v.phone("land")}, broer ${b.full} komt ${a.g === "m" ? "hem" : "haar"} ophalen. graag omzetten in een zorgmelding voor het sociaal wijkteam, zonder afkortingen`;
    },
  },
  {
    id: "halt-verwijzing", genre: "HALT-verwijzing", n: 2,
    make: (v) => {
      const j = v.person("any", { young: true }), p = v.person(j.origin), ad = v.addr(), r = v.person();
      return `HALT-verwijzing
Jongere: ${j.full}, geb. ${v.dob("dmy", 2010, 2013)}
Ouder/verzorger: ${p.full}, ${v.phone()}, ${v.email(p)}
Adres: ${ad.line}
Feit: winkeldiefstal (Action), waarde € 23,95, ${v.date()}
Verbalisant: ${r.init}

Kun je een vriendelijke brief aan de ouders opstellen waarin de HALT-afdoening wordt uitgelegd?`;
    },
  },
  {
    id: "draaiboek-doorzoeking", genre: "draaiboek (gerubriceerd)", n: 2,
    make: (v) => {
      const s = v.person(), t = v.person(), o = v.person("nl"), a1 = v.addr(), a2 = v.addr();
      const mk = v.pick(["Politie Vertrouwelijk", "POLITIE VERTROUWELIJK", "Departementaal Vertrouwelijk", "Politie Intern"]);
      return `${v.mark(mk)}
Draaiboek doorzoeking d.d. ${v.date()} - briefing 05:30

Object 1: ${a1.line} (woning ${s.full})
Object 2: ${a2.street}, ${a2.pc} ${a2.city} (bedrijfsunit, huurder ${t.init})
Verdachten:
 1. ${s.upper} (${v.dob("dmy")})
 2. ${t.upper} (${v.dob("dmy")})
Voertuigen: ${v.plate()} en ${v.plate()}
OvJ: mr. ${o.init}, parketnummer ${v.parket()}

${v.mark(mk)}

Maak van de briefing een checklist per team.`;
    },
  },
  {
    id: "anpr-tenaamstelling", genre: "ANPR-overzicht", n: 2,
    make: (v) => {
      const p = v.plate("compact"), a = v.person(), ad = v.addr();
      const row = () => `2026-${String(v.int(9, 11)).padStart(2, "0")}-${String(v.int(1, 28)).padStart(2, "0")} ${v.time()}:${String(v.int(0, 59)).padStart(2, "0")}  ${v.pick(["A2 hmp 31,4 Li", "A12 hmp 12,0 Re", "N201 Uithoorn", "A16 Van Brienenoordbrug", "A28 hmp 74,2 Li"])}  ${p}`;
      return `ANPR-treffers ${p}
${[row(), row(), row()].sort().join("\n")}
Tenaamstelling: ${a.formal}, ${ad.line}

Welk patroon zie je in de tijden? Leg uit in gewone taal.`;
    },
  },
  {
    id: "rijbewijs-cbr", genre: "melding CBR", n: 2,
    make: (v) => {
      const a = v.person();
      return `Schrijf een korte mededeling aan het CBR: betrokkene ${a.full}, geboren ${v.dob("dmy")}, rijbewijsnummer ${v.dl()}. Ademanalyse ${v.int(540, 890)} µg/l op ${v.date()}, bestuurder van ${v.plate()}. Rijbewijs ingevorderd, ${a.hij} heeft afstand geweigerd.`;
    },
  },
  {
    id: "avim-controle", genre: "vreemdelingentoezicht", n: 2,
    make: (v) => {
      const a = v.person(["sy", "er", "af", "so", "iq", "ua", "ma"]), ad = v.addr();
      const doc = v.chance(0.5) ? `verblijfsdocument ${v.vdoc()}` : `verblijfsdocument nummer ${v.nlDoc()}`;
      return `AVIM - resultaat controle ${v.date()}
${a.full}, geboren ${v.dob()}, V-nummer ${v.vnr()}, ${doc}. Woonadres volgens BRP: ${ad.line}. Betrokkene verklaarde via de tolk dat ${a.hij} sinds drie maanden bij een vriend verblijft.
Help me dit te verwoorden voor een terugkoppeling aan de IND, formeel maar kort.`;
    },
  },
  {
    id: "kmar-schiphol", genre: "KMar grensbewaking", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person();
      return `Rapportage grensdoorlaatpost Schiphol, vertrekhal 2
Reiziger: ${a.full}, geb. ${v.dob("dmy")}, Nederlands paspoort ${v.nlDoc()}, vlucht ${v.pick(["HV 6123 naar Nador", "TK 1958 naar Istanbul", "KL 1271 naar Warschau", "PY 994 naar Paramaribo"])}.
Reisgenoot: ${b.full}, ${v.pick(["identiteitskaart", "paspoort"])} ${v.nlDoc()}.
Bij nazicht van de bagage € 38.500 contant aangetroffen, niet aangegeven.
Vraag: welke wettelijke grondslag past hier voor inbeslagname? Geef alleen de artikelen.`;
    },
  },
  {
    id: "beslaglijst-imei", genre: "beslaglijst", n: 2,
    allow: [/IMEI \d{15}/],
    make: (v) => {
      const s = v.person(), imei = (() => { const b = "35" + v.digits(12); for (let c = 0; c < 10; c++) { const x = b + c; let t = 0; for (let i = 0; i < 15; i++) { let d = +x[14 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } t += d; } if (t % 10 === 0) return x; } })();
      return `Lijst van in beslag genomen goederen - ${v.prn()}
Goed 1: Samsung Galaxy A54, IMEI ${imei}, aangetroffen in jaszak ${s.full}
Goed 2: bankpas ${v.pick(["ING", "Rabobank", "ABN AMRO"])}, nr. rekening ${v.iban("NL")}
Goed 3: creditcard op naam van ${v.person().full}, ${v.card()}
Goed 4: sleutelbos met hanger "${v.plate()}"
Verdachte: ${s.upper}, ${v.dob("dmy")}

Zet dit om naar een tabel (goednummer, omschrijving, bijzonderheden).`;
    },
  },
  {
    id: "zittingsrooster", genre: "zittingsrooster politierechter", n: 2,
    make: (v) => {
      const r = () => `${v.parket()}  ${v.person().upper} (${v.dob("dmy", 1960, 2005)})`;
      return `Politierechter, zaal 3, ${v.date("long")}
09:00  ${r()}  art. 300 Sr
09:30  ${r()}  art. 8 WVW
10:15  ${r()}  art. 416 Sr
11:00  ${r()}  art. 285 Sr

Maak een overzicht van welke zaken over geweld gaan en welke niet.`;
    },
  },
  {
    id: "dossier-inventaris", genre: "procesdossier-inventaris", n: 2,
    make: (v) => {
      const a = v.person(), s = v.person(), w = v.person();
      return `Inventaris procesdossier ${v.parket()}
p. 1-6     PV aangifte ${a.full}, ${v.prn()}
p. 7-12    PV verhoor verdachte ${s.init}, ${v.prn("suffix")}
p. 13-15   PV verhoor getuige ${w.formal}
p. 16      Uitdraai BRP verdachte (BSN ${v.bsn()})
p. 17-20   Camerabeelden, stills

Kun je controleren of de paginanummering aansluit en dit als lijst teruggeven?`;
    },
  },
  {
    id: "doorgereden-voertuig-lowercase", genre: "notitie in kleine letters met typefouten", n: 2,
    make: (v) => {
      const a = v.person("any", { g: "m" }), b = v.person("any", { g: "f" });
      return `ff snel tussendoor: kenteken ${v.plate("lower")} staat op naam van ${a.lower}, woont volgens mij ${v.addr({ lower: true }).street}. tel ${v.phone("mobile", v.pick(["plain", "space1"]))} neemt niet op. vriendin ${b.firstLower} zegt dat hij in belgie zit. kan je hier een nette mail van maken aan de teamleider, ik heb geen tijd meer`;
    },
  },
];
