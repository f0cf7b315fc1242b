import { i18n } from '#i18n';
import { uiLang } from '../../src/dialog/strings';
import { mountPackPanel } from '../../src/pack/ui/panel';

document.documentElement.lang = uiLang();
document.title = `Plakwacht — ${i18n.t('options.title')}`;
document.querySelector('h1')!.textContent = `Plakwacht — ${i18n.t('options.title')}`;
mountPackPanel(document.querySelector<HTMLElement>('#pack')!);
