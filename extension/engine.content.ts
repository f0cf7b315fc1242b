import { provideEngine } from '../src/guard/engine';
import { createEngine } from '../src/policy/engine';
import { CHATBOT_HOST_PATTERNS } from '../src/sites/hosts';

// The detectors, policy and presentation for the guard in content.ts, in the same frames. At
// document_end: compiling and starting them no longer holds up the page's first parse, and a
// paste is hardly possible before the page has been parsed (one that is, is held until now).
export default defineContentScript({
  matches: CHATBOT_HOST_PATTERNS,
  runAt: 'document_end',
  allFrames: true,
  matchAboutBlank: true,
  noScriptStartedPostMessage: true,
  main() {
    provideEngine(createEngine());
  },
});
