import { reportDecision } from '../src/counters/report';
import { startGuard } from '../src/guard';
import { dialogStrings, uiLang } from '../src/dialog/strings';
import { followPackInForce } from '../src/pack/in-force';
import { CHATBOT_HOST_PATTERNS } from '../src/sites/hosts';
import { followLanguageSetting } from '../src/i18n';
import { watchWorkEmail } from '../src/account/watch';
import { startP3Reminder } from '../src/reminder/p3-reminder';
import { answerStatusRequests } from '../src/popup/tab-status';

export default defineContentScript({
  matches: CHATBOT_HOST_PATTERNS,
  runAt: 'document_start',
  // Chatbots embed their composers in iframes too (and about:blank frames inherit the page's origin).
  allFrames: true,
  matchAboutBlank: true,
  main() {
    const pack = followPackInForce();
    startGuard(window, { pack, lang: uiLang, strings: dialogStrings, record: reportDecision });
    void followLanguageSetting();
    answerStatusRequests();
    watchWorkEmail(window, { pack });
    startP3Reminder(window, { pack });
  },
});
