import type { Candidate, Detector } from '../engine/types';
import { ANY_MARKING, FIRST_WORDS, HEADER_LEVEL, LEVEL_AFTER_LABEL, LEVEL_LABELS, MARKINGS, aloneOnLine } from './markings';

/**
 * Letters spaced out one by one ("P o l i t i e   I n t e r n", "S.T.G. G.E.H.E.I.M"): a marking
 * typed so that no word of it is whole. Six single letters in a row, each followed by one to six
 * separators.
 */
const LETTER_SPACED = /[A-Za-z](?:[ ._*-]{1,6}[A-Za-z](?![A-Za-z])){5,}/y;
/**
 * The same run after the character before it, which must be no letter: the last letter of a whole
 * word ("is P O L …") starts no run. Asking for that character first spares the regex engine a try
 * at every letter of the text, which halves the cost of this search.
 */
const LETTER_SPACED_AFTER = /[^A-Za-z][A-Za-z](?:[ ._*-]{1,6}[A-Za-z](?![A-Za-z])){5,}/g;
/** Two single letters in a row, spaced: every letter-spaced run holds them, prose hardly ever. */
const TWO_SPACED_LETTERS = /[ ._*-][A-Za-z][ ._*-]{1,6}[A-Za-z][ ._*-]/;
const SPACED_MARKING = new RegExp(ANY_MARKING.source, 'gi');

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
    const spacedRun = (start: number, end: number) => {
      for (const marking of letterSpaced(text, start, end)) push(marking.start, marking.end, marking.confidence, marking.kind, marking.actionHint);
    };
    if (TWO_SPACED_LETTERS.test(text)) {
      LETTER_SPACED.lastIndex = 0;
      const first = LETTER_SPACED.exec(text);
      if (first) spacedRun(0, first[0].length);
      LETTER_SPACED_AFTER.lastIndex = first?.[0].length ?? 0;
      for (let m = LETTER_SPACED_AFTER.exec(text); m; m = LETTER_SPACED_AFTER.exec(text)) spacedRun(m.index + 1, m.index + m[0].length);
    }
    HEADER_LEVEL.lastIndex = 0;
    for (let m = HEADER_LEVEL.exec(text); m; m = HEADER_LEVEL.exec(text)) {
      if (aloneOnLine(text, m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length, 0.75, 'header-level');
    }
    return found;
  },
};

/**
 * Markings in a letter-spaced run, with the words right around it: the run is read with the gaps
 * inside a word closed and the wider gaps between words kept as one space, and every position of
 * that reading maps back to the text.
 */
function letterSpaced(text: string, start: number, end: number): (Candidate & { kind: string })[] {
  const from = Math.max(0, start - 24);
  const to = Math.min(text.length, end + 24);
  const run = text.slice(start, end);
  // The gap between letters of one word is the narrowest one of the run.
  let narrow = Infinity;
  for (const gap of run.match(/[ ._*-]+/g) ?? []) narrow = Math.min(narrow, gap.length);
  let read = '';
  const at: number[] = [];
  const keep = (i: number) => {
    read += text[i];
    at.push(i);
  };
  for (let i = from; i < start; i++) keep(i);
  for (let i = start; i < end; i++) {
    if (/[A-Za-z]/.test(text[i]!)) keep(i);
    else {
      let j = i;
      while (j < end && !/[A-Za-z]/.test(text[j]!)) j++;
      if (j - i > narrow) {
        read += ' ';
        at.push(i);
      }
      i = j - 1;
    }
  }
  for (let i = end; i < to; i++) keep(i);
  at.push(to);
  const found: (Candidate & { kind: string })[] = [];
  SPACED_MARKING.lastIndex = 0;
  for (let m = SPACED_MARKING.exec(read); m; m = SPACED_MARKING.exec(read)) {
    const s = at[m.index]!;
    const e = at[m.index + m[0].length - 1]! + 1;
    if (/[A-Za-z]/.test(read[m.index - 1] ?? '') || e <= start || s >= end) continue;
    const marking = MARKINGS.find((_, k) => m!.groups![`k${k}`] !== undefined)!;
    found.push({ start: s, end: e, confidence: marking.confidence, kind: marking.kind, ...(marking.actionHint && { actionHint: marking.actionHint }) });
  }
  return found;
}
