// Labelled texts: [kind, template]. A template returns text with inline markers (see values.mjs L).
import * as v from "./values.mjs";
const { int, pick, chance, digits } = v;
const { bsn: B, plate: K, iban: I, phone: T, email: E, pc: P, addr: A, doc: D, rb: R, vnr: V, cc: C, dob: G, pv: PV, parket: PN, mark: M, name: N } = v.L;
const p = (o) => v.person(o);
const RANKS = ["hoofdagent", "brigadier", "inspecteur", "agent", "rechercheur", "wijkagent", "teamchef", "operationeel specialist", "hoofdinspecteur"];
const TEAMS = ["Utrecht-Oost", "Zaanstreek", "Rotterdam-Zuid", "Heuvelrug", "Den Haag Centrum", "Tilburg-Noord", "Kennemerland", "Eindhoven-Zuid", "Groningen Stad", "Twente-West"];

export const LABELED = [
  // ----- aangifte summaries -----
  ["aangifte", () => { const a = p(), b = p(); return `Kun je deze aangifte inkorten tot vijf zinnen? Op ${v.recentDate()} deed ${N(a.full)} (geboren ${G(v.dob())}) aangifte van inbraak in haar woning aan de ${A(v.address())} te ${v.city()}. Aangeefster is bereikbaar op ${T(v.mobile())}. Buurman ${N(b.full)} zag rond 03.15 uur een grijze Volkswagen Golf met kenteken ${K(v.plate())} wegrijden. De schade wordt geschat op € 4.250.`; }],
  ["aangifte", () => { const a = p(); return `Samenvatting aangifte fietsdiefstal\nAangever: ${N(a.formal)}\nBSN: ${B(v.bsn())}\nTel.: ${T(v.mobile())}\nPleegplaats: fietsenstalling station ${v.city()}, tussen 07.45 en 18.10 uur\nMerk Gazelle, framenummer GZ4471823 (niet geregistreerd)\n\nMaak hier een korte, vriendelijke ontvangstbevestiging van.`; }],
  ["aangifte", () => { const a = p("tr"); return `Herschrijf in de ik-vorm: Aangeefster ${N(a.full)}, geboren op ${G(v.dob("nl"))} te Ankara, wonende ${A(v.address())}, ${P(v.postcode())} ${v.city()}, verklaart dat haar ex-partner haar sinds januari dagelijks berichten stuurt vanaf ${T(v.mobile())}.`; }],
  ["aangifte", () => { const a = p(), b = p(); return `Aangifte oplichting via Marktplaats. Aangever ${N(a.full)} heeft € 385,- overgemaakt naar rekening ${I(v.iban("NL"))} t.n.v. "${N(b.full)}" voor een PlayStation 5 die nooit is geleverd. De verkoper gebruikte het e-mailadres ${E(v.emailFor(b))}. Kun je een standaardtekst maken voor de terugkoppeling?`; }],
  ["aangifte", () => { const a = p("ma"); return `aangifte bedreiging - slachtoffer ${N(a.full)} (${G(v.dob("dash"))}), woont op ${A(v.address())} in ${v.city()}. verdachte zou volgens haar in een auto met kenteken ${K(v.plate(pick([7, 8, 9])))} hebben gezeten. graag een nette samenvatting voor de OvJ`; }],
  ["aangifte", () => { const a = p(); const card = v.card(); return `Mevrouw ${N(a.sur)} belde over haar gestolen portemonnee. Er is daarna met haar creditcard ${C(card)} (geldig tot 09/27) drie keer betaald bij een tankstation langs de A2. Totaal € 312,40. Wat zijn de volgende stappen voor de bank?`; }],
  ["aangifte", () => { const a = p("pl"); return `Proszę... nee, gewoon in het Nederlands: aangever ${N(a.full)}, Pools nationaliteit, telefoon ${T(v.foreign("PL"))}, werkt via uitzendbureau in het Westland. Zijn werkgever houdt sinds maart zijn paspoort vast. Adres in Nederland: ${A(v.address())}, ${P(v.postcode())} Naaldwijk. Schrijf een korte samenvatting.`; }],
  ["aangifte", () => { const a = p(), b = p(); return `Aangifte van ${N(a.full)} tegen ${N(b.full)} wegens mishandeling. Registratie onder ${PV(v.bvh("new"))}. Beiden wonen in hetzelfde portiek aan de ${A(v.address())}. Kun jij de verklaring ordenen in tijdsvolgorde?`; }],
  ["aangifte", () => { const a = p("gh"); return `Victim ${N(a.full)} reported a romance scam. She transferred € 7,800 in four instalments to ${I(v.iban(pick(["LT", "GB", "DE"])))}. Her own account is ${I(v.iban("NL"))}. Please write the summary in English for the Europol liaison.`; }],
  ["aangifte", () => { const a = p(); return `Kort maken aub: Op ${v.recentDate("dash")} omstreeks 22:40 uur werd aangever ${N(a.full)}, geboren ${G(v.dob("dash1"))}, op de ${A(v.address())} beroofd van zijn telefoon (iPhone 13, IMEI onbekend). Hij is te bereiken via zijn moeder op ${T(v.landline())}.`; }],

  // ----- proces-verbaal fragments -----
  ["pv", () => { const a = p(); return `PROCES-VERBAAL VAN VERHOOR VERDACHTE\nNummer: ${PV(v.bvh("newsfx"))}\nParketnummer: ${PN(v.parket("rb"))}\n\nVerdachte: ${N(a.caps)}\nGeboren: ${G(v.dob("dash"))} te ${pick(["Paramaribo", "Rotterdam", "Nador", "Izmir", "Gdańsk"])}\nBSN: ${B(v.bsn())}\nAdres: ${A(v.address())}, ${P(v.postcode())} ${v.city()}\n\nHerschrijf dit verhoor in begrijpelijke taal voor de slachtofferbrief.`; }],
  ["pv", () => { const a = p(), b = p(); return `Op ${v.recentDate("nl")} omstreeks 14.20 uur bevonden wij, verbalisanten ${N(a.full)} en ${N(b.full)}, ons in uniform op de openbare weg, de ${pick(["Amsterdamsestraatweg", "Oudegracht", "Laan van Puntenburg"])} te Utrecht. Wij zagen dat een personenauto, voorzien van het kenteken ${K(v.plate())}, met hoge snelheid reed. — Maak dit zakelijker.`; }],
  ["pv", () => { const a = p("sy"); return `Relaas: Verdachte ${N(a.full)}, geb. ${G(v.dob("dash"))}, legitimeerde zich met een Syrisch paspoort en een verblijfsdocument met nummer ${D(v.passport())}. V-nummer ${V(v.vnummer())}. Verdachte werd overgebracht naar het bureau. Graag spelling en grammatica controleren.`; }],
  ["pv", () => { const a = p(); return `Ik, verbalisant, vorderde inzage van het rijbewijs. Bestuurder overhandigde een Nederlands rijbewijs op naam van ${N(a.full)}, geboren ${G(v.dob("dash"))}, rijbewijsnummer ${R(v.rijbewijs())}. Uit bevraging bleek dat dit rijbewijs ongeldig was verklaard. Kun je dit als mutatietekst formuleren?`; }],
  ["pv", () => `Aanvulling op ${PV(v.bvh("old"))} (archief): het voertuig ${K(v.plate(pick([1, 2, 3])))} is destijds teruggegeven aan de eigenaar. Schrijf een korte zin voor het afsluitende proces-verbaal.`],
  ["pv", () => { const a = p(); return `PV van bevindingen, dossier ${PV(v.bvh("new"))}. Uit de vordering aan de bank bleek dat rekening ${I(v.iban("NL", "compact"))} op naam stond van ${N(a.formal)}. Op ${v.recentDate("nl")} werd € 2.500 contant opgenomen bij een geldautomaat in ${v.city()}. Kan dit korter?`; }],
  ["pv", () => { const a = p("er"); return `Verklaring via tolk Tigrinya (tolknummer niet vermeld). Betrokkene noemt zich ${N(a.full)}, zegt geboren te zijn op ${G(v.dob("nl", 1990, 2006))} in Asmara. Vreemdelingennummer: ${V(v.vnummer())}. Herschrijf dit als een doorlopende tekst.`; }],
  ["pv", () => { const a = p(); return `Het onderzoek (parketnummer ${PN(v.parket("rb"))}) richtte zich op ${N(a.formal)}. Bij de doorzoeking van de woning aan de ${A(v.address())} werden 312 hennepplanten aangetroffen. Maak er een persbericht van zonder persoonsgegevens.`; }],
  ["pv", () => { const a = p("aw"); return `Zaak in hoger beroep onder nummer ${PN(v.parket("hof"))}. Verdachte ${N(a.full)} (geboren ${G(v.dob("dots"))}) is niet verschenen. Vat de overwegingen van het hof samen in 3 bullets.`; }],
  ["pv", () => { const a = p(); return `VERKLARING GETUIGE\nNaam: ${N(a.Last)}\nVoornamen: ${N(a.first)}\nGeboortedatum: ${G(v.dob("dash"))}\nAdres: ${A(v.address())}\nPostcode: ${P(v.postcode("compact"))}\nTelefoon: ${T(v.mobile("d"))}\n\nDe getuige verklaart: "Ik hoorde om half twee een harde knal."\n\nMaak er een lopende tekst van.`; }],

  // ----- internal memos with markings -----
  ["memo", () => { const a = p(); return `${M(pick(["Politie Intern", "POLITIE INTERN"]))}\n\nMemo\nAan: teamleiding Basisteam ${pick(TEAMS)}\nVan: ${N(a.full)}, ${pick(RANKS)}\nDatum: ${v.recentDate()}\nOnderwerp: inzet ANPR bij evenement\n\nVoorgesteld wordt om tijdens de kermis drie extra camera's te plaatsen. Kun je dit memo omzetten in vijf dia's?`; }],
  ["memo", () => `Rubricering: ${M("Politie/bedrijfsvoering confidentieel")}\n\nNotitie herinrichting meldkamer. Het aantal fte wordt teruggebracht van 48 naar 41. Graag een samenvatting voor de OR.`],
  ["memo", () => `Kun je dit stuk korter maken?\n\n${M(pick(["STG. GEHEIM", "Stg. Geheim"]))}\nBetreft: dreigingsanalyse bezoek staatshoofd, 3 dagen, 14 locaties. Beveiligingsniveau 2.`],
  ["memo", () => `${M(pick(["TLP:AMBER", "TLP:AMBER+STRICT", "TLP: AMBER"]))}\nDreigingsbeeld: phishingcampagne gericht op gemeenten in Noord-Brabant, afzender doet zich voor als de Belastingdienst. Maak hier een samenvatting van voor de nieuwsbrief van ons team.`],
  ["memo", () => `${M("EU RESTRICTED")}\nMinutes of the operational meeting, Europol, The Hague. Participants from 6 member states discussed the joint action day. Please draft a one-paragraph summary.`],
  ["memo", () => `Classificatie: ${M(pick(["Dep. V.", "Departementaal Vertrouwelijk", "DEP. VERTROUWELIJK"]))}\n\nConcept-antwoord op Kamervragen over de capaciteit van de recherche. Maak de toon wat minder defensief.`],
  ["memo", () => `Onderaan het document staat "${M("Politie Vertrouwelijk")} – niet verder verspreiden". Kun je de tekst erboven vertalen naar het Engels? Het gaat over de nieuwe werkwijze bij aanhoudingen.`],
  ["memo", () => { const a = p(); return `${M("Stg. Confidentieel")}\n\nVan: ${N(a.full)}\nBetreft: evaluatie inzet bijzondere eenheden 2024\n\nGraag dit als managementsamenvatting.`; }],
  ["memo", () => `[${M("TLP:RED")}] Indicators of compromise, campaign targeting Dutch municipalities — do not share outside the recipients. Please format these as a table: 185.22.x.x ranges, 4 domains, 2 hashes.`],
  ["memo", () => `${M("RESTREINT UE/EU RESTRICTED")}\nJoint Investigation Team, draft operational action plan. Rewrite the objectives in plain language.`],
  ["memo", () => `${M(pick(["TLP:GREEN", "TLP: GREEN"]))} — Advies: update de VPN-appliance naar versie 22.7R2 vóór vrijdag. Herschrijf dit als kort intranetbericht.`, { max_verdict: "warn" }],
  ["memo", () => `Vertrouwelijkheid: ${M("Politie intern")}\nOnderwerp: roosterwijziging zomer. Iedereen levert voor 1 juni zijn voorkeuren in. Kun je dit vriendelijker formuleren?`],
  ["memo", () => `${M("Stg. Zeer Geheim")}\nAlleen voor geadresseerde. Analyse van de dreiging tegen drie objecten. Vat samen in maximaal 100 woorden.`],
  ["memo", () => `Kopregel: ${M("Staatsgeheim Confidentieel")} | Kenmerk 2024-0411 | pagina 1 van 6\n\nKun je de inleiding herschrijven?`],
  ["memo", () => `${M("NATO CONFIDENTIAL")}\nExercise planning document, annex C. Translate the logistics paragraph into Dutch.`],
  ["memo", () => { const a = p(); return `${M("Politie / Bedrijfsvoering Confidentieel")}\nPersoneelsdossier ${N(a.full)}, ${pick(RANKS)}. Verzuim in 2024: 41 dagen. Schrijf een neutrale uitnodiging voor een gesprek.`; }],

  // ----- e-mails -----
  ["email", () => { const a = p(), b = p(); return `Hoi, kun je deze mail wat vriendelijker maken?\n\n"Beste ${N(a.first)}, ik heb je gisteren drie keer gebeld op ${T(v.mobile())} maar krijg geen gehoor. Wil je mij terugbellen op ${T(v.landline())}? Met vriendelijke groet, ${N(b.full)}"`; }],
  ["email", () => { const a = p(); return `Met vriendelijke groet,\n\n${N(a.full)}\nWijkagent ${pick(TEAMS)}\nT ${T(v.landline("b"))}\nM ${T(v.mobile("c"))}\nE ${E(v.emailFor(a, "politie.nl"))}\n\nPolitie – voor een veiliger Nederland. Geen spoed, wel politie? Bel 0900-8844.\n\n^ kun je van deze handtekening een nette HTML-versie maken?`; }],
  ["email", () => { const a = p("en"), b = p(); return `Translate into Dutch please:\n\nDear ${N(b.first)},\nThank you for your call. As discussed, our officer ${N(a.full)} can be reached on ${T(v.foreign("GB"))} or at ${E(v.emailFor(a, pick(["met.police.uk", "kent.police.uk"])))}. We will send the statement of ${N(p().full)} by courier.\nKind regards`; }],
  ["email", () => { const a = p(); return `Onderwerp: terugbelverzoek\n\nGoedemiddag,\n\nMijn naam is ${N(a.full)}. Ik heb op ${v.recentDate("nl")} aangifte gedaan (nummer ${PV(v.bvh("new"))}) maar nog niets gehoord. U kunt mij bereiken op ${T(v.mobile())} of via ${E(v.emailFor(a))}.\n\n-- Kun je een antwoord opstellen?`; }],
  ["email", () => { const a = p(), b = p(); return `Van: ${N(a.full)} <${E(v.emailFor(a, "politie.nl"))}>\nAan: ${N(b.full)} <${E(v.emailFor(b, "om.nl"))}>\nOnderwerp: RE: zitting ${PN(v.parket("rb"))}\n\nHoi ${N(b.first)}, de getuige kan pas na 14.00 uur. Kun je dit in een formele mail zetten?`; }],
  ["email", () => { const a = p("ua"); return `Write a reply in English to this e-mail from a Ukrainian witness:\n"Hello, my name is ${N(a.full)}, I live now at ${A(v.address())}, ${P(v.postcode())} ${v.city()}. My phone ${T(v.foreign("UA"))} is not working in Netherlands, please use ${T(v.mobile("f"))}."`; }],
  ["email", () => { const a = p(); return `Goedemorgen, hierbij de gegevens voor de teruggave: ${N(a.full)}, IBAN ${I(v.iban("NL"))}, adres ${A(v.address())} te ${v.city()}. Graag maak ik een afspraak. — Kun je dit in een bevestigingsmail verwerken?`; }],
  ["email", () => { const a = p("in"); return `Hi, please shorten this mail:\n\nDear team, our new colleague ${N(a.full)} (${E(v.emailFor(a, "politie.nl"))}) starts Monday at the Cybercrime unit. Her desk phone will be ${T(v.nonGeo())}. Please welcome her!`; }],

  // ----- chat messages -----
  ["chat", () => { const a = p(); return `kun jij ff checken of ${K(v.plate(undefined, pick(["dash", "lower"])))} nog op naam staat van die gast uit de ${A(v.address())}? bsn heb ik: ${B(v.bsn("plain"))}`; }],
  ["chat", () => { const a = p(); return `[14:02] ${N(a.first)}: heb je dat nummer nog van die getuige?\n[14:03] ik: ja ${T(v.mobile(pick(["d", "a", "e"])))}\n[14:03] ${N(a.first)}: top, en de naam?\n[14:04] ik: ${N(p().full)}\n\nvat dit gesprek samen`; }],
  ["chat", () => `wat is de strafmaat voor art 310 sr? verdachte is ${N(p().full)} geb ${G(v.dob(pick(["dash1", "slash"])))}, first offender`],
  ["chat", () => `hoe schrijf ik netjes op dat het kenteken ${K(v.plate(undefined, "compact"))} niet meer in het register staat? kenteken is van een bestelbus`],
  ["chat", () => { const a = p(); return `@${a.first.toLowerCase()} kun je ${N(a.formal)} terugbellen? nummer ${T(v.mobile("b"))}, ze wil haar aangifte intrekken`; }],
  ["chat", () => `help met een excel formule: kolom A bevat parketnummers zoals ${PN(v.parket("rb"))} en ${PN(v.parket("rb"))}, ik wil het jaartal eruit halen`],
  ["chat", () => `is dit een geldig iban? ${I(v.iban(pick(["BE", "DE", "FR"]), "compact"))} het is van een Belgische verdachte`],
  ["chat", () => { const a = p("so"); return `snel vraagje: ${N(a.full)} zegt dat ze geen V-nummer heeft maar in BVS staat ${V(v.vnummer())}. hoe leg ik dat uit in gewone taal?`; }],
  ["chat", () => `schrijf een grappige tekst voor de verjaardag van ${N(p().first)} uit ons team, ze wordt 40 en houdt van paardrijden`],
  ["chat", () => `ff dubbelchecken: postcode ${P(v.postcode("lower"))} hoort toch bij ${v.city()}? ik twijfel`],
  ["chat", () => { const a = p(); return `collega ${N(a.full)} is vandaag jarig 🎉 kun je een gedichtje maken? ze is geboren op ${G(v.dob("nl", 1975, 1995))}`; }],
  ["chat", () => `mijn vraag: hoe moet ik een mutatie schrijven als de betrokkene een valse naam opgaf (${N(p().full)}) maar later bleek het ${N(p().full)} te zijn?`],

  // ----- team rosters -----
  ["rooster", () => { const rows = Array.from({ length: 4 }, () => { const a = p(); return `${N(a.full)} | ${pick(["16-21", "16-22", "16-23", "16-24"])} | ${T(v.mobile(pick(["a", "d", "b"])))}`; }); return `Rooster weekend ${int(20, 40)}\nNaam | Roepnummer | Mobiel\n${rows.join("\n")}\n\nMaak hier een overzichtelijke tabel van per dag.`; }],
  ["rooster", () => { const rows = Array.from({ length: 3 }, () => { const a = p(); return `${pick(["ma", "di", "wo", "do", "vr"])}\t${N(a.formal)}\t${pick(["vroeg", "laat", "nacht"])}\t${E(v.emailFor(a, "politie.nl"))}`; }); return `dag\tnaam\tdienst\tmail\n${rows.join("\n")}\n\nKun je hier een Outlook-uitnodiging van maken?`; }],
  ["rooster", () => { const a = p(), b = p(), c = p(); return `Bereikbaarheidslijst piket recherche\n1. ${N(a.full)} – ${T(v.mobile("c"))}\n2. ${N(b.full)} – ${T(v.mobile("a"))}\n3. ${N(c.full)} – ${T(v.mobile("g"))}\nSorteer alfabetisch op achternaam.`; }],
  ["rooster", () => { const rows = Array.from({ length: 3 }, () => { const a = p(); return `${N(a.rev)}, ${pick(RANKS)}, ${G(v.dob("dash", 1965, 2000))}`; }); return `Lijst deelnemers schietvaardigheid (naam, rang, geboortedatum):\n${rows.join("\n")}\nMaak er een presentielijst van.`; }],
  ["rooster", () => { const a = p(), b = p(); return `Wie doet wat bij de evenementenbeveiliging:\n- ${N(a.full)}: commandant, bereikbaar ${T(v.mobile("e"))}\n- ${N(b.full)}: verbindingsofficier, ${T(v.landline("c"))}\nKun je hier een draaiboek-tabel van maken?`; }],

  // ----- translation requests -----
  ["vertaling", () => { const a = p("ma"); return `Vertaal naar het Engels: "Betrokkene ${N(a.full)}, geboren op ${G(v.dob("nl"))} te Casablanca, verblijft sinds 2019 in Nederland. V-nummer: ${V(v.vnummer())}. Zij is in het bezit van verblijfsdocument ${D(v.passport())}."`; }],
  ["vertaling", () => { const a = p("tr"); return `Bu metni Hollandaca'ya çevirir misin? / Vertaal naar het Nederlands:\n"Adım ${N(a.full)}, telefonum ${T(v.foreign("TR"))}. Arabanın plakası ${K(v.plate())}."`; }],
  ["vertaling", () => { const a = p("pl"); return `Vertaal deze Poolse verklaring naar het Nederlands: "Nazywam się ${N(a.full)}. Mieszkam przy ${A(v.address())} w ${v.city()}. Mój numer telefonu to ${T(v.foreign("PL"))}."`; }],
  ["vertaling", () => { const a = p("sy"); return `Vertaal naar het Arabisch voor ${N(a.full)}: "U wordt verwacht op het politiebureau op ${v.recentDate("nl")} om 10.00 uur. Neem uw paspoort (nummer ${D(v.passport())}) mee."`; }],
  ["vertaling", () => { const a = p("ro"); return `Translate to Romanian: "Dear Mr ${N(a.Last)}, your car with registration ${K(v.plate())} was towed on ${v.recentDate("nl")}. You can collect it after paying € 395."`; }],
  ["vertaling", () => { const a = p(); return `Vertaal naar het Engels voor de Britse collega's: "Verdachte ${N(a.full)} (${G(v.dob("dash"))}) reed in een gehuurde BMW, kenteken ${K(v.plate())}, en had een Brits rijbewijs op zak."`; }],
  ["vertaling", () => { const a = p("ua"); return `Переклади, будь ласка / Vertaal naar het Oekraïens: "Mevrouw ${N(a.full)}, uw verblijfsdocument ${D(v.passport())} verloopt op 4 maart. Bel ons op ${T(v.landline())}."`; }],
  ["vertaling", () => { const a = p("pt"); return `Traduz para neerlandês por favor: "O meu nome é ${N(a.full)}, nasci em ${G(v.dob("nl"))}, moro na ${A(v.address())}."`; }],

  // ----- English texts -----
  ["english", () => { const a = p(); return `Please help me write a summary for our partners in Belgium. Suspect: ${N(a.full)} (DOB ${G(v.dob("slash"))}), Dutch passport ${D(v.passport())}, phone ${T(v.mobile("f"))}. He was stopped driving a white van, registration ${K(v.plate())}, near Antwerp.`; }],
  ["english", () => { const a = p("en"); return `Can you improve this witness statement? "My name is ${N(a.full)}, I was born on ${G(v.dob("en"))}. I live at ${A(v.address())} in ${v.city()} since 2021. On Friday night I saw two men breaking into a car."`; }],
  ["english", () => { const a = p(); return `Draft a letter to the bank: the account ${I(v.iban("NL"))} of our client ${N(a.full)} was used as a money mule account between March and May. Reference: ${PV(v.bvh("new"))}.`; }],
  ["english", () => { const a = p(), b = p("en"); return `Meeting notes (internal): ${N(a.full)} will contact ${N(b.full)} from the NCA, ${T(v.foreign("GB"))}. Case ${PN(v.parket("rb"))} needs a mutual legal assistance request. Please turn these into action points.`; }],
  ["english", () => { const a = p(); return `Fill in this template for me:\nName: ${N(a.full)}\nDate of birth: ${G(v.dob("en"))}\nPassport no.: ${D(v.passport())}\nDriving licence no.: ${R(v.rijbewijs())}\nMobile: ${T(v.mobile("h"))}`; }],
  ["english", () => { const a = p("gh"); return `Summarise: The victim, ${N(a.full)}, paid with her Mastercard ${C(v.card("mc"))} on a fake ticket website. The charge of € 640 was made on ${v.recentDate("nl")}.`; }],
  ["english", () => { const a = p("en"); return `${N(a.full)}, born ${G(v.dob("us"))}, holds US phone ${T(v.foreign("US"))} and is staying at a hotel in Amsterdam. Write a polite email asking him to come to the station.`; }],

  // ----- forms -----
  ["formulier", () => { const a = p(); return `Formulier teruggave inbeslaggenomen goederen\nNaam: ${N(a.full)}\nGeboortedatum: ${G(v.dob(pick(["dash", "slash"])))}\nAdres: ${A(v.address())}\nPostcode/woonplaats: ${P(v.postcode())} ${v.city()}\nIBAN: ${I(v.iban("NL"))}\nTelefoon: ${T(v.mobile())}\nE-mail: ${E(v.emailFor(a))}\n\nKun je dit formulier controleren op spelfouten?`; }],
  ["formulier", () => { const a = p(); return `AANVRAAG VERGUNNING EVENEMENT\nOrganisator: ${N(a.full)}\nKvK-nummer: ${int(10000000, 99999999)}\nLocatie: Stadspark, ${v.city()}\nVerwacht aantal bezoekers: 2.500\nContact tijdens evenement: ${T(v.mobile())}\n\nGeef advies over de politie-inzet.`; }],
  ["formulier", () => { const a = p(); return `Personalia\nAchternaam: ${N(a.Last)}\nVoorna(a)m(en): ${N(a.first)}\nGeb.datum: ${G(v.dob("dash"))}\nGeb.plaats: ${v.city()}\nBSN: ${B(v.bsn("dots"))}\nID-bewijs: identiteitskaart ${D(v.passport())}\n\nZet dit om naar een zin voor in het proces-verbaal.`; }],
  ["formulier", () => { const a = p(); return `Schadeformulier aanrijding\nBestuurder A: ${N(a.full)}, kenteken ${K(v.plate())}, rijbewijs ${R(v.rijbewijs())}\nBestuurder B: ${N(p().full)}, kenteken ${K(v.plate())}\nPlaats: kruising Kanaalweg/Europalaan\n\nSchrijf de toedracht in neutrale bewoordingen.`; }],
  ["formulier", () => { const a = p(); return `Machtiging\nIk, ${N(a.full)}, wonende ${A(v.address())}, ${P(v.postcode())} ${v.city()}, geboren ${G(v.dob("nl"))}, machtig hierbij ${N(p().full)} om mijn inbeslaggenomen telefoon op te halen.\nHandtekening: ____\nIs dit juridisch voldoende?`; }],
  ["formulier", () => { const a = p("ma"); return `Meldingsformulier zorgwekkend gedrag\nBetrokkene: ${N(a.full)}\nLeeftijd: ${int(18, 60)}\nVerblijfadres: ${A(v.address())} (bij zijn broer)\nContactpersoon familie: ${N(p("ma").full)}, ${T(v.mobile())}\n\nFormuleer een overdracht aan het wijkteam.`; }],

  // ----- tables / CSV pasted as text -----
  ["tabel", () => { const rows = Array.from({ length: 3 }, () => { const a = p(); return `${N(a.full)};${G(v.dob("dash"))};${B(v.bsn("plain"))};${K(v.plate())}`; }); return `naam;geboortedatum;bsn;kenteken\n${rows.join("\n")}\n\nSchrijf een Excel-formule die de leeftijd berekent uit kolom B.`; }],
  ["tabel", () => { const rows = Array.from({ length: 3 }, () => `${v.recentDate("dash")}\t${pick(["A12", "A2", "A28", "N201"])}\t${K(v.plate())}\t${int(60, 180)} km/u`); return `datum\tweg\tkenteken\tsnelheid\n${rows.join("\n")}\n\nMaak een grafiek-voorstel van deze ANPR-treffers.`; }],
  ["tabel", () => { const rows = Array.from({ length: 3 }, () => { const a = p(); return `| ${N(a.full)} | ${I(v.iban(pick(["NL", "NL", "BE", "DE"])))} | € ${int(200, 9000)} |`; }); return `| naam | rekening | bedrag |\n|---|---|---|\n${rows.join("\n")}\n\nTel de bedragen op en sorteer op hoogte.`; }],
  ["tabel", () => { const rows = Array.from({ length: 3 }, () => `${PN(v.parket("rb"))}, ${N(p().formal)}, ${pick(["diefstal", "heling", "openlijk geweld", "verduistering"])}, zitting ${v.recentDate("dash")}`); return `Zittingsrol politierechter (parketnummer, verdachte, feit, datum):\n${rows.join("\n")}\nGroepeer per feit.`; }],
  ["tabel", () => { const rows = Array.from({ length: 3 }, () => { const a = p(); return `"${N(a.full)}","${E(v.emailFor(a))}","${T(v.mobile("d"))}","${P(v.postcode("compact"))}"`; }); return `"naam","email","telefoon","postcode"\n${rows.join("\n")}\nConverteer deze CSV naar JSON.`; }],
  ["tabel", () => { const rows = Array.from({ length: 2 }, () => `${PV(v.bvh("new"))}  ${pick(["woninginbraak", "autokraak", "zakkenrollerij"])}  ${A(v.address())}`); return `Registratienr        Incident        Locatie\n${rows.join("\n")}\nWelke patronen zie je?`; }],

  // ----- code / data requests -----
  ["code", () => { const a = p(), b = p(); return `Schrijf een Python-functie die deze lijst sorteert op geboortedatum:\npersonen = [\n  {"naam": "${N(a.full)}", "geboortedatum": "${G(v.dob("iso"))}", "telefoon": "${T(v.mobile("d"))}"},\n  {"naam": "${N(b.full)}", "geboortedatum": "${G(v.dob("iso"))}", "telefoon": "${T(v.mobile("h"))}"},\n]`; }],
  ["code", () => `Waarom geeft deze query geen resultaat?\nSELECT * FROM voertuigen v JOIN personen p ON v.eigenaar_id = p.id\nWHERE p.bsn = '${B(v.bsn("plain"))}' OR v.kenteken = '${K(v.plate(undefined, "compact"))}';`],
  ["code", () => { const a = p(); return `Parse deze logregel met een regex:\n2024-11-03T08:14:22Z login ok user=${E(v.emailFor(a, "politie.nl"))} ip=10.12.4.77 device=WS-0413`; }],
  ["code", () => { const a = p(); return `Deze JSON komt uit ons systeem, kun je er een mooie tabel van maken?\n{"zaak": "${PV(v.bvh("newsfx"))}", "betrokkene": {"naam": "${N(a.full)}", "bsn": "${B(v.bsn("plain"))}", "iban": "${I(v.iban("NL", "compact"))}"}}`; }],
  ["code", () => `const testData = { kaart: "${C(v.card("visa", "compact"))}", houder: "${N(p().full)}", verloopt: "11/26" }; // waarom faalt mijn Luhn-check hierop?`],

  // ----- case overviews, intelligence, misc police -----
  ["zaak", () => { const a = p(), b = p(); return `Zaakoverzicht voor de weekbriefing:\n- ${PV(v.bvh("new"))}: overval juwelier, verdachte ${N(a.full)} aangehouden, voertuig ${K(v.plate())} in beslag.\n- ${PV(v.bvh("new"))}: straatroof, slachtoffer ${N(b.full)}, signalement bekend.\nMaak hier een korte briefingtekst van.`; }],
  ["zaak", () => { const a = p(); return `Huiselijk geweld melding. Partner ${N(a.full)} woont op ${A(v.address())}, ${P(v.postcode())} ${v.city()}. Kinderen van 4 en 7. Eerdere melding onder ${PV(v.bvh("old"))}. Schrijf een overdracht voor Veilig Thuis (0800-2000).`; }],
  ["zaak", () => { const a = p(); return `Vermissing: ${N(a.full)}, ${G(v.dob("nl", 1940, 1955))} geboren, dementerend, vermist sinds vanochtend 07.00 uur vanuit ${A(v.address())}. Dochter ${N(p().first)} is bereikbaar op ${T(v.mobile())}. Maak een tekst voor Burgernet.`; }],
  ["zaak", () => { const a = p("aw"); return `Jeugdzaak: minderjarige ${N(a.full)}, geb. ${G(v.dob("dash", 2007, 2011))}, aangehouden voor winkeldiefstal bij de Hema. Moeder: ${N(p("aw").full)}, ${T(v.foreign("CW"))}. Hoe leg ik HALT uit aan ouders?`; }],
  ["zaak", () => { const a = p("ro"), b = p("ro"); return `Mensenhandel-signaal: twee vrouwen, ${N(a.full)} en ${N(b.full)}, met Roemeense paspoorten ${D(v.passport())} en ${D(v.passport())}. Telefoon van de 'beheerder': ${T(v.foreign("RO"))}. Welke indicatoren zie je?`; }],
  ["zaak", () => { const a = p(); return `Geldezels: de rekeningen ${I(v.iban("NL"))}, ${I(v.iban("NL"))} en ${I(v.iban("BE"))} ontvingen binnen een uur geld van slachtoffer ${N(a.full)}. Maak een schema van de geldstroom.`; }],
  ["zaak", () => { const a = p(); return `Kentekenonderzoek: ${K(v.plate())} en ${K(v.plate(undefined, "space"))} werden beide gezien bij het tankstation. Eigenaar eerste voertuig: ${N(a.formal)}, ${A(v.address())}. Stel een tijdlijn op.`; }],
  ["zaak", () => { const a = p("sr"); return `Opsporingsbericht (concept): Gezocht wordt ${N(a.full)}, geboren ${G(v.dob("dash"))} in Paramaribo, laatst gezien in ${v.city()}. Hij reed in een zwarte Audi met kenteken ${K(v.plate())}. Tips: bel ${T(v.foreign("SR"))} (familie) of 0800-6070. — Maak dit wervender.`; }],
  ["zaak", () => { const a = p(); return `Inbeslagname: mobiele telefoon van ${N(a.full)}, bankpas ${C(v.card(pick(["visa", "maestro"]), "space"))}, rijbewijs ${R(v.rijbewijs())}. Maak een lijst voor het kennisgevingsformulier.`; }],
  ["zaak", () => { const a = p(); return `Verkeersongeval met letsel op ${v.recentDate("nl")} op de N${int(200, 399)}. Betrokkenen: fietser ${N(a.full)} (${G(v.dob("dash"))}) en bestuurder van ${K(v.plate())}. Fietser is overgebracht naar het ziekenhuis. Schrijf een bericht voor de website zonder namen.`; }],
  ["zaak", () => { const a = p("east"); return `Rapport: ${N(a.full)} exploiteert een nagelstudio aan de ${A(v.address())}. Ze heeft een verblijfsdocument ${D(v.passport())} en V-nummer ${V(v.vnummer())}. Zijn er signalen van uitbuiting?`; }],
  ["zaak", () => { const a = p(); return `Inlichtingen (onbevestigd): ${N(a.full)} zou via ${E(v.emailFor(a, pick(["protonmail.com", "tutanota.com"])))} contact hebben met afnemers en rijdt in ${K(v.plate())}. Vat dit samen als CIE-product.`; }],
  ["zaak", () => { const a = p(); return `OvJ wil weten of parketnummer ${PN(v.parket("rbdash"))} gevoegd kan worden met ${PN(v.parket("rb"))} (beide tegen ${N(a.formal)}). Schrijf een korte juridische onderbouwing.`; }],
  ["zaak", () => `Het oude nummer ${PV(v.bvh("old"))} moet gekoppeld worden aan het nieuwe ${PV(v.bvh("new"))}. Hoe leg ik dat uit in de mutatie?`],
  ["zaak", () => { const a = p(); return `De rijbewijsgegevens van ${N(a.full)}: nummer ${R(v.rijbewijs())}, categorieën B en AM, afgegeven te ${v.city()}. Schrijf de tekst voor de vordering tot overgifte.`; }],
  ["zaak", () => `Schrijf een brief aan het CBR over de ongeldigverklaring van rijbewijs nr. ${R(v.rijbewijs())}, houder ${N(p().full)}, geboren op ${G(v.dob("nl"))}.`],
  ["zaak", () => { const a = p("sy"); return `IND vraagt info over ${N(a.full)} (V-nr. ${V(v.vnummer())}). Hij zou op ${A(v.address())} wonen. Formuleer een antwoord dat alleen bevestigt dat er een registratie is.`; }],
  ["zaak", () => { const a = p(); return `Cybercrime: slachtoffer ${N(a.full)} kreeg een sms "uw pakket wacht" en vulde haar kaartnummer ${C(v.card(pick(["visa", "mc", "mc2"]), pick(["space", "dash"])))} in op een nepsite. Hoe leg ik dit uit aan haar?`; }],
  ["zaak", () => { const a = p("en"); return `Fraud case: UK national ${N(a.full)} used Amex ${C(v.card("amex", "space"))} and a forged passport ${D(v.passport())}. Write a short summary for the prosecutor.`; }],

  // ----- verhoren and transcripts -----
  ["verhoor", () => { const a = p(); return `V: Wat is uw naam?\nA: ${N(a.full)}.\nV: Waar woont u?\nA: ${A(v.address())} in ${v.city()}.\nV: Wat is uw telefoonnummer?\nA: ${T(v.mobile(pick(["e", "c", "k"])))}.\n\nMaak hier een lopende tekst van in de derde persoon.`; }],
  ["verhoor", () => { const a = p("ma"), b = p("ma"); return `Transcript tapgesprek (samenvatting gevraagd):\n${N(a.first)}: "Ik sta bij de garage, bel ${N(b.first)} op ${T(v.mobile("a"))}."\nNN: "Neem de ${K(v.plate())}, de andere is bekend."`; }],
  ["verhoor", () => { const a = p(); return `Verklaring slachtoffer: "Mijn naam is ${N(a.full)}. Ik ben op ${G(v.dob("nl"))} geboren. Die man pakte mijn tas op de ${A(v.address())}." — graag in de derde persoon.`; }],

  // ----- other citizen-facing texts -----
  ["brief", () => { const a = p(); return `Schrijf een brief aan ${N(a.formal)}, ${A(v.address())}, ${P(v.postcode())} ${v.city()}, dat haar gevonden fiets op het bureau opgehaald kan worden.`; }],
  ["brief", () => { const a = p(); return `Geachte heer ${N(a.Last)},\n\nNaar aanleiding van uw aangifte (${PV(v.bvh("newsfx"))}) berichten wij u dat de zaak is overgedragen aan het Openbaar Ministerie onder parketnummer ${PN(v.parket("rb"))}.\n\nKun je deze brief in B1-taalniveau herschrijven?`; }],
  ["brief", () => { const a = p("tr"); return `Maak deze brief korter: "Geachte mevrouw ${N(a.Last)}, wij hebben uw schadeclaim ontvangen. Het bedrag van € 1.140,- wordt binnen 30 dagen overgemaakt op uw rekening ${I(v.iban("NL"))}. Voor vragen: ${T(v.landline())}."`; }],
  ["brief", () => { const a = p(); return `Schrijf een bedankbrief aan ${N(a.full)}, die op ${v.recentDate("nl")} een man uit het water redde bij de ${pick(["Amstel", "Maas", "IJssel"])}. Zijn adres: ${A(v.address())}, ${P(v.postcode())} ${v.city()}.`; }],
];

