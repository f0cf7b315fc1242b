import { reportDecision } from '../src/counters/report';
import { startGuard } from '../src/guard';
import { engineFromContentScript } from '../src/guard/engine';
import { dialogStrings, uiLang } from '../src/dialog/strings';
import { followStoredPack } from '../src/pack/follow';
import { CHATBOT_HOST_PATTERNS } from '../src/sites/hosts';
import { followLanguageSetting } from '../src/i18n';
import { watchWorkEmail } from '../src/account/watch';
import { startP3Reminder } from '../src/reminder/p3-reminder';
import { answerStatusRequests } from '../src/popup/tab-status';

// The guard's hooks, at document_start so that their capture listeners come before the page's.
// The detectors come at document_end in engine.content.ts (see src/guard/engine.ts for why).
export default defineContentScript({
  matches: CHATBOT_HOST_PATTERNS,
  runAt: 'document_start',
  // Chatbots embed their composers in iframes too (and about:blank frames inherit the page's origin).
  allFrames: true,
  matchAboutBlank: true,
  // WXT's default also posts a "content script started" message to the page: the page needs not
  // know, and in Chromium the call cost ~12 ms of start-up (it captures a stack trace).
  noScriptStartedPostMessage: true,
  main() {
    const engine = engineFromContentScript();
    // The stored pack is checked with the schema, which comes with the engine: until then the
    // built-in pack applies (nothing is decided before the engine is here anyway).
    const pack = followStoredPack(() => engine.now()?.parseStoredPack);
    startGuard(window, { pack, engine, lang: uiLang, strings: dialogStrings, record: reportDecision });
    void followLanguageSetting();
    answerStatusRequests();
    watchWorkEmail(window, { pack });
    startP3Reminder(window, { pack });
  },
});
