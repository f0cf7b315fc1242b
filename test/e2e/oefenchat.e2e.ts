import { expect, test } from './fixtures';

test.describe('oefenchat (offline demo chatbot)', () => {
  test('the guard runs there as on chatgpt.com: a BSN paste is held back with the dialog', async ({ openOefenchat }) => {
    const chat = await openOefenchat();
    await expect(chat.page.getByRole('heading', { name: 'Oefenchat' })).toBeVisible();
    await chat.paste('Aangever Jan, BSN 111222333');
    const { name } = await chat.dialog.waitOpen();
    expect(name).toContain('Dit mag niet in een chatbot');
    expect(await chat.text()).toBe('');
    await chat.dialog.click('redact');
    await chat.dialog.waitClosed();
    await expect.poll(() => chat.text()).toBe('Aangever [PERSOON 1], BSN [BSN]');
  });

  test('a clean question is sent with Enter and gets a canned answer, without any network', async ({ openOefenchat }) => {
    const chat = await openOefenchat();
    const requests: string[] = [];
    chat.page.on('request', (r) => requests.push(r.url()));
    await chat.type('Wat zijn de belangrijkste 8 punten van privacy wetgeving?');
    await chat.page.keyboard.press('Enter');
    await expect(chat.page.locator('.message.user')).toHaveText(/privacy wetgeving/);
    await expect(chat.page.locator('.message.bot')).toContainText('oefenantwoord');
    expect(await chat.text()).toBe('');
    expect(requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  });
});
