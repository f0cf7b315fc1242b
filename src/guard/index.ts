import type { Lang } from '../../detectors';
import { installKeyboardShield, openDialog, type DialogStrings } from '../dialog/dialog';
import type { RulePack, SiteProfile } from '../pack/schema';
import { citeRules } from '../policy/cite';
import type { Decision, PolicyFinding } from '../policy/decide';
import type { ShownFinding } from '../policy/present';
import { profileFor } from '../sites/profiles';
import { installDropHook } from './drop';
import type { EngineSource } from './engine';
import { canRedact, createGate, type GateDeps, type Outcome, type Source } from './gate';
import { installPasteHook } from './paste';
import { inspectInSlices } from './slices';
import { guardStrings as defaultGuardStrings, type GuardStrings } from './strings';
import { installSubmitHook } from './submit';
import { installUploadHook } from './upload';
import { warmUpWhenIdle } from './warm-up';

export type { GuardStrings } from './strings';

export interface GuardOptions {
  /** The rule pack in force; read on every decision, so a new pack applies without a reload. */
  pack: () => RulePack;
  lang: () => Lang;
  strings: () => DialogStrings;
  /** Wording that depends on how the text came in (paste, drop, send, upload); from the locales by default. */
  guardStrings?: () => GuardStrings;
  /**
   * Detectors, policy and presentation. Extension pages have it at hand (`engineAtHand`); on
   * chatbot pages it comes from the engine's content script (`engineFromContentScript`), and
   * whatever arrives before it is held and decided once it is there.
   */
  engine: EngineSource;
  record?: GateDeps['record'];
}

/**
 * Starts guarding a page. Must run at document_start: its capture listeners on `window` then come
 * before every listener the page adds. Covers paste, drop, file uploads and sending typed text.
 */
export function startGuard(win: Window, options: GuardOptions): void {
  const engine = () => {
    const now = options.engine.now();
    if (!now) throw new Error('Plakwacht: no detectors yet');
    return now;
  };
  const words = options.guardStrings ?? defaultGuardStrings;
  // First: while the dialog is open, keys aimed at it never reach the page or the submit hook.
  installKeyboardShield(win);
  const watchers: ((root: ShadowRoot) => void)[] = [];
  // `change` and `submit` do not leave a shadow root the way paste, keys and clicks do: watch each
  // open shadow root as soon as the user reaches into it (a file input's composed `input` event
  // comes just before its `change`, a key just before an implicit form submit). Installed before
  // the hooks, so it sees every event they may stop.
  const seen = new WeakSet<ShadowRoot>();
  const enter = (event: Event) => {
    for (const node of event.composedPath()) {
      if (node instanceof ShadowRoot && !seen.has(node)) {
        seen.add(node);
        for (const watch of watchers) watch(node);
      }
    }
  };
  for (const type of ['focusin', 'pointerdown', 'click', 'keydown', 'input']) win.addEventListener(type, enter, true);
  const redact = (text: string, decision: Decision) => engine().anonymise(text, decision, options.lang());
  const gate = createGate({
    ready: () => options.engine.now() !== undefined,
    whenReady: () => options.engine.ready(),
    inspect: (text) => engine().inspect(text, options.pack()),
    inspectLarge: (text) =>
      inspectInSlices(
        text,
        (slice) => engine().inspect(slice, options.pack()),
        (findings, failed) => engine().decide(findings, failed, options.pack()),
        () => new Promise((resolve) => win.setTimeout(resolve, 0)),
      ),
    ask: (source, outcome) => openDialog(dialogContent(source, outcome, options, words()), win.document),
    ...(options.record && { record: options.record }),
  });
  const profile = (): SiteProfile | undefined => profileFor(win.location, options.pack().sites);

  installPasteHook(win, gate, redact);
  installDropHook(win, gate, redact);
  watchers.push(installUploadHook(win, gate, redact));
  watchers.push(installSubmitHook(win, gate, { profile, placeholder: (text, finding) => placeholderOf(text, finding, redact) }));
  // The top frame is where people paste; a frame warms up only once someone works in it.
  const warmUp = () =>
    void options.engine.ready().then(
      (arrived) => warmUpWhenIdle(win, arrived.warmUp(options.pack)),
      () => undefined,
    );
  if (win.top === win) warmUp();
  else win.addEventListener('focusin', warmUp, { capture: true, once: true });
}

/** The placeholder "anonymise" puts in place of one finding, e.g. "[BSN]": the same words everywhere. */
function placeholderOf(text: string, finding: PolicyFinding, redact: (text: string, decision: Decision) => string): string {
  const value = text.slice(finding.start, finding.end);
  const alone: Decision = { verdict: 'block', findings: [{ ...finding, start: 0, end: value.length }], rules: [], redactable: true, incomplete: [] };
  return redact(value, alone);
}

function dialogContent(source: Source, outcome: Outcome, options: GuardOptions, words: GuardStrings) {
  const lang = options.lang();
  const base = options.strings();
  // Without the engine (it never came) nothing was found, only left unchecked: nothing to show.
  const show = (text: string, decision: Decision): ShownFinding[] =>
    decision.findings.length ? (options.engine.now()?.showFindings(text, decision, lang) ?? []) : [];
  const findings: ShownFinding[] = [];
  if (outcome.text) findings.push(...show(outcome.text.text, outcome.text.decision));
  for (const file of outcome.files) {
    if (file.kind === 'text') {
      const shown = show(file.text, file.decision);
      findings.push(...shown.map((f) => ({ ...f, label: `${f.label} (${file.file.name})` })));
    } else if (file.decision.verdict !== 'allow') {
      findings.push({ detector: `file-${file.kind}`, label: words.file[file.kind], masked: file.file.name, action: 'warn' });
    }
  }
  const { decision } = outcome;
  return {
    lang,
    verdict: decision.verdict === 'block' ? ('block' as const) : ('warn' as const),
    strings: {
      ...base,
      found: source === 'paste' && outcome.files.length ? words.foundFiles : words.found[source],
      proceed: words.proceed[source],
    },
    findings,
    rules: citeRules(decision, options.pack(), lang),
    canRedact: canRedact(outcome),
    canProceed: decision.verdict === 'warn',
    proceedNeedsReason: options.pack().settings?.proceedNeedsReason === true,
    incomplete: decision.incomplete.length > 0,
  };
}
