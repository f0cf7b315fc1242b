import type { i18n as BrowserI18n } from '#i18n';
import type { Lang } from '../../detectors';
import { uiLang } from './language';
import { TABLES } from './tables';

export { followLanguageSetting, onLanguageChange, uiLang, type LanguageSetting } from './language';

/** The same typed `t()` as @wxt-dev/i18n's, answering in a chosen language instead of the browser's. */
export type T = (typeof BrowserI18n)['t'];

/** `i18n.t(key, …)` in the language in force now (the options' choice, else the browser's). */
export const i18n: { t: T } = { t: ((key: string, ...args: unknown[]) => translate(uiLang(), key, args)) as T };

/** `t(key, …)` in one fixed language (the playground and the tests show both). */
export function i18nFor(lang: Lang): { t: T } {
  return { t: ((key: string, ...args: unknown[]) => translate(lang, key, args)) as T };
}

// Same argument rules as @wxt-dev/i18n's createI18n: a number picks the plural form (and is $1 when
// no list is given), an array fills $1…$9, an object fills {name}.
function translate(lang: Lang, key: string, args: unknown[]): string {
  let subs: string[] | undefined;
  let named: Record<string, unknown> | undefined;
  let count: number | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) subs = arg.map(String);
    else if (arg && typeof arg === 'object') named = arg as Record<string, unknown>;
  }
  if (count !== undefined && !subs) subs = [String(count)];
  // A key missing in one language falls back to Dutch, the default locale, as browser.i18n does.
  let message = TABLES[lang][key] ?? TABLES.nl[key] ?? key;
  if (count !== undefined) {
    const forms = message.split(' | ');
    message = forms.length === 3 ? forms[Math.min(count, 2)]! : forms.length === 2 ? forms[count === 1 ? 0 : 1]! : forms[0]!;
  }
  message = message.replace(/\$(\d|\$)/g, (whole, d: string) => (d === '$' ? '$' : (subs?.[Number(d) - 1] ?? '')));
  if (named) message = message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in named ? String(named[name]) : whole));
  return message;
}

/** The items of a list in a locale file (`about.doesList: [- …, - …]`), in the language in force. */
export function messageList(prefix: string, lang: Lang = uiLang()): string[] {
  const items: string[] = [];
  for (let i = 0; TABLES[lang][`${prefix}.${i}`] !== undefined; i++) items.push(TABLES[lang][`${prefix}.${i}`]!);
  return items;
}
