import { readFileSync } from 'node:fs';
import { localeTable } from '../../src/i18n/locale-tables';
import type { DialogStrings } from '../../src/dialog/types';
import { expect, test } from './fixtures';
import { axeViolations } from './extension-pages';

// The dialog's closed shadow root hides it from axe (and from the page: that is the point). Two
// honest checks instead:
// 1. axe on the real dialog code rendered in a harness page with the shadow root forced open
//    (pages/dialog-harness.ts), in both languages, light and dark, for block, block+redact and warn;
// 2. in the real extension on the imitation ChatGPT: Chromium's own accessibility tree (over CDP)
//    and keyboard-only use.

function strings(lang: 'nl' | 'en'): DialogStrings {
  const table = localeTable(readFileSync(new URL(`../../locales/${lang}.yml`, import.meta.url), 'utf8'));
  const keys = ['titleBlock', 'titleWarn', 'found', 'rulesHeading', 'cancel', 'redact', 'proceed', 'nothingSent', 'notRedactable', 'incomplete', 'reasonLabel', 'reasonHint'] as const;
  return Object.fromEntries(keys.map((k) => [k, table[`dialog.${k}`]!])) as unknown as DialogStrings;
}

const BLOCK_ONLY = 'Rubricering: Politie Intern\nAangever Daan Visser, BSN 111222333.';
const BLOCK_REDACT = 'Aangever Daan Visser, BSN 111222333, verklaarde dat zijn fiets is gestolen.';

for (const lang of ['nl', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: the dialog (${lang}, ${scheme}) has no serious or critical violations, in every variant`, async ({ openChat }) => {
      const harness = await openChat('https://dialog-harness.test/', 'dialog-harness');
      await harness.page.emulateMedia({ colorScheme: scheme });
      const variants: [string, object][] = [
        [BLOCK_ONLY, {}],
        [BLOCK_REDACT, {}],
        [BLOCK_REDACT, { verdict: 'warn', canProceed: true, incomplete: true }],
        [BLOCK_REDACT, { verdict: 'warn', canProceed: true, proceedNeedsReason: true }],
      ];
      for (const [text, overrides] of variants) {
        await harness.page.evaluate(
          ([t, l, s, o]) => void (window as unknown as { harness: { show(...a: unknown[]): Promise<string> } }).harness.show(t, l, s, o),
          [text, lang, strings(lang), overrides] as const,
        );
        const dialog = harness.page.locator('plakwacht-dialog [role="alertdialog"]');
        await expect(dialog).toBeVisible();
        const { serious, checked, targets } = await axeViolations(harness.page);
        expect(serious, `${text} ${JSON.stringify(overrides)}`).toEqual([]);
        expect(checked).toBeGreaterThan(10);
        // axe did look inside: it checked the dialog's own buttons (targets that cross the shadow root).
        expect(targets.filter((t) => t.includes('plakwacht-dialog')).length).toBeGreaterThanOrEqual(5);
        await harness.page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
      }
    });
  }
}

test('the real dialog: Chromium’s accessibility tree names it and every button; keyboard alone does the job', async ({ openChat }) => {
  const chat = await openChat('https://chatgpt.com/');
  await chat.type('Vraag: ');
  await chat.paste(BLOCK_REDACT);
  const { role, name } = await chat.dialog.waitOpen();
  expect(role).toBe('alertdialog');
  expect(name).toContain('Dit mag niet in een chatbot');

  const cdp = await chat.page.context().newCDPSession(chat.page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  const dialog = nodes.find((n) => n.role?.value === 'alertdialog')!;
  expect(dialog.properties?.find((p) => p.name === 'modal')?.value.value).toBe(true);
  const buttons = nodes.filter((n) => n.role?.value === 'button' && !n.ignored).map((n) => n.name?.value);
  expect(buttons).toEqual(expect.arrayContaining(['Terug', 'Anonimiseren']));
  expect(buttons.every((b) => b && b.length > 1)).toBe(true);

  // Focus starts on "Terug"; Tab and Shift+Tab stay inside the dialog.
  expect(await chat.dialog.focused()).toBe('cancel');
  await chat.page.keyboard.press('Tab');
  expect(await chat.dialog.focused()).toBe('redact');
  await chat.page.keyboard.press('Tab');
  expect(await chat.dialog.focused()).toBe('cancel');
  await chat.page.keyboard.press('Shift+Tab');
  expect(await chat.dialog.focused()).toBe('redact');
  // Typing while the dialog is open never reaches the composer.
  await chat.page.keyboard.type('x');
  expect(await chat.text()).toBe('Vraag: ');
  // Enter on the focused button carries it out; focus is back in the composer after.
  if ((await chat.dialog.focused()) !== 'redact') await chat.page.keyboard.press('Tab');
  await chat.page.keyboard.press('Enter');
  await chat.dialog.waitClosed();
  expect(await chat.text()).toBe(`Vraag: ${BLOCK_REDACT.replace('111222333', '[BSN]').replace('Daan Visser', '[PERSOON 1]')}`);
  await expect(chat.composer).toBeFocused();
});
