import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeTable } from '../../src/i18n/locale-tables';
import { i18nFor } from '../../src/i18n';
import { resolveLang } from '../../src/i18n/language';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const nl = localeTable(read('locales/nl.yml'));
const en = localeTable(read('locales/en.yml'));

/** $1…$9 and {name} placeholders, sorted: both languages must fill the same ones. */
const placeholders = (message: string) => [...message.matchAll(/\$\d|\{\w+\}/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('every message key exists in both nl.yml and en.yml', () => {
    expect(Object.keys(en).filter((k) => !(k in nl))).toEqual([]);
    expect(Object.keys(nl).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(nl).length).toBeGreaterThan(100);
  });

  it('no message is empty, and both languages use the same placeholders and plural forms', () => {
    for (const [key, message] of Object.entries(nl)) {
      expect(message.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
      expect(placeholders(en[key]!), key).toEqual(placeholders(message));
      expect(en[key]!.split(' | ').length, key).toBe(message.split(' | ').length);
    }
  });

  it('every data-i18n key in the extension pages exists (HTML is not type-checked)', () => {
    const pages = readdirSync(new URL('extension/', root), { withFileTypes: true }).filter((d) => d.isDirectory());
    const used = pages.flatMap((d) => [...read(`extension/${d.name}/index.html`).matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((k) => !(k in nl))).toEqual([]);
  });
});

describe('i18n in a chosen language', () => {
  it('answers in the language asked for, whatever the browser speaks', () => {
    expect(i18nFor('en').t('dialog.cancel')).toBe('Go back');
    expect(i18nFor('nl').t('dialog.cancel')).toBe('Terug');
  });

  it('fills substitutions and picks plural forms as @wxt-dev/i18n does', () => {
    const { t } = i18nFor('nl');
    expect(t('counters.blocks', 0)).toBe('geen blokkades');
    expect(t('counters.blocks', 1)).toBe('1 blokkade');
    expect(t('counters.blocks', 7)).toBe('7 blokkades');
    expect(i18nFor('en').t('counters.warnings', 2)).toBe('2 warnings');
    expect(t('popup.noPermission', ['claude.ai'])).toBe('Plakwacht heeft nog geen toestemming voor claude.ai.');
  });

  it('"follow the browser" means the browser’s language; a choice overrides it', () => {
    expect(resolveLang('browser', 'en')).toBe('en');
    expect(resolveLang('browser', 'nl')).toBe('nl');
    expect(resolveLang('nl', 'en')).toBe('nl');
    expect(resolveLang('en', 'nl')).toBe('en');
  });
});
