import { contextPattern } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { NOT_HOUSE_NUMBER_AFTER, STREET_ENDINGS } from './streets';

// A house number and its additions as the BAG writes them: 23A, 63-B, 171-2, 42 bis, 12 hs, 7-I.
const HOUSE_NUMBER = String.raw`[1-9]\d{0,4}(?:(?: ?- ?| )?(?:[A-Za-z](?![\p{L}\p{N}])|bis|hs|huis|zw|bg|I{1,3}(?![\p{L}])|\d{1,3}(?![\p{N}]))|[A-Za-z](?![\p{L}\p{N}]))?`;
const WORD = String.raw`\p{Lu}[\p{Ll}'’.-]{0,30}`;
const PARTICLE = String.raw`(?:van|de|der|den|het|'t|ter|ten|te|op|aan|in|bij|over|voor|achter|St\.|Sint)`;

// Candidate street: a capitalised word ending in a street word, up to three name words or
// particles before it ("Burgemeester de Withstraat"), then a house number. Bounded repetition keeps
// the scan linear on 100,000 capitalised words in a row.
const SUFFIXED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${WORD}|${PARTICLE}) ){0,3}\p{Lu}[\p{Ll}'’-]{0,30}(?:${STREET_ENDINGS.join('|')}) (${HOUSE_NUMBER})(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
// "Laan van Meerdervoort 12", "Plein 1944 3"? — only forms with a particle: the street kind first.
const KIND_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Laan|Plein|Hof|Kade|Dijk|Weg|Park|Singel|Burgwal|Gracht)(?: ${PARTICLE}){1,2} ${WORD}(?: ${WORD})? (${HOUSE_NUMBER})(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);
// Any capitalised street name right after a word that introduces an address: "wonende Lange
// Voorhout 9", "adres: Heuvel 3". Group 1 is the address itself.
const INTRODUCER = ['wonende', 'woonachtig', 'wonend', 'woont', 'woonde', 'verblijvend', 'verblijvende', 'verblijft',
  'ingeschreven', 'adres', 'woonadres', 'verblijfadres', 'verblijfsadres', 'postadres', 'gevestigd', 'address',
  'lives at', 'living at']
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
const INTRODUCED = new RegExp(
  String.raw`(?<![\p{L}])(?:${INTRODUCER})(?: (?:op|aan|in|te|at|aan de|op de|op het|in de|aan het))?:? ((?:(?:${WORD}|${PARTICLE}) ){0,3}${WORD} (?:${HOUSE_NUMBER}))(?![\p{L}\p{N}]|[.,]\d)`,
  'dgu',
);

const CONTEXT = contextPattern(['wonende', 'woonachtig', 'adres', 'woont', 'woonadres', 'address', 'postcode']);

export const address: Detector = {
  meta: {
    id: 'address',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['person-name'],
    messages: {
      nl: { label: 'Adres', placeholder: 'ADRES' },
      en: { label: 'Address', placeholder: 'ADDRESS' },
    },
  },
  find({ text }) {
    const found: Candidate[] = [];
    for (const [pattern, confidence] of [[SUFFIXED, 0.8], [KIND_FIRST, 0.75], [INTRODUCED, 0.85]] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        // INTRODUCED matches the introducing word too; its group 1 is the address.
        const [from, end] = pattern === INTRODUCED ? m.indices![1]! : [m.index, m.index + m[0].length];
        let start = from;
        if (followedByUnit(text, end)) continue;
        // Leading particles and sentence-initial words are not part of the street: "In de Kerkstraat 5".
        const written = text.slice(start, end);
        const lead = /^(?:(?:In|Op|Aan|Bij|Naar|Via|Vanaf|Uit|Langs|Over|De|Het|Een|Te|Ter|Ten|Van|the|in|op|aan|bij|naar|de|het|te|van|een)\s)+/u.exec(written);
        if (lead && !/^(?:Van|De|Den|Ter|Ten)\s\p{Lu}/u.test(written)) start += lead[0].length;
        if (start >= end - 2) continue;
        found.push({ start, end, confidence: near(text, start, end) ? Math.min(0.95, confidence + 0.1) : confidence });
      }
    }
    return found;
  },
};

function followedByUnit(text: string, end: number): boolean {
  const next = /^\s?([\p{L}%]+)/u.exec(text.slice(end, end + 16));
  return !!next && NOT_HOUSE_NUMBER_AFTER.has(next[1]!.toLowerCase());
}

function near(text: string, start: number, end: number): boolean {
  return CONTEXT.test(text.slice(Math.max(0, start - 32), start)) || /^,? ?[1-9]\d{3} ?[A-Z]{2}\b/.test(text.slice(end, end + 10));
}
