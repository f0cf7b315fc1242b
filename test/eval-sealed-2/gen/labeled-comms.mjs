// Communication: e-mails (forwarded headers, signatures), WhatsApp/Signal exports, Teams, SMS,
// OM and court correspondence, letters to and from citizens.
const DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"];

export default [
  {
    id: "mail-doorgestuurd-outlook", genre: "e-mail met doorgestuurde headers", n: 3,
    make: (v) => {
      const a = v.person("nl"), b = v.person(), c = v.person(), own = v.person();
      const mk = v.chance(0.5) ? `[${v.mark("Politie Intern")}] ` : "";
      return `Kun je deze mail inkorten tot drie bullets?

-----Oorspronkelijk bericht-----
Van: ${a.formal} <${v.workEmail(a)}>
Verzonden: ${v.pick(DAGEN)} ${v.date("long")} 14:32
Aan: ${b.full} <${v.workEmail(b)}>
CC: ${c.init}
Onderwerp: RE: ${mk}verzoek gegevens ${v.plate()}

Hoi ${b.first},

De auto staat sinds vorige maand op naam van ${own.full}, ${v.addr().line}. Volgens de BRP woont ${own.hij} daar alleen. Bel me even op ${v.phone("mobile")} als je meer wilt weten.

Groet,
${a.first}`;
    },
  },
  {
    id: "mail-advocaat-kennisneming", genre: "brief advocaat", n: 2,
    make: (v) => {
      const s = v.person(), l = v.person(["nl", "nl", "tr", "ma", "sr"]);
      const kantoor = v.pick(["Maasstad Strafrechtadvocaten", "De Kade Advocatuur", "Vesting Advocaten", "Hofpoort Legal"]);
      const dom = kantoor.toLowerCase().replace(/[^a-z]/g, "") + ".nl";
      return `Kun je deze brief zakelijker maken?

Geachte heer/mevrouw,

Namens mijn cliënt, ${s.title} ${s.sur}, geboren ${v.dob("long")}, verzoek ik om kennisneming van de processtukken in de zaak met parketnummer ${v.parket()}. Mijn cliënt is op ${v.date("long")} aangehouden en heeft sindsdien geen inzage gehad.

Met vriendelijke groet,
mr. ${l.init}
Advocaat, ${kantoor}
T ${v.phone("land")} | E ${v.email(l, dom)}`;
    },
  },
  {
    id: "whatsapp-android", genre: "WhatsApp-export (Android)", n: 3,
    make: (v) => {
      const a = v.person(), b = v.person(), c = v.person("any", { g: "f" }), d = `${v.int(10, 28)}-${v.int(1, 11)}-26`;
      return `${d} 21:14 - ${a.first}: heb jij het nummer van die getuige van gisteren?
${d} 21:15 - ${b.full}: ja ${v.phone("mobile", v.pick(["plain", "space1", "dash"]))}
${d} 21:15 - ${b.full}: ${c.firstLower} heet ze, woont op ${v.addr({ lower: true }).street}
${d} 21:16 - ${b.full}: ze werkt tot 5 uur dus bel daarna
${d} 21:17 - ${a.first}: top thx 👍

wat is de beste manier om deze chat op te nemen in een PV? alleen de feiten graag`;
    },
  },
  {
    id: "whatsapp-ios-groep", genre: "WhatsApp-groepsexport (iOS)", n: 3,
    make: (v) => {
      const p = [v.person("nl"), v.person(), v.person()], d = v.date("dmy");
      return `[${d}, 07:02:11] ${p[0].full}: Morgen! Briefing 07:30, wie neemt de bodycam mee?
[${d}, 07:03:45] ${p[1].full}: ik. btw ${v.plate("lower")} weer gezien bij de McDonalds, zelfde bestuurder als vorige week
[${d}, 07:04:02] ${p[2].full}: die ${v.person().full}? die woont toch op ${v.addr().street}
[${d}, 07:04:30] ${p[0].full}: klopt. ${p[2].first} check jij even of er nog een openstaande sepot is?
[${d}, 07:05:12] ${p[2].full}: 👍

Maak een samenvatting van max 3 zinnen voor het teamoverleg.`;
    },
  },
  {
    id: "teams-chat", genre: "Teams-chat", n: 3,
    make: (v) => {
      const a = v.person("nl"), b = v.person(), c = v.person();
      return `[09:41] ${a.formal}
Kan iemand ${v.plate()} natrekken? Staat op naam van een ${b.full} uit ${v.city()[0]}.
[09:43] ${c.formal}
Gedaan. Tenaamstelling klopt, ${b.last} is in 2024 al eens aangehouden voor heling. Adres ${v.addr().line}, tel ${v.phone()}.
[09:44] ${a.formal}
Top, dank je ${c.first}!

Vat deze chat samen voor het dossier.`;
    },
  },
  {
    id: "tapverslag", genre: "tapverslag", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person();
      return `Tapverslag ${v.prn()}, sessie ${v.int(1000, 4999)}, ${v.date()} ${v.time()}
Van: ${v.phone("mobile", "intlc")} (in gebruik bij ${a.full})
Naar: ${v.phoneAbroad(b)} (NN, vermoedelijk ${b.first})
Samenvatting: A vraagt of "het pakketje" al klaarligt. NN zegt dat ${b.hij} morgen rond 10 uur bij ${v.addr().street} is. A: "kom met de ${v.pick(["Golf", "Audi", "Transit"])}, die andere staat op naam van mijn zus."

Herschrijf dit als een zakelijk tapverslag in de verleden tijd.`;
    },
  },
  {
    id: "om-brief-oproeping", genre: "OM-correspondentie", n: 2,
    make: (v) => {
      const s = v.person(), ad = v.addr(), o = v.person("nl");
      return `Openbaar Ministerie
Arrondissementsparket ${v.pick(["Rotterdam", "Den Haag", "Midden-Nederland", "Noord-Holland", "Oost-Brabant", "Gelderland"])}

${s.Title} ${s.init}
${ad.street}
${ad.pc}  ${ad.city.toUpperCase()}

Parketnummer: ${v.parket()}
Uw kenmerk: ${v.prn()}
Onderwerp: oproeping voor een OM-hoorzitting

Geachte ${s.aanhef} ${s.sur},

U wordt verdacht van ... [rest van de brief]

Hoogachtend,
mr. ${o.init}, officier van justitie

Kun je deze brief herschrijven in B1-taalniveau?`;
    },
  },
  {
    id: "om-mail-officier", genre: "mail OvJ", n: 2,
    make: (v) => {
      const o = v.person(["nl", "nl", "ma", "sr"]), r = v.person(), s = v.person(), p = v.parket();
      return `Van: ${o.full} <${v.email(o, "om.nl")}>
Aan: ${r.full} <${v.workEmail(r)}>
Onderwerp: ${p} / ${s.upper}

Beste ${r.first},

Voor de zitting van ${v.date("long")} wil ik nog een aanvullend PV over het gebruik van ${v.phone("mobile")} en over de geldstromen op ${v.iban(v.pick(["NL", "LT", "DE"]))}. Kun je dat vóór vrijdag regelen?

Groet, ${o.first}

--> graag een antwoordmail opstellen waarin ik toezeg maar om een week uitstel vraag`;
    },
  },
  {
    id: "brief-slachtoffer", genre: "brief aan slachtoffer", n: 2,
    make: (v) => {
      const a = v.person(), r = v.person(), ad = v.addr();
      return `${a.Title} ${a.init}
${ad.street}
${ad.pc} ${ad.city}

Beste ${a.aanhef} ${a.sur},

Uw aangifte van woninginbraak is geregistreerd onder nummer ${v.prn()}. Uw contactpersoon is ${r.full}. U kunt ${r.g === "m" ? "hem" : "haar"} bereiken via 0900-8844 of per e-mail op ${v.workEmail(r)}.

Maak deze brief warmer en persoonlijker, maar houd hem kort.`;
    },
  },
  {
    id: "burgerbrief-overlast", genre: "brief van burger", n: 2,
    make: (v) => {
      const a = v.person(), n1 = v.person("any", { g: "m" }), ad = v.addr(), wa = v.person("nl");
      return `Geachte wijkagent ${wa.last},

Ik woon op ${ad.street} en heb al maanden last van mijn buurman ${n1.full} twee deuren verder. Hij draait elke nacht harde muziek en heeft vorige week mijn auto (${v.plate()}) bekrast. Ik heb dit al twee keer gemeld.

Met vriendelijke groet,
${a.full}
${v.phone()}

(kun je deze brief verbeteren zodat hij serieus genomen wordt?)`;
    },
  },
  {
    id: "sms-phishing-doorgestuurd", genre: "doorgestuurde phishing-sms", n: 2,
    make: (v) => {
      const a = v.person();
      return `Mijn moeder kreeg dit bericht, is dit oplichting?

"Beste klant, uw bankpas verloopt vandaag. Bel direct ${v.phone("mobile", v.pick(["plain", "dash"]))} of maak € 1,- over naar ${v.iban("NL", "compact")} t.n.v. ${a.init} om uw pas te verlengen."

Haar naam is ${v.person("any", { g: "f" }).full}, ze is ${v.int(70, 89)}.`;
    },
  },
  {
    id: "mail-camerabeelden", genre: "e-mail met handtekening", n: 2,
    make: (v) => {
      const w = v.person(), a = v.person(), r = v.person(), c = v.city();
      return `Beste ${w.first},

Naar aanleiding van de aangifte van ${a.full} (${v.prn()}) wil ik graag de camerabeelden van ${v.date("long")} tussen 16:00 en 17:30 uur van uw winkel aan de ${v.pick(["Hoogstraat", "Marktstraat", "Passage"])} ontvangen.

Met vriendelijke groet,

${r.full}
Wijkagent ${c[0]}-${v.pick(["Noord", "Oost", "Zuid", "West"])}
Politie Eenheid ${v.pick(["Rotterdam", "Noord-Nederland", "Oost-Nederland", "Limburg"])}
T ${v.phone("088")}
M ${v.phone("mobile", "dash")}
E ${v.workEmail(r)}

Controleer deze mail op taalfouten.`;
    },
  },
  {
    id: "signal-informant", genre: "Signal-export", n: 2,
    make: (v) => {
      const a = v.person("any", { g: "m" }), b = v.person(), d = v.date("dmy");
      return `Signal-export (pagina 3)
${d} 23:41  Ik: heb je nog wat gehoord over die ${a.first}?
${d} 23:47  ${b.first}: ja hij rijdt nu in een grijze golf, kenteken ${v.plate()}. woont bij zijn vriendin op ${v.addr().street}
${d} 23:48  ${b.first}: zijn nummer is nu ${v.phone()}

Vertaal deze berichten naar formele Nederlandse zinnen.`;
    },
  },
  {
    id: "mail-gemeente-sluiting", genre: "e-mail aan gemeente (Damocles)", n: 2,
    make: (v) => {
      const a = v.person(), ad = v.addr(), r = v.person(), g = v.person("nl");
      return `Aan: ${g.init} (team Openbare Orde, gemeente ${ad.city})
Onderwerp: advies sluiting ${ad.street}

Geachte ${g.aanhef} ${g.sur},

Bij de doorzoeking op ${v.date("long")} in de woning op ${ad.line} is 1,4 kg cocaïne aangetroffen. Hoofdbewoner is ${a.full}, geboren ${v.dob("dmy")}. De politie adviseert sluiting op grond van art. 13b Opiumwet.

${r.full}, ${v.mark(v.pick(["Politie Intern", "POLITIE INTERN"]))}

Maak dit advies beter onderbouwd.`;
    },
  },
  {
    id: "mail-rechtbank-tolk", genre: "correspondentie rechtbank", n: 2,
    make: (v) => {
      const s = v.person(["er", "so", "af", "sy", "cn", "vn"]), g = v.person("nl");
      const taal = { er: "Tigrinya", so: "Somalisch", af: "Dari", sy: "Arabisch", cn: "Mandarijn", vn: "Vietnamees" }[s.origin];
      return `Aan de griffie van de rechtbank, t.a.v. ${g.init}

Betreft: ${v.parket()} - verdachte ${s.full}, geboren ${v.dob("dmy")}
Voor de zitting van ${v.date("long")} is een tolk ${taal} nodig. De verdachte verblijft in PI ${v.pick(["Vught", "Zaanstad", "Krimpen aan den IJssel", "Almelo"])}, V-nummer ${v.vnr()}.

Kan je deze aanvraag aanvullen met wat de griffie waarschijnlijk nog meer wil weten?`;
    },
  },
];
