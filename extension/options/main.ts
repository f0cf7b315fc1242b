import { followLanguageSetting, i18n, onLanguageChange, uiLang } from '../../src/i18n';
import { mountAbout } from '../../src/options/about';
import { mountGeneral } from '../../src/options/general';
import { readPackInForce } from '../../src/pack/in-force';
import { mountPackPanel } from '../../src/pack/ui/panel';

const section = (id: string) => document.querySelector<HTMLElement>(`#${id}`)!;

async function render(): Promise<void> {
  const pack = await readPackInForce();
  document.documentElement.lang = uiLang();
  document.title = `Plakwacht — ${i18n.t('options.title')}`;
  document.querySelector('h1')!.textContent = `Plakwacht — ${i18n.t('options.title')}`;
  await mountGeneral(section('general'), pack);
  mountPackPanel(section('pack'));
  mountAbout(section('about'), pack);
}

await followLanguageSetting();
await render();
// A new language choice applies at once, keeping keyboard focus on the language field.
onLanguageChange(async () => {
  await render();
  document.querySelector<HTMLElement>('#language')?.focus();
});
