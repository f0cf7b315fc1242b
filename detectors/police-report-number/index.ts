import { contextPattern, lastLabelBefore } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { labelWins } from '../engine/ten-digit-labels';

// BVH (Basisvoorziening Handhaving) registration numbers as they head a proces-verbaal:
// "PL" + two-digit unit (eenheid) + two digits or, in older numbers, two letters of the team,
// then the year and six digits, sometimes "-N" for the n-th report: PL0900-2024123456,
// PL0900-2024123456-1, PL0400 2016948757, PL01KE 2013110751-1.
const PL_NUMBER = /(?<![\p{L}\p{N}])PL ?\d{2}(?:\d{2}|[A-Z]{2})(?:[- ]|\s)?(?:19|20)\d{8}(?:-\d{1,3})?(?![\p{L}\p{N}]|-\p{N})/giu;

// The registration number on its own, "2024123456", counts only after a label that names it.
const BARE = /(?<![\p{L}\p{N}]|\p{N}[.,\- ])(?:19|20)\d{8}(?:-\d{1,3})?(?![\p{L}\p{N}]|[.,\-]\p{N})/gu;
const LABEL = contextPattern([
  'bvh', 'bvh-nummer', 'bvh nummer', 'bvh-registratienummer', 'registratienummer', 'mutatienummer', 'mutatie',
  'proces-verbaal', 'proces-verbaalnummer', 'proces verbaal', 'pv', 'pv-nummer', 'pv nummer', 'pv-nr', 'p.v.',
  'aangiftenummer', 'aangifte nummer', 'nummer van de aangifte', 'registratie', 'police report', 'report number',
]);

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
    const extra = settings.contextWords?.length ? contextPattern(settings.contextWords) : undefined;
    BARE.lastIndex = 0;
    for (let m = BARE.exec(text); m; m = BARE.exec(text)) {
      const start = m.index;
      const label = Math.max(lastLabelBefore(text, start, LABEL, 64), extra ? lastLabelBefore(text, start, extra, 64) : -1);
      if (label < 0 || !labelWins(text, start, label)) continue;
      found.push({ start, end: start + m[0].length, confidence: 0.85 });
    }
    return found;
  },
};
