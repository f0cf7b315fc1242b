import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { SCREENSHOTS } from './paths';

// Names are personal data of lower certainty: the dialog warns (P1.2, S4), offers anonymising
// with numbered placeholders, and lets the user paste anyway. A question about a person cites M2.
const MAIL = 'Kun je deze mail aan mevrouw El Amrani netjes herschrijven? Jan de Vries heeft haar gisteren gebeld.';
const QUESTION = 'Wat weet je over Jan de Vries uit Tilburg?';
const NO_NAMES = 'Maart is een mooie maand in Den Haag. Ga dan naar het Van Gogh Museum. Rubricering: openbaar.';

test.describe('names of people (Dutch browser)', () => {
  test('a name is held back with a warning that shows it masked and cites P1.2 and S4', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(MAIL);
    await chat.dialog.waitOpen();
    expect(await chat.text()).toBe('');

    const text = await chat.dialog.text();
    expect(text).toContain('Naam van een persoon');
    expect(text).toContain('El A•••ni'); // masked, never the name itself
    expect(text).not.toContain('El Amrani');
    expect(text).toContain("Voeg nooit persoonsgegevens van jezelf, collega's of burgers in (volg de AVG).");
    expect(text).toContain("Voer GEEN persoonsgegevens of afbeeldingen in (zoals van collega's of burgers).");
    // warn: go back (the default), anonymise, or paste anyway
    expect(await chat.dialog.actions()).toEqual(['cancel', 'redact', 'proceed']);
    expect(await chat.dialog.focused()).toBe('cancel');
  });

  test('anonymising gives each person a numbered placeholder, inserted once', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(`${MAIL} Mevrouw El Amrani was niet thuis.`);
    await chat.dialog.waitOpen();
    await chat.dialog.click('redact');
    await chat.dialog.waitClosed();
    await expect
      .poll(() => chat.text())
      .toBe(
        'Kun je deze mail aan mevrouw [PERSOON 1] netjes herschrijven? [PERSOON 2] heeft haar gisteren gebeld. ' +
          'Mevrouw [PERSOON 1] was niet thuis.',
      );
  });

  test('paste anyway inserts the text exactly once, unchanged', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(MAIL);
    await chat.dialog.waitOpen();
    await chat.dialog.click('proceed');
    await chat.dialog.waitClosed();
    await expect.poll(() => chat.text()).toBe(MAIL);
  });

  test('a question about a person cites M2', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(QUESTION);
    await chat.dialog.waitOpen();
    const text = await chat.dialog.text();
    expect(text).toContain('Vraag over een persoon');
    expect(text).toContain('U mag geen personen bevragen in GPT4 of persoonsinformatie verzamelen via GPT4.');
    await chat.dialog.click('redact');
    await chat.dialog.waitClosed();
    await expect.poll(() => chat.text()).toBe('Wat weet je over [PERSOON 1] uit Tilburg?');
  });

  test('places, months and museums are not names: the paste goes through with no dialog', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(NO_NAMES);
    await expect.poll(() => chat.text()).toBe(NO_NAMES);
    expect(await chat.dialog.count()).toBe(0);
  });

  test('screenshot of a name warning', async ({ openChat }) => {
    const chat = await openChat('https://chatgpt.com/');
    await chat.page.setViewportSize({ width: 1000, height: 720 });
    await chat.paste(`${MAIL}\n${QUESTION}`);
    await chat.dialog.waitOpen();
    const shot = await chat.page.screenshot();
    expect(shot.byteLength).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      // The dialog's entrance animation lives in its closed shadow root, out of Playwright's reach: let it end.
      await chat.page.waitForTimeout(300);
      await chat.page.screenshot({ path: `${SCREENSHOTS}/dialog-names.png` });
    }
  });
});
