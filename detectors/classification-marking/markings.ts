// Classification markings of "Politie Intern" and higher (M1, M4), the Rijksoverheid levels
// (VIR-BI), EU and NATO classified information, and the Traffic Light Protocol 2.0. The lowest
// levels ("Niet Vertrouwelijk", "ongerubriceerd", NATO/EU UNCLASSIFIED, TLP:CLEAR/WHITE) say a
// document may be shared, so they are never findings.
import type { Action } from '../engine/types';
import { defineLabels } from '../engine/labels';
import { END } from '../engine/word';

/** Between the words of a marking: spaces, a line break, the slash of "Politie/bedrijfsvoering". */
const S = '[\\s/\\-]{0,3}';
const words = (w: string) => w.split(' ').join(S);

export interface Marking {
  kind: string;
  body: string;
  confidence: number;
  actionHint?: Action;
}

export const MARKINGS: readonly Marking[] = [
  { kind: 'politie-intern', confidence: 0.95, body: words('politie intern') },
  {
    kind: 'politie-vertrouwelijk',
    confidence: 0.95,
    body: `(?:politie${S}(?:(?:en|&)${S})?bedrijfsvoering|politie|bedrijfsvoering)${S}(?:${words('zeer geheim')}|confidentieel|vertrouwelijk|geheim)`,
  },
  {
    kind: 'dep-vertrouwelijk',
    confidence: 0.95,
    body: `(?:dep\\.${S}(?:vertrouwelijk|v\\.?)|(?:dep|departementaal)${S}vertrouwelijk)`,
  },
  {
    kind: 'staatsgeheim',
    confidence: 0.95,
    body: `(?:stg\\.?|staatsgeheim)${S}(?:confidentieel|${words('zeer geheim')}|geheim)`,
  },
  {
    kind: 'eu-classified',
    confidence: 0.9,
    body: `(?:eu${S}(?:${words('top secret')}|restricted|confidential|secret)|(?:restreint|confidentiel|${words('tr[eè]s secret')}|secret)${S}ue)`,
  },
  {
    kind: 'nato-classified',
    confidence: 0.9,
    body: `(?:(?:nato|cosmic)${S}(?:${words('top secret')}|restricted|confidential|secret)|navo${S}(?:${words('zeer geheim')}|confidentieel|vertrouwelijk|geheim))`,
  },
  { kind: 'tlp-red', confidence: 0.95, body: `tlp ?[:\\-]? ?(?:red|rood)` },
  { kind: 'tlp-amber', confidence: 0.95, body: `tlp ?[:\\-]? ?(?:amber(?:\\+strict)?|oranje|geel)` },
  // TLP:GREEN may be shared within the community, not in public: a warning, not a block.
  { kind: 'tlp-green', confidence: 0.9, body: `tlp ?[:\\-]? ?(?:green|groen)`, actionHint: 'warn' },
];

/** The words a marking can start with: found first, then the marking is read from there. */
export const FIRST_WORDS = defineLabels(
  ['politie', 'bedrijfsvoering', 'dep', 'departementaal', 'stg', 'staatsgeheim', 'eu', 'restreint', 'confidentiel',
    'tres', 'très', 'secret', 'nato', 'cosmic', 'navo', 'tlp'],
);

/** Every marking, tried where a first word stands; the named group that matched (k0, k1, …) tells which. */
export const ANY_MARKING = new RegExp(
  `(?:${MARKINGS.map((m, i) => `(?<k${i}>${m.body})`).join('|')})${END}(?!\\+[A-Za-z])`,
  'iy',
);

/** A level after a label: "Rubricering: Vertrouwelijk", "Classificatie: Zeer geheim". */
export const LEVEL_LABELS = defineLabels([
  'rubricering', 'gerubriceerd als', 'classificatie', 'geclassificeerd als', 'classification', 'markering',
]);
/** Read right after a level label; group 1 is the level. */
export const LEVEL_AFTER_LABEL = new RegExp(
  `${S}:?${S}(${words('zeer geheim')}|geheim|vertrouwelijk|confidentieel|intern|${words('top secret')}|secret|confidential|restricted)${END}`,
  'dyi',
);

/** A level alone on a line in capitals, as a document header: "VERTROUWELIJK" (see `aloneOnLine`). */
export const HEADER_LEVEL = /ZEER GEHEIM|STAATSGEHEIM|GEHEIM|VERTROUWELIJK|CONFIDENTIEEL/g;
const DECORATION = /^[ \t*_#-]*$/;

/** Whether only decoration (spaces, *, _, #, -) stands between [start, end) and the line's ends. */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  return DECORATION.test(text.slice(lineStart, start)) && DECORATION.test(text.slice(end, lineEnd));
}
