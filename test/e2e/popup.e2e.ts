import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { axeViolations, openExtensionPage, RealPopup, resetExtensionStorage } from './extension-pages';
import { SCREENSHOTS } from './paths';

const AANGIFTE = 'Kun je deze aangifte samenvatten? Aangever Daan Visser, BSN 111222333, verklaarde dat zijn fiets is gestolen.';

test.describe('popup', () => {
  test('over a chatbot tab: protected, the pack in force, and this week’s counts per rule — numbers only', async ({ openChat, extensionContext }) => {
    await resetExtensionStorage(extensionContext);
    const chat = await openChat('https://chatgpt.com/');
    // One block this week, cancelled: the counters learn a verdict, rule ids and a choice.
    await chat.paste(AANGIFTE);
    await chat.dialog.waitOpen();
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();

    const popup = await RealPopup.open(extensionContext, chat.page);
    await popup.waitFor('document.querySelector("[data-counts] [data-count=block]")?.textContent === "1 blokkade"');
    const text = await popup.text();
    expect(await popup.evaluate('document.querySelector("[data-status]").dataset.state')).toBe('protected');
    expect(text).toContain('Beschermd');
    expect(text).toContain('chatgpt.com');
    expect(text).toContain('nl.politie.plakwacht.default');
    expect(text).toContain('Versie 1, uitgegeven op 29 november 2026');
    const rows = await popup.evaluate<[string, string][]>(
      '[...document.querySelectorAll("[data-counts] tbody tr")].map((r) => [r.dataset.rule, r.querySelector("td").textContent])',
    );
    expect(rows).toEqual([['P1.2', '1'], ['S4', '1']]);
    // Nothing of what was pasted reaches the popup.
    expect(text).not.toMatch(/111222333|Daan|Visser|fiets/);
    // The spot where the rule-pack issue's "check now" mounts is there.
    expect(await popup.evaluate('!!document.querySelector("#pack-check-now[data-mount=check-now]")')).toBe(true);
    await popup.close();
  });

  test('over a site that is no chatbot: not protected, and why', async ({ openChat, extensionContext }) => {
    const other = await openChat('https://www.example.org/', 'prosemirror-chat');
    const popup = await RealPopup.open(extensionContext, other.page);
    expect(await popup.evaluate('document.querySelector("[data-status]").dataset.state')).toBe('unknown-site');
    expect(await popup.text()).toContain('Dit is geen chatbot die Plakwacht kent.');
    await popup.close();
  });

  test('over the oefenchat: protected, as the guard runs there too', async ({ openOefenchat, extensionContext }) => {
    const chat = await openOefenchat();
    const popup = await RealPopup.open(extensionContext, chat.page);
    expect(await popup.evaluate('document.querySelector("[data-status]").dataset.state')).toBe('oefenchat');
    await popup.close();
  });

  test('axe finds no serious or critical violations in the real popup', async ({ openChat, extensionContext }) => {
    const chat = await openChat('https://chatgpt.com/');
    const popup = await RealPopup.open(extensionContext, chat.page);
    const { serious, checked } = await popup.axe();
    expect(serious).toEqual([]);
    expect(checked).toBeGreaterThan(10);
    await popup.close();
  });

  test('keyboard only: Tab reaches "check now" and every link, in reading order, each with a visible focus ring', async ({ extensionContext, extensionId }) => {
    const page = await openExtensionPage(extensionContext, extensionId, 'popup.html');
    await expect(page.locator('[data-status] .state')).toBeVisible();
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { link: el.dataset.link ?? el.dataset.action ?? el.tagName, outline: getComputedStyle(el).outlineStyle };
      });
      if (focus.link !== 'BODY') {
        reached.push(focus.link);
        expect(focus.outline).not.toBe('none');
      }
    }
    expect(reached.slice(0, 4)).toEqual(['check-pack', 'playground', 'oefenchat', 'options']);
    // Enter on a focused link opens that page.
    await page.locator('[data-link="playground"]').focus();
    const [opened] = await Promise.all([extensionContext.waitForEvent('page'), page.keyboard.press('Enter')]);
    await opened.waitForLoadState();
    expect(opened.url()).toContain('/playground.html');
    await opened.close();
    await page.close();
  });

  test('screenshot of the popup over ChatGPT', async ({ openChat, extensionContext }) => {
    await resetExtensionStorage(extensionContext);
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(AANGIFTE);
    await chat.dialog.waitOpen();
    await chat.dialog.click('redact');
    await chat.dialog.waitClosed();
    const popup = await RealPopup.open(extensionContext, chat.page);
    await popup.waitFor('document.querySelector("[data-counts] tbody tr")');
    const shot = await popup.screenshot();
    expect(shot.byteLength).toBeGreaterThan(5_000);
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(`${SCREENSHOTS}/popup.png`, shot);
    }
    await popup.close();
  });
});

test.describe('popup, axe on the page itself', () => {
  test('popup.html opened as a page has no serious or critical violations either', async ({ extensionContext, extensionId }) => {
    const page = await openExtensionPage(extensionContext, extensionId, 'popup.html');
    await expect(page.locator('[data-status] .state')).toBeVisible();
    expect((await axeViolations(page)).serious).toEqual([]);
    await page.close();
  });
});
