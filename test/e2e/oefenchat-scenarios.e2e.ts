import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { axeViolations, resetExtensionStorage } from './extension-pages';
import { SCREENSHOTS } from './paths';

test.describe('oefenchat: scenarios, presenter mode, reminder', () => {
  test.beforeEach(async ({ extensionContext }) => resetExtensionStorage(extensionContext));

  test('at least 12 scenarios; a click pastes the aangifte through the guard: dialog, composer untouched', async ({ openOefenchat }) => {
    const chat = await openOefenchat();
    const scenarios = chat.page.locator('[data-scenario]');
    expect(await scenarios.count()).toBeGreaterThanOrEqual(12);
    await chat.page.locator('[data-scenario="aangifte-bsn"]').click();
    const { name } = await chat.dialog.waitOpen();
    expect(name).toContain('Dit mag niet in een chatbot');
    expect(await chat.dialog.text()).toContain('1112•••33');
    await chat.dialog.click('cancel');
    await chat.dialog.waitClosed();
    expect(await chat.text()).toBe('');
    // The same text is on the clipboard: a trainer can paste it once more with Ctrl+V.
    expect(await chat.clipboard()).toContain('Aangever: Daan Visser, BSN 111222333');
    await expect(chat.page.locator('.explain')).toContainText("Voeg nooit persoonsgegevens van jezelf, collega's of burgers in");
  });

  test('a harmless privacy-law question goes in, gets a canned answer, and the P3 reminder follows', async ({ openOefenchat }) => {
    const chat = await openOefenchat();
    const requests: string[] = [];
    chat.page.on('request', (r) => requests.push(r.url()));
    await chat.page.locator('[data-scenario="privacywet"]').click();
    await expect.poll(() => chat.text()).toBe('Wat zijn de belangrijkste 8 punten van privacy wetgeving?');
    expect(await chat.dialog.count()).toBe(0);
    await chat.composer.focus();
    await chat.page.keyboard.press('Enter');
    await expect(chat.page.locator('.message.bot')).toContainText('dataminimalisatie');
    await expect(chat.page.locator('.message.bot')).toContainText('oefenantwoord');

    const reminder = chat.page.locator('plakwacht-reminder [role="note"]');
    await expect(reminder).toContainText('Principe 3: Dubbelcheck de antwoorden');
    await expect(reminder).toContainText('Elke AI-tool maakt fouten');
    // It never takes the focus away from where the user is typing.
    await expect(chat.composer).toBeFocused();
    await reminder.getByRole('button', { name: 'Herinnering sluiten' }).click();
    await expect(chat.page.locator('plakwacht-reminder')).toHaveCount(0);
    // Closed for today: the next message brings no new one.
    await chat.type('Nog een vraag');
    await chat.page.keyboard.press('Enter');
    await expect(chat.page.locator('.message.bot')).toHaveCount(2);
    await chat.page.waitForTimeout(1_800);
    await expect(chat.page.locator('plakwacht-reminder')).toHaveCount(0);
    expect(requests.filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith('blob:'))).toEqual([]);
  });

  test('the screenshot scenario puts a real PNG on the clipboard and the paste path', async ({ openOefenchat }) => {
    const chat = await openOefenchat();
    await chat.page.locator('[data-scenario="screenshot-registratiesysteem"]').click();
    // Either the guard holds the picture back (S4) or, where it does not look at images, the
    // composer takes it as an attachment as ChatGPT does: the image did reach the paste path.
    await expect
      .poll(async () => (await chat.dialog.isOpen()) || (await chat.page.locator('.attachment').count()) > 0)
      .toBe(true);
    if (await chat.dialog.isOpen()) {
      expect(await chat.page.locator('.attachment').count()).toBe(0);
    } else {
      await expect(chat.page.locator('.attachment')).toContainText('registratiesysteem.png');
    }
    const clip = await chat.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return { types: item!.types, size: bytes.length, signature: [...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('') };
    });
    expect(clip.types).toContain('image/png');
    expect(clip.signature).toBe('PNG');
    expect(clip.size).toBeGreaterThan(10_000);
  });

  test('keyboard only: a scenario by Tab and Enter, the dialog, Escape, back in the composer', async ({ openOefenchat }) => {
    const chat = await openOefenchat();
    await chat.page.locator('[data-scenario="aangifte-bsn"]').focus();
    await chat.page.keyboard.press('Tab');
    await expect(chat.page.locator('[data-scenario="memo-politie-intern"]')).toBeFocused();
    await chat.page.keyboard.press('Enter');
    await chat.dialog.waitOpen();
    expect(await chat.dialog.focused()).toBe('cancel');
    expect(await chat.dialog.actions()).toEqual(['cancel']);
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();
    await expect(chat.composer).toBeFocused();
    expect(await chat.text()).toBe('');
  });

  test('presenter mode: large type, the rule explained, and axe finds nothing serious', async ({ openOefenchat }) => {
    const chat = await openOefenchat();
    const toggle = chat.page.getByRole('button', { name: 'Presentatiemodus' });
    await toggle.focus();
    await chat.page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(chat.page.locator('html')).toHaveClass(/presenter/);
    expect(await chat.page.evaluate(() => Number(getComputedStyle(document.documentElement).zoom))).toBeGreaterThan(1.2);
    expect(chat.page.url()).toContain('presenter');
    await chat.page.locator('[data-scenario="memo-politie-intern"]').click();
    await chat.dialog.waitOpen();
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();
    const explain = chat.page.locator('.explain');
    await expect(explain.locator('#explain-title')).toHaveText('Memo met rubricering Politie Intern');
    await expect(explain.locator('[data-rule="M4"]')).toContainText('Politie Intern');
    expect(await explain.locator('.rule-text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);
    expect((await axeViolations(chat.page)).serious).toEqual([]);
    await chat.page.reload();
    await expect(chat.page.getByRole('button', { name: 'Presentatiemodus' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('screenshot of the oefenchat in presenter mode', async ({ openOefenchat }) => {
    const chat = await openOefenchat();
    await chat.page.setViewportSize({ width: 1280, height: 800 });
    await chat.page.getByRole('button', { name: 'Presentatiemodus' }).click();
    await chat.page.locator('[data-scenario="privacywet"]').click();
    // The scenario is pasted (through the clipboard, like a trainer's Ctrl+V): wait for it to land.
    await expect.poll(() => chat.text()).toBe('Wat zijn de belangrijkste 8 punten van privacy wetgeving?');
    await chat.composer.focus();
    await chat.page.keyboard.press('Enter');
    await expect(chat.page.locator('.message.bot')).toBeVisible();
    // The class has seen the dialog; now the rule is explained, in large type, next to the chat.
    await chat.page.locator('[data-scenario="memo-politie-intern"]').click();
    await chat.dialog.waitOpen();
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();
    await expect(chat.page.locator('plakwacht-reminder')).toHaveCount(1);
    // The P3 note sits in the flow under the conversation: it covers neither the lesson nor the composer.
    const note = (await chat.page.locator('plakwacht-reminder [role="note"]').boundingBox())!;
    for (const covered of ['.explain', 'form[data-chat-form]']) {
      const box = (await chat.page.locator(covered).boundingBox())!;
      const overlaps = note.x < box.x + box.width && box.x < note.x + note.width && note.y < box.y + box.height && box.y < note.y + note.height;
      expect(overlaps, `the reminder covers ${covered}`).toBe(false);
    }
    await chat.page.evaluate(() => window.scrollTo(0, 0));
    const shot = await chat.page.screenshot();
    expect(shot.byteLength).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await chat.page.screenshot({ path: `${SCREENSHOTS}/oefenchat-presenter.png` });
    }
  });

  test('screenshot of the made-up registration system that the screenshot scenario pastes', async ({ extensionContext }) => {
    // The picture is rendered from test/e2e/mocks/registratiesysteem.html; `npm run screenshots`
    // renders it again. Every value in it is fictitious and marked so.
    const page = await extensionContext.newPage();
    await page.setViewportSize({ width: 880, height: 410 });
    await page.setContent(readFileSync(new URL('./mocks/registratiesysteem.html', import.meta.url), 'utf8'));
    await expect(page.locator('body')).toContainText('FICTIEF — OEFENMATERIAAL');
    await expect(page.locator('body')).toContainText('Rubricering: Politie Intern');
    const shot = await page.screenshot();
    expect(shot.byteLength).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: new URL('../../src/oefenchat/registratiesysteem.png', import.meta.url).pathname });
    await page.close();
  });
});
