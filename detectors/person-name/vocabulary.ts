// The small, hand-kept word lists around names: what may stand inside a name (tussenvoegsels),
// what stands before one (titles, roles), and what shows a capitalised run is not a person
// (organisations, streets). The large lists (names, ordinary words, places) are generated: see
// data/compile.ts. Everything here is folded (lower case, no diacritics).

/** Tussenvoegsels and their foreign kin: lower case inside a name ("Jan van der Berg"). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'op', 'in', 'uit', 'aan', 'bij', 'onder',
  'von', 'vom', 'zu', 'zur', 'di', 'da', 'del', 'della', 'dello', 'dei', 'degli', 'dos', 'das', 'do', 'du',
  'des', 'le', 'la', 'el', 'al', 'bin', 'ibn', 'abu', 'ait', 'y', "d'", "o'",
]);

/**
 * Particles that also stand alone in a name's middle. "in" and "op" only count in a pair
 * ("in 't Veld", "op den Brouw"), so that "Jan in Amsterdam" is not one name.
 */
export const PARTICLE_RUN =
  /^(?:(?:van|von|vom)(?: (?:de|der|den|het|'t|dem|zu))?|de|der|den|het|'t|ter|ten|te|zu|zur|(?:op|in|uit) (?:den|'t)|di|da|del|della|dello|dei|degli|dos|das|do|du|des|le|la|el|al|bin|ibn|abu|ait|y)$/;

/** Capitalised tussenvoegsels that open a surname: "De Vries", "Van der Meer", "El Amrani". */
export const SURNAME_OPENER = /^(?:van|von|de|den|der|del|della|di|da|du|dos|el|al|ben|bin|abu|ait|ibn|ten|ter|te|le|la|o'|d'|'t)$/;

/** Titles before a name: after one of these, a capitalised word is a surname ("mevrouw Bouzid"). */
export const HONORIFICS = [
  'dhr', 'dhr.', 'mevr', 'mevr.', 'mw', 'mw.', 'mej', 'mej.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'drs.',
  'ir.', 'ing.', 'prof.', 'de heer', 'heer', 'meneer', 'mevrouw', 'juffrouw', 'mejuffrouw', 'mister',
  'madam', 'sir', 'miss', 'monsieur', 'madame', 'herr', 'frau',
];

/**
 * Roles that name a person next: police texts introduce people by what they are in the case
 * ("aangever", "verdachte"), by office or trade, by kin, or by a form label ("Naam:").
 */
export const ROLES = [
  'premier', 'president', 'koning', 'koningin', 'prins', 'prinses', 'paus', 'staatssecretaris', 'kamerlid',
  'senator', 'generaal', 'kolonel', 'majoor', 'kapitein', 'luitenant', 'voorzitter', 'woordvoerder',
  'woordvoerster', 'correspondent', 'journalist', 'schrijver', 'schrijfster', 'auteur', 'zanger',
  'zangeres', 'acteur', 'actrice', 'regisseur', 'kunstenaar', 'ondernemer', 'topman', 'topvrouw',
  'eigenaar', 'eigenares', 'familie', 'gezin', 'coach', 'trainer', "collega's", 'getuigen', 'slachtoffers',
  'prime minister', 'governor', 'general', 'captain', 'king', 'queen', 'prince', 'princess', 'pope', 'ceo',
  'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'author', 'writer', 'singer', 'actor', 'actress',
  'verdachte', 'verdachten', 'medeverdachte', 'aangever', 'aangeefster', 'slachtoffer', 'getuige',
  'betrokkene', 'melder', 'melding van', 'collega', 'agent', 'hoofdagent', 'brigadier', 'inspecteur',
  'hoofdinspecteur', 'commissaris', 'rechercheur', 'wijkagent', 'officier van justitie', 'advocaat',
  'raadsman', 'raadsvrouw', 'rechter', 'tolk', 'burgemeester', 'wethouder', 'minister', 'directeur',
  'teamleider', 'teamchef', 'leidinggevende', 'manager', 'programmadirecteur', 'echtgenoot',
  'echtgenote', 'partner', 'vriend', 'vriendin', 'ex-partner', 'buurman', 'buurvrouw', 'zoon',
  'dochter', 'vader', 'moeder', 'broer', 'zus', 'zuster', 'neef', 'nicht', 'oom', 'tante', 'opa', 'oma',
  'patient', 'client', 'cliente', 'klant', 'leerling', 'student', 'medewerker', 'medewerkster',
  'naam', 'achternaam', 'voornaam', 'voornamen', 'roepnaam', 'geboortenaam', 'meisjesnaam', 'genaamd', 'geheten',
  'alias', 'op naam van', 't.a.v.', 'namens', 'ome', 'omi', 'schoonvader', 'schoonmoeder', 'schoonzoon',
  'schoondochter', 'stiefvader', 'stiefmoeder', 'pleegvader', 'pleegmoeder', 'zwager', 'schoonzus', 'kleinzoon',
  'kleindochter', 'neefje', 'nichtje', 'first name', 'last name', 'surname', 'given name',
  'contactpersoon', 'gesprekspartner', 'spreker', 'informant', 'afzender', 'ontvanger', 'behandelaar', 'opsteller',
  'verbalisant', 'verbalisanten', 'deelnemer', 'interviewer', 'geinterviewde', 'beller', 'bewoner', 'bewoonster',
  'bezoeker', 'bezoekster', 'passagier', 'gebruiker', 'aanspreekpunt', 'sender', 'recipient', 'speaker', 'caller',
  'suspect', 'victim', 'witness', 'colleague', 'officer', 'detective', 'named', 'called', 'name',
  'client', 'patient', 'attorney', 'judge', 'husband', 'wife', 'son', 'daughter', 'mother', 'father',
];

/** Greetings and sign-offs: the name after one is who is addressed or who signs. */
export const GREETINGS = [
  'hoi', 'hallo', 'hey', 'beste', 'lieve', 'liefs', 'geachte', 'groet', 'groeten', 'groetjes', 'mvg', 'hi',
  'hello', 'dear', 'regards', 'cheers', 'thanks', 'bedankt',
];

/**
 * Heads of compound role words, which are open-ended: "oppositieleider", "sportverslaggever",
 * "ex-president", "Knesset-lid", "teamleider", "hoofdagent".
 */
export const ROLE_HEADS: readonly string[] = [
  'leider', 'voorzitter', 'directeur', 'directrice', 'minister', 'woordvoerder', 'woordvoerster', 'president',
  'premier', '-lid', 'kamerlid', 'agent', 'verslaggever', 'correspondent', 'trainer', 'coach', 'manager', 'chef',
  'kampioen', 'speler', 'speelster', 'zanger', 'zangeres', 'schrijver', 'journalist', 'rechter', 'advocaat',
  'officier', 'commissaris', 'inspecteur', 'rechercheur', 'burgemeester', 'wethouder', 'medewerker',
  'medewerkster', 'collega', 'watcher', 'deskundige', 'expert', 'ontvoerder', 'overvaller', 'inbreker', 'dader',
  'chauffeur', 'bestuurder', 'bijrijder', 'eigenaar', 'huurder', 'werkgever', 'werknemer', 'winnaar', 'meester',
  'professor', 'dokter', 'pastoor', 'imam', 'rabbijn', 'dominee', 'priester', 'bisschop', 'ster', 'vrouw',
  'echtgenote', 'echtgenoot', 'dochter', 'dochtertje', 'zoon', 'zoontje', 'baby', 'vriendin', 'vriend', 'broer',
  'zus', 'zusje', 'broertje', 'leden', 'aanwezig', 'aanwezigen', 'afwezig', 'deelnemers', 'notulist', 'cc',
  'attendees', 'present',
];

/** Questions about a person (rule M2: "U mag geen personen bevragen"). The name follows. */
export const QUESTIONS = [
  'wat weet je over', 'wat weet jij over', 'wat weet u over', 'wat weet je allemaal over',
  'wat is er bekend over', 'wat is bekend over', 'wat kun je vertellen over', 'wat kun je me vertellen over',
  'wat kun je vinden over', 'wat vind je over', 'vertel me over', 'vertel mij over', 'vertel iets over',
  'vertel me alles over', 'vertel mij alles over', 'vertel alles over', 'zoek informatie over',
  'zoek info over', 'zoek alles over', 'zoek gegevens over', 'zoek uit wie', 'zoek op', 'informatie over',
  'info over', 'achtergrondinformatie over', 'gegevens over', 'verzamel informatie over',
  'verzamel alles over', 'maak een profiel van', 'geef een profiel van', 'profiel van', 'wie is', 'wie was',
  'waar woont', 'waar werkt', 'hoe oud is', 'ken je', 'heb je informatie over', 'heb je gegevens over',
  'who is', 'who was', 'what do you know about', 'tell me about', 'tell me everything about',
  'find information about', 'find information on', 'find everything about', 'information about',
  'information on', 'search for', 'look up', 'background on', 'profile of', 'where does', 'do you know',
];

/**
 * Shapes that mark an unknown capitalised word as a surname from somewhere: Slavic ("Nowak" is
 * listed, "Bregović" need not be; Bulgarian and Russian "Petrov", "Ivanova", Ukrainian "Tkachuk"), Turkish, Romanian, Ukrainian, Scandinavian, Frisian, Greek,
 * Armenian, Georgian, Italian, Spanish, Javanese- and Hindustani-Surinamese ("Kromodimedjo",
 * "Ramkisoen") and Moroccan ("Bouzid", "Ait Taleb"). Rare in Dutch words and place names.
 */
export const SURNAME_SHAPE =
  /(?:[^aeiou]i[cć]|vi[cć]|ski|ska|cki|cka|wicz|czyk|czak|oglu|escu|enko|[^aeiou]ov|[^aeiou]ova|(?:[dgkmnrtzy]|i|ch|sh)ev|[^aeiou]eva|chuk|chyk|sson|ssen|stra|inga|opoulos|idis|akis|[^aeiou]yan|shvili|dze|elli|etti|ucci|[^aeiou]ez|[^aeiou]djo|pawiro|sentono|singh|persad|kisoen)$|^(?:bou|ait|abou|ouh?)[bcdfghjklmnpqrstvwxz]/;

/** Verbs of saying next to a name: news and statements quote people ("volgens Goris", "zei Yilmaz"). */
export const SPEECH_BEFORE = [
  'volgens', 'aldus', 'zei', 'zegt', 'zo zegt', 'verklaarde', 'vertelde', 'schreef', 'antwoordde', 'heet', 'heette',
  'according to', 'said', 'says', 'told',
];
export const SPEECH_AFTER = [
  'zei', 'zegt', 'zeggen', 'verklaarde', 'verklaart', 'vertelde', 'vertelt', 'meldde', 'meent', 'vindt',
  'vond', 'stelt', 'stelde', 'benadrukt', 'benadrukte', 'reageerde', 'reageert', 'liet weten', 'heet', 'heette',
  'laat weten', 'schreef', 'schrijft', 'antwoordde', 'vroeg', 'vraagt', 'said', 'says', 'told', 'asked',
];

/**
 * Words that make a capitalised run an organisation, a place or an event, not a person:
 * "Van Gogh Museum", "Politie Intern", "Erasmus Universiteit", "Albert Heijn Stichting".
 */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'museum', 'bank', 'politie', 'police', 'gemeente', 'ministerie', 'stichting', 'universiteit',
  'university', 'ziekenhuis', 'hospital', 'hogeschool', 'school', 'college', 'academie', 'academy',
  'instituut', 'institute', 'centrum', 'center', 'centre', 'vereniging', 'partij', 'party', 'raad',
  'council', 'rechtbank', 'court', 'kamer', 'kerk', 'church', 'station', 'hotel', 'fc', 'bv', 'nv',
  'groep', 'group', 'inc', 'ltd', 'company', 'corporation', 'airlines', 'airport', 'luchthaven', 'fonds',
  'fund', 'foundation', 'dienst', 'directie', 'afdeling', 'eenheid', 'bureau', 'parket', 'justitie',
  'tour', 'cup', 'beker', 'festival', 'prijs', 'award', 'prize', 'park', 'plein', 'zee', 'rivier',
  'eiland', 'unie', 'union', 'nationale', 'koninklijke', 'intern', 'vertrouwelijk', 'confidentieel',
  'geheim', 'rubricering', 'team', 'brigade', 'korps', 'district', 'regio', 'basisteam', 'holding',
  'services', 'service', 'media', 'news', 'krant', 'omroep', 'stadion', 'arena', 'theater', 'zaal',
  'straat', 'laan', 'weg', 'street', 'avenue', 'road', 'parade', 'lane', 'crescent', 'terrace', 'wet', 'act', 'verdrag', 'treaty', 'project',
  'operatie', 'operation', 'programma', 'program', 'app', 'online', 'bibliotheek', 'library',
  'apotheek', 'supermarkt', 'markt', 'haven', 'port', 'brug', 'bridge', 'tunnel', 'kazerne', 'co', 'cie',
  'pharma', 'securities', 'communications', 'telecom', 'international', 'holdings', 'records', 'systems',
  'solutions', 'technologies', 'partners', 'capital', 'ventures', 'motors', 'energy', 'consulting',
  'software', 'labs', 'studios', 'entertainment', 'networks', 'industries', 'club', 'united', 'city',
  'airways', 'express', 'hotels', 'resort', 'mall', 'plaza', 'square', 'county', 'state', 'republic',
  'advocatuur', 'advocaten', 'advocatenkantoor', 'notarissen', 'notariaat', 'accountants', 'makelaars',
  'makelaardij', 'deurwaarders', 'gerechtsdeurwaarders', 'incasso', 'letselschade', 'rechtshulp',
  // A German letter's closing ("Mit freundlichen Grüßen"): "Grüßen" is also listed as a surname.
  'grussen', 'grusse',
]);

/**
 * Heads of compound organisation words: "Inlichtingendienst", "Gemeenschapscommissie",
 * "Sint-Jansziekenhuis", "Klinkersfestival", "Brabanthal".
 */
export const ORGANISATION_ENDING =
  /(?:dienst|commissie|ministerie|museum|ziekenhuis|festival|holding|netwerk|telefoon|partij|vereniging|federatie|bond|fonds|groep|maatschappij|bedrijf|centrum|instituut|academie|school|stadion|bank|krant|omroep|zender|theater|hal|politie|korps|rechtbank|gerechtshof|raad|kamer|universiteit|hogeschool|college|stichting)$/;

/**
 * Endings of capitalised adjectives and plurals made from places and peoples: "Zwitserse",
 * "Brugse", "Joegoslavisch", "Canadese", "De Fransen", "Palestijnen".
 */
export const NOT_NAME_SHAPE = /(?:isch|ische|aans|aanse|[^aeiou]se|ese|ijnen|anen)$/;

/** Shops and brands named like a person, which everyone in the Netherlands means as the shop. */
export const BRANDS: ReadonlySet<string> = new Set([
  'albert heijn', 'jan linders', 'dirk van den broek', 'douwe egberts', 'van der valk', 'van haren',
  // Stock figures of speech, no one in particular: "Jan Modaal", "Klaas Vaak".
  'jan modaal', 'jan publiek', 'jan rap', 'klaas vaak', 'piet snot', 'jan splinter', 'jantje beton',
]);

/** First words of place names: "Sint-Niklaas", "Oost-Europa", "New York", "Rio de Janeiro". */
export const PLACE_START = /^(?:sint|saint|st|san|santa|sao|los|las|new|nieuw|port|fort|mount|lake|cape|kaap|rio|oost|west|noord|zuid|groot|klein|oud|neder|opper|boven)(?:-|$)/;

/**
 * Nouns for organisations, titles and works: what they name next is not a person ("zakenbank
 * Morgan Stanley", "krant Yedioth Achronot", "radio Roxy", "het boek …").
 */
export const THINGS: ReadonlySet<string> = new Set([
  'bedrijf', 'firma', 'merk', 'krant', 'zender', 'radio', 'tv', 'club', 'ploeg', 'band', 'groep', 'label',
  'uitgeverij', 'beurshuis', 'zakenbank', 'bank', 'supermarkt', 'keten', 'concern', 'boek', 'film', 'album', 'lied',
  'single', 'serie', 'programma', 'tijdschrift', 'magazine', 'website', 'app', 'operatie', 'project', 'schip',
  'hotel', 'restaurant', 'cafe', 'camping', 'winkel', 'merknaam', 'company', 'newspaper',
]);

/** Before a person stands no article: "het Journaal", "een Ferrari", "the Beatles". */
export const ARTICLES: ReadonlySet<string> = new Set(['het', 'een', 'the', 'a', 'an']);

/** "in Eisenach", "te Breda", "deelstaat Tamil Nadu": after these a capitalised word is a place. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'in', 'te', 'nabij', 'vanuit', 'richting', 'rond', 'naar', 'omgeving', 'provincie', 'gemeente', 'regio', 'stad',
  'dorp', 'deelstaat', 'staat', 'land', 'eiland',
  // Where police texts place things: road junctions and exits, sites, and the institutions named
  // after their town ("knooppunt Oudenrijn", "AZC Ter Apel", "PI Vught").
  'knooppunt', 'afrit', 'afslag', 'kruispunt', 'rotonde', 'viaduct', 'station', 'wijk', 'buurt', 'locatie',
  'vestiging', 'kazerne', 'terrein', 'industrieterrein', 'bedrijventerrein', 'polder', 'azc', 'coa', 'pi', 'dji', 'ind',
  'basisteam', 'district', 'eenheid', 'politiebureau', 'bureau',
]);

/**
 * Words that number or letter what follows: "annex C", "bijlage B", "scenario A". The letter after
 * them is no initial of a name ("annex C. Translate the text").
 */
export const ENUMERATORS: ReadonlySet<string> = new Set([
  'annex', 'annexe', 'bijlage', 'bijl', 'appendix', 'attachment', 'exhibit', 'artikel', 'art', 'hoofdstuk', 'paragraaf',
  'par', 'sectie', 'section', 'deel', 'part', 'figuur', 'fig', 'tabel', 'table', 'punt', 'lid', 'optie', 'option',
  'variant', 'scenario', 'fase', 'phase', 'type', 'klasse', 'class', 'categorie', 'category', 'blok', 'block', 'zone',
  'gebouw', 'vleugel', 'plan', 'versie', 'version', 'niveau', 'level', 'groep', 'group', 'rij', 'kolom', 'column', 'row',
  'route', 'sector', 'vak', 'model', 'stap', 'step', 'onderdeel', 'item', 'schema', 'pagina', 'page', 'vraag',
  'question', 'antwoord', 'answer', 'bron', 'source', 'kamer', 'cel', 'afdeling', 'team', 'ploeg', 'klas', 'school',
]);

/** A word ending in one of these is a street, square or waterway ("Jan van Galenstraat"). */
export const STREET_ENDING = /(?:straat|laan|weg|plein|gracht|kade|singel|steeg|dreef|markt|burgwal|plantsoen|boulevard|hof|park|pad|dijk|baan|kanaal|haven|brug|viaduct|tunnel|sluis)$/;

/** Months and weekdays, Dutch and English: capitalised at a sentence start, never a person. */
export const CALENDAR: ReadonlySet<string> = new Set([
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'pasen', 'pinksteren', 'kerst', 'kerstmis',
]);

/** Entries of the first-name sources that are, in running text, almost never a given name. */
export const NOT_FIRST_NAMES: readonly string[] = [...PARTICLES, ...CALENDAR, 'den', 'van', 'ben', 'ter', 'ten'];

/** The biggest Dutch and Belgian cities, which the generated place list lacks. */
export const CITIES: readonly string[] = [
  'amsterdam', 'rotterdam', 'utrecht', 'eindhoven', 'tilburg', 'groningen', 'almere', 'breda', 'nijmegen',
  'apeldoorn', 'haarlem', 'arnhem', 'enschede', 'amersfoort', 'zaanstad', 'haarlemmermeer', 'zwolle',
  'zoetermeer', 'leiden', 'maastricht', 'dordrecht', 'ede', 'alphen', 'leeuwarden', 'alkmaar', 'emmen',
  'westland', 'delft', 'venlo', 'deventer', 'sittard', 'helmond', 'oss', 'hilversum', 'heerlen', 'amstelveen',
  'hengelo', 'purmerend', 'roosendaal', 'schiedam', 'lelystad', 'vlaardingen', 'gouda', 'zaandam',
  'brussel', 'antwerpen', 'gent', 'brugge', 'leuven', 'mechelen', 'hasselt', 'kortrijk', 'oostende',
  'luik', 'namen', 'bergen', 'charleroi', 'limburg', 'vlaanderen', 'wallonie', 'holland', 'nederland',
  'belgie', 'europa', 'schiphol', 'haag', 'bosch', 'helder', 'randstad', 'veluwe', 'brabant',
  // Regions the police units and safety regions are named after: "Wijkagent Kennemerland".
  'kennemerland', 'haaglanden', 'rijnmond', 'amstelland', 'waterland', 'zaanstreek', 'twente', 'ijsselland', 'achterhoek',
  'salland', 'betuwe', 'rivierenland', 'kempenland', 'peelland', 'delfland', 'rijnland', 'westfriesland', 'noordoostpolder',
  'gooi', 'vechtstreek', 'bollenstreek', 'langstraat', 'meierij', 'liemers', 'krimpenerwaard', 'alblasserwaard',
  'zuidplas', 'drechtsteden', 'midden-nederland', 'oost-nederland', 'noord-nederland', 'oost-brabant', 'west-brabant',
  'zeeland-west-brabant', 'noord-holland', 'zuid-holland', 'noord-brabant', 'gelderland', 'overijssel', 'drenthe',
  'friesland', 'flevoland', 'zeeland', 'hollands-midden', 'gelderland-midden', 'gelderland-zuid', 'ijsselmond',
];

/**
 * Languages and nationalities: capitalised in Dutch and English ("vertaal naar het Engels"), so
 * the spelling dictionaries list them as proper nouns; some are surnames too ("Engels", "Frans").
 */
export const LANGUAGES: readonly string[] = [
  'nederlands', 'vlaams', 'fries', 'engels', 'duits', 'frans', 'spaans', 'italiaans', 'portugees', 'pools',
  'turks', 'marokkaans', 'arabisch', 'berbers', 'tamazight', 'surinaams', 'sranantongo', 'papiaments',
  'indonesisch', 'chinees', 'japans', 'russisch', 'oekraiens', 'roemeens', 'bulgaars', 'grieks', 'hongaars',
  'tsjechisch', 'zweeds', 'noors', 'deens', 'fins', 'hindi', 'perzisch', 'farsi', 'koerdisch', 'somalisch',
  'tigrinya', 'belgisch', 'europees', 'amerikaans', 'brits', 'nederlandse', 'engelse', 'duitse', 'franse',
  'spaanse', 'turkse', 'marokkaanse', 'poolse', 'surinaamse', 'antilliaanse', 'indonesische', 'belgische',
  'europese', 'amerikaanse', 'britse', 'english', 'dutch', 'german', 'french', 'spanish', 'italian',
  'polish', 'turkish', 'moroccan', 'arabic', 'russian', 'chinese', 'japanese', 'european', 'american',
  'british', 'belgian', 'flemish',
  // Languages an interpreter is booked for ("tolk Mandarijn"): not people, whatever the role before.
  'mandarijn', 'kantonees', 'dari', 'pasjtoe', 'pashto', 'urdu', 'bengaals', 'amhaars', 'vietnamees', 'thais',
  'koreaans', 'albanees', 'servisch', 'kroatisch', 'bosnisch', 'macedonisch', 'slowaaks', 'sloveens', 'litouws',
  'armeens', 'georgisch', 'azerbeidzjaans', 'oezbeeks', 'tamil', 'punjabi', 'hebreeuws', 'swahili', 'yoruba',
  'lingala', 'oromo', 'sorani', 'kurmanji', 'maleis', 'tagalog', 'nepalees', 'mandarin', 'cantonese',
];

/**
 * Surnames that are also ordinary words and missing from the name lists: after a given name they
 * name a person ("Joost Zwart", "Bregje Groen"), at a sentence start they stay words.
 */
export const WORD_SURNAMES: ReadonlySet<string> = new Set([
  'zwart', 'groen', 'wit', 'rood', 'bruin', 'blaauw', 'blauw', 'geel', 'grijs', 'klein', 'groot', 'lang', 'kort',
  'jong', 'oud', 'sterk', 'stam', 'koning', 'keizer', 'hertog', 'graaf', 'prins', 'vogel', 'haan', 'vink', 'mol',
  'kok', 'boer', 'schipper', 'winter', 'zomer', 'snel', 'stoker', 'brouwer', 'molenaar', 'wever', 'timmer',
]);
