import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Lang } from '../../detectors';
import type { DialogStrings } from './types';

/** The dialog follows the browser's language: English when the browser is English, else Dutch. */
export function uiLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'nl';
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
  };
}
