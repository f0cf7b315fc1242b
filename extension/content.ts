import { reportDecision } from '../src/counters/report';
import { startGuard } from '../src/guard';
import { dialogStrings, uiLang } from '../src/dialog/strings';
import { BUILTIN_PACK } from '../src/pack/builtin';
import { CHATBOT_HOST_PATTERNS } from '../src/sites/hosts';

export default defineContentScript({
  matches: CHATBOT_HOST_PATTERNS,
  runAt: 'document_start',
  // Chatbots embed their composers in iframes too (and about:blank frames inherit the page's origin).
  allFrames: true,
  matchAboutBlank: true,
  main() {
    startGuard(window, { pack: () => BUILTIN_PACK, lang: uiLang, strings: dialogStrings, record: reportDecision });
  },
});
