import { reportDecision } from '../../src/counters/report';
import { dialogStrings, uiLang } from '../../src/dialog/strings';
import { startGuard } from '../../src/guard';
import { engineAtHand } from '../../src/guard/engine';
import { followLanguageSetting, i18n } from '../../src/i18n';
import { mountChat } from '../../src/oefenchat/chat';
import { explanation, scenarioList } from '../../src/oefenchat/library';
import { setupPresenterMode } from '../../src/oefenchat/presenter';
import { createEngine } from '../../src/policy/engine';
import { pasteScenario } from '../../src/oefenchat/scenario-paste';
import { SCENARIOS, type Scenario } from '../../src/oefenchat/scenarios';
import { followPackInForce } from '../../src/pack/in-force';
import { startP3Reminder } from '../../src/reminder/p3-reminder';

// Extension pages get no content scripts: the oefenchat starts the guard itself, exactly as the
// content script does on chatgpt.com.
const pack = followPackInForce();
startGuard(window, { pack, engine: engineAtHand(createEngine()), lang: uiLang, strings: dialogStrings, record: reportDecision });
// The note goes under the conversation, so it never covers the lesson in presenter mode.
startP3Reminder(window, { pack, after: () => document.querySelector('[data-chat-log]') });
await followLanguageSetting();

const lang = uiLang();
const t = i18n.t;
document.documentElement.lang = lang;
for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  el.textContent = t(el.dataset.i18n as Parameters<typeof t>[0]);
}

let picked: Scenario | undefined;
const chat = mountChat(
  document.querySelector('[data-chat]')!,
  {
    placeholder: t('oefenchat.placeholder'),
    send: t('oefenchat.send'),
    you: t('oefenchat.you'),
    bot: t('oefenchat.bot'),
    answer: t('oefenchat.answer'),
    attachment: t('oefenchat.attachment'),
    removeAttachment: t('oefenchat.removeAttachment'),
  },
  {
    // A scenario's canned answer, also for its anonymised version; typed questions match by text.
    answerFor: (text) => (picked ?? SCENARIOS.find((s) => s.paste.kind === 'text' && s.paste.text === text))?.answer?.[lang],
    onSent: () => (picked = undefined),
  },
);

const explain = document.querySelector<HTMLElement>('[data-explain]')!;
explain.replaceChildren(...explanation(undefined, pack(), lang, t));
const list = scenarioList(SCENARIOS, lang, t, (scenario) => {
  picked = scenario;
  for (const b of list.querySelectorAll('button')) b.setAttribute('aria-current', String(b.dataset.scenario === scenario.id));
  explain.replaceChildren(...explanation(scenario, pack(), lang, t));
  void pasteScenario(scenario.paste, chat.composer).catch(() => {
    explain.append(Object.assign(document.createElement('p'), { textContent: t('oefenchat.pasteFailed') }));
  });
});
document.querySelector('[data-scenarios]')!.append(list);
setupPresenterMode(document.querySelector<HTMLButtonElement>('[data-action="presenter"]')!);
