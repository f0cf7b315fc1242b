// What Dutch street names end in. A capitalised word with one of these endings, followed by a house
// number, is an address in nearly every text; other street names need a word such as "wonende".
export const STREET_ENDINGS = [
  'straat', 'straatje', 'straatweg', 'laan', 'laantje', 'weg', 'wegje', 'plein', 'pleintje', 'gracht', 'kade',
  'singel', 'dijk', 'dreef', 'hof', 'hofje', 'pad', 'steeg', 'baan', 'ring', 'park', 'markt', 'veld', 'plantsoen',
  'dam', 'wal', 'haven', 'kanaal', 'erf', 'hoek', 'burcht', 'donk', 'akker', 'zoom', 'waard', 'oord', 'plaats',
  'poort', 'brink', 'gaarde', 'rade', 'boulevard', 'allee', 'promenade', 'hoeve', 'vaart', 'wetering', 'sloot',
  'kwartier', 'hove', 'stede', 'borg', 'veste', 'vest', 'heuvel', 'weide', 'tuin', 'tuinen', 'zijde', 'kamp', 'horst', 'lei', 'berg', 'hage', 'galerij', 'passage', 'terras', 'esplanade', 'dwarsstraat',
  'achterom', 'boord', 'laar', 'beemd', 'wei', 'heide', 'sprong', 'schans', 'wallen', 'kolk', 'dijkje', 'voorstraat', 'gouw',
];

/** Streets that begin with their kind: "Laan van Meerdervoort", "Hof van Wouw". */
export const STREET_KINDS = ['Laan', 'Plein', 'Hof', 'Kade', 'Dijk', 'Weg', 'Park', 'Singel', 'Burgwal', 'Gracht', 'Dreef', 'Markt'];

/** Small words inside street names: "Burgemeester de Withstraat", "Laan van Nieuw Oost-Indië". */
export const PARTICLES = ['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'St.', 'Sint'];

/** A number that is followed by one of these is an amount or a time, not a house number. */
export const NOT_HOUSE_NUMBER_AFTER = new Set([
  'uur', 'jaar', 'jaren', 'keer', 'minuten', 'minuut', 'seconden', 'dagen', 'dag', 'weken', 'week', 'maanden',
  'maand', 'km', 'kilometer', 'meter', 'm', 'cm', 'procent', '%', 'euro', 'eur', 'personen', 'man', 'mensen',
  'stuks', 'kilo', 'kg', 'gram', 'liter', 'graden', 'punten', 'doelpunten', 'goals', 'miljoen', 'miljard',
  'duizend', 'honderd', 'jarige', 'jarigen', 'kamers', 'woningen', 'huizen', 'banen', 'leden', 'deelnemers',
]);

/** Capitalised words before a street name that start the sentence or the address, not the name. */
export const NOT_IN_STREET_NAMES = new Set([
  'Wonende', 'Wonend', 'Woonachtig', 'Woont', 'Woonde', 'Verblijvende', 'Verblijft', 'Adres', 'Woonadres', 'Gevestigd',
  'Ingeschreven', 'Hij', 'Zij', 'Ze', 'Wij', 'Ik', 'Het', 'Een', 'Deze', 'Die', 'Dat', 'In', 'Op', 'Aan', 'Bij', 'Naar',
  'Via', 'Vanaf', 'Uit', 'Langs', 'Over', 'Tot', 'Met', 'Voor', 'Achter', 'Tegenover', 'Nabij', 'Richting', 'Vanuit',
  'Verdachte', 'Aangever', 'Getuige', 'Slachtoffer', 'Melder', 'Betrokkene', 'Address', 'The', 'At',
]);
