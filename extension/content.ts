import { reportDecision } from '../src/counters/report';
import { startGuard } from '../src/guard';
import { dialogStrings, uiLang } from '../src/dialog/strings';
import { followPackInForce } from '../src/pack/in-force';
import { CHATBOT_HOST_PATTERNS } from '../src/sites/hosts';

export default defineContentScript({
  matches: CHATBOT_HOST_PATTERNS,
  runAt: 'document_start',
  allFrames: true,
  main() {
    startGuard(window, { pack: followPackInForce(), lang: uiLang, strings: dialogStrings, record: reportDecision });
  },
});
