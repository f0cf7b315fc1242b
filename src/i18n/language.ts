import { browser } from 'wxt/browser';
import type { Lang } from '../../detectors';

/** The user's language choice in the options: follow the browser, or always Dutch / English. */
export type LanguageSetting = 'browser' | Lang;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['browser', 'nl', 'en'];

/**
 * The storage.local key of the setting. The options page writes it through the typed WXT item
 * (`languageItem`, setting.ts); here it is read directly because this module runs in every chatbot
 * page at document_start, where loading WXT storage cost ~1.8 ms of the 10 ms start-up budget.
 */
export const LANGUAGE_KEY = 'language';

let setting: LanguageSetting = 'browser';
let following: Promise<void> | undefined;
const listeners = new Set<(lang: Lang) => void>();

let browserLanguage: Lang | undefined;

/** English when the browser speaks English; Dutch otherwise (the users are Dutch police staff). */
export function browserLang(): Lang {
  // Asked once per page: it cannot change while the page lives, and the dialog asks for every string.
  return (browserLanguage ??= browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'nl');
}

export function resolveLang(choice: LanguageSetting, browserLanguage: Lang = browserLang()): Lang {
  return choice === 'browser' ? browserLanguage : choice;
}

/** The language to speak now. Synchronous: a paste handler cannot wait for storage. */
export function uiLang(): Lang {
  return resolveLang(setting);
}

/**
 * Loads the language setting and keeps following it. Call once, early (the content script at
 * document_start, each page before it renders); until storage answers, the browser's language holds.
 */
export function followLanguageSetting(): Promise<void> {
  following ??= (async () => {
    let changed = false;
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !(LANGUAGE_KEY in changes)) return;
      changed = true;
      apply(changes[LANGUAGE_KEY]!.newValue);
    });
    const items = await browser.storage.local.get(LANGUAGE_KEY).catch(() => ({}) as Record<string, unknown>);
    if (!changed) apply(items[LANGUAGE_KEY]);
  })();
  return following;
}

/** Called whenever the language in force changes (pages re-render; the content script needs not). */
export function onLanguageChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function apply(value: unknown): void {
  const next: LanguageSetting = LANGUAGE_SETTINGS.includes(value as LanguageSetting) ? (value as LanguageSetting) : 'browser';
  const before = uiLang();
  setting = next;
  if (uiLang() !== before) for (const l of listeners) l(uiLang());
}
