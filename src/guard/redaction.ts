import type { Decision } from '../policy/decide';
import { readComposer, type Composer } from './composer';
import { withText } from './files';
import type { Outcome } from './gate';
import { insertText, settle } from './insert';
import { select } from './selection';

type Anonymise = (text: string, decision: Decision) => string;

/** The files of an outcome with every finding in a text file replaced; unflagged files unchanged. */
export function redactedFiles(outcome: Outcome, anonymise: Anonymise): File[] {
  return outcome.files.map((f) =>
    f.kind === 'text' && f.decision.verdict !== 'allow' ? withText(f.file, anonymise(f.text, f.decision)) : f.file,
  );
}

/**
 * Anonymises a message in the composer in place: each finding, last to first, is selected and
 * replaced by its placeholder through the editor's own input path. Everything else (formatting,
 * paragraphs, the rest of the text) stays exactly as it was, and each replacement is undoable.
 */
export async function redactComposer(
  composer: Composer,
  text: string,
  decision: Decision,
  placeholder: (finding: Decision['findings'][number]) => string,
): Promise<void> {
  const win = composer.ownerDocument.defaultView!;
  const findings = [...decision.findings].sort((a, b) => b.start - a.start);
  let limit = Infinity;
  for (const finding of findings) {
    // Findings may overlap (two detectors, one span): the later one already replaced this part.
    if (finding.end > limit) continue;
    limit = finding.start;
    const value = text.slice(finding.start, finding.end);
    const current = readComposer(composer);
    const start = nearest(current.text, value, finding.start);
    if (start < 0) continue;
    select(composer, current.locate(start, start + value.length));
    await settle(win);
    insertText(composer, placeholder(finding));
    await settle(win);
  }
}

/** Where `value` sits in `text`, closest to where it was when scanned (the editor may have re-rendered). */
function nearest(text: string, value: string, near: number): number {
  if (text.slice(near, near + value.length) === value) return near;
  let best = -1;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
