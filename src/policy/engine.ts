import { DETECTORS, scan, type Detector } from '../../detectors';
import type { Engine } from '../guard/engine';
import { parseStoredPack } from '../pack/stored';
import { decide } from './decide';
import { inspect } from './inspect';
import { anonymise, showFindings } from './present';

// Fictitious, like every example in this project; one of each kind of thing the detectors look
// for, so that warming up runs the code a real paste runs.
const WARM_UP_LINES = [
  'Aangever Daan Visser, BSN 111222333, wonende Molenlaan 23A, 2860 FL Rotterdam, geb. 28-11-1978.',
  'Rubricering: Politie Intern. Kenteken 9-VRN-32, tel. 06-12345678 of (070) 123 45 67, j.jansen@example.nl.',
  'Rekening NL91 ABNA 0417 1643 00, creditcard 4111 1111 1111 1111, paspoortnummer NW7R4KB81.',
  'Proces-verbaal PL0900-2024123456-1, parketnummer 09/014861-23, V-nummer 2396245957, rijbewijsnummer 5125242731.',
  'Wat weet je over mevrouw J.P. van den Berg? Wat zijn de belangrijkste punten van de privacywetgeving?',
];
// V8 compiles each regular expression to machine code separately for one-byte (Latin-1) and
// two-byte strings, and at once only for a subject of 1,000 characters or more. Pasted text is
// often two-byte (’, —, €): warm up on both kinds, each long enough.
const WARM_UP_TEXTS = [
  WARM_UP_LINES.join('\n').repeat(3),
  WARM_UP_LINES.join(' — ‘Café’, € 12,50\n').repeat(3),
];

/** The detectors, policy and presentation, as the guard uses them (src/guard/engine.ts). */
export function createEngine(detectors: readonly Detector[] = DETECTORS): Engine {
  return {
    inspect: (text, pack) => inspect(text, pack, detectors),
    decide: (findings, failed, pack) => decide(findings, failed, detectors, pack),
    anonymise: (text, decision, lang) => anonymise(text, decision, lang, detectors),
    showFindings: (text, decision, lang) => showFindings(text, decision, lang, detectors),
    parseStoredPack,
    warmUp: (pack) => [
      () => void pack(),
      // One detector per step: the first run of some (names: decoding the name data) takes
      // several milliseconds, all of them together far longer than an idle moment.
      ...detectors.flatMap((detector) => [
        ...(detector.prepare ? [() => detector.prepare!()] : []),
        ...WARM_UP_TEXTS.map((text) => () => void scan(text, { detectors: [detector] })),
      ]),
      ...WARM_UP_TEXTS.map((text) => () => {
        const decision = inspect(text, pack(), detectors);
        showFindings(text, decision, 'nl', detectors);
        anonymise(text, decision, 'nl', detectors);
      }),
    ],
  };
}
