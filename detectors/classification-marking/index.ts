import type { Candidate, Detector } from '../engine/types';

// Markings of "Politie Intern" and higher (M1, M4), the Rijksoverheid levels (VIR-BI) and the
// Traffic Light Protocol. "Niet Vertrouwelijk", "ongerubriceerd" and TLP:CLEAR are the lowest
// levels: they say a document may be shared, so they are never findings.
const S = '[\\s/]*'; // between words: spaces, line breaks, or the slash of "Politie/bedrijfsvoering"

interface Marking {
  pattern: RegExp;
  kind: string;
  confidence: number;
}

const word = (w: string) => w.split(' ').join(S);

const MARKINGS: Marking[] = [
  { kind: 'politie-intern', confidence: 0.95, pattern: re(word('politie intern')) },
  {
    kind: 'politie-confidentieel',
    confidence: 0.95,
    pattern: re(`(?:politie${S}(?:en${S})?bedrijfsvoering|politie|bedrijfsvoering)${S}(?:confidentieel|vertrouwelijk|geheim)`),
  },
  {
    kind: 'dep-vertrouwelijk',
    confidence: 0.95,
    pattern: re(`(?:dep\\.?|departementaal)${S}(?:v\\.|vertrouwelijk)`),
  },
  {
    kind: 'staatsgeheim',
    confidence: 0.95,
    pattern: re(`(?:stg\\.?|staatsgeheim)${S}(?:confidentieel|zeer${S}geheim|geheim)`),
  },
  { kind: 'tlp-red', confidence: 0.95, pattern: re(`tlp${S}:${S}(?:red|rood)`) },
  { kind: 'tlp-amber', confidence: 0.95, pattern: re(`tlp${S}:${S}(?:amber(?:\\+strict)?|oranje)`) },
];

function re(body: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

export const classificationMarking: Detector = {
  meta: {
    id: 'classification-marking',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['M4', 'P1.3', 'M1'],
    mask: 'none',
    // The document itself is not public: removing its marking does not make it shareable.
    redactable: false,
    messages: {
      nl: { label: 'Rubricering', placeholder: 'RUBRICERING' },
      en: { label: 'Classification marking', placeholder: 'CLASSIFICATION' },
    },
  },
  find({ text }) {
    const found: Candidate[] = [];
    for (const { pattern, kind, confidence } of MARKINGS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (/niet\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
        found.push({ start: m.index, end: m.index + m[0].length, confidence, kind });
      }
    }
    return found;
  },
};
