import { followLanguageSetting, uiLang } from '../../src/i18n';
import { SCENARIOS } from '../../src/oefenchat/scenarios';
import { readPackInForce } from '../../src/pack/in-force';
import { mountPlayground } from '../../src/playground/playground';

await followLanguageSetting();
const lang = uiLang();
document.documentElement.lang = lang;
await mountPlayground(document.querySelector('[data-playground]')!, {
  pack: readPackInForce,
  scanner: () => new Worker(new URL('../../src/playground/scan.worker.ts', import.meta.url), { type: 'module' }),
  examples: SCENARIOS.flatMap((s) => (s.paste.kind === 'text' ? [{ id: s.id, title: s.title[lang], text: s.paste.text }] : [])),
});
