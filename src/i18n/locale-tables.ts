import { readFile } from 'node:fs/promises';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import type { Plugin } from 'vite';

/**
 * Build-time (Node) plugin: `import nl from '…/locales/nl.yml'` gives a flat table
 * `{ 'dialog.cancel': 'Terug', … }` in Chrome's message syntax (`$1`, `a | b` plurals, `{name}`).
 *
 * Why: browser.i18n (and @wxt-dev/i18n on top of it) only ever answers in the browser's language,
 * but the user may choose nl or en in the options. So every surface carries both tables, parsed by
 * the same @wxt-dev/i18n parser that writes `_locales/*\/messages.json`, from the same yml files.
 */
export function localeTables(): Plugin {
  return {
    name: 'plakwacht:locale-tables',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0]!;
      if (!/[\\/]locales[\\/][a-z]{2}\.yml$/.test(file)) return null;
      this.addWatchFile(file);
      return `export default ${JSON.stringify(localeTable(await readFile(file, 'utf8')))};`;
    },
  };
}

/** A locale file's text → flat table keyed by dotted message key (built-in `@@` messages left out). */
export function localeTable(yml: string): Record<string, string> {
  const parsed = parseMessagesText(yml, 'YAML').filter((m) => !m.key[0]!.startsWith('@@'));
  const chrome = generateChromeMessages(parsed);
  return Object.fromEntries(parsed.map((m) => [m.key.join('.'), chrome[m.key.join('_')]!.message]));
}
