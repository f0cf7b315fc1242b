// Phone numbers, addresses and dates, written the many ways Dutch colleagues write them.
import type { Rng } from './random.ts';

// ---------- phones
const AREA = ['010', '020', '030', '040', '050', '070', '071', '072', '073', '076', '0115', '0161', '0418', '0513', '0575', '0341',
  '045', '043', '053', '024', '026', '013', '0222', '0252', '078', '079', '035', '033', '038', '058'];

export function mobile(rng: Rng, style?: number): string {
  const n = `6${rng.int(1, 5)}${rng.digits(7)}`; // 06-1…06-5: mobile blocks in use
  const a = n.slice(1); // 8 digits after 06
  const writings = [
    () => `06-${a}`, () => `06 ${a}`, () => `06 ${a.slice(0, 4)} ${a.slice(4)}`, () => `06-${a.slice(0, 4)} ${a.slice(4)}`,
    () => `0${n}`, () => `+31 6 ${a}`, () => `+31 (0)6 ${a.slice(0, 4)} ${a.slice(4)}`, () => `+31${n}`, () => `0031 6 ${a}`,
    () => `06 - ${a.match(/../g)!.join(' ')}`, () => `06-${a.match(/../g)!.join('-')}`, () => `(06) ${a}`, () => `+31 6 ${a.match(/../g)!.join(' ')}`,
    () => `+316-${a}`, () => `06.${a.match(/../g)!.join('.')}`,
  ];
  return writings[style ?? rng.int(0, writings.length - 1)]!();
}

export function landline(rng: Rng, style?: number): string {
  const area = rng.pick(AREA);
  const len = 10 - area.length; // subscriber digits
  const sub = String(rng.int(2, 9)) + rng.digits(len - 1);
  const a0 = area.slice(1);
  const grp = len === 7 ? `${sub.slice(0, 3)} ${sub.slice(3, 5)} ${sub.slice(5)}` : `${sub.slice(0, 2)} ${sub.slice(2, 4)} ${sub.slice(4)}`;
  const writings = [
    () => `${area}-${sub}`, () => `${area} ${grp}`, () => `(${area}) ${grp}`, () => `${area} ${sub.slice(0, 3)} ${sub.slice(3)}`,
    () => `+31 ${a0} ${sub}`, () => `+31 (0)${a0}-${sub}`, () => `${area}${sub}`, () => `0031 ${a0} ${sub}`, () => `${area} - ${grp}`,
    () => `+31 (0)${a0} ${grp}`,
  ];
  return writings[style ?? rng.int(0, writings.length - 1)]!();
}

