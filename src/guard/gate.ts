import type { DialogChoice } from '../dialog/dialog';
import { MAX_CITED_RULES, type Decision, type PolicyFinding, type Verdict } from '../policy/decide';
import { readFiles, type CheckedFile } from './files';

/** The ways text and files reach a chatbot; each gets its own wording in the dialog. */
export type Source = 'paste' | 'drop' | 'submit' | 'upload';

/** Something held back on its way into the page. */
export interface Passage {
  source: Source;
  /** Text that comes with it: pasted or dropped text, or the composer's whole text on submit. */
  text?: string | undefined;
  files?: readonly File[] | undefined;
  /** Lets it through unchanged, when a check that had to wait (files, a very long text) found nothing. */
  release(): void;
  /** Carries out the user's choice in the dialog. */
  act(choice: DialogChoice, outcome: Outcome): void | Promise<void>;
}

/** What the check found, per piece, and the decision over all of it. */
export interface Outcome {
  decision: Decision;
  text?: { text: string; decision: Decision } | undefined;
  files: (CheckedFile & { decision: Decision })[];
}

export interface GateDeps {
  /** Whether `inspect` can answer now (default: always). Until it can, everything is held and checked once it can. */
  ready?(): boolean;
  /** Resolves once `inspect` can answer; a rejection leaves what was held as unreadable. */
  whenReady?(): Promise<unknown>;
  /** Text → decision, synchronously (short texts). */
  inspect(text: string): Decision;
  /** Text → decision without freezing the page (long texts). */
  inspectLarge(text: string): Promise<Decision>;
  /** Shows the dialog; resolves with the user's choice. */
  ask(source: Source, outcome: Outcome): Promise<DialogChoice>;
  /** Told of every decision that was not `allow` and of what the user chose (counts only). */
  record?(decision: Decision, choice: DialogChoice): void;
}

/** Texts up to this length are decided inside the event itself; longer ones are held and checked in slices. */
export const SYNC_LIMIT = 100_000;

/** What the rules say about files Plakwacht cannot read: images always cite S4, other documents P1.3. */
const UNREADABLE_RULES: Record<Exclude<CheckedFile['kind'], 'text'>, string> = {
  image: 'S4',
  document: 'P1.3',
  unreadable: 'P1.3',
};

const RANK: Record<Verdict, number> = { allow: 0, warn: 1, block: 2 };
const ALLOW: Decision = { verdict: 'allow', findings: [], rules: [], redactable: false, incomplete: [] };

export interface Gate {
  /** Decides whether the passage may go in now; true when it is held back (the caller stops the event). */
  offer(passage: Passage): boolean;
  /** Whether a dialog is open or a check is running: nothing else goes in meanwhile. */
  readonly busy: boolean;
}

export function createGate(deps: GateDeps): Gate {
  let busy = false;
  // Findings the user has already let through with "proceed" (warnings only, never blocks), so
  // sending the message they pasted does not ask again. Kept in this page's memory only.
  const accepted = new Set<string>();
  const key = (text: string, f: PolicyFinding) => `${f.detector}\u0000${text.slice(f.start, f.end)}`;

  const inspect = (text: string): Decision => withoutAccepted(text, deps.inspect(text));
  const withoutAccepted = (text: string, decision: Decision): Decision => {
    if (!accepted.size || decision.incomplete.length) return decision;
    return decision.findings.every((f) => accepted.has(key(text, f))) ? ALLOW : decision;
  };

  const show = (passage: Passage, outcome: Outcome) => {
    busy = true;
    void deps
      .ask(passage.source, outcome)
      .catch((): DialogChoice => 'cancel')
      .then(async (choice) => {
        busy = false;
        const allowed: DialogChoice =
          (choice === 'redact' && !canRedact(outcome)) || (choice === 'proceed' && outcome.decision.verdict !== 'warn') ? 'cancel' : choice;
        deps.record?.(outcome.decision, allowed);
        if (allowed === 'proceed' && outcome.text) {
          for (const f of outcome.text.decision.findings) accepted.add(key(outcome.text.text, f));
        }
        await passage.act(allowed, outcome);
      });
  };

  return {
    get busy() {
      return busy;
    },
    offer(passage) {
      // While a dialog is open nothing else goes in unchecked; a second paste is simply held back.
      if (busy) return true;
      const text = passage.text ?? '';
      if (!text && !passage.files?.length) return false;
      if (!passage.files?.length && text.length <= SYNC_LIMIT && (deps.ready?.() ?? true)) {
        let decision: Decision;
        try {
          decision = inspect(text);
        } catch {
          // Nothing goes in unseen: what could not be checked is shown as such.
          show(passage, unreadable(text, []));
          return true;
        }
        if (decision.verdict === 'allow') return false;
        show(passage, { decision, text: { text, decision }, files: [] });
        return true;
      }
      busy = true;
      void check(text, passage.files ?? [], deps, (t, d) => withoutAccepted(t, d))
        .catch((): Outcome => unreadable(text, passage.files ?? []))
        .then((outcome) => {
          busy = false;
          if (outcome.decision.verdict === 'allow') passage.release();
          else show(passage, outcome);
        });
      return true;
    },
  };
}

