// Deterministic mixed Dutch police-style text with identifiers, for benchmarks. Generated, not
// taken from any real case: names and numbers are fictitious (checksums valid on purpose).

const SENTENCES = [
  'Kun je deze aangifte samenvatten? Aangever verklaarde dat zijn fiets bij het station is gestolen.',
  'Op 12 maart om 14:30 uur werd een melding gedaan van een inbraak in een woning aan de Dorpsstraat.',
  'De verdachte, BSN 111222333, werd aangehouden in een voertuig en overgebracht naar het bureau.',
  'Wat zijn de belangrijkste 8 punten van privacy wetgeving? Graag in gewone taal uitgelegd.',
  'Rubricering: Politie Intern. Memo over de inzet van drones bij evenementen in de regio.',
  'Het slachtoffer gaf aan dat zij eerder contact had opgenomen met de wijkagent over overlast.',
  'Is een tweezijdig geslepen mes verboden volgens de wapenwet? Welke artikelen zijn van belang?',
  'Getuige zag om ongeveer 23:00 uur twee personen wegrennen in de richting van het park.',
  'Het budget bedraagt € 1.234.567,89 voor 2025 en wordt verdeeld over drie teams.',
  'Herschrijf deze tekst in begrijpelijke taal voor een brief aan bewoners van de wijk.',
  'Aangever Daan Visser, wonende Molenlaan 23A, 2860 FL Rotterdam, telefoon 06-12345678.',
  'De auto met kenteken DS-03-DZ werd om 02:15 uur gezien op de A12 richting Utrecht.',
  'Het geld is overgemaakt naar NL42 ABNA 7220 3271 12; betaald met creditcard 4172 3143 0154 0489.',
  'Persoonsgegevens: Shanti Jansen, geb. 28-11-1978, e-mail s.jansen@example.nl, tel. (070) 123 45 67.',
  'In het proces-verbaal PL0900-2024123456-1 staat dat de zitting onder parketnummer 09/014861-23 valt.',
  'De melder gaf haar paspoortnummer NW7R4KB81 en haar rijbewijsnummer 5125242731 op.',
  'TLP:AMBER — deel dit overzicht alleen binnen het team. De score was 3-1 na verlenging.',
  'Bij spoed bel 112, geen spoed? Bel 0900-8844. Anoniem melden kan via 0800-7000.',
];

function generator(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** About `bytes` characters of text (ASCII-heavy, with some accents and evasion characters). */
export function mixedDutchText(bytes: number, seed = 1): string {
  const next = generator(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    let s = SENTENCES[Math.floor(next() * SENTENCES.length)]!;
    if (next() < 0.05) s = s.replace(' ', '\u00a0');
    if (next() < 0.03) s += ' Café, coördinatie en reünie.';
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(next() < 0.5 ? ' ' : '\n').slice(0, bytes);
}

// Police-style sentences full of (fictitious) people: the worst case for the name detector.
const PEOPLE = ['Daan Visser', 'mevrouw El Amrani', 'J.P. van den Berg', 'Kemal Öztürk', 'Agnieszka Nowak', 'Ravi Ramkisoen', 'de heer Van der Meer', 'Sanne de Vries'];
const TEMPLATES = [
  'Aangever {p} verklaarde dat zijn fiets bij het station van Utrecht is gestolen.',
  'Volgens getuige {p} reed de auto met hoge snelheid weg in de richting van het park.',
  'Kun je deze mail aan {p} herschrijven? Het gaat over de afspraak van maandag.',
  'De verdachte, {p}, werd aangehouden en overgebracht naar het bureau in Den Haag.',
  'Wat weet je over {p}? Rubricering: Politie Intern.',
  'Het Openbaar Ministerie en de Nationale Politie bespraken de planning voor 2025.',
];

export function nameRichText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = TEMPLATES[i % TEMPLATES.length]!.replace('{p}', PEOPLE[(i * 7) % PEOPLE.length]!);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(' ').slice(0, bytes);
}

/**
 * Inputs built to make pattern matchers backtrack or scan quadratically: the worst a paste can be.
 * Each is about `bytes` characters.
 */
export function adversarialTexts(bytes: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  const next = generator(7);
  const words: string[] = [];
  for (let size = 0; size < bytes; ) {
    const w = String.fromCharCode(65 + Math.floor(next() * 26)) + 'abcdefghij'.slice(0, 2 + Math.floor(next() * 8));
    words.push(w);
    size += w.length + 1;
  }
  return {
    'digit run': fill('1234567890'),
    'digit groups': fill('123 456 789 0 '),
    'repeated NL': fill('NL'),
    'repeated NL91': fill('NL91 ABNA '),
    'repeated PL': fill('PL0900-'),
    separators: fill('- / . - '),
    'capitalised words': words.join(' ').slice(0, bytes),
    'capitalised + numbers': fill('Kerkstraat Molenlaan Laan Van De 12 '),
    'at signs': fill('a.b@'),
    'plus digits': fill('+31 (0'),
    'letters and digits': fill('AB12CD34EF'),
    'one long word': fill('politie'),
  };
}
