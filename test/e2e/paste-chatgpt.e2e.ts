import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SCREENSHOTS } from './paths';

const AANGIFTE = 'Kun je deze aangifte samenvatten? Aangever Daan Visser, BSN 111222333, verklaarde dat zijn fiets is gestolen.';
const MEMO = 'Rubricering: Politie Intern\n\nMemo over de inzet van drones bij evenementen. Graag een kortere versie.';
const CLEAN = 'Wat zijn de belangrijkste 8 punten van privacy wetgeving?';

test.describe('paste into ChatGPT (ProseMirror composer, Dutch browser)', () => {
  test('a BSN is held back: the composer stays empty and the dialog cites P1.2 and S4', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(AANGIFTE);

    const { role, name } = await chat.dialog.waitOpen();
    expect(role).toBe('alertdialog');
    expect(name).toContain('Dit mag niet in een chatbot');
    expect(await chat.text()).toBe('');

    const text = await chat.dialog.text();
    expect(text).toContain('BSN (burgerservicenummer)');
    expect(text).toContain('1112•••33'); // masked, never the number itself
    expect(text).not.toContain('111222333');
    expect(text).toContain("Voeg nooit persoonsgegevens van jezelf, collega's of burgers in (volg de AVG).");
    expect(text).toContain("Voer GEEN persoonsgegevens of afbeeldingen in (zoals van collega's of burgers).");
    // block: cancel first and focused, redact offered, never proceed
    expect(await chat.dialog.actions()).toEqual(['cancel', 'redact']);
    expect(await chat.dialog.focused()).toBe('cancel');
  });

  test('cancel keeps the earlier text exactly and returns focus to the composer', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.type('Eerst mijn eigen vraag. ');
    const before = await chat.document();

    await chat.paste(AANGIFTE);
    await chat.dialog.waitOpen();
    await chat.dialog.click('cancel');
    await chat.dialog.waitClosed();

    expect(await chat.document()).toBe(before);
    await expect(chat.composer).toBeFocused();
    expect(await chat.clipboard()).toBe(AANGIFTE); // the clipboard is untouched
    // typing goes on where the caret was
    await chat.page.keyboard.type('Verder.');
    expect(await chat.text()).toBe('Eerst mijn eigen vraag. Verder.');
  });

  test('Escape cancels', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(AANGIFTE);
    await chat.dialog.waitOpen();
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();
    expect(await chat.text()).toBe('');
    expect(await chat.dialog.count()).toBe(0);
  });

  test('redact inserts the anonymised text exactly once, where the caret was', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.type('Vraag: ');
    await chat.paste(AANGIFTE);
    await chat.dialog.waitOpen();
    await chat.dialog.click('redact');
    await chat.dialog.waitClosed();

    expect(await chat.text()).toBe(`Vraag: ${AANGIFTE.replace('111222333', '[BSN]').replace('Daan Visser', '[PERSOON 1]')}`);
    await expect(chat.composer).toBeFocused();
  });

  test('a classification marking blocks and cannot be anonymised away', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(MEMO);
    await chat.dialog.waitOpen();
    const text = await chat.dialog.text();
    expect(text).toContain('Rubricering');
    expect(text).toContain('Politie Intern');
    expect(text).toContain('M4');
    expect(await chat.dialog.actions()).toEqual(['cancel']);
    await chat.page.keyboard.press('Enter'); // Enter on the focused cancel button
    await chat.dialog.waitClosed();
    expect(await chat.text()).toBe('');
  });

  test('a clean paste lands unchanged, formatting and undo intact, with no dialog', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.type('Vraag: ');
    // ProseMirror's history joins edits less than 500 ms apart into one undo step.
    await chat.page.waitForTimeout(600);
    await chat.paste(CLEAN, `<p>Wat zijn de <strong>belangrijkste</strong> 8 punten van privacy wetgeving?</p>`);
    await expect.poll(() => chat.text()).toBe(`Vraag: ${CLEAN}`);
    expect(await chat.html()).toContain('<strong>belangrijkste</strong>');
    expect(await chat.dialog.count()).toBe(0);

    await chat.page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => chat.text()).toBe('Vraag: ');
  });

  test('screenshot of the dialog over the imitation ChatGPT page', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.page.setViewportSize({ width: 1000, height: 720 });
    await chat.type('Kun je dit samenvatten? ');
    await chat.paste(`${AANGIFTE}\n${MEMO}`);
    await chat.dialog.waitOpen();
    const shot = await chat.page.screenshot();
    expect(shot.byteLength).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      // The dialog's entrance animation lives in its closed shadow root, out of Playwright's reach: let it end.
      await chat.page.waitForTimeout(300);
      await chat.page.screenshot({ path: `${SCREENSHOTS}/dialog-chatgpt.png` });
    }
  });
});
