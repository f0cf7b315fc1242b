// axe-core cannot look inside a closed shadow root, and Plakwacht's dialog lives in one. This page
// renders the real dialog (the same openDialog, CSS, policy pipeline and pack) with one change:
// attachShadow is forced to mode "open", so axe can check what users get. Nothing else differs.
import { installKeyboardShield, openDialog, type DialogContent, type DialogStrings } from '../../../src/dialog/dialog';
import { BUILTIN_PACK } from '../../../src/pack/builtin';
import { inspect } from '../../../src/policy/inspect';
import { citeRules, showFindings } from '../../../src/policy/present';

const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init: ShadowRootInit) {
  return attach.call(this, { ...init, mode: 'open' });
};
installKeyboardShield(window);

function show(text: string, lang: 'nl' | 'en', strings: DialogStrings, overrides: Partial<DialogContent> = {}) {
  const decision = inspect(text, BUILTIN_PACK);
  const content: DialogContent = {
    lang,
    verdict: decision.verdict === 'block' ? 'block' : 'warn',
    strings,
    findings: showFindings(text, decision, lang),
    rules: citeRules(decision, BUILTIN_PACK, lang),
    canRedact: decision.redactable,
    canProceed: decision.verdict === 'warn',
    incomplete: decision.incomplete.length > 0,
    ...overrides,
  };
  document.documentElement.lang = lang;
  return openDialog(content);
}

Object.assign(window, { harness: { show } });
