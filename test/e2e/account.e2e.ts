import { expect, test } from './fixtures';
import { axeViolations } from './extension-pages';

test.describe('private-account warning (S1, P1.1) on a chatbot login form', () => {
  test('typing a work address warns at once, citing S1; the form is not sent and the dialog explains', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/auth/login', 'chatgpt-login');
    const page = chat.page;
    const field = page.getByLabel('Email address');
    await field.click();
    await page.keyboard.type('j.devries@politie.nl');

    const note = page.locator('plakwacht-account-warning [role="alert"]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Dit is een werkadres.');
    await expect(note).toContainText('S1: Werk alléén met een privé-account.');
    await expect(note).toContainText('P1.1: Je zakelijke mailadres gebruik je alleen voor zakelijke toepassingen.');
    // The note does not repeat the address.
    await expect(note).not.toContainText('devries');

    // Enter in the field: held back, the dialog cites S1 and P1.1; nothing is sent.
    await page.keyboard.press('Enter');
    const { role, name } = await chat.dialog.waitOpen();
    expect(role).toBe('alertdialog');
    expect(name).toContain('Gebruik hier je privé-e-mailadres');
    const text = await chat.dialog.text();
    expect(text).toContain('•••@politie.nl');
    expect(text).not.toContain('devries');
    expect(text).toContain('Werk alléén met een privé-account.');
    expect(text).toContain('Je zakelijke mailadres gebruik je alleen voor zakelijke toepassingen.');
    expect(await chat.dialog.actions()).toEqual(['cancel']);
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();
    await expect(field).toBeFocused();
    expect(await page.evaluate(() => (window as unknown as { login: { sent(): string[] } }).login.sent())).toEqual([]);

    // The Continue button is held back just the same.
    await page.getByRole('button', { name: 'Continue' }).click();
    await chat.dialog.waitOpen();
    await chat.dialog.click('cancel');
    await chat.dialog.waitClosed();
    expect(await page.evaluate(() => (window as unknown as { login: { sent(): string[] } }).login.sent())).toEqual([]);

    // A private address: the note goes, and the form is sent.
    await field.fill('jan.devries@gmail.com');
    await expect(page.locator('plakwacht-account-warning [role="alert"]')).toBeHidden();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('#result')).toHaveText('Sent: jan.devries@gmail.com');
    expect(await chat.dialog.count()).toBe(0);
  });

  test('subdomains count (…@oost.politieacademie.nl); look-alikes do not (…@politie.nl.example.com)', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/auth/login', 'chatgpt-login');
    const field = chat.page.getByLabel('Email address');
    await field.fill('docent@oost.politieacademie.nl');
    await expect(chat.page.locator('plakwacht-account-warning [role="alert"]')).toBeVisible();
    expect((await axeViolations(chat.page)).serious).toEqual([]);
    await field.fill('iemand@politie.nl.example.com');
    await expect(chat.page.locator('plakwacht-account-warning [role="alert"]')).toBeHidden();
    await chat.page.getByRole('button', { name: 'Continue' }).click();
    await expect(chat.page.locator('#result')).toHaveText('Sent: iemand@politie.nl.example.com');
  });
});