async function check(
  text: string,
  files: readonly File[],
  deps: GateDeps,
  filter: (text: string, d: Decision) => Decision,
): Promise<Outcome> {
  // Only text needs the detectors: an image is held up by nothing while they load.
  const decideText = async (t: string) => {
    if (!(deps.ready?.() ?? true)) await deps.whenReady?.();
    return t.length <= SYNC_LIMIT ? deps.inspect(t) : await deps.inspectLarge(t);
  };
  const textDecision = text ? filter(text, await decideText(text)) : undefined;
  const checked = await readFiles(files);
  const fileOutcomes: Outcome['files'] = [];
  for (const file of checked) {
    if (file.kind !== 'text') {
      fileOutcomes.push({ ...file, decision: cannotRead(file.kind) });
      continue;
    }
    const decision = await decideText(file.text);
    fileOutcomes.push({ ...file, decision });
  }
  return {
    decision: combine([...(textDecision ? [textDecision] : []), ...fileOutcomes.map((f) => f.decision)]),
    text: textDecision && { text, decision: textDecision },
    files: fileOutcomes,
  };
}

/** If reading failed altogether, nothing goes in unseen: every piece counts as one Plakwacht cannot read. */
function unreadable(text: string, files: readonly File[]): Outcome {
  const outcomes = files.map((file) => ({ file, kind: 'unreadable' as const, decision: cannotRead('unreadable') }));
  const textDecision = text ? cannotRead('unreadable') : undefined;
  return {
    decision: combine([...(textDecision ? [textDecision] : []), ...outcomes.map((f) => f.decision)]),
    text: textDecision && { text, decision: textDecision },
    files: outcomes,
  };
}

function cannotRead(kind: keyof typeof UNREADABLE_RULES): Decision {
  return { verdict: 'warn', findings: [], rules: [UNREADABLE_RULES[kind]], redactable: false, incomplete: [] };
}

/** One decision over several pieces: the weightiest verdict, its rules first. */
export function combine(decisions: readonly Decision[]): Decision {
  const relevant = decisions.filter((d) => d.verdict !== 'allow').sort((a, b) => RANK[b.verdict] - RANK[a.verdict]);
  if (relevant.length === 0) return ALLOW;
  if (relevant.length === 1) return relevant[0]!;
  return {
    verdict: relevant[0]!.verdict,
    findings: relevant.flatMap((d) => d.findings),
    rules: [...new Set(relevant.flatMap((d) => d.rules))].slice(0, MAX_CITED_RULES),
    redactable: relevant.every((d) => d.redactable),
    incomplete: [...new Set(relevant.flatMap((d) => d.incomplete))],
  };
}

/** Redaction makes it safe only when every flagged piece is text whose findings can be replaced. */
export function canRedact(outcome: Outcome): boolean {
  return outcome.decision.redactable && outcome.files.every((f) => f.kind === 'text' || f.decision.verdict === 'allow');
}
