import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type ChatPage } from './fixtures';

// Every way in × every editor framework the chatbots use, in real Chromium with the real
// extension and the real framework packages, each page served under its chatbot's hostname.

interface Site {
  name: string;
  url: string;
  page: string;
  send: string;
  /** Whether the framework keeps an undo history that reverts our insertion. */
  undo: boolean;
}

export const SITES: Site[] = [
  { name: 'ChatGPT (ProseMirror)', url: 'https://chatgpt.com/', page: 'prosemirror-chat', send: '#composer-submit-button', undo: true },
  { name: 'Grok (Tiptap 3)', url: 'https://grok.com/', page: 'tiptap-chat', send: 'button[aria-label="Submit"]', undo: true },
  { name: 'Perplexity (Lexical)', url: 'https://www.perplexity.ai/', page: 'lexical-chat', send: 'button[data-testid="submit-button"]', undo: true },
  { name: 'Gemini (Quill 2)', url: 'https://gemini.google.com/app', page: 'quill-chat', send: 'button.send-button', undo: true },
  { name: 'Copilot (React 19 textarea)', url: 'https://copilot.microsoft.com/', page: 'react-chat', send: 'button[data-testid="submit-button"]', undo: true },
  { name: 'DeepSeek (plain textarea)', url: 'https://chat.deepseek.com/', page: 'textarea-chat', send: 'div._7436101[role="button"]', undo: true },
];

const SENSITIVE = 'Aangever Daan Visser, BSN 111222333, meldt een gestolen fiets.';
const REDACTED = 'Aangever [PERSOON 1], BSN [BSN], meldt een gestolen fiets.';
const CLEAN = 'Wat zijn de belangrijkste 8 punten van privacy wetgeving?';
/** A warning, not a block: a name is personal data of lower certainty (DESIGN: verdicts). */
const WARNING = 'Schrijf een bedankje aan Daan Visser voor zijn hulp.';

const files = path.join(tmpdir(), `plakwacht-e2e-files-${process.pid}`);
mkdirSync(files, { recursive: true });
const AANGIFTE_TXT = path.join(files, 'aangifte.txt');
writeFileSync(AANGIFTE_TXT, `Proces-verbaal van aangifte\n${SENSITIVE}\n`);
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

