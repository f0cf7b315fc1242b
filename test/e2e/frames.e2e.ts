import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SCREENSHOTS } from './paths';

const SENSITIVE = 'Aangever Daan Visser, BSN 111222333, meldt een gestolen fiets.';

test.describe('composers the guard cannot see by selector', () => {
  test('inside an open shadow root: paste, Enter and an upload in the shadow root are all held back', async ({ openChat }) => {
    const chat = await openChat('https://poe.com/', 'embedded-chat');
    await chat.paste(SENSITIVE);
    await chat.dialog.waitOpen();
    await chat.dialog.click('cancel');
    await chat.dialog.waitClosed();
    expect(await chat.text()).toBe('');

    await chat.type(SENSITIVE);
    await chat.page.keyboard.press('Enter');
    await chat.dialog.waitOpen();
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();
    expect(await chat.sent()).toEqual([]);

    // `change` never leaves a shadow root: the site listens inside it, and so must the guard.
    await chat.page.locator('chat-box input[type="file"]').setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) });
    await chat.dialog.waitOpen();
    await chat.dialog.click('cancel');
    await chat.dialog.waitClosed();
    expect(await chat.uploads()).toEqual([]);
  });

  test('inside an iframe of the chatbot: the guard runs in the frame and shows its dialog there', async ({ openChat }) => {
    const chat = await openChat('https://poe.com/', 'embedded-chat');
    const frame = chat.page.frameLocator('iframe');
    const input = frame.locator('textarea');
    await chat.page.evaluate((t) => navigator.clipboard.writeText(t), SENSITIVE);
    await input.focus();
    await chat.page.keyboard.press('ControlOrMeta+V');
    await chat.dialog.waitOpen();
    expect(await input.inputValue()).toBe('');
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();

    await input.focus();
    await chat.page.keyboard.type(SENSITIVE);
    await chat.page.keyboard.press('Enter');
    await chat.dialog.waitOpen();
    expect(await input.inputValue()).toBe(SENSITIVE);
  });
});

test.describe('proceed does what the key would have done, and no more', () => {
  test('where Enter is a new line and Ctrl+Enter sends, proceed on Enter adds the line and sends nothing', async ({ openChat }) => {
    const chat = await openChat('https://chat.deepseek.com/?newline', 'textarea-chat');
    await chat.type('Schrijf een bedankje aan Daan Visser voor zijn hulp.');
    await chat.page.keyboard.press('Enter');
    await chat.dialog.waitOpen();
    await chat.dialog.click('proceed');
    await chat.dialog.waitClosed();
    await expect.poll(() => chat.text()).toBe('Schrijf een bedankje aan Daan Visser voor zijn hulp.\n');
    expect(await chat.sent()).toEqual([]);
    await chat.page.keyboard.type('Wat nu?');
    await chat.page.keyboard.press('Control+Enter');
    await expect.poll(() => chat.sent()).toEqual(['Schrijf een bedankje aan Daan Visser voor zijn hulp.\nWat nu?']);
    expect(await chat.dialog.count()).toBe(0);
  });
});

test.describe('site profiles decide where the guard runs', () => {
  test('huggingface.co/chat is guarded (profile path /chat)', async ({ openChat }) => {
    const chat = await openChat('https://huggingface.co/chat/', 'textarea-chat');
    await chat.paste(SENSITIVE);
    await chat.dialog.waitOpen();
  });

  test('the rest of huggingface.co is not: the content script does not even load there', async ({ openChat }) => {
    const chat = await openChat('https://huggingface.co/models', 'textarea-chat');
    await chat.paste(SENSITIVE);
    await expect.poll(() => chat.text()).toBe(SENSITIVE);
    expect(await chat.dialog.count()).toBe(0);
  });
});

test.describe('screenshots of the dialog on imitation sites', () => {
  for (const [name, url, page, how] of [
    ['gemini', 'https://gemini.google.com/app', 'quill-chat', 'paste'],
    ['perplexity', 'https://www.perplexity.ai/', 'lexical-chat', 'enter'],
    ['deepseek', 'https://chat.deepseek.com/', 'textarea-chat', 'image'],
  ] as const) {
    test(`screenshot of the dialog on ${name}`, async ({ openChat }) => {
      const chat = await openChat(url, page);
      await chat.page.setViewportSize({ width: 1000, height: 720 });
      if (how === 'paste') await chat.paste(`Kun je dit samenvatten? ${SENSITIVE}\nRubricering: Politie Intern`);
      if (how === 'enter') {
        await chat.type(`Schrijf een brief aan ${SENSITIVE}`);
        await chat.page.keyboard.press('Enter');
      }
      if (how === 'image') await chat.pasteImage();
      await chat.dialog.waitOpen();
      const shot = await chat.page.screenshot();
      expect(shot.byteLength).toBeGreaterThan(10_000);
      if (process.env.UPDATE_SCREENSHOTS) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        // The dialog's entrance animation lives in its closed shadow root, out of Playwright's reach: let it end.
        await chat.page.waitForTimeout(300);
        await chat.page.screenshot({ path: `${SCREENSHOTS}/dialog-${name}.png` });
      }
    });
  }
});
