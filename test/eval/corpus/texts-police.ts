// Police-style Dutch texts an employee might paste into a chatbot: aangiftes, processen-verbaal,
// memo's, mails, app messages, team lists, forms. [text, copies]: a text with generated values may
// be written out more than once, each copy with fresh names and numbers.
export type Template = string | [string, number];

export const POLICE: Template[] = [
  // ---- aangiftes and requests to summarise them
  [`Kun je deze aangifte samenvatten in drie zinnen?

Aangever: ⟦P#a⟧, geboren ⟦bd.dmy⟧ te ⟦!city⟧, wonende ⟦adr⟧, ⟦pc⟧ ⟦!city⟧, telefoon ⟦tel⟧.
Op ⟦!date⟧ omstreeks ⟦!time⟧ uur werd ⟦zijn#a⟧ fiets gestolen bij het station. ⟦Hij#a⟧ zag een man wegrijden in een grijze Opel met kenteken ⟦plate⟧.`, 3],
  [`Herschrijf dit in begrijpelijke taal voor het slachtoffer: op ⟦!date.long⟧ heeft ⟦title#a⟧ ⟦Ps#a⟧ (BSN ⟦bsn⟧) aangifte gedaan van oplichting via Marktplaats. ⟦Hij#a⟧ maakte € 450,- over naar rekening ⟦iban⟧ t.n.v. ⟦P#b⟧.`, 3],
  [`Maak hier een nette mail van aan de aangever.
Aangever ⟦Pi#a⟧, tel ⟦tel⟧, mail ⟦email#a⟧. Zaak: diefstal uit auto (⟦plate.lower⟧), registratienummer ⟦pv⟧. Vraag of ⟦hij#a⟧ nog camerabeelden heeft van de buren.`, 3],
  `Samenvatten graag. Slachtoffer ⟦P:ma#a⟧ (⟦bd.dmy⟧) verklaarde dat ⟦hij#a⟧ op de ⟦adr⟧ te ⟦!city⟧ werd bedreigd door ⟦zijn#a⟧ ex-partner ⟦P:nl#b⟧. Verdachte ⟦Ps#b⟧ is bekend bij de politie. Registratie: ⟦pv.suffix⟧.`,
  `Aangifte bedrijfsinbraak. Melder: ⟦P:tr#a⟧, eigenaar van de zaak aan de ⟦adr⟧ in ⟦!city⟧ (⟦pc.compact⟧). Buit: twee laptops en ca. € 1.200 contant. Camerabeelden tonen een scooter zonder kenteken. Melder bereikbaar op ⟦tel.land⟧.`,
  `Kun je dit beter formuleren? "Op ⟦!date⟧ kwam ⟦title#a⟧ ⟦P:sr#a⟧ aan de balie van het bureau melden dat ⟦zijn#a⟧ bankpas was gestolen. De pas hoort bij rekening ⟦iban.compact⟧. Er is daarna twee keer gepind in ⟦!city⟧."`,
  `Aangifte van identiteitsfraude door ⟦P#a⟧ (geb. ⟦bd.long⟧). Iemand heeft met ⟦zijn#a⟧ paspoort (nummer ⟦doc⟧) een telefoonabonnement afgesloten. Het nieuwe nummer is ⟦tel⟧.`,
  `Help me met een tijdlijn: aangeefster ⟦P:pl#a⟧, woonachtig ⟦adr⟧, ⟦pc⟧ ⟦!city⟧, meldt sinds januari stalking door ⟦P:nl#b⟧ (geboortedatum ⟦bd.dmy⟧). Hij stuurt berichten vanaf ⟦tel⟧ en ⟦tel.intl⟧.`,
  // ---- processen-verbaal
  [`PROCES-VERBAAL van bevindingen
Nummer: ⟦pv⟧

Ik, verbalisant ⟦P#v⟧, hoofdagent van politie Eenheid Oost-Nederland, verklaar het volgende:
Op ⟦!date.long⟧ omstreeks ⟦!time⟧ uur zag ik op de ⟦adr⟧ te ⟦!city⟧ een personenauto, merk Volkswagen, kenteken ⟦plate⟧. De bestuurder bleek te zijn: ⟦P#a⟧, geboren op ⟦bd.long⟧ te ⟦!city⟧, BSN ⟦bsn⟧.
Ik vroeg de bestuurder om ⟦zijn#a⟧ rijbewijs. ⟦Hij#a⟧ overhandigde mij rijbewijs nummer ⟦rb⟧.`, 3],
  `Proces-verbaal van verhoor verdachte, registratienummer ⟦pv.suffix⟧.
Verdachte: ⟦Pi#a⟧
Geboren: ⟦bd.dmy⟧ te Paramaribo (Suriname)
Adres: ⟦adr⟧, ⟦pc⟧ ⟦!city⟧
Vraag: U bent aangehouden voor winkeldiefstal bij de Kruidvat. Wat kunt u daarover zeggen?
Antwoord: Ik heb niks gedaan, mijn vriend ⟦Pf#b⟧ had de spullen.`,
  `Zet dit pv om in een korte samenvatting voor de officier: "Op ⟦!date⟧ werd door verbalisanten ⟦Pi#v⟧ en ⟦Pi#w⟧ een controle uitgevoerd op de A12. In de auto met kenteken ⟦plate.nodash⟧ zaten ⟦P#a⟧ en ⟦P#b⟧. Bij fouillering werd 12 gram cannabis aangetroffen." Parketnummer ⟦pk⟧.`,
  `PV-nummer ⟦pv⟧. Betrokkene ⟦P:an#a⟧, v-nummer ⟦vnr⟧, verblijft volgens eigen zeggen op de ⟦adr⟧ in ⟦!city⟧. Betrokkene kon geen geldig identiteitsbewijs tonen.`,
  `Verbalisant: brigadier ⟦P#v⟧ (⟦email.politie_nl#v⟧)
Proces-verbaal aanhouding, BVH ⟦pv.space⟧
Aangehouden: ⟦P#a⟧, geb. ⟦bd.dmy⟧, BSN ⟦bsn.dot⟧
Plaats: Stationsplein, ⟦!city⟧, ⟦!time⟧ uur.`,
  `Oud dossier, graag samenvatten: proces-verbaal ⟦pv.old⟧ d.d. 14 maart 2012, verdachte ⟦P#a⟧ (geboren ⟦bd.dmy⟧), zaak ter zitting gebracht onder parketnummer ⟦pk.rb⟧.`,
  // ---- memo's with markings
  [`Rubricering: ⟦classification-marking|Politie Intern⟧

Memo aan: teamleiding Recherche
Van: ⟦P#a⟧
Onderwerp: inzet tijdens evenement

Kun je dit memo inkorten tot één alinea?`, 2],
  `⟦classification-marking|POLITIE VERTROUWELIJK⟧
Notitie overleg ⟦!date.long⟧ over de informatiepositie rond de woonwagenlocatie. Aanwezig: ⟦P#a⟧, ⟦P#b⟧, ⟦Pi#c⟧.`,
  `Graag taalcorrectie, het gaat om een conceptnota.
Classificatie: ⟦classification-marking|Departementaal Vertrouwelijk⟧
De minister wordt gevraagd in te stemmen met de herverdeling van de capaciteit.`,
  `TLP: ⟦classification-marking|TLP:AMBER⟧
Dreigingsbeeld ransomware voor gemeenten, opgesteld door het team Cybercrime. Niet verder verspreiden dan de eigen organisatie.`,
  `[⟦classification-marking|TLP:RED⟧] Indicatoren phishingcampagne, alleen voor de deelnemers van het overleg.`,
  `Dit document is gerubriceerd als ⟦classification-marking|Stg. Geheim⟧ en mag niet buiten de daarvoor bestemde systemen worden verwerkt.`,
  `Kopje: ⟦classification-marking|politie intern⟧ — weekoverzicht incidenten district Noord. Kun je er een grafiekje van maken?`,
  `Marking: ⟦classification-marking|EU RESTRICTED⟧. Summary of the operational meeting, not for onward distribution.`,
  `Vertaal naar het Engels: "Dit bericht is gerubriceerd ⟦classification-marking|Politie Vertrouwelijk⟧. Verdere verspreiding alleen na toestemming van de afzender."`,
  `Rubricering ⟦classification-marking|Stg. Confidentieel⟧ – verslag overleg met de AIVD-liaison.`,
  `⟦classification-marking|TLP:AMBER+STRICT⟧ Kwetsbaarheid in het zaaksysteem, details alleen intern delen.`,
  `Onderaan de nota staat "⟦classification-marking|NATO SECRET⟧". Kan ik de inhoud laten samenvatten?`,
  // ---- mails
  [`Hoi, kun je deze mail vriendelijker maken?

Geachte ⟦aanhef#a⟧ ⟦Ps#a⟧,

Naar aanleiding van uw melding van ⟦!date.long⟧ laat ik u weten dat wij uw zaak (registratienummer ⟦pv⟧) hebben afgesloten. Mocht u nieuwe informatie hebben, belt u dan met ⟦tel.land⟧.

Met vriendelijke groet,
⟦P#b⟧
Wijkagent ⟦!city⟧-Zuid`, 3],
  `Van: ⟦P#a⟧ <⟦email#a⟧>
Aan: ⟦P#b⟧ <⟦email.politie_nl#b⟧>
Onderwerp: gegevens buurman

Hierbij de gegevens van mijn buurman die steeds overlast veroorzaakt: ⟦P#c⟧, ⟦adr⟧, ⟦pc⟧ ⟦!city⟧. Zijn auto is een zwarte BMW, ⟦plate⟧.`,
  `Beste collega's,

Vanaf maandag neemt ⟦P#a⟧ het piket over van ⟦P#b⟧. ⟦Pf#a⟧ is bereikbaar op ⟦tel⟧. Bij geen gehoor: ⟦P#c⟧, ⟦tel⟧.

Groet,
⟦Pf#d⟧`,
  `Maak een antwoord op deze klacht. "Geachte heer/mevrouw, op ⟦!date⟧ werd ik, ⟦P:tr#a⟧, zonder reden staande gehouden in ⟦!city⟧. De agent (dienstnummer onbekend) was onbeschoft. Mijn e-mail: ⟦email#a⟧, telefoon ⟦tel⟧."`,
  `Re: terugbelverzoek
Mevrouw ⟦Ps:sr#a⟧ belde vanmorgen over haar zoon ⟦P#b⟧ (⟦bd.dmy⟧). Ze wil weten of hij nog vastzit. Terugbellen op ⟦tel.land⟧ of ⟦tel⟧.`,
  `Kun je de toon van deze mail checken?
"Geachte heer ⟦Ps:ma#a⟧, uw rijbewijs (nr. ⟦rb⟧) is op ⟦!date⟧ ingevorderd wegens rijden onder invloed. U ontvangt binnen tien dagen bericht van het CBR."`,
  // ---- app / chat style notes
  `ff checken: kenteken ⟦plate.lower⟧ hoort toch bij die gast van de ⟦adr⟧? zn naam was ⟦P#a⟧ of zo`,
  `kan je dit netjes maken voor het overdrachtsrapport: om 23.10 melding geluidsoverlast ⟦adr⟧, bewoner ⟦P#a⟧ aangesproken, rustig gebleven. buurvrouw mw ⟦Ps#b⟧ tel ⟦tel⟧ gaf aan dat het vaker gebeurt`,
  `wie weet wat ⟦P#a⟧ (geb ⟦bd.dmy⟧) nog meer op zn kerfstok heeft? hij rijdt in een ⟦plate.nodash⟧ volgens collega's`,
  `Hé, heb jij nog het nummer van ⟦Pf#a⟧ van de recherche? Ik heb ⟦tel⟧ maar die wordt niet opgenomen.`,
  `Vanavond dienst met ⟦Pf#a⟧ en ⟦Pf#b⟧. Eerst langs ⟦adr⟧ voor die melding van ⟦tshort#c⟧ ⟦Ps#c⟧, daarna koffie.`,
  `auto ⟦plate.space⟧ staat alweer op de invalidenplek bij de ⟦adr⟧, kenteken al 3x gemeld`,
  `kenteken ⟦plate.lower⟧ rijdt op naam van een leasebedrijf, bestuurder volgens de buren ⟦P:pl#a⟧`,
  // ---- team lists
  [`Maak een rooster voor volgende week met deze teamleden:
- ⟦P#a⟧ (teamleider)
- ⟦P#b⟧
- ⟦P#c⟧
- ⟦P#d⟧
- ⟦P#e⟧
Niemand mag twee nachtdiensten achter elkaar.`, 3],
  `Bezetting ME-peloton 3: ⟦Pi#a⟧, ⟦Pi#b⟧, ⟦Pi#c⟧, ⟦Pi#d⟧ en ⟦Pi#e⟧. Reserve: ⟦P#f⟧.`,
  `Naam | Rol | Telefoon
⟦P#a⟧ | coördinator | ⟦tel⟧
⟦P#b⟧ | analist | ⟦tel⟧
⟦P#c⟧ | rechercheur | ⟦tel.land⟧`,
  `Deelnemers training de-escalatie: ⟦P#a⟧, ⟦P#b⟧, ⟦P#c⟧, ⟦P#d⟧. Trainer: ⟦P#e⟧. Locatie: Politieacademie Apeldoorn.`,
  // ---- forms and registrations
  [`Naam: ⟦P#a⟧
Geboortedatum: ⟦bd⟧
Adres: ⟦adr⟧
Postcode/plaats: ⟦pc⟧ ⟦!city⟧
Telefoon: ⟦tel.any⟧
E-mail: ⟦email#a⟧
IBAN: ⟦iban⟧

Zet dit om in een tabel.`, 3],
  `Achternaam: ⟦Ps#a⟧
Voornamen: ⟦Pf#a⟧
Geb.datum: ⟦bd.dmy⟧
BSN: ⟦bsn.plain⟧
ID-kaart: ⟦doc⟧`,
  `Personalia betrokkene
naam ⟦Psl#a⟧, voornaam ⟦Pf#a⟧
geboren ⟦bd.dot⟧ in Casablanca (Marokko)
vreemdelingennummer ⟦vnr⟧
verblijfsdocument ⟦vd⟧`,
  `Gegevens eigenaar voertuig: ⟦P#a⟧, kenteken ⟦plate⟧, adres ⟦adr⟧ ⟦pc⟧ ⟦!city⟧, geboortedatum ⟦bd.iso⟧.`,
  `Gegevens schadeafhandeling: tegenpartij ⟦P#a⟧, polisnummer 88273645, kenteken ⟦plate⟧, rekeningnummer ⟦iban⟧.`,
  // ---- requests to the chatbot that include identifiers
  `Wat weet je over ⟦P#a⟧ uit ⟦!city⟧? ⟦Hij#a⟧ is geboren op ⟦bd.long⟧.`,
  `Schrijf een brief aan ⟦title#a⟧ ⟦P#a⟧, ⟦adr⟧, ⟦pc⟧ ⟦!city⟧, waarin staat dat ⟦zijn#a⟧ gestolen fiets is teruggevonden.`,
  `Is dit een geldig BSN: ⟦bsn⟧? Het stond in een aangifte van ⟦P#a⟧.`,
  `Controleer of IBAN ⟦iban.foreign⟧ bij een Duitse of Belgische bank hoort; het geld van ⟦P#a⟧ is daarheen overgemaakt.`,
  `Welke bank hoort bij ⟦iban.lower⟧? Het slachtoffer ⟦P#a⟧ heeft er € 2.300 naartoe gestuurd.`,
  `Slachtoffer ⟦P#a⟧ betaalde met creditcard ⟦card⟧ op een nepwebshop. Hoe kan ⟦hij#a⟧ het geld terugkrijgen?`,
  `Kun je uitleggen wat een sidecode is? Bijvoorbeeld bij kenteken ⟦plate.8⟧ en ⟦plate.11⟧, allebei gezien bij de ⟦adr⟧.`,
  `Het gaat om dossier ⟦pk⟧ tegen ⟦P#a⟧. Wat is de maximale straf voor heling?`,
  `Hoger beroep in de zaak tegen ⟦P#a⟧, parketnummer hof ⟦pk.hof⟧. Maak een lijstje van de termijnen.`,
  `Vertaal deze melding naar het Pools voor de aangever: "Uw aangifte is geregistreerd onder nummer ⟦pv⟧. Uw contactpersoon is ⟦P#a⟧."`,
  `Ik moet een brief aan ⟦P:ar#a⟧ (V-nummer ⟦vnr⟧, geboren ⟦bd.dmy⟧) vertalen naar het Arabisch.`,
  `Controle op de A2: bestuurder ⟦P#a⟧ toonde rijbewijs ⟦rb⟧ dat ongeldig bleek. Voertuig ⟦plate⟧ in beslag genomen.`,
  `Een getuige, ⟦P:hoa#a⟧, woonachtig aan de ⟦adr⟧, zag de verdachte wegrennen richting het park. Getuige spreekt Tigrinya.`,
  `De verdachte gaf als adres op: ⟦adr⟧, ⟦pc.compact⟧ ⟦!city⟧. Volgens de BRP woont hij daar niet meer.`,
  `Getuige ⟦P:wa#a⟧ (⟦tel.intl⟧) is inmiddels terug in Ghana. Hoe kunnen we hem horen?`,
  `Oplichting via WhatsApp: de dader deed zich voor als de dochter van ⟦title#a⟧ ⟦Ps#a⟧ en vroeg om € 980 over te maken naar ⟦iban⟧. Het nummer van de dader: ⟦tel.intl⟧.`,
  `Overdracht nachtdienst: ⟦P#a⟧ is om 03:40 aangehouden op de ⟦adr⟧ (inbraak woning). Zit in cel 4. Advocaat mr. ⟦P#b⟧ is gebeld.`,
  `De aangever, ⟦P:cn#a⟧, heeft alleen een Chinees paspoort, nummer ⟦doc⟧. Tolk Mandarijn is aangevraagd.`,
  `Kun je deze zin verbeteren: "⟦title#a⟧ ⟦Ps#a⟧ gaf aan dat ⟦zijn#a⟧ dochter ⟦P#b⟧, geboren ⟦bd.dmy1⟧, sinds gisteren vermist is."`,
  `Vermissing: ⟦P#a⟧ (geboortedatum ⟦bd.dmy⟧), laatst gezien bij het winkelcentrum. Contactpersoon: ⟦P#b⟧, ⟦tel⟧.`,
  `Huiselijk geweld ⟦adr⟧, ⟦pc⟧ ⟦!city⟧: partners ⟦P#a⟧ en ⟦P#b⟧. Kinderen aanwezig. Veilig Thuis ingeschakeld.`,
  `Betrokkene ⟦P:eu#a⟧ (⟦bd.dmy⟧) heeft een Roemeens ID, documentnummer ⟦doc⟧. Werkt via een uitzendbureau in het Westland.`,
  `BSN / rijbewijsnummer van de bestuurder: ⟦bsn⟧ / ⟦rb⟧. Kun je hier een formulier mee invullen?`,
  `Rekeninghouder ⟦P#a⟧, ⟦iban⟧, heeft in totaal 14 betalingen ontvangen van verschillende slachtoffers.`,
  `Contactpersoon Veilig Thuis: ⟦P#a⟧ (⟦tel.land⟧). Gezin: ouders ⟦P#b⟧ (⟦bd.dmy⟧) en ⟦P#c⟧.`,
  `Verdachte ⟦P#a⟧, BSN ⟦bsn.eight⟧ (zonder voorloopnul in het systeem), woont sinds kort in ⟦!city⟧.`,
  `De bestuurder van de ⟦plate.6⟧ reed door rood op de kruising bij de ⟦adr⟧.`,
  `Zoek voor mij uit welk automerk bij kenteken ⟦plate.9⟧ hoort.`,
  `In de garage stonden drie auto's: ⟦plate.7⟧, ⟦plate.10⟧ en ⟦plate.5⟧. Alle drie op naam van ⟦P#a⟧.`,
  `Oldtimer met kenteken ⟦plate.1⟧ gestolen uit een schuur in ⟦!city⟧; eigenaar ⟦P#a⟧.`,
  `Het oude kenteken ⟦plate.3⟧ is omgewisseld voor ⟦plate.12⟧; de auto is dus opnieuw geregistreerd.`,
  `Bromfiets met kenteken ⟦plate.13⟧ aangetroffen zonder eigenaar.`,
  `De camera registreerde kenteken ⟦plate.nodash⟧ om ⟦!time⟧ bij de afrit.`,
  `Op ⟦!date⟧ is ⟦P#a⟧ (⟦email#a⟧) door ons gebeld. Nieuwe afspraak op het bureau.`,
  // ---- more of the rarer identifiers, each in a different kind of sentence
  `Betrokkene ⟦P#a⟧, BSN-nr. ⟦bsn⟧, is onder toezicht van de reclassering.`,
  `Burgerservicenummer (BSN): ⟦bsn.dot⟧
Naam: ⟦P#a⟧`,
  `bsn nr ⟦bsn⟧ staat verkeerd in het systeem, het moet ⟦bsn⟧ zijn`,
  `De gemeente gaf het BSN van de moeder door: ⟦bsn.space⟧.`,
  `Aangever ⟦P#a⟧ (BSN ⟦bsn.eight⟧) belde opnieuw.`,
  `Voor de Belastingdienst: BSN ⟦bsn⟧, ⟦P#a⟧, ⟦adr⟧ te ⟦!city⟧.`,
  `Verdachte, bsn ⟦bsn⟧, geb. ⟦bd.dmy⟧, wonende ⟦adr⟧, ⟦pc⟧ ⟦!city⟧.`,
  `In het huis werden twee bankpassen gevonden op naam van ⟦P#a⟧, met creditcardnummer ⟦card⟧.`,
  `Creditcard: ⟦card.amex⟧ (Amex), eigenaar ⟦P#a⟧.`,
  `Er werd online betaald met kaartnummer ⟦card.mc⟧.`,
  `De phishingsite verzamelde o.a. ⟦card.visa⟧ en ⟦card.visa⟧.`,
  `Visa-kaart ⟦card.visa⟧ is geblokkeerd na de melding van ⟦P#a⟧.`,
  `Kaartgegevens in de chat van de oplichter: ⟦card⟧ exp 11/26.`,
  `Footer van het document: "Rubricering: ⟦classification-marking|Politie Intern⟧ | pagina 2 van 5"`,
  `⟦classification-marking|DEPARTEMENTAAL VERTROUWELIJK⟧ – Concept beantwoording Kamervragen.`,
  `Notitie (⟦classification-marking|Dep. V.⟧) over de inzet van drones bij evenementen.`,
  `Het rapport is ⟦classification-marking|Stg. Zeer Geheim⟧ en ligt in de kluis.`,
  `Classification: ⟦classification-marking|EU CONFIDENTIAL⟧ — do not forward.`,
  `⟦classification-marking|NATO RESTRICTED⟧ exercise schedule attached.`,
  `⟦classification-marking|tlp:amber⟧ – IOC-lijst van het NCSC voor partners.`,
  `Kwalificatie: ⟦classification-marking|TLP:GREEN⟧. Mag binnen de sector gedeeld worden.`,
  `Memo ⟦classification-marking|Politie Vertrouwelijk⟧ aan het districtscollege over de informatie van ⟦P#a⟧.`,
  `⟦classification-marking|POLITIE INTERN⟧
Werkinstructie afhandeling meldingen verward gedrag, versie 3.`,
  `Paspoort van de verdachte: ⟦doc⟧, geldig tot 2031.`,
  `Documentnummer ID-kaart: ⟦doc⟧`,
  `Hij toonde een identiteitsbewijs met nummer ⟦doc⟧ dat als vermist was opgegeven.`,
  `Reisdocument (paspoort) nr ⟦doc⟧ van ⟦P#a⟧ is ingenomen door de KMar.`,
  `Verblijfsdocument: ⟦vd⟧, V-nummer ⟦vnr⟧.`,
  `Vreemdelingennummer ⟦vnr⟧ (IND) hoort bij ⟦P:hoa#a⟧.`,
  `Met v-nummer ⟦vnr⟧ kun je de status van de aanvraag opvragen.`,
  `V-nr: ⟦vnr⟧, nationaliteit Syrisch, naam ⟦P:ar#a⟧.`,
  `rijbewijsnummer ⟦rb⟧ (categorie B), afgegeven in ⟦!city⟧.`,
  `Rijbewijs nr. ⟦rb⟧ is ongeldig verklaard door het CBR.`,
  `Het rijbewijs (⟦rb⟧) van ⟦P#a⟧ is ingevorderd.`,
  `Gegevens bestuurder: ⟦P#a⟧, rijbewijsnummer: ⟦rb⟧, kenteken ⟦plate⟧.`,
  `Parketnummer ⟦pk⟧: de verdachte ⟦P#a⟧ wordt gedagvaard voor de politierechter.`,
  `ZSM-afdoening, parketnummer ⟦pk.rb⟧, strafbeschikking uitgevaardigd.`,
  `Hof Den Haag, parketnummer ⟦pk.hof⟧, arrest van ⟦!date.long⟧.`,
  `De zaken ⟦pk.rb⟧ en ⟦pk.rb⟧ zijn ter zitting gevoegd.`,
  `Dagvaarding: parketnummer ⟦pk⟧, verdachte ⟦Pi#a⟧.`,
  `Postadres: Postbus 1234, ⟦pc⟧ ⟦!city⟧; bezoekadres ⟦adr⟧, ⟦pc⟧ ⟦!city⟧.`,
  `Ze verhuist naar ⟦adr⟧ (⟦pc.compact⟧) in ⟦!city⟧.`,
  `Adres: ⟦adr⟧
⟦pc⟧  ⟦!city⟧`,
  `Woonplaats ⟦!city⟧, postcode ⟦pc⟧, huisnummer onbekend.`,
];
