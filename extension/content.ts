import { reportDecision } from '../src/counters/report';
import { startGuard } from '../src/guard';
import { dialogStrings, uiLang } from '../src/dialog/strings';
import defaultPack from '../src/pack/default-pack.json';
import type { RulePack } from '../src/pack/schema';
import { CHATBOT_HOST_PATTERNS } from '../src/sites/hosts';

export default defineContentScript({
  matches: CHATBOT_HOST_PATTERNS,
  runAt: 'document_start',
  // Chatbots embed their composers in iframes too (and about:blank frames inherit the page's origin).
  allFrames: true,
  matchAboutBlank: true,
  main() {
    // The built-in pack as built: the schema checks it at build and test time (src/pack/builtin.ts,
    // test/unit). Parsing it again here would put zod in every page load (measured: most of the
    // content script's start-up), for a document that cannot have changed since the build.
    const builtin = defaultPack as unknown as RulePack;
    const pack = () => builtin;
    startGuard(window, {
      pack: import.meta.env.MODE === 'test' ? withTestWarning(pack) : pack,
      lang: uiLang,
      strings: dialogStrings,
      record: reportDecision,
    });
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
