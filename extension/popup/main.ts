import { followLanguageSetting, uiLang } from '../../src/i18n';
import { readPackInForce } from '../../src/pack/in-force';
import { mountPopup } from '../../src/popup/popup';

await followLanguageSetting();
document.documentElement.lang = uiLang();
await mountPopup(document.querySelector('[data-popup]')!, { pack: readPackInForce });
