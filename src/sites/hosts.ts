// Hosts the guard runs on. Kept apart from the selectors (profiles.ts) because wxt.config.ts and
// the content script's `matches` need them at build time, before any site profile is loaded.
export const CHATBOT_HOST_PATTERNS = ['https://chatgpt.com/*', 'https://chat.openai.com/*'];

// Only in test builds: a match pattern `http://127.0.0.1/*` matches any port.
export const TEST_HOST_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];
