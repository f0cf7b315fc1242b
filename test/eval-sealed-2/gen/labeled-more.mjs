// More genres: witness statements, Veilig Thuis, reclassering, RDW output, damage forms,
// quoted e-mail replies, phone notes, bodycam transcripts, address lists, EAW, hasty notes.
export default [
  {
    id: "bvh-kort-bare", genre: "BVH-registratie (kaal nummer)", n: 2,
    make: (v) => {
      const a = v.person(), s = v.person();
      return `Winkeldiefstal Kruidvat, registratienummer ${v.bvhBare()} (BVH). Aangever namens de winkel: ${a.full}, bedrijfsleider. Verdachte ${s.full} (${v.dob("dmy", 1985, 2007)}) ter plaatse aangehouden. Schrijf hier een korte mutatietekst van.`;
    },
  },
  {
    id: "pv-getuige-relaas", genre: "getuigenverklaring (ik-vorm)", n: 2,
    make: (v) => {
      const w = v.person(), s = v.person("any", { g: "m" }), ad = v.addr();
      return `Getuigenverklaring, graag de spelfouten eruit halen:

Ik ben ${w.full}, geboren op ${v.dob("long")}. Ik woon op ${ad.line}. Op zaterdagavond zag ik vanuit mijn raam dat een man in een donkere auto met kenteken ${v.plate()} een fietser klemreed. Ik herkende de man, het is ${s.full}, hij woont een paar straten verder. Ik ben bereikbaar op ${v.phone()}.`;
    },
  },
  {
    id: "veiligthuis-kinderen", genre: "melding Veilig Thuis", n: 2,
    make: (v) => {
      const m = v.person("any", { g: "f" }), f = v.person(m.origin === "nl" ? "any" : m.origin, { g: "m" }), k1 = v.person(f.origin, { surname: f.familyRaw.replace(" ", "|") }), k2 = v.person(f.origin, { surname: f.familyRaw.replace(" ", "|") }), ad = v.addr();
      return `Melding Veilig Thuis (conceptversie), help me de toon neutraler te maken:
Gezin ${f.sur}, ${ad.line}
Moeder: ${m.full}, ${v.dob("dmy", 1980, 1996)}
Vader: ${f.full}, ${v.dob("dmy", 1975, 1994)}
Kinderen: ${k1.first} (${v.dob("dmy", 2014, 2019)}) en ${k2.first} (${v.dob("dmy", 2016, 2022)})
Aanleiding: vijfde melding huiselijk geweld dit jaar, kinderen waren getuige.`;
    },
  },
  {
    id: "reclassering-mail", genre: "mail reclassering", n: 2,
    make: (v) => {
      const s = v.person(), rc = v.person(), ad = v.addr();
      return `Van: ${rc.full} (Reclassering Nederland)
Onderwerp: toezicht ${s.full}, ${v.parket()}

Cliënt ${s.init}, geboren ${v.dob("dmy")}, heeft een locatiegebod voor ${ad.street}, ${ad.pc} ${ad.city}. Enkelband meldde gisteren een overtreding om 23:12. Graag contact via ${v.phone("085")}.

Wat betekent dit voor de politie, moeten wij iets doen?`;
    },
  },
  {
    id: "rdw-bevraging", genre: "RDW-bevraging", n: 2,
    make: (v) => {
      const a = v.person(), ad = v.addr({ upperCity: true });
      return `Resultaat bevraging kentekenregister
Kenteken          : ${v.plate()}
Merk / type       : ${v.pick(["VOLKSWAGEN GOLF", "TOYOTA YARIS", "BMW 3ER REIHE", "MERCEDES-BENZ VITO", "KIA NIRO"])}
Datum tenaamst.   : ${v.date("dmy", 2023, 2026)}
Tenaamgestelde    : ${a.upper}
Adres             : ${ad.street}, ${ad.pc} ${ad.city}
Geboortedatum     : ${v.dob("dmy")}
APK vervaldatum   : ${v.date("dmy", 2026, 2027)}

Leg uit wat "datum tenaamstelling" betekent voor de vraag wie er reed.`;
    },
  },
  {
    id: "schadeformulier", genre: "Europees schadeformulier", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person(), aa = v.addr(), ba = v.addr();
      return `Europees schadeformulier, overgetypt. Wie heeft volgens jou voorrang gehad?
Voertuig A: ${v.plate()} - bestuurder ${a.full}, ${aa.line}, rijbewijs ${v.dl()}, polis ${v.pick(["Centraal Beheer", "Allianz", "ANWB", "FBTO"])} 48${v.digits(5)}
Voertuig B: ${v.plate()} - bestuurder ${b.full}, ${ba.line}, tel. ${v.phone()}
Toedracht: A kwam van rechts op een gelijkwaardig kruispunt, B reed door.`;
    },
  },
  {
    id: "gmail-quote-reply", genre: "e-mail met geciteerd antwoord", n: 2,
    make: (v) => {
      const a = v.person(), r = v.person("nl");
      return `Hoe reageer ik hier professioneel op?

Op ${v.pick(["di", "wo", "do"])} ${v.int(1, 28)} ${v.pick(["jan", "feb", "mrt", "apr", "okt", "nov"])} 2026 om 10:14 schreef ${a.full} <${v.email(a)}>:
> Geachte ${r.aanhef} ${r.sur},
> Ik heb nog steeds niets gehoord over mijn aangifte (${v.prn()}).
> Mijn gestolen fiets is te koop gezet op Marktplaats, de verkoper heeft nummer ${v.phone()}.
> Ik ben te bereiken op ${v.phone("mobile")}.
> ${a.first}`;
    },
  },
  {
    id: "telefoonnotitie", genre: "telefoonnotitie", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person("any", { g: "f" });
      return `Telefoonnotitie ${v.date()} ${v.time()}
Gebeld door: ${a.full}, ${v.phone(v.pick(["mobile", "land"]))}
Betreft: ${a.hij} maakt zich zorgen om ${a.zijn} buurvrouw ${b.title} ${b.sur} (${v.pick(["82", "79", "90"])}), die al dagen de deur niet opendoet. Adres: ${v.addr().line}.
Actie: noodhulp langs sturen?

Schrijf op wat de beste volgende stap is.`;
    },
  },
  {
    id: "bodycam-transcript", genre: "bodycam-transcriptie", n: 2,
    make: (v) => {
      const s = v.person();
      return `Uitgeschreven bodycambeelden, maak er een samenvatting van voor het PV:
AGENT 1: Goedenavond, mag ik uw legitimatiebewijs zien?
MAN: Ik heb niks bij me.
AGENT 1: Wat is uw naam?
MAN: ${s.full}.
AGENT 1: En uw geboortedatum?
MAN: ${v.dob("long")}.
AGENT 2: Is dit uw auto, de ${v.plate()}?
MAN: Van mijn broer.`;
    },
  },
  {
    id: "wijkscan-adressen", genre: "adressenlijst", n: 2,
    make: (v) => {
      const c = v.city(), r = () => { const ad = v.addr({ city: c[0] }); return `${ad.street}\t${ad.pc}\t${v.pick(["2x melding overlast", "hennepgeur", "veel bezoek 's nachts", "leegstand"])}`; };
      return `Adressen voor de wijkscan ${c[0]} (uit meldingen van bewoners):
${r()}
${r()}
${r()}
${r()}
Maak een looproute die logisch is, gezien de straatnamen.`;
    },
  },
  {
    id: "eaw-english", genre: "European Arrest Warrant (English)", n: 2,
    make: (v) => {
      const s = v.person(["pl", "ro", "bg", "ua", "nl"]);
      const doc = s.origin === "pl" ? `Polish ID card ${v.plId()}` : `Dutch passport ${v.nlDoc()}`;
      return `European Arrest Warrant - section (a) Information regarding the identity of the requested person
Name: ${s.caps}
Date of birth: ${v.dob(v.pick(["dot", "en", "slash"]))}
Identity document: ${doc}
Last known address: ${v.addr().line}
Phone: ${v.chance(0.5) ? v.phone("mobile") : v.phoneAbroad(s)}

Vat dit samen in het Nederlands in drie zinnen.`;
    },
  },
  {
    id: "kladblok-typos", genre: "haastige notitie met typfouten", n: 2,
    make: (v) => {
      const j = v.person("any", { g: "m", young: true }), m = v.person(j.origin, { g: "f" });
      return `bsn van die jongen is ${v.bsn(v.pick(["dots", "plain", "spaces"]))}, geb ${v.dob(v.pick(["dmy", "dmy1"]), 2005, 2009)} , moder heet ${m.firstLower} en is berijkbaar op ${v.phone("mobile", v.pick(["plain", "space1", "dash"]))}.. jongen zelf heet ${j.lower}. kun je hiervan een zorgmelding maken voor de gemeente`;
    },
  },
  {
    id: "vordering-telecom", genre: "vordering verkeersgegevens", n: 2,
    allow: [/IMSI \d{15}/],
    make: (v) => {
      const s = v.person(), imsi = "20416" + v.digits(10);
      return `Concept vordering ex art. 126n Sv aan ${v.pick(["KPN", "Odido", "VodafoneZiggo", "Lebara"])}
In het onderzoek ${v.prn()} (parketnummer ${v.parket()}) vordert de officier van justitie de verkeersgegevens van ${v.phone("mobile", v.pick(["dash", "plain", "intlc"]))}, IMSI ${imsi}, in gebruik bij ${s.full}, over de periode ${(() => { const m = String(v.int(1, 10)).padStart(2, "0"); return `01-${m}-2026 t/m 28-${m}-2026`; })()}.

Controleer of de formulering juridisch klopt.`;
    },
  },
  {
    id: "iban-check", genre: "korte vraag over IBAN", n: 2,
    make: (v) => {
      const a = v.person();
      return v.pick([
        `Is ${v.iban(v.pick(["NL", "BE", "DE", "AT", "IE"]), v.pick(["groups", "compact"]))} een geldig IBAN? Het staat op een factuur van ${a.full} die we verdacht vinden.`,
        `Welke bank hoort bij ${v.iban("NL")}? De rekening is van ${a.full}, slachtoffer van een romance scam.`,
      ]);
    },
  },
  {
    id: "signalement-osint", genre: "signalement en OSINT", n: 2,
    make: (v) => {
      const s = v.person("any", { g: "m" }), f = v.person();
      return `Signalement verdachte straatroof: man, ca. 1.85 m, tenger, grijs trainingspak. Volgens een tip gaat het om ${s.full}. Op ${s.zijn} openbare Facebook-profiel staat ${v.phone()} als contact en een foto voor een auto met kenteken ${v.plate()}. ${f.full} heeft de foto geliket.
Hoe leg ik OSINT-bevindingen zoals deze goed vast?`;
    },
  },
  {
    id: "seh-brief", genre: "brief SEH/ziekenhuis", n: 2,
    make: (v) => {
      const a = v.person(), dr = v.person(), ad = v.addr();
      return `Ontslagbrief SEH (letselverklaring), wat betekenen de medische termen?
Patiënt: ${a.full}, geb. ${v.dob("dmy")}, ${ad.street}, ${ad.pc} ${ad.city}
Diagnose: contusie os zygomaticum links, geen fractuur. Wond linkerwenkbrauw 2 cm, gehecht.
Arts: ${dr.init}, AIOS chirurgie`;
    },
  },
  {
    id: "sms-burger-wijkagent", genre: "sms van burger", n: 2,
    make: (v) => {
      const wa = v.person("nl"), a = v.person("any", { g: "f" }), j = v.person(a.origin, { g: "m", young: true });
      return `Sms van een moeder aan mijn werktelefoon, wat kan ik het beste antwoorden?
"Goedemorgen agent ${wa.sur}, met ${a.first}, de moeder van ${j.first}. Hij is sinds gisteren niet thuisgekomen. Zijn vriend ${v.person("any", { g: "m" }).first} zegt dat hij in ${v.city()[0]} is. Mijn nummer is ${v.phone()}."`;
    },
  },
  {
    id: "rc-verhoor-planning", genre: "planning rechter-commissaris", n: 2,
    make: (v) => {
      const w = v.person(), l = v.person("any", { g: "f" }), r = v.person();
      return `Planning verhoren RC, week ${v.int(2, 48)}:
${v.pick(["ma", "di", "wo"])} 10:00 getuige ${w.full} (${v.parket()}), raadsvrouw mr. ${l.init}
${v.pick(["do", "vr"])} 14:00 verbalisant ${r.init}, zelfde zaak
Maak hier een agenda-uitnodiging van.`;
    },
  },
  {
    id: "tikkie-ocr", genre: "screenshot (OCR) van betaalverzoek", n: 2,
    make: (v) => {
      const a = v.person();
      return `Dit staat op de screenshot die de aangever stuurde (OCR):
${a.first} vraagt je om € ${v.int(35, 480)},00 te betalen
voor: "kaartjes concert"
naar ${v.iban("NL", "groups")}
${a.caps}
Is dit een echt betaalverzoek of een nep-link?`;
    },
  },
  {
    id: "huurcontract-check", genre: "huurcontract", n: 2,
    make: (v) => {
      const l = v.person(), h = v.person(), ad = v.addr();
      return `Is dit huurcontract rechtsgeldig? Het kwam naar boven bij een onderzoek naar woonfraude.
Verhuurder: ${l.full}, IBAN ${v.iban("NL")}
Huurder: ${h.full}, geboren ${v.dob("dmy")}, paspoort ${v.nlDoc()}
Gehuurde: kamer 3, ${ad.street}, ${ad.pc} ${ad.city}
Huurprijs € 850 per maand, contant te voldoen.`;
    },
  },
  {
    id: "gebiedsverbod", genre: "besluit burgemeester", n: 2,
    make: (v) => {
      const s = v.person(), ad = v.addr();
      return `Concept gebiedsverbod (art. 172a Gemeentewet), graag taalkundig nakijken:
De burgemeester besluit ${s.title} ${s.init}, geboren ${v.dob("long", 1988, 2007)}, wonende ${ad.line}, voor de duur van drie maanden een gebiedsverbod op te leggen voor het uitgaansgebied.`;
    },
  },
  {
    id: "pdf-plak", genre: "uit PDF geplakt (harde regeleinden)", n: 2,
    make: (v) => {
      const a = v.person(), s = v.person();
      return `Uit de PDF gekopieerd, kun je de regels weer aan elkaar plakken?

Op ${v.date("long")} ver-
klaarde aangever ${a.full}
dat ${a.hij} door ${s.full} was be-
dreigd via WhatsApp vanaf het num-
mer ${v.phone("mobile", v.pick(["dash", "plain"]))}. Aangever woont op
${v.addr().street}.`;
    },
  },
  {
    id: "wijkagent-nieuwsbrief", genre: "wijknieuwsbrief", n: 2,
    make: (v) => {
      const a = v.person(), b = v.person();
      return `Maak deze tekst voor de wijknieuwsbrief korter:
"Sinds 1 oktober zijn ${a.full} en ${b.full} de wijkagenten voor ${v.city()[0]}-${v.pick(["Zuid", "Oost", "Centrum"])}. U kunt hen bereiken via 0900-8844 of mailen naar ${v.workEmail(a)}. Kom gerust langs op het spreekuur in het buurthuis."`;
    },
  },
];