for (const site of SITES) {
  test.describe(site.name, () => {
    let chat: ChatPage;
    test.beforeEach(async ({ openChat }) => {
      chat = await openChat(site.url, site.page);
    });

    test('a clean paste lands once and the site knows it', async () => {
      await chat.type('Vraag: ');
      await chat.paste(CLEAN);
      await expect.poll(() => chat.text()).toBe(`Vraag: ${CLEAN}`);
      expect(await chat.dialog.count()).toBe(0);
      expect(await chat.canSend()).toBe(true);
    });

    test('a sensitive paste is held back with the dialog; cancel keeps the earlier text exactly', async () => {
      await chat.type('Eerst mijn eigen vraag. ');
      const before = await chat.text();
      await chat.paste(SENSITIVE);
      const { name } = await chat.dialog.waitOpen();
      expect(name).toContain('Dit mag niet in een chatbot');
      expect(await chat.dialog.text()).toContain('1112•••33');
      expect(await chat.text()).toBe(before);
      await chat.dialog.click('cancel');
      await chat.dialog.waitClosed();
      expect(await chat.text()).toBe(before);
      await expect(chat.composer).toBeFocused();
      expect(await chat.clipboard()).toBe(SENSITIVE);
      expect(await chat.sent()).toEqual([]);
    });

    test('redact inserts the anonymised text once; the site knows it; undo takes it back', async () => {
      await chat.type('Vraag: ');
      await chat.page.waitForTimeout(600); // editors join quick edits into one undo step
      await chat.paste(SENSITIVE);
      await chat.dialog.waitOpen();
      await chat.dialog.click('redact');
      await chat.dialog.waitClosed();
      await expect.poll(() => chat.text()).toBe(`Vraag: ${REDACTED}`);
      expect(await chat.canSend()).toBe(true);
      if (site.undo) {
        await chat.page.keyboard.press('ControlOrMeta+Z');
        await expect.poll(() => chat.text()).toBe('Vraag: ');
      }
    });

    test('proceed on a warning inserts the text once; sending it then asks nothing again', async () => {
      await chat.paste(WARNING);
      const { name } = await chat.dialog.waitOpen();
      expect(name).toContain('Controleer dit');
      expect(await chat.dialog.actions()).toEqual(['cancel', 'redact', 'proceed']);
      await chat.dialog.click('proceed');
      await chat.dialog.waitClosed();
      await expect.poll(() => chat.text()).toBe(WARNING);
      expect(await chat.canSend()).toBe(true);
      await chat.page.keyboard.press('Enter');
      await expect.poll(() => chat.sent()).toEqual([WARNING]);
      expect(await chat.dialog.count()).toBe(0);
    });

    test('typed sensitive text + Enter is held back; nothing is sent; the text stays', async () => {
      await chat.type(SENSITIVE);
      await chat.page.keyboard.press('Enter');
      await chat.dialog.waitOpen();
      expect(await chat.dialog.text()).toContain('het bericht dat je wilde versturen');
      expect(await chat.sent()).toEqual([]);
      await chat.page.keyboard.press('Escape');
      await chat.dialog.waitClosed();
      expect(await chat.text()).toBe(SENSITIVE);
      expect(await chat.sent()).toEqual([]);
      await expect(chat.composer).toBeFocused();
    });

    test('Shift+Enter is a new line, not a submit', async () => {
      await chat.type('Regel een met BSN 111222333');
      await chat.page.keyboard.press('Shift+Enter');
      await chat.page.keyboard.type('regel twee');
      await expect.poll(() => chat.text()).toBe('Regel een met BSN 111222333\nregel twee');
      expect(await chat.dialog.count()).toBe(0);
      expect(await chat.sent()).toEqual([]);
    });

    test('Enter that accepts an IME composition is not a submit', async () => {
      await chat.type(`${SENSITIVE} `);
      await chat.imeEnter('日本');
      await expect.poll(() => chat.text()).toBe(`${SENSITIVE} 日本`);
      expect(await chat.dialog.count()).toBe(0);
      expect(await chat.sent()).toEqual([]);
    });

    test('a click on the send button is held back; redact leaves the anonymised message to send', async () => {
      await chat.type(SENSITIVE);
      await chat.page.click(site.send);
      await chat.dialog.waitOpen();
      expect(await chat.sent()).toEqual([]);
      await chat.dialog.click('redact');
      await chat.dialog.waitClosed();
      await expect.poll(() => chat.text()).toBe(REDACTED);
      expect(await chat.sent()).toEqual([]);
      expect(await chat.canSend()).toBe(true);
      await chat.page.click(site.send);
      await expect.poll(() => chat.sent()).toEqual([REDACTED]);
      expect(await chat.dialog.count()).toBe(0);
    });

    test('a clean message is sent with Enter exactly once, untouched', async () => {
      await chat.type(CLEAN);
      await chat.page.keyboard.press('Enter');
      await expect.poll(() => chat.sent()).toEqual([CLEAN]);
      await chat.page.waitForTimeout(200);
      expect(await chat.sent()).toEqual([CLEAN]);
      expect(await chat.dialog.count()).toBe(0);
    });

    test('proceed on a warning at send sends it exactly once', async () => {
      await chat.type(WARNING);
      await chat.page.keyboard.press('Enter');
      await chat.dialog.waitOpen();
      expect(await chat.dialog.text()).toContain('Toch versturen');
      await chat.dialog.click('proceed');
      await chat.dialog.waitClosed();
      await expect.poll(() => chat.sent()).toEqual([WARNING]);
      await chat.page.waitForTimeout(200);
      expect(await chat.sent()).toEqual([WARNING]);
    });

    test('a dropped sensitive text is held back; redact inserts it once', async () => {
      await chat.drop({ text: SENSITIVE });
      await chat.dialog.waitOpen();
      expect(await chat.dialog.text()).toContain('wat je naar de chatbot sleepte');
      await chat.dialog.click('redact');
      await chat.dialog.waitClosed();
      await expect.poll(() => chat.text()).toContain(REDACTED);
      expect(count(await chat.text(), 'BSN [BSN]')).toBe(1);
      expect(await chat.text()).not.toContain('111222333');
    });

    test('a text file with a BSN in the upload control: cancel uploads nothing, redact uploads it anonymised', async () => {
      const input = chat.page.locator('input[type="file"]');
      await input.setInputFiles(AANGIFTE_TXT);
      await chat.dialog.waitOpen();
      const text = await chat.dialog.text();
      expect(text).toContain('aangifte.txt');
      expect(text).toContain('de bestanden die je wilde uploaden');
      await chat.dialog.click('cancel');
      await chat.dialog.waitClosed();
      expect(await chat.uploads()).toEqual([]);

      await input.setInputFiles(AANGIFTE_TXT);
      await chat.dialog.waitOpen();
      await chat.dialog.click('redact');
      await chat.dialog.waitClosed();
      await expect.poll(() => chat.uploads()).toEqual([
        { name: 'aangifte.txt', type: 'text/plain', text: `Proces-verbaal van aangifte\n${REDACTED}\n` },
      ]);
    });

    test('a pasted image gets the S4 dialog; proceed attaches it once', async () => {
      await chat.pasteImage();
      await chat.dialog.waitOpen();
      const text = await chat.dialog.text();
      expect(text).toContain("Voer GEEN persoonsgegevens of afbeeldingen in (zoals van collega's of burgers).");
      expect(await chat.dialog.actions()).toEqual(['cancel', 'proceed']);
      expect(await chat.uploads()).toEqual([]);
      await chat.dialog.click('proceed');
      await chat.dialog.waitClosed();
      await expect.poll(async () => (await chat.uploads()).map((u) => u.type)).toEqual(['image/png']);
    });

    test('an uploaded image gets the S4 dialog; cancel uploads nothing', async () => {
      await chat.page.locator('input[type="file"]').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: PNG });
      await chat.dialog.waitOpen();
      expect(await chat.dialog.text()).toContain('foto.png');
      await chat.dialog.click('cancel');
      await chat.dialog.waitClosed();
      await chat.page.waitForTimeout(100);
      expect(await chat.uploads()).toEqual([]);
    });

    test('Enter on the dialog\'s button answers the dialog and is never a submit', async () => {
      await chat.type(SENSITIVE);
      await chat.paste(' en nog iets: BSN 111222333');
      await chat.dialog.waitOpen();
      expect(await chat.dialog.focused()).toBe('cancel');
      await chat.page.keyboard.press('Enter');
      await chat.dialog.waitClosed();
      await chat.page.waitForTimeout(200);
      expect(await chat.dialog.count()).toBe(0);
      expect(await chat.sent()).toEqual([]);
      expect(await chat.text()).toBe(SENSITIVE);
    });

    test('a dropped text file with a BSN is held back; cancel lets nothing through', async () => {
      await chat.drop({ files: [AANGIFTE_TXT] });
      await chat.dialog.waitOpen();
      expect(await chat.dialog.text()).toContain('aangifte.txt');
      await chat.dialog.click('cancel');
      await chat.dialog.waitClosed();
      await chat.page.waitForTimeout(100);
      expect(await chat.uploads()).toEqual([]);
      expect(await chat.text()).toBe('');
    });

    test('a long paste (150 KB) is checked in slices: clean lands once, with a BSN it is held back', async () => {
      const long = `${CLEAN} `.repeat(Math.ceil(150_000 / (CLEAN.length + 1)));
      await chat.paste(long);
      await expect.poll(() => chat.text().then((t) => t.trimEnd().length), { timeout: 15_000 }).toBe(long.trimEnd().length);
      expect(await chat.dialog.count()).toBe(0);
      await chat.page.keyboard.press('ControlOrMeta+A');
      await chat.page.keyboard.press('Delete');
      await chat.paste(`${long}${SENSITIVE}`);
      await chat.dialog.waitOpen(15_000);
      expect(await chat.dialog.text()).toContain('1112•••33');
    });

    test('a composer added late (single-page navigation) is guarded the same', async ({ openChat }) => {
      const late = await openChat(`${site.url}?late`, site.page);
      await expect(late.composer).toHaveCount(0);
      await late.page.click('#new-chat');
      await expect(late.composer).toBeVisible();
      await late.paste(SENSITIVE);
      await late.dialog.waitOpen();
      await late.dialog.click('cancel');
      await late.dialog.waitClosed();
      await late.type(SENSITIVE);
      await late.page.keyboard.press('Enter');
      await late.dialog.waitOpen();
      expect(await late.sent()).toEqual([]);
    });
  });
}
