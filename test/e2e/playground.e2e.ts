import { mkdirSync } from 'node:fs';
import { mixedDutchText } from '../bench/corpus';
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { axeViolations, openExtensionPage } from './extension-pages';
import { SCREENSHOTS } from './paths';

const TEXT =
  'Rubricering: Politie Intern\n\nKun je deze aangifte samenvatten? Aangever Daan Visser, BSN 111222333, verklaarde dat zijn fiets is gestolen.';

test.describe('playground', () => {
  test('every finding is marked in place, with detector, confidence, rule and verdict', async ({ extensionContext, extensionId }) => {
    const page = await openExtensionPage(extensionContext, extensionId, 'playground.html');
    await page.getByLabel('Tekst om te controleren').fill(TEXT);
    const marks = page.locator('[data-highlighted] mark');
    await expect(marks).toHaveCount(3);
    await expect(marks.nth(0)).toHaveText('Politie Intern');
    await expect(marks.nth(0)).toHaveAttribute('data-detector', 'classification-marking');
    await expect(marks.nth(1)).toHaveText('Daan Visser');
    await expect(marks.nth(1)).toHaveAttribute('data-detector', 'person-name');
    await expect(marks.nth(1)).toHaveClass('warn');
    await expect(marks.nth(2)).toHaveText('111222333');
    await expect(marks.nth(2)).toHaveClass('block');
    // The text around the marks is there unchanged.
    await expect(page.locator('[data-highlighted]')).toHaveText(TEXT);

    const bsn = page.locator('tr[data-detector="bsn"]');
    await expect(bsn.locator('td').nth(1)).toHaveText('1112•••33');
    await expect(bsn.locator('td').nth(2)).toHaveText('bsn BSN (burgerservicenummer)');
    await expect(bsn.locator('td').nth(3)).toHaveText('80%');
    await expect(bsn.locator('td').nth(4)).toHaveText('P1.2, S4');
    await expect(bsn.locator('td').nth(5)).toHaveText('tegenhouden');
    await expect(page.locator('[data-verdict]')).toHaveText('Wordt tegengehouden');
    await expect(page.locator('[data-rules]')).toContainText("Voeg nooit persoonsgegevens van jezelf, collega's of burgers in (volg de AVG).");

    // A clean text: no marks, "goes through".
    await page.getByLabel('Tekst om te controleren').fill('Wat zijn de belangrijkste 8 punten van privacy wetgeving?');
    await expect(page.locator('[data-verdict]')).toHaveText('Mag erdoor');
    await expect(marks).toHaveCount(0);
    await page.close();
  });

  test('keyboard only: type, jump from the table to the mark, copy the anonymised text', async ({ extensionContext, extensionId }) => {
    const page = await openExtensionPage(extensionContext, extensionId, 'playground.html');
    await page.keyboard.press('Tab'); // the example picker
    await page.keyboard.press('Tab'); // the text field
    await expect(page.getByLabel('Tekst om te controleren')).toBeFocused();
    await page.keyboard.type('Betrokkene BSN 111222333 belde.');
    await expect(page.locator('[data-highlighted] mark')).toHaveCount(1);

    await page.locator('button[data-go="0"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-highlighted] mark')).toBeFocused();

    await page.getByRole('button', { name: 'Geanonimiseerde tekst kopiëren' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-copied]')).toHaveText('Gekopieerd, met 1 vondst vervangen.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Betrokkene BSN [BSN] belde.');
    await page.close();
  });

  test('1 MB of text: checked in chunks off the page thread, finding as many as the plakwacht command does in one piece', async ({ extensionContext, extensionId }) => {
    const text = mixedDutchText(1_000_000, 7);
    // What the `plakwacht` command finds in the same text, in one piece.
    const line = execFileSync('npx', ['plakwacht', 'scan', '--jsonl'], { input: JSON.stringify({ id: 'mb', text }), maxBuffer: 64 << 20 });
    const expected = (JSON.parse(line.toString()) as { findings: unknown[] }).findings.length;
    const page = await openExtensionPage(extensionContext, extensionId, 'playground.html');
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.evaluate((t) => {
      const input = document.querySelector('textarea')!;
      input.value = t;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await expect(page.locator('[data-playground]')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(page.locator('[data-status]')).toHaveText(`${expected} vondsten.`);
    await expect(page.locator('[data-findings]')).toContainText(`En nog ${expected - 500} vondsten`);
    // Progress came in chunks and reached the end.
    expect(await page.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([text.length, text.length]);
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(`playground, 1 MB: ${expected} findings; longest main-thread task ${Math.round(longest)} ms (noisy, shared CPU)`);
    // Not a speed budget (that is `npm run bench`): a frozen page would block for many seconds.
    expect(longest).toBeLessThan(3_000);
    await page.close();
  });

  test('axe finds no serious or critical violations, with findings on the page', async ({ extensionContext, extensionId }) => {
    const page = await openExtensionPage(extensionContext, extensionId, 'playground.html');
    await page.getByLabel('Tekst om te controleren').fill(TEXT);
    await expect(page.locator('[data-highlighted] mark')).toHaveCount(3);
    expect((await axeViolations(page)).serious).toEqual([]);
    await page.close();
  });

  test('screenshot of the playground with highlights', async ({ extensionContext, extensionId }) => {
    const page = await openExtensionPage(extensionContext, extensionId, 'playground.html');
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.getByLabel('Tekst om te controleren').fill(`${TEXT}\n\nTLP:RED — graag een korte versie voor het team.`);
    await expect(page.locator('[data-highlighted] mark')).toHaveCount(4);
    const shot = await page.screenshot();
    expect(shot.byteLength).toBeGreaterThan(10_000);
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}/playground.png` });
    }
    await page.close();
  });
});
