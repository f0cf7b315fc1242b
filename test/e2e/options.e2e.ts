import { expect, test } from './fixtures';
import { axeViolations, openExtensionPage, resetExtensionStorage } from './extension-pages';

const AANGIFTE = 'Aangever Daan Visser, BSN 111222333, verklaarde dat zijn fiets is gestolen.';

test.describe('options page', () => {
  test.beforeEach(async ({ extensionContext }) => resetExtensionStorage(extensionContext));
  test.afterEach(async ({ extensionContext }) => resetExtensionStorage(extensionContext));

  test('keyboard only: choosing English turns the page and the dialog in the chatbot English, in a Dutch browser', async ({ extensionContext, extensionId, openChat }) => {
    const page = await openExtensionPage(extensionContext, extensionId, 'options.html');
    await expect(page.getByRole('heading', { name: 'Algemeen' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Taal')).toBeFocused();
    // A focused <select> takes arrow keys: browser → Nederlands → Engels.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('heading', { name: 'General' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Language')).toBeFocused();
    await expect(page.getByRole('heading', { name: 'What Plakwacht does and does not do' })).toBeVisible();

    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(AANGIFTE);
    const { name } = await chat.dialog.waitOpen();
    expect(name).toContain('This must not go into a chatbot');
    expect(await chat.dialog.text()).toContain('Never enter personal data of yourself, colleagues or citizens');
    await chat.page.keyboard.press('Escape');

    // And back to "same as the browser": Dutch again, also in a page that is already open.
    await page.getByLabel('Language').selectOption('browser');
    await expect(page.getByRole('heading', { name: 'Algemeen' })).toBeVisible();
    await chat.paste(AANGIFTE);
    expect((await chat.dialog.waitOpen()).name).toContain('Dit mag niet in een chatbot');
    await chat.page.keyboard.press('Escape');
    await page.close();
  });

  test('shows this week’s counts and resets them with the keyboard', async ({ extensionContext, extensionId, openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(AANGIFTE);
    await chat.dialog.waitOpen();
    await chat.dialog.click('redact');
    await chat.dialog.waitClosed();

    const page = await openExtensionPage(extensionContext, extensionId, 'options.html');
    const general = page.locator('#general');
    await expect(general.locator('[data-count="block"]')).toHaveText('1 blokkade');
    await expect(general.locator('tr[data-rule="P1.2"] td')).toHaveText('1');
    await expect(general.locator('[data-choice="redact"]')).toHaveText('Geanonimiseerd: 1');
    await expect(general).not.toContainText('111222333');

    const reset = page.getByRole('button', { name: 'Tellers op nul zetten' });
    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(general.locator('[data-count="block"]')).toHaveText('geen blokkades');
    await expect(general.getByRole('status')).toHaveText('De tellers staan op nul.');
    await expect(general.locator('tbody tr')).toHaveCount(0);
    await page.close();
  });

  test('says in plain words what Plakwacht does not do, keeps the rule-pack section, and passes axe', async ({ extensionContext, extensionId }) => {
    const page = await openExtensionPage(extensionContext, extensionId, 'options.html');
    const about = page.locator('#about');
    await expect(about).toContainText('Plakwacht stuurt niets naar internet');
    await expect(about).toContainText('Plakwacht is een vangnet, geen garantie.');
    await expect(about).toContainText('Werk alléén met een privé-account.');
    await expect(about).toContainText('Elke AI-tool maakt fouten');
    await expect(page.locator('#pack dd[data-fact="version"]')).toHaveText('1');
    const { serious, checked } = await axeViolations(page);
    expect(serious).toEqual([]);
    expect(checked).toBeGreaterThan(10);
    await page.close();
  });
});
