// The guard is two content scripts: its hooks at document_start, its detectors at document_end
// (src/guard/engine.ts). A page whose parsing is held up by a slow script shows its composer
// before the detectors arrive; a paste then must be held, and decided once they are there.
import type { BrowserContext, Page } from '@playwright/test';
import { ChatPage, expect, test } from './fixtures';

const SENSITIVE = 'Aangever Daan Visser, BSN 111222333, meldt een gestolen fiets.';
const CLEAN = 'Wat zijn de belangrijkste punten van de privacywetgeving?';

// The composer comes first; the parser then waits for a script that loads only when the test says.
const LOADING_PAGE = `<!doctype html><html lang="nl"><head><title>DeepSeek</title></head><body>
<textarea id="chat-input" rows="4" cols="60"></textarea>
<script src="/slow.js"></script>
<p id="loaded">geladen</p>
</body></html>`;

async function openLoadingPage(context: BrowserContext): Promise<{ chat: ChatPage; finishLoading: () => void; page: Page }> {
  let finishLoading!: () => void;
  const loaded = new Promise<void>((resolve) => (finishLoading = resolve));
  await context.route('https://chat.deepseek.com/**', async (route) => {
    if (new URL(route.request().url()).pathname === '/slow.js') {
      await loaded;
      return route.fulfill({ contentType: 'text/javascript', body: 'window.slowScriptRan = true;' });
    }
    return route.fulfill({ contentType: 'text/html', body: LOADING_PAGE });
  });
  const page = await context.newPage();
  await page.goto('https://chat.deepseek.com/', { waitUntil: 'commit' });
  await page.locator('#chat-input').waitFor();
  return { chat: new ChatPage(page, '#chat-input'), finishLoading, page };
}

test.describe('a paste while the page is still loading, before the detectors are there', () => {
  test.afterEach(async ({ extensionContext }) => {
    await extensionContext.unroute('https://chat.deepseek.com/**');
  });

  test('a BSN is held back, and the dialog opens as soon as the detectors have loaded', async ({ extensionContext }) => {
    const { chat, finishLoading, page } = await openLoadingPage(extensionContext);
    await chat.paste(SENSITIVE);
    await page.waitForTimeout(500);
    expect(await chat.composer.inputValue()).toBe('');
    expect(await page.locator('#loaded').count()).toBe(0); // still loading: the detectors come at document_end
    finishLoading();
    await chat.dialog.waitOpen();
    expect(await chat.dialog.text()).toContain('P1.2');
    await chat.dialog.click('cancel');
    await chat.dialog.waitClosed();
    expect(await chat.composer.inputValue()).toBe('');
    await page.close();
  });

  test('a clean text waits, then lands exactly once, with no dialog', async ({ extensionContext }) => {
    const { chat, finishLoading, page } = await openLoadingPage(extensionContext);
    await chat.paste(CLEAN);
    await page.waitForTimeout(500);
    expect(await chat.composer.inputValue()).toBe('');
    finishLoading();
    await expect.poll(() => chat.composer.inputValue()).toBe(CLEAN);
    await page.waitForTimeout(300);
    expect(await chat.composer.inputValue()).toBe(CLEAN);
    expect(await chat.dialog.count()).toBe(0);
    await page.close();
  });
});