/** numbers with a country code, plausible for their numbering plan */
export function foreign(rng: Rng): string {
  const w = [
    () => `+32 4${rng.int(70, 99)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, // BE mobile
    () => `+32 3 ${rng.int(200, 899)} ${rng.digits(2)} ${rng.digits(2)}`, // Antwerpen
    () => `+49 15${rng.int(1, 2)} ${rng.digits(8)}`, // DE mobile
    () => `0049 30 ${rng.int(2, 9)}${rng.digits(6)}`, // Berlin
    () => `+44 7${rng.int(400, 999)} ${rng.digits(6)}`, // UK mobile
    () => `+212 6 ${rng.int(10, 99)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, // MA mobile
    () => `+90 5${rng.int(30, 59)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`, // TR mobile
    () => `+597 8${rng.digits(6)}`, // SR mobile
    () => `+48 ${rng.int(5, 8)}${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, // PL
    () => `+33 6 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, // FR mobile
    () => `+34 6${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`, // ES mobile
    () => `+599 9 ${rng.int(4, 7)}${rng.digits(2)} ${rng.digits(4)}`, // Curaçao
    () => `+1 (${rng.pick(['212', '415', '617'])}) ${rng.int(201, 989)}-${rng.digits(4)}`, // US
    () => `+380 ${rng.pick(['50', '67', '93'])} ${rng.digits(3)} ${rng.digits(4)}`, // UA mobile
  ];
  return rng.pick(w)();
}

// ---------- places and streets
export const CITIES = ['Amsterdam', 'Rotterdam', 'Den Haag', "'s-Gravenhage", 'Utrecht', 'Eindhoven', 'Tilburg', 'Groningen', 'Almere',
  'Breda', 'Nijmegen', 'Apeldoorn', 'Haarlem', 'Enschede', 'Arnhem', 'Amersfoort', 'Zaandam', "'s-Hertogenbosch", 'Den Bosch',
  'Zoetermeer', 'Zwolle', 'Leeuwarden', 'Maastricht', 'Dordrecht', 'Leiden', 'Alphen aan den Rijn', 'Hoorn', 'Helmond', 'Emmen',
  'Venlo', 'Heerlen', 'Lelystad', 'Capelle aan den IJssel', 'Spijkenisse', 'Vlaardingen', 'Schiedam', 'Gouda', 'Bergen op Zoom',
  'Roosendaal', 'Oss', 'Deventer', 'Delft', 'Sittard', 'Purmerend', 'Hilversum', 'Zeist', 'Nieuwegein', 'Veenendaal', 'Kerkrade',
  'Terneuzen', 'Middelburg', 'Assen', 'Drachten', 'Sneek', 'Harderwijk', 'Ede', 'Katwijk', 'Rijswijk', 'Hoofddorp', 'IJmuiden',
  'Den Helder', 'Krimpen aan den IJssel', 'Wijk bij Duurstede', 'Oud-Beijerland', 'Hardinxveld-Giessendam'];

export const STREETS = ['Molenstraat', 'Kerkstraat', 'Dorpsstraat', 'Hoofdstraat', 'Stationsweg', 'Schoolstraat', 'Julianastraat',
  'Beatrixlaan', 'Wilhelminastraat', 'Prins Hendrikkade', 'Laan van Meerdervoort', 'Burgemeester Reigerstraat',
  'Van Limburg Stirumstraat', 'Eerste Jan Steenstraat', 'Tweede Oosterparkstraat', 'Oudegracht', 'Nieuwe Binnenweg', 'Bergweg',
  'Kruiskade', 'Vaartweg', 'Lindenlaan', 'Esdoornstraat', 'Merelstraat', 'Koekoeksweg', 'Zuidwal', 'Noordsingel', 'Marktplein',
  'Rijksstraatweg', 'Amsterdamsestraatweg', 'Utrechtseweg', "'s-Gravendijkwal", 'Dr. Schaepmanstraat', 'Pr. Irenestraat',
  'Anne Frankplantsoen', 'Hugo de Grootstraat', 'Johan de Wittlaan', 'Burg. Hogguerstraat', 'Kofschip', 'De Schans', 'Hof van Delft',
  'Zwanenburgwal', 'Kanaalweg', 'Boschdijk', 'Akkerwinde', 'Sint Jacobsstraat', 'St. Annastraat', 'Zuidplein', 'Herengracht',
  'Jan van Galenstraat', 'Hoge Rijndijk', 'Graaf Florisstraat', 'Van der Valk Boumanweg', 'Plantage Middenlaan', 'Hoogstraat',
  'Groenewoudseweg', 'Oranjeboomstraat', 'Bijlmerdreef', 'Gaffelstraat', 'Slotermeerlaan', 'Lange Nieuwstraat', 'Weerdsingel O.Z.',
  'Ambachtsweg', 'Industrieweg', 'Vlietkade', 'Burgemeester van Nispenstraat', 'Waalhaven Oostzijde', 'Generaal Eisenhowerplein',
  'Mr. P.J. Troelstraweg', 'Heer Bokelweg', 'Kapelstraat', 'Stadhuisplein', 'Van Heutszstraat', 'Lange Hezelstraat'];

export function houseNumber(rng: Rng): string {
  const n = String(rng.chance(0.15) ? rng.int(100, 1200) : rng.int(1, 99));
  return rng.pick([
    n, n, n, n, `${n}${rng.pick(['A', 'B', 'a', 'c'])}`, `${n} ${rng.pick(['A', 'B'])}`, `${n}-${rng.int(1, 4)}`, `${n}-${rng.pick(['II', 'III', 'hs'])}`,
    `${n} hs`, `${n} bis`, `${n}bis`, `${n}-A`, `${n} III`, `${n}-${rng.int(101, 420)}`,
  ]);
}
export const streetAddress = (rng: Rng) => `${rng.pick(STREETS)} ${houseNumber(rng)}`;

// ---------- dates
export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MON_SHORT = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Ymd { y: number; m: number; d: number }
export const randomDate = (rng: Rng, from: number, to: number): Ymd => ({ y: rng.int(from, to), m: rng.int(1, 12), d: rng.int(1, 28) });
const p2 = (n: number) => String(n).padStart(2, '0');

export type DateStyle = 'dmy' | 'dmy1' | 'long' | 'short' | 'iso' | 'slash' | 'dot' | 'en' | 'en-us' | 'dmyy';
export function writeDate(x: Ymd, style: DateStyle): string {
  switch (style) {
    case 'dmy': return `${p2(x.d)}-${p2(x.m)}-${x.y}`;
    case 'dmy1': return `${x.d}-${x.m}-${x.y}`;
    case 'long': return `${x.d} ${MONTHS[x.m - 1]} ${x.y}`;
    case 'short': return `${x.d} ${MON_SHORT[x.m - 1]} ${x.y}`;
    case 'iso': return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case 'slash': return `${p2(x.d)}/${p2(x.m)}/${x.y}`;
    case 'dot': return `${p2(x.d)}.${p2(x.m)}.${x.y}`;
    case 'en': return `${x.d} ${EN_MONTHS[x.m - 1]} ${x.y}`;
    case 'en-us': return `${EN_MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
    case 'dmyy': return `${p2(x.d)}-${p2(x.m)}-'${String(x.y).slice(2)}`;
  }
}
export const birthDate = (rng: Rng, style?: DateStyle) =>
  writeDate(randomDate(rng, 1941, 2009), style ?? rng.pick(['dmy', 'dmy', 'dmy', 'long', 'dmy1', 'iso', 'slash', 'dot', 'short'] as const));
