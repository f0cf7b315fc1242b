import { i18n } from '#i18n';
import { dialogStrings, uiLang } from '../../src/dialog/strings';
import { reportDecision } from '../../src/counters/report';
import { startGuard } from '../../src/guard';
import { mountChat } from '../../src/oefenchat/chat';
import { followPackInForce } from '../../src/pack/in-force';

// Extension pages get no content scripts: the oefenchat starts the guard itself, exactly as the
// content script does on chatgpt.com.
startGuard(window, { pack: followPackInForce(), lang: uiLang, strings: dialogStrings, record: reportDecision });

document.documentElement.lang = uiLang();
for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  el.textContent = i18n.t(el.dataset.i18n as Parameters<typeof i18n.t>[0]);
}
mountChat(document.querySelector('[data-chat]')!, {
  placeholder: i18n.t('oefenchat.placeholder'),
  send: i18n.t('oefenchat.send'),
  you: i18n.t('oefenchat.you'),
  bot: i18n.t('oefenchat.bot'),
  answer: i18n.t('oefenchat.answer'),
});
