import type { Candidate, Detector } from '../engine/types';
import { ANY_MARKING, FIRST_WORDS, HEADER_LEVEL, LEVEL_AFTER_LABEL, LEVEL_LABELS, MARKINGS, aloneOnLine } from './markings';

/** "Niet Vertrouwelijk", "niet-politie-intern", "geen Stg. Geheim": the marking is denied. */
const NEGATED = /(?:niet|geen|not|non|no|un)[\s-]{0,2}$/i;
/**
 * In running prose "de politie vertrouwelijk behandelt" and "een politie-intern onderzoek" are no
 * markings: an article or preposition before a marking written in lower case gives it away.
 */
const PROSE_BEFORE = /(?:^|[^A-Za-z\u00C0-\u024F])(?:de|het|een|door|bij|van|die|deze|dat|en|als|om|dan|zodat|wat)\s+$/i;

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
    const push = (start: number, end: number, confidence: number, kind: string, actionHint?: Candidate['actionHint']) => {
      const before = text.slice(Math.max(0, start - 12), start);
      if (NEGATED.test(before)) return;
      const written = text.slice(start, end);
      if (written === written.toLowerCase() && PROSE_BEFORE.test(before)) confidence = 0.3;
      found.push({ start, end, confidence, kind, ...(actionHint && { actionHint }) });
    };

    let after = 0; // a marking's own words ("Politie/bedrijfsvoering") are no new start
    for (const first of FIRST_WORDS.in(text)) {
      if (first.start < after) continue;
      ANY_MARKING.lastIndex = first.start;
      const m = ANY_MARKING.exec(text);
      if (!m) continue;
      const marking = MARKINGS.find((_, k) => m.groups![`k${k}`] !== undefined)!;
      push(m.index, m.index + m[0].length, marking.confidence, marking.kind, marking.actionHint);
      after = m.index + m[0].length;
    }
    for (const label of LEVEL_LABELS.in(text)) {
      LEVEL_AFTER_LABEL.lastIndex = label.end;
      const m = LEVEL_AFTER_LABEL.exec(text);
      if (m) push(m.indices![1]![0], m.indices![1]![1], 0.85, 'labelled-level');
    }
    HEADER_LEVEL.lastIndex = 0;
    for (let m = HEADER_LEVEL.exec(text); m; m = HEADER_LEVEL.exec(text)) {
      if (aloneOnLine(text, m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length, 0.75, 'header-level');
    }
    return found;
  },
};
