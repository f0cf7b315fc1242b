import { reportDecision } from '../src/counters/report';
import { startGuard } from '../src/guard';
import { dialogStrings, uiLang } from '../src/dialog/strings';
import { followPackInForce } from '../src/pack/in-force';
import type { RulePack } from '../src/pack/schema';
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
    const inForce = followPackInForce();
    const pack = import.meta.env.MODE === 'test' ? withTestWarning(inForce) : inForce;
    startGuard(window, { pack, lang: uiLang, strings: dialogStrings, record: reportDecision });
    void followLanguageSetting();
    answerStatusRequests();
    watchWorkEmail(window, { pack });
    startP3Reminder(window, { pack });
  },
});

/**
 * Test builds only: the built-in pack has no warning-level detector yet, so end-to-end tests could
 * never reach "proceed" for text. A lower BSN threshold makes an elfproef-valid number in an order
 * context ("bestelnummer 111222333", confidence 0.2) a warning; every other verdict is unchanged.
 */
function withTestWarning(pack: () => RulePack): () => RulePack {
  return () => {
    const p = pack();
    return { ...p, detectors: { ...p.detectors, bsn: { minConfidence: 0.1, ...p.detectors.bsn } } };
  };
}
