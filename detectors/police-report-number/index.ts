import { contextPattern, lastLabelBefore, valuesNearLabels } from '../engine/context';
import { defineLabels, labelsWith } from '../engine/labels';
import type { Candidate, Detector } from '../engine/types';
import { END, WORD_CHAR } from '../engine/word';
import { labelWins } from '../engine/ten-digit-labels';

// BVH (Basisvoorziening Handhaving) registration numbers as they head a proces-verbaal:
// "PL" + two-digit unit (eenheid) + two digits or, in older numbers, two letters of the team,
// then the year and six digits, sometimes "-N" for the n-th report: PL0900-2024123456,
// PL0900-2024123456-1, PL0400 2016948757, PL01KE 2013110751-1.
const PL_NUMBER = new RegExp(
  `PL(?<![${WORD_CHAR}]PL) ?\\d{2}(?:\\d{2}|[A-Z]{2})(?:-\\s?|\\s)?(?:19|20)\\d{8}(?:-\\d{1,3})?${END}(?!-\\d)`,
  'gi',
);

// The registration number on its own, "2024123456", counts only after a label that names it.
const BARE = new RegExp(`(?<![${WORD_CHAR}]|\\d[.,\\- ])(?:19|20)\\d{8}(?:-\\d{1,3})?${END}(?![.,\\-]\\d)`, 'g');
const LABEL_WORDS = [
  'bvh', 'bvh-nummer', 'bvh nummer', 'bvh-registratienummer', 'registratienummer', 'mutatienummer', 'mutatie',
  'proces-verbaal', 'proces-verbaalnummer', 'proces verbaal', 'pv', 'pv-nummer', 'pv nummer', 'pv-nr', 'p.v.',
  'aangiftenummer', 'aangifte nummer', 'nummer van de aangifte', 'registratie', 'police report', 'report number',
];
const LABEL = contextPattern(LABEL_WORDS);
const LABELS = defineLabels(LABEL_WORDS);

export const policeReportNumber: Detector = {
  meta: {
    id: 'police-report-number',
    defaultAction: 'block',
    minConfidence: 0.5,
    rules: ['P1.4', 'S3'],
    mask: 'partial',
    redactable: true,
    supersedes: ['phone', 'bsn', 'drivers-license', 'v-number', 'credit-card'],
    messages: {
      nl: { label: 'Registratienummer (BVH/proces-verbaal)', placeholder: 'PV-NUMMER' },
      en: { label: 'Police report number (BVH)', placeholder: 'POLICE REPORT NUMBER' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    PL_NUMBER.lastIndex = 0;
    for (let m = PL_NUMBER.exec(text); m; m = PL_NUMBER.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, confidence: 0.95 });
    }
    const words = settings.contextWords?.length ? [...LABEL_WORDS, ...settings.contextWords] : LABEL_WORDS;
    const own = settings.contextWords?.length ? contextPattern(words) : LABEL;
    valuesNearLabels(text, labelsWith(text, LABELS, settings.contextWords), BARE, { before: 0, after: 64 }, (m, start) => {
      const label = lastLabelBefore(text, start, own, 64);
      if (label >= 0 && labelWins(text, start, label)) found.push({ start, end: start + m[0].length, confidence: 0.85 });
    });
    return found;
  },
};
