import type { Lang } from '../../detectors';
import { i18n, uiLang as languageInForce } from '../i18n';
import type { DialogStrings } from './types';

/**
 * The dialog speaks the language in force: the one chosen in the options, else the browser's
 * (English when the browser is English, else Dutch). Both languages ship with the content script.
 */
export function uiLang(): Lang {
  return languageInForce();
}

export function dialogStrings(): DialogStrings {
  return {
    titleBlock: i18n.t('dialog.titleBlock'),
    titleWarn: i18n.t('dialog.titleWarn'),
    found: i18n.t('dialog.found'),
    rulesHeading: i18n.t('dialog.rulesHeading'),
    cancel: i18n.t('dialog.cancel'),
    redact: i18n.t('dialog.redact'),
    proceed: i18n.t('dialog.proceed'),
    nothingSent: i18n.t('dialog.nothingSent'),
    notRedactable: i18n.t('dialog.notRedactable'),
    incomplete: i18n.t('dialog.incomplete'),
    reasonLabel: i18n.t('dialog.reasonLabel'),
    reasonHint: i18n.t('dialog.reasonHint'),
  };
}
