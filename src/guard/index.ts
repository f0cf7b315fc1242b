import type { Detector, Lang } from '../../detectors';
import { DETECTORS } from '../../detectors';
import { installKeyboardShield, openDialog, type DialogStrings } from '../dialog/dialog';
import type { RulePack } from '../pack/schema';
import { inspect } from '../policy/inspect';
import { anonymise, citeRules, showFindings } from '../policy/present';
import type { Decision } from '../policy/decide';
import { createInterceptor, type InterceptorDeps } from './interception';
import { installPasteHook } from './paste';

export interface GuardOptions {
  /** The rule pack in force; read on every decision, so a new pack applies without a reload. */
  pack: () => RulePack;
  lang: () => Lang;
  strings: () => DialogStrings;
  detectors?: readonly Detector[];
  record?: InterceptorDeps['record'];
}

/**
 * Starts guarding a page. Must run at document_start: its capture listeners on `window` then come
 * before every listener the page adds.
 */
export function startGuard(win: Window, options: GuardOptions): void {
  const detectors = options.detectors ?? DETECTORS;
  installKeyboardShield(win);
  const intercept = createInterceptor({
    inspect: (text) => inspect(text, options.pack(), detectors),
    ask: (text, decision) => openDialog(dialogContent(text, decision, options, detectors), win.document),
    anonymise: (text, decision) => anonymise(text, decision, options.lang(), detectors),
    ...(options.record && { record: options.record }),
  });
  installPasteHook(win, intercept);
}

function dialogContent(text: string, decision: Decision, options: GuardOptions, detectors: readonly Detector[]) {
  const lang = options.lang();
  return {
    lang,
    verdict: decision.verdict === 'block' ? ('block' as const) : ('warn' as const),
    strings: options.strings(),
    findings: showFindings(text, decision, lang, detectors),
    rules: citeRules(decision, options.pack(), lang),
    canRedact: decision.redactable,
    canProceed: decision.verdict === 'warn',
    incomplete: decision.incomplete.length > 0,
  };
}