// Belgian, German and other variants
LABELED.push(
  ["zaak", () => { const a = p(); return `Een Belgische verdachte, ${N(a.full)}, woonachtig ${A(`${pick(["Kerkstraat", "Statiestraat", "Lange Leemstraat"])} ${int(2, 90)} bus ${int(1, 9)}`)}, 2000 Antwerpen, identiteitskaart ${D(v.beEid())}, GSM ${T(v.foreign("BE"))}. Schrijf een rechtshulpverzoek aan de Belgische politie.`; }],
  ["zaak", () => { const a = p(); return `Duitse collega's vragen naar ${N(a.full)}: Handy ${T(v.foreign("DE"))}, Konto ${I(v.iban("DE"))}. Bitte kurz auf Deutsch zusammenfassen, wat wij hebben.`; }],
  ["zaak", () => { const a = p("ma"); return `Betrokkene ${N(a.full)} verblijft afwisselend in Nederland en Marokko; Marokkaans nummer ${T(v.foreign("MA"))}, Nederlands nummer ${T(v.mobile("i"))}. Hoe benaderen we hem voor een verhoor?`; }],
  ["zaak", () => { const a = p("pt"); return `Spaanse rekening ${I(v.iban("ES"))} en Franse rekening ${I(v.iban("FR"))} van ${N(a.full)} worden gebruikt voor de huur van de loods. Maak een schema.`; }],
  ["zaak", () => { const a = p(); return `${N(a.full)} (geb. ${G(v.dob("dots"))}) heeft een Turkse rekening ${I(v.iban("TR"))} en een Poolse ${I(v.iban("PL"))}. Welke rechtshulpverzoeken zijn nodig?`; }],
  ["zaak", () => { const a = p(); return `Graag een nette tekst: BSN van de aangever is ${B(v.bsnRaw({ eight: true }))} (8 cijfers, voorloopnul weggevallen), naam ${N(a.full)}.`; }],
  ["zaak", () => { const a = p(); return `Controle op de ${pick(["A4", "A16", "A27"])}: bestuurder ${N(a.full)}, BSN ${B(v.bsn("spaces"))}, kenteken ${K(v.plate())}, geen geldig rijbewijs. Schrijf het proces-verbaal in korte zinnen.`; }],
  ["zaak", () => `Hoe spreek je "${PN(v.parket("hof"))}" uit als je het aan een getuige doorgeeft? En de oude BVH-registratie ${PV(v.bvh("newspace"))}?`],
  ["zaak", () => { const a = p(); return `Registratienummer ${PV(v.bvh("bare"))} (BVH) hoort bij de aangifte van ${N(a.full)}. Kun je een herinnering opstellen voor de afhandeling?`; }],
  ["zaak", () => { const a = p("so"); return `Voor het dossier van ${N(a.full)}: verblijfspas nr. ${D(v.passport())}, V-nummer: ${V(v.vnummer())}, woonadres ${A(v.address())}, ${P(v.postcode())} ${v.city()}, geboren ${G(v.dob("dash1"))}. Zet dit in een tabel.`; }],
  ["zaak", () => { const a = p(); return `De melder, ${N(a.full)}, belde vanaf ${T(v.landline())} en daarna vanaf ${T(v.nonGeo())} (werk). Schrijf een mutatie.`; }],
  ["zaak", () => { const a = p(); return `Kun je "${N(a.full)}, ${A(v.address())}, ${P(v.postcode())} ${v.city()}, ${T(v.mobile())}" omzetten naar een adresetiket?`; }],
  ["zaak", () => { const a = p(); return `Inreisverbod? ${N(a.full)}, vreemdelingennummer ${V(v.vnummer())}, paspoort ${D(v.passport().toLowerCase())} (zo stond het in de mail, in kleine letters). Leg de procedure uit.`; }],
  ["chat", () => `klopt het dat ${K(v.plate(13))} een nieuw kenteken is? staat in de melding bij de sloperij`],
  ["chat", () => `welke sidecode heeft ${K(v.plate(14))}? en ${K(v.plate(11))}?`],
  ["chat", () => `kenteken ${K(v.plate(undefined, "compact"))} reed door rood, wat is de boete voor de eigenaar`],
  ["chat", () => { const a = p(); return `${N(a.first)} vroeg of ik haar mail ${E(v.emailFor(a))} wil doorsturen naar de recherche, mag dat?`; }],
  ["chat", () => { const a = p(); return `Kun je deze boodschap voor de voicemail inkorten? "U bent verbonden met ${N(a.full)} van de politie, ik ben bereikbaar op ${T(v.mobile("l"))} tussen 9 en 5."`; }],
  ["memo", () => { const a = p(); return `${M(pick(v.MARKINGS_BLOCK))}\nVerslag van het overleg met ${N(a.full)} over de informatiepositie. Zet de actiepunten in een lijst.`; }],
  ["memo", () => `Kopje van het document: "${M(pick(v.MARKINGS_BLOCK))}". Daaronder staat een evaluatie van de nieuwe roosters. Kun je de conclusie herschrijven?`],
  ["memo", () => `Footer: ${M("EU CONFIDENTIAL")} — page 3/12\nPlease simplify the paragraph on data exchange with third countries.`],
  ["memo", () => `${M(pick(["TLP:RED", "TLP:AMBER+STRICT"]))}\nKwetsbaarheid in het roostersysteem, nog niet gepatcht. Schrijf een instructie voor de servicedesk.`],
  ["english", () => { const a = p(); return `Can you reword this? "Ms ${N(a.Last)} can be contacted at ${E(v.emailFor(a))} or ${T(v.mobile("j"))}. Her postcode is ${P(v.postcode())}."`; }],
  ["english", () => { const a = p("en"); return `Background check: ${N(a.full)}, date of birth ${G(v.dob("slash"))}, resides at ${A(v.address())}, ${P(v.postcode())} ${v.city()}. Write a short profile.`; }],
  ["formulier", () => { const a = p(); return `Gegevens melder:\nNaam ............ ${N(a.full)}\nTelefoon ........ ${T(v.landline())}\nE-mail .......... ${E(v.emailFor(a))}\nIBAN ............ ${I(v.iban("NL", "compact"))}\nZet dit in een nette tabel.`; }],
  ["formulier", () => { const a = p(); return `Naam: ${N(a.formal)} | Geboren: ${G(v.dob("slash"))} | BSN: ${B(v.bsn("plain"))} | Tel: ${T(v.mobile("a"))}\nIs deze opmaak geschikt voor een Word-sjabloon?`; }],
  ["formulier", () => { const a = p(); return `Aanmelding cursus\nDeelnemer: ${N(a.full)}\nPersoneelsnummer: ${int(100000, 999999)}\nCreditcard voor de borg: ${C(v.card())}\nIs dit formulier AVG-proof?`; }],
  ["tabel", () => { const rows = Array.from({ length: 3 }, () => { const a = p(); return `${N(a.full).padEnd(8)}  ${R(v.rijbewijs())}  ${pick(["B", "B, BE", "A, B", "C"])}`; }); return `naam  rijbewijsnr  categorie\n${rows.join("\n")}\nWelke rijbewijzen mogen aanhangers trekken?`; }],
  ["tabel", () => { const rows = Array.from({ length: 3 }, () => { const a = p(pick(["sy", "er", "so", "ua"])); return `${N(a.full)} — V-nr ${V(v.vnummer())} — ${pick(["AZC Ter Apel", "AZC Budel", "AZC Zoetermeer"])}`; }); return `${rows.join("\n")}\nMaak hier een tabel van met drie kolommen.`; }],
  // ----- more BSN, markings, cards, postcodes -----
  ["zaak", () => `Het BSN ${B(v.bsn("plain"))} staat verkeerd gekoppeld in het systeem. Hoe vraag ik een correctie aan bij de gemeente ${v.city()}?`],
  ["formulier", () => { const a = p(); return `Aanvraag schadefonds geweldsmisdrijven\nSlachtoffer: ${N(a.full)}\nBurgerservicenummer: ${B(v.bsn("dots"))}\nRekeningnummer: ${I(v.iban("NL"))}\nKun je de toelichting (hieronder) beter formuleren?`; }],
  ["english", () => { const a = p(); return `For the Interpol notice: subject ${N(a.full)}, Dutch citizen service number (BSN) ${B(v.bsn("plain"))}, last known address ${A(v.address())}, ${v.city()}. Please rewrite formally.`; }],
  ["brief", () => { const a = p(); return `Oude brief uit 2005, graag moderniseren: "Geachte heer ${N(a.Last)}, uw sofinummer ${B(v.bsn("plain"))} is bij ons bekend..."`; }],
  ["chat", () => `bsn-nr ${B(v.bsn("dash"))} — mag ik dat in de mail naar de reclassering zetten of niet?`],
  ["zaak", () => { const a = p(); return `Jeugdhulp vraagt om een zorgmelding. Cliënt: ${N(a.first)} (BSN ${B(v.bsn("plain"))}), moeder ${N(p().full)}. Formuleer de melding.`; }],
  ["aangifte", () => { const a = p(), b = p(); return `Aangifte namens haar dochter ${N(b.first)} (BSN ${B(v.bsn("spaces"))}) door moeder ${N(a.full)}, wegens sexting. Schrijf een zorgvuldige samenvatting.`; }],
  ["tabel", () => { const rows = Array.from({ length: 3 }, () => `| ${N(p().formal)} | ${B(v.bsn("plain"))} | ${pick(["getuige", "verdachte", "slachtoffer"])} |`); return `| naam | BSN | rol |\n|---|---|---|\n${rows.join("\n")}\nHaal de dubbele rijen eruit.`; }],
  ["email", () => `Onderwerp: [${M("Politie Intern")}] Aangepaste werkinstructie aanhoudingen\n\nCollega's, vanaf maandag geldt de nieuwe werkinstructie. Graag korter en duidelijker.`],
  ["memo", () => `...de evaluatie laat zien dat de responstijden zijn verbeterd.\n\nPagina 4 van 9 — ${M("POLITIE INTERN")}\n\nKun je de laatste alinea herschrijven?`],
  ["memo", () => `Rubricering: ${M("POLITIE VERTROUWELIJK")}\nBetreft: inzet informanten. Herschrijf de inleiding.`],
  ["english", () => `${M("TLP:AMBER")} — CERT advisory: ransomware group targeting police suppliers in the Netherlands. Please summarise in three bullets for my manager.`],
  ["memo", () => `Classificatie: ${M("Dep.V.")}\nConcept beleidsnota cameratoezicht. Graag een B1-versie.`],
  ["chat", () => `staat bovenaan ${M("tlp:red")} maar ik wil alleen de spelling laten checken, mag dat?`],
  ["memo", () => `${M("STG. CONFIDENTIEEL")}\nVerslag werkbezoek, 12 pagina's. Maak er één alinea van.`],
  ["zaak", () => { const a = p("nl"); return `Skimming: de pas van ${N(a.full)} (${C(v.card("maestro", "space"))}) is gekopieerd bij een geldautomaat in ${v.city()}. Hoe leg ik dit uit?`; }],
  ["english", () => `Is this a valid Visa number or a fake one? ${C(v.card("visa", "dash"))} — found on a seized laptop.`],
  ["formulier", () => { const a = p(); return `Reservering dienstreis\nNaam: ${N(a.full)}\nCreditcard: ${C(v.card("mc2", "space"))}\nVervaldatum: 04/28\nMaak een bevestigingsmail.`; }],
  ["chat", () => { const a = p("ma"); return `heb je het adres van ${N(a.full.toLowerCase())} nog? volgens mij ${A(`${pick(v.STREETS).toLowerCase()} ${int(1, 120)}`)}, ${P(v.postcode("compact"))}`; }],
  ["brief", () => { const a = p(); return `Adres voor de dagvaarding: ${N(a.formal)}\n${A(v.address())}\n${P(v.postcode())}  ${v.city().toUpperCase()}\nIs dit adres compleet voor een aangetekende brief?`; }],
  ["zaak", () => `Buurtonderzoek rond postcode ${P(v.postcode())}: welke vragen stel ik aan de buren bij een woninginbraak?`],
);
