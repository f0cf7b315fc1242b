import { expect, test } from './fixtures';
import { resetExtensionStorage } from './extension-pages';

test.describe('P3 reminder on a chatbot page', () => {
  test.beforeEach(async ({ extensionContext }) => resetExtensionStorage(extensionContext));

  test('appears after the first message is sent, quotes P3, takes no focus, and stays closed once closed', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.page.waitForTimeout(2_000);
    await expect(chat.page.locator('plakwacht-reminder')).toHaveCount(0); // nothing before a message is sent

    await chat.type('Wat zijn de belangrijkste 8 punten van privacy wetgeving?');
    await chat.page.keyboard.press('Enter');
    const note = chat.page.locator('plakwacht-reminder [role="note"]');
    await expect(note).toContainText('Principe 3: Dubbelcheck de antwoorden');
    await expect(note).toContainText('Elke AI-tool maakt fouten, zoals feitelijke onjuistheden, vooroordelen of exclusie.');
    await expect(chat.composer).toBeFocused();
    await expect(chat.page.locator('plakwacht-reminder')).toHaveCount(1);

    // Keyboard: Tab reaches its close button; Enter closes it.
    await note.getByRole('button', { name: 'Herinnering sluiten' }).focus();
    await chat.page.keyboard.press('Enter');
    await expect(chat.page.locator('plakwacht-reminder')).toHaveCount(0);

    // A new page, a new message, the same day: no reminder.
    await chat.page.reload();
    await chat.type('Nog een vraag');
    await chat.page.keyboard.press('Enter');
    await chat.page.waitForTimeout(2_000);
    await expect(chat.page.locator('plakwacht-reminder')).toHaveCount(0);
  });
});
