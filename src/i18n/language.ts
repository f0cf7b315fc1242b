import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Lang } from '../../detectors';

/** The user's language choice in the options: follow the browser, or always Dutch / English. */
export type LanguageSetting = 'browser' | Lang;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['browser', 'nl', 'en'];

// `local:`, not `sync:`: synced storage travels through the browser vendor's servers, and
// Plakwacht keeps everything on this computer.
export const languageItem = storage.defineItem<LanguageSetting>('local:language', { fallback: 'browser' });

let setting: LanguageSetting = 'browser';
let following: Promise<void> | undefined;
const listeners = new Set<(lang: Lang) => void>();

/** English when the browser speaks English; Dutch otherwise (the users are Dutch police staff). */
export function browserLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'nl';
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
    languageItem.watch((value) => apply(value));
    apply(await languageItem.getValue().catch(() => 'browser' as const));
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
