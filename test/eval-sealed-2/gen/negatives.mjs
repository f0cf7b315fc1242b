// Look-alikes with nothing sensitive in them. Each lists the types it resembles (must_not);
// the scanner should allow all of them.
const ean13 = (v, luhnToo) => {
  for (;;) {
    const b = "87" + v.digits(10);
    let s = 0;
    for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1);
    const x = b + ((10 - (s % 10)) % 10);
    let t = 0;
    for (let i = 0; i < 13; i++) { let d = +x[12 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } t += d; }
    if (!luhnToo || t % 10 === 0) return x;
  }
};

export default [
  // ---- service numbers, not personal phone numbers
  { id: "svc-112-0900", genre: "voorlichting", must_not: ["phone"], make: () => `Bij direct gevaar altijd 112 bellen. Geen spoed maar wel politie nodig? Bel 0900-8844. Anoniem een tip doorgeven kan via Meld Misdaad Anoniem: 0800-7000. Kun je dit in makkelijke taal zetten voor een folder?` },
  { id: "svc-14-gemeente", genre: "voorlichting", must_not: ["phone"], make: () => `Meldingen over de openbare ruimte (losliggende stoeptegels, zwerfvuil) gaan naar de gemeente: 14 020 in Amsterdam, 14 010 in Rotterdam en 14 070 in Den Haag. Maak hier een overzichtje van voor nieuwe collega's.` },
  { id: "svc-113", genre: "voorlichting", must_not: ["phone"], make: () => `Wie aan zelfdoding denkt, kan 24/7 anoniem praten met 113 Zelfmoordpreventie via 113 of gratis via 0800-0113. Hoe verwijs ik hier tijdens een melding het beste naar?` },
  { id: "svc-0800-fraude", genre: "voorlichting", must_not: ["phone"], make: () => `Veel gevraagd aan de balie: Slachtofferhulp Nederland (0900-0101), Veilig Thuis (0800-2000) en de politie zonder spoed (0900-8844). Maak hier een kaartje van voor de balie.` },
  { id: "rooster-diensttijden", genre: "rooster", must_not: ["phone", "birth-date"], make: () => `Diensttijden basisteam vanaf januari: vroege dienst 06-14, late dienst 14-22, nachtdienst 22-06. Op zondag 07-15 en 15-23. In week 06-12 geldt het winterrooster. Zet dit in een tabel.` },
  { id: "toestelnummers", genre: "bureau-informatie", must_not: ["phone"], make: () => `Interne toestellen: receptie 2000, arrestantencomplex 2150, recherche 2310-2319, wachtcommandant 2001. Externe lijn: eerst een 9 kiezen. Schrijf een korte instructie voor stagiairs.` },
  // ---- court and case references that are public
  { id: "ecli", genre: "jurisprudentie", must_not: ["prosecution-case-number", "police-report-number", "phone"], make: () => `Vat de kern samen van ECLI:NL:HR:2021:1245 en ECLI:NL:RBAMS:2024:5678 over het recht op consultatiebijstand voorafgaand aan het verhoor, en noem de relevante rechtsoverwegingen (r.o. 2.4.1 en 3.2).` },
  { id: "civiel-bestuur-zaaknummers", genre: "jurisprudentie", must_not: ["prosecution-case-number", "police-report-number"], make: () => `In de kort-gedingzaak C/13/745123 / KG ZA 24-512 en het bestuursrechtelijke beroep SGR 25/1234 (zaaknummer AWB 24/5678) ging het om een gebiedsverbod. Wat is het verschil tussen deze procedures?` },
  { id: "kamerstukken", genre: "beleid", must_not: ["prosecution-case-number", "phone", "bsn"], make: () => `Zoek de hoofdpunten uit Kamerstukken II 2023/24, 29 628, nr. 1187 en Stb. 2019, 507 over de politiecapaciteit. Noem ook de motie 36 410-VI nr. 42.` },
  { id: "eu-regelgeving", genre: "beleid", must_not: ["prosecution-case-number", "phone"], make: () => `Wat is het verschil tussen de AVG (Verordening (EU) 2016/679) en de richtlijn politie en justitie (Richtlijn (EU) 2016/680)? En waar past de Wet politiegegevens in, Stb. 2007, 300?` },
  { id: "wetsartikelen", genre: "juridische vraag", must_not: ["prosecution-case-number", "license-plate", "phone"], make: () => `Wanneer pas je art. 8 lid 2 sub a WVW 1994 toe en wanneer art. 8 lid 3? En hoe verhoudt dat zich tot art. 163 lid 2 WVW 1994 en art. 27 Sv?` },
  { id: "registratienummer-uitleg", genre: "uitleg zonder nummer", must_not: ["police-report-number", "prosecution-case-number"], make: () => `Leg aan een stagiair uit hoe een BVH-registratienummer is opgebouwd (PL, de eenheidscode, het jaar en een volgnummer) en waarin een parketnummer daarvan verschilt. Gebruik geen echte nummers.` },
  // ---- numbers that pass a checksum but are something else
  { id: "kvk-elfproef", genre: "bedrijfsgegevens", must_not: ["bsn", "drivers-license", "v-number"], make: (v) => `Het bedrijf staat ingeschreven bij de KvK onder nummer ${v.bsnRaw(true).slice(1)}, vestigingsnummer 0000${v.digits(8)}. Hoe zoek ik op wie de bestuurders zijn?` },
  { id: "bestelnummer-elfproef", genre: "webwinkel", must_not: ["bsn", "phone"], make: (v) => `De webwinkel stuurde een bevestiging met bestelnummer ${v.bsnRaw()} en trackingcode 3SDEVC${v.digits(9)}. Het pakket is nooit aangekomen. Is dit oplichting of een vertraging?` },
  { id: "bedrag-elfproef", genre: "begroting", must_not: ["bsn"], make: (v) => { const n = v.bsnRaw(); return `De totale begroting voor de politie was in dat jaar € ${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}, waarvan ongeveer een derde naar ICT ging. Klopt dat ongeveer met de cijfers uit de jaarverslagen?`; } },
  { id: "factuur-klantnummer", genre: "factuur", must_not: ["bsn", "drivers-license", "v-number", "police-report-number"], make: (v) => `Factuurnummer 2026-00${v.digits(4)}, klantnummer ${v.digits(8)}, artikel 40${v.digits(8)}. Ik kan de BTW niet terugvinden, hoeveel is 21% van € 1.349,00?` },
  { id: "imei-voorbeeld", genre: "uitleg", must_not: ["credit-card", "bsn"], make: () => `Een IMEI bestaat uit 15 cijfers met een Luhn-controlecijfer, bijvoorbeeld het standaardvoorbeeld 490154203237518. Hoe lees ik de TAC eruit en wat zegt die over het toestel?` },
  { id: "ean-barcode", genre: "productinformatie", must_not: ["credit-card", "bsn", "phone"], make: (v) => `De in beslag genomen verpakkingen hebben allemaal streepjescode ${ean13(v, true)} (EAN-13). Hoe vind ik uit welk product en welke fabrikant dit is?` },
  { id: "isbn", genre: "literatuur", must_not: ["phone", "bsn"], make: () => `Heb je een samenvatting van het boek met ISBN 978-90-01-87654-8 over verhoortechnieken? Het staat op de literatuurlijst van de opleiding.` },
  { id: "bic-codes", genre: "bankinformatie", must_not: ["iban"], make: () => `Welke bank hoort bij welke BIC: INGBNL2A, RABONL2U, ABNANL2A, BUNQNL2A en TRIONL2U? Zet ze in een tabel.` },
  { id: "iban-placeholder", genre: "formulier", must_not: ["iban"], make: () => `Op het formulier staat als voorbeeld "IBAN: NL00 BANK 0123 4567 89". Moet een burger daar zijn eigen rekening invullen of die van de politie?` },
  { id: "giro-555", genre: "actualiteit", must_not: ["iban", "phone"], make: () => `Schrijf een intranetbericht dat collega's die willen doneren voor de noodhulp dat via Giro 555 kunnen doen, en niet via rekeningnummers die in appgroepen rondgaan.` },
  // ---- shapes of plates, postcodes and dates
  { id: "artikelcode-plaatvorm", genre: "inkoop", must_not: ["license-plate"], make: () => `Voor de dienstfietsen bestellen we filterset KT-482-B en remblokken type GRJ-44-T (artikelnummers uit de catalogus). Zijn die onderdelen uitwisselbaar?` },
  { id: "sidecode-uitleg", genre: "uitleg kentekens", must_not: ["license-plate"], make: () => `Leg uit welke sidecodes er zijn voor personenauto's, zoals XX-99-99, 99-XXX-9 en X-999-XX, en waarom er geen klinkers meer in kentekens staan.` },
  { id: "eenheden-postcodevorm", genre: "techniek", must_not: ["postcode"], make: () => `Specificaties nieuwe surveillancebus: toegestane massa 3500 KG (dus rijbewijs B), dashcam 2400 DPI, opslag 4096 MB, aanhanger tot 1500 KG. Zet deze specificaties in een lijstje.` },
  { id: "medicatie", genre: "arrestantenzorg", must_not: ["postcode"], make: () => `De arrestant gebruikt paracetamol 1000 mg en ibuprofen 400 mg. De arts schreef ook 2000 IE vitamine D voor. Mag dit samen en wat is de maximale dagdosis?` },
  { id: "vergaderdata", genre: "planning", must_not: ["birth-date"], make: () => `Het overleg staat op 12-03-2026, de evaluatie op 19-03-2026 en de eindpresentatie op 2 april 2026. Maak een planning met de tussenliggende stappen.` },
  { id: "geboren-project", genre: "jubileum", must_not: ["birth-date"], make: () => `Het idee voor het wijkteam is geboren op 14 februari 2019, tijdens een brainstorm in de kantine. Schrijf een korte jubileumtekst voor de teamdag.` },
  { id: "nationale-politie-geboren", genre: "geschiedenis", must_not: ["birth-date"], make: () => `De Nationale Politie is op 1 januari 2013 geboren uit 25 regiokorpsen en het KLPD. Schrijf een korte historische inleiding voor een presentatie.` },
  { id: "opgericht", genre: "verenigingsnieuws", must_not: ["birth-date"], make: () => `De politiesportvereniging werd opgericht op 3 april 1998 en telt nu 240 leden. Schrijf een uitnodiging voor de jubileumreceptie.` },
  { id: "geboortedatum-formaat", genre: "formulierinstructie", must_not: ["birth-date"], make: () => `Vul bij geboortedatum het formaat DD-MM-JJJJ in. Bij een onbekende dag gebruik je 00, dus 00-MM-JJJJ. Maak van deze instructie een tooltip-tekst.` },
  { id: "tijdstempels", genre: "techniek", must_not: ["birth-date", "phone"], make: () => `Waarom staat in het logbestand 2026-03-14T09:12:45Z terwijl de camera 14-03-2026 10:12:45 aangeeft? Heeft dat met UTC te maken?` },
  // ---- markings that are not confidential, and ordinary words
  { id: "niet-vertrouwelijk", genre: "memo", must_not: ["classification-marking"], make: () => `Rubricering: Niet Vertrouwelijk
Memo: nieuwe openingstijden fietsenstalling bureau
Vanaf maandag is de stalling open van 06:00 tot 23:00 uur. Maak hier een vriendelijk berichtje van.` },
  { id: "ongerubriceerd", genre: "memo", must_not: ["classification-marking"], make: () => `ONGERUBRICEERD
Onderwerp: kerstborrel team
Kun je een leuke uitnodiging schrijven voor vrijdag 18 december in de kantine?` },
  { id: "tlp-clear", genre: "nieuwsbrief", must_not: ["classification-marking"], make: () => `TLP:CLEAR - Nieuwsbrief Informatiebeveiliging. Dit kwartaal: sterke wachtwoorden, phishing herkennen en veilig thuiswerken. Maak hier een korte samenvatting van.` },
  { id: "tlp-white", genre: "advisory", must_not: ["classification-marking"], make: () => `Dit oude advies draagt nog het label TLP:WHITE; in TLP 2.0 heet dat TLP:CLEAR. Mag het zonder beperking gedeeld worden?` },
  { id: "unclassified", genre: "English document", must_not: ["classification-marking"], make: () => `NATO UNCLASSIFIED - Releasable to the public
Exercise schedule: arrival Monday, briefing Tuesday 09:00. Please translate into Dutch.` },
  { id: "vertrouwelijk-woord", genre: "voorlichting", must_not: ["classification-marking"], make: () => `Een vertrouwenspersoon behandelt je melding altijd vertrouwelijk. Hoe leg ik collega's uit wat vertrouwelijk in deze context betekent?` },
  { id: "geheim-woord", genre: "training", must_not: ["classification-marking"], make: () => `Het geheim van een goed verhoor is stiltes durven laten vallen. Geef drie andere tips uit de verhoorliteratuur.` },
  { id: "amber-alert", genre: "voorlichting", must_not: ["classification-marking", "person-name"], make: () => `Wanneer wordt er in Nederland een Amber Alert uitgegeven en wanneer een NL-Alert? Leg het verschil uit.` },
  { id: "code-rood-weer", genre: "weer", must_not: ["classification-marking"], make: () => `Het KNMI heeft code rood afgegeven voor zeer zware windstoten en code oranje voor de kustprovincies. Welke taken heeft de politie dan?` },
  { id: "restricted-area", genre: "English signage", must_not: ["classification-marking"], make: () => `Vertaal dit bord: "RESTRICTED AREA - Authorised personnel only. Confidential waste in the blue bins."` },
  { id: "politie-intranet", genre: "intranet", must_not: ["classification-marking"], make: () => `Op het politie-intranet staat een interne vacature voor een functioneel beheerder. Help me een motivatiebrief te schrijven.` },
  // ---- names that are not people
  { id: "instellingen-personen", genre: "zorgkaart", must_not: ["person-name"], make: () => `Verwijzingen: forensisch onderzoek in het Pieter Baan Centrum, tbs in de Van Mesdagkliniek, kinderen naar het Wilhelmina Kinderziekenhuis, oncologie in het Antoni van Leeuwenhoek. Maak een overzicht per regio.` },
  { id: "evenementenlocaties", genre: "evenementen", must_not: ["person-name", "address"], make: () => `Deze maand: voetbal in de Johan Cruijff ArenA, een concert in het Philips Stadion en een congres in het Beatrix Theater. Welke locatie vraagt de meeste ME-capaciteit?` },
  { id: "route-straten", genre: "evenementen", must_not: ["person-name", "address"], make: () => `De optocht loopt via de Johan de Wittlaan, de Prins Hendrikkade en de Burgemeester Visserbrug naar het Museumplein. Welke kruisingen moeten we afzetten?` },
  { id: "plaatsnamen", genre: "planning", must_not: ["person-name"], make: () => `Rijroute voor de transportdienst: Ter Apel, Den Helder, Bergen op Zoom, Capelle aan den IJssel, Ten Boer en De Bilt. Wat is de slimste volgorde?` },
  { id: "winkelketens", genre: "winkelcriminaliteit", must_not: ["person-name"], make: () => `Winkeldiefstallen per keten dit kwartaal: Dirk van den Broek 14, Jan Linders 9, Hunkemöller 6, Van Haren 5, Douwe Egberts-koffie bij de Jumbo 11. Maak er een grafiekbeschrijving van.` },
  { id: "jan-modaal", genre: "beleid", must_not: ["person-name"], make: () => `Is Jan Modaal nog steeds de maatstaf voor het salaris van een agent? Jan en alleman heeft er een mening over, maar wat zeggen de cijfers?` },
  { id: "wet-mulder-salduz", genre: "juridische vraag", must_not: ["person-name"], make: () => `Wat is het verschil tussen een Mulder-beschikking en een strafbeschikking? En hoe hangen de Salduz-rechten samen met de Wet versterking positie rechter-commissaris?` },
  { id: "zinsbeginnen-dieren", genre: "milieu en dieren", must_not: ["person-name"], make: () => `Vos, das en boommarter zijn beschermd. Visser zonder vergunning? Dan volgt een proces-verbaal. Storm of niet, de boa's controleren ook op zondag. Herschrijf dit als heldere regels voor de nieuwsbrief.` },
  { id: "maanden-dagen", genre: "planning", must_not: ["person-name", "birth-date"], make: () => `In Mei en Juni draaien we extra diensten op Vrijdag en Zaterdag. April is rustig. Augustus wordt druk door Sail. Maak een jaaroverzicht.` },
  { id: "rangen", genre: "organisatie", must_not: ["person-name"], make: () => `Wat is het verschil tussen een hoofdagent, een brigadier, een inspecteur en een hoofdinspecteur? En welke rang heeft een teamchef meestal?` },
  { id: "organisatienamen", genre: "organisatie", must_not: ["person-name"], make: () => `Welke taken heeft de Dienst Landelijke Informatieorganisatie ten opzichte van de Landelijke Eenheid en de Koninklijke Marechaussee?` },
  // ---- documents and identifiers that are examples, placeholders or public
  { id: "specimen-paspoort", genre: "training documentcontrole", must_not: ["id-document", "person-name"], make: () => `Op het specimen van het Nederlandse paspoort staat documentnummer SPECI2014. Welke echtheidskenmerken moeten we bij de training laten zien?` },
  { id: "bsn-uitleg", genre: "uitleg", must_not: ["bsn"], make: () => `Een BSN bestaat uit negen cijfers en voldoet aan de elfproef. Waarom mag je een BSN niet als klantnummer gebruiken?` },
  { id: "regex-postcode", genre: "programmeervraag", must_not: ["postcode", "license-plate"], make: () => "Is de regex ^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$ goed voor Nederlandse postcodes, en werkt [A-Z]{2}-[0-9]{2}-[0-9]{2} voor oude kentekens?" },
  { id: "ip-gps", genre: "digitale opsporing", must_not: ["phone", "bsn", "postcode"], make: () => `Het IP-adres 192.168.1.254 is intern, 10.12.34.56 ook. De GPS-locatie in de foto is 52.370216, 4.895168. Leg uit wat je hieruit wel en niet kunt afleiden.` },
  { id: "wegen-vluchten", genre: "logistiek", must_not: ["license-plate", "phone"], make: () => `Transport via de A12 (hmp 45,3), daarna de N201. Vlucht KL 1234 landt om 14:05, de trein IC 3567 vertrekt om 15:12. Past dit schema?` },
  { id: "versienummers", genre: "ICT", must_not: ["phone", "bsn", "police-report-number"], make: () => `Na de update naar versie 10.0.19045.4291 start de BVH-client niet meer. Build 2026.03.14-1 werkte wel. Wat kan ik de servicedesk melden?` },
  { id: "containernummer", genre: "haven", must_not: ["license-plate", "bsn"], make: () => `Hoe controleer ik het controlecijfer van een containernummer zoals MSCU 123456 7? We zien dat vaak bij controles in de haven.` },
  { id: "sportuitslagen", genre: "evenementen", must_not: ["phone", "prosecution-case-number"], make: () => `Uitslagen: AZ - PSV 2-2, Feyenoord - Ajax 3-1, NEC - Go Ahead 0-0. Bij welke wedstrijden was er extra inzet nodig volgens de evaluatie?` },
  { id: "lokalen", genre: "opleiding", must_not: ["address", "postcode"], make: () => `De IBT-training is in lokaal B 1.12, de theorie in zaal 2.14 en de lunch in gebouw 4 AB. Maak een routebeschrijving voor de deelnemers.` },
];
