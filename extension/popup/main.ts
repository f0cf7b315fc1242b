import { followLanguageSetting, uiLang } from '../../src/i18n';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { mountPopup } from '../../src/popup/popup';

await followLanguageSetting();
document.documentElement.lang = uiLang();
await mountPopup(document.querySelector('[data-popup]')!, { pack: () => BUILTIN_PACK });
