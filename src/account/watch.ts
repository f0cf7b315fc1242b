import type { Lang } from '../../detectors';
import { openDialog, type DialogStrings } from '../dialog/dialog';
import { i18n, uiLang } from '../i18n';
import type { RulePack } from '../pack/schema';
import { citeRules } from '../policy/cite';
import { loginFieldOf, loginFieldSelector, loginFieldsIn } from './fields';
import { showInlineWarning } from './inline-warning';
import { isWorkAddress, maskAddress } from './work-email';

/** The rules a work address on a chatbot breaks: a private account only, and the work address for work only. */
export const ACCOUNT_RULES = ['S1', 'P1.1'] as const;

const DEFAULT_WORK_DOMAINS = ['politie.nl', 'politieacademie.nl'];

export interface AccountWatchOptions {
  pack: () => RulePack;
  /** Extra selectors for login fields (the oefenchat's practice login form). */
  fields?: string;
}

/**
 * The private-account warning (S1, P1.1). Typing a work address into a chatbot's login or sign-up
 * field shows a warning under the field at once; sending the form with it is held back and the
 * dialog cites the rules. Capture listeners on `window`, like the paste guard, so the site's own
 * handlers never see a held-back submit.
 */
export function watchWorkEmail(win: Window, options: AccountWatchOptions): void {
  const doc = win.document;
  const selector = () => [loginFieldSelector(options.pack(), win.location.hostname), options.fields].filter(Boolean).join(', ');
  const domains = () => options.pack().workEmailDomains ?? DEFAULT_WORK_DOMAINS;
  const warnings = new WeakMap<HTMLInputElement, { update(on: boolean): void }>();
  let asking = false;

  const check = (field: HTMLInputElement) => {
    const work = isWorkAddress(field.value, domains());
    let warning = warnings.get(field);
    if (!warning && !work) return;
    warning ??= showInlineWarning(field, () => ({ text: i18n.t('account.inline'), rules: rulesShort(options.pack(), uiLang()) }));
    warnings.set(field, warning);
    warning.update(work);
  };

  for (const type of ['input', 'change', 'focusout']) {
    win.addEventListener(type, (e) => {
      const field = loginFieldOf(e, selector());
      if (field) check(field);
    }, true);
  }

  /** Holds back a submit carrying a work address; true when it did. */
  const hold = (event: Event, scope: ParentNode): boolean => {
    const field = loginFieldsIn(scope, selector()).find((f) => isWorkAddress(f.value, domains()));
    if (!field) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (asking) return true;
    asking = true;
    void ask(field, options.pack(), doc).finally(() => {
      asking = false;
      field.focus();
      field.select();
    });
    return true;
  };

  win.addEventListener('submit', (e) => {
    if (e.target instanceof HTMLFormElement) hold(e, e.target);
  }, true);
  win.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing) return;
    const field = loginFieldOf(e, selector());
    if (field) hold(e, field.form ?? field.getRootNode() as ParentNode);
  }, true);
  // Sites that send the address from a button's click handler, with no real form submit.
  win.addEventListener('click', (e) => {
    const button = e.composedPath().find((t): t is HTMLButtonElement | HTMLInputElement =>
      t instanceof HTMLButtonElement || (t instanceof HTMLInputElement && t.type === 'submit'));
    if (!button || button.type !== 'submit') return;
    const scope = button.form ?? button.closest('form, [role="dialog"], main') ?? doc;
    hold(e, scope);
  }, true);
}

function ask(field: HTMLInputElement, pack: RulePack, doc: Document) {
  const lang = uiLang();
  const strings: DialogStrings = {
    titleBlock: i18n.t('account.title'),
    titleWarn: i18n.t('account.title'),
    found: i18n.t('account.found'),
    rulesHeading: i18n.t('dialog.rulesHeading'),
    cancel: i18n.t('account.back'),
    redact: i18n.t('dialog.redact'),
    proceed: i18n.t('dialog.proceed'),
    nothingSent: i18n.t('account.notSent'),
    notRedactable: i18n.t('account.private'),
    incomplete: '',
    reasonLabel: '',
    reasonHint: '',
  };
  return openDialog(
    {
      lang,
      verdict: 'block',
      strings,
      findings: [{ detector: 'work-email', label: i18n.t('account.label'), masked: maskAddress(field.value), action: 'block' }],
      rules: citeRules({ verdict: 'block', findings: [], rules: [...ACCOUNT_RULES], redactable: false, incomplete: [] }, pack, lang),
      // Nothing to anonymise and no "anyway": S1 allows no work account on a chatbot at all.
      canRedact: false,
      canProceed: false,
      incomplete: false,
    },
    doc,
  );
}

function rulesShort(pack: RulePack, lang: Lang): string {
  return ACCOUNT_RULES.flatMap((id) => (pack.rules[id] ? [`${id}: ${pack.rules[id][lang].text}`] : [])).join(' ');
}
