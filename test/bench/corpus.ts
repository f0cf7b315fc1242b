// Deterministic mixed Dutch police-style text with identifiers, for benchmarks. Generated, not
// taken from any real case: names and numbers are fictitious.

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
];

/** About `bytes` bytes of text (ASCII-heavy, with some accents and evasion characters). */
export function mixedDutchText(bytes: number, seed = 1): string {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
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
