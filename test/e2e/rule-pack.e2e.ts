import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { ChatPage, CHROMIUM, expect, test } from './fixtures';
import { EXTENSION_DIR, PAGES_OUT, PAGES_SRC } from './paths';
import { UNSAFE_RULE, ZWALUW, packWith, signed } from '../packs/signing';

// The security team's path end to end: a local HTTP server (127.0.0.1, random port) publishes
// signed packs; the extension's options page points at it and checks; the guard in an open
// chatbot page picks up the new pack without a reload.

/** The extension APIs these tests call inside extension pages and the service worker. */
declare const chrome: {
  storage: { local: { clear(): Promise<void>; get(keys: null): Promise<Record<string, unknown>> } };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
};

const ZWALUW_TEXT = 'Kun je het draaiboek van Operatie Zwaluw korter maken?';

/** A pack server with ETag support, like a plain web server in front of a file. */
class PackServer {
  body = '';
  requests: { ifNoneMatch: string | undefined }[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const etag = `"${createHash('sha256').update(this.body).digest('hex').slice(0, 16)}"`;
      this.requests.push({ ifNoneMatch: req.headers['if-none-match'] });
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(this.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/plakwacht-pack.json`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The options page's pack section, read the way a user reads it. */
class PackPanel {
  constructor(readonly page: Page) {}
  static async open(context: BrowserContext, extensionId: string): Promise<PackPanel> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html#pack`);
    await page.locator('#pack [data-fact="version"]').waitFor();
    return new PackPanel(page);
  }
  fact(name: string) {
    return this.page.locator(`#pack [data-fact="${name}"]`);
  }
  async setUrl(url: string): Promise<void> {
    await this.page.getByLabel('Adres voor updates').fill(url);
    await this.page.getByRole('button', { name: 'Adres opslaan' }).click();
    await expect(this.page.getByText('Adres opgeslagen.')).toBeVisible();
  }
  /** Clicks "Nu controleren" and returns the outcome and the sentence shown. */
  async checkNow(): Promise<{ outcome: string; text: string }> {
    const result = this.page.locator('[data-pack-result="check"]');
    await this.page.getByRole('button', { name: 'Nu controleren' }).click();
    await expect(result).toHaveAttribute('data-outcome', /applied|unchanged|refused|error|no-url/, { timeout: 20_000 });
    return { outcome: (await result.getAttribute('data-outcome'))!, text: await result.innerText() };
  }
}

test.describe('signed rule packs reach an installed extension', () => {
  const server = new PackServer();
  let url: string;
  test.beforeAll(async () => {
    url = await server.start();
  });
  test.afterAll(async ({ extensionContext }) => {
    await server.stop();
    // Leave the worker's browser as the other tests expect it: built-in pack, nothing asked.
    const worker = extensionContext.serviceWorkers()[0]!;
    await worker.evaluate(() => chrome.storage.local.clear());
  });

  test('a signed pack adding "Operatie Zwaluw" blocks that paste; tampered, older and unsafe packs are refused and it stays in force', async ({
    extensionContext,
    extensionId,
    openChat,
  }) => {
    test.setTimeout(90_000);
    // The fixture refuses all network; the pack server on 127.0.0.1 is the one exception.
    await extensionContext.route(`${new URL(url).origin}/**`, (route) => route.continue());
    // Before: the built-in pack knows nothing of the operation; the paste goes through.
    const chat = await openChat('https://chatgpt.com/');
    await chat.paste(ZWALUW_TEXT);
    await expect.poll(() => chat.text()).toBe(ZWALUW_TEXT);

    const panel = await PackPanel.open(extensionContext, extensionId);
    await expect(panel.fact('id')).toHaveText('nl.politie.plakwacht.default');
    await expect(panel.fact('signer')).toContainText('ingebouwd');
    await panel.setUrl(url);

    server.body = signed(packWith(2, { extraRules: [ZWALUW] }));
    expect(await panel.checkNow()).toEqual({ outcome: 'applied', text: 'Nieuw regelpakket toegepast: nl.politie.plakwacht versie 2.' });
    await expect(panel.fact('version')).toHaveText('2');
    await expect(panel.fact('signer')).toHaveText('b2a25f249a030c77');

    // The page that was already open follows the new pack without a reload.
    await chat.paste(ZWALUW_TEXT);
    const { name } = await chat.dialog.waitOpen();
    expect(name).toContain('Dit mag niet in een chatbot');
    const dialogText = await chat.dialog.text();
    expect(dialogText).toContain('Operatienaam');
    expect(dialogText).toContain('S3');
    await chat.dialog.click('cancel');
    await chat.dialog.waitClosed();
    expect(await chat.text()).toBe(ZWALUW_TEXT); // only the first, allowed paste

    // Unchanged file: the second request is conditional and answered 304.
    expect((await panel.checkNow()).outcome).toBe('unchanged');
    expect(server.requests.at(-1)!.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);

    const tampered = JSON.parse(signed(packWith(3, { extraRules: [] })));
    tampered.payload = Buffer.from(JSON.stringify(packWith(3, { extraRules: [] }))).toString('base64');
    const refusals: [string, string, string][] = [
      [JSON.stringify(tampered), 'bad-signature', 'De handtekening klopt niet'],
      [signed(packWith(1)), 'not-newer', 'niet nieuwer'],
      [signed(packWith(3, { extraRules: [ZWALUW, UNSAFE_RULE] })), 'unsafe-pattern', 'vastlopen'],
    ];
    for (const [body, code, words] of refusals) {
      server.body = body;
      const { outcome, text } = await panel.checkNow();
      expect(outcome, code).toBe('refused');
      expect(text).toContain(words);
      expect(text).toContain('Versie 2 blijft van kracht.');
      await expect(panel.fact('version')).toHaveText('2');
      await expect(panel.fact('refusal')).toContainText(words);
    }

    // After all that, the last good pack still guards the page.
    await chat.paste(ZWALUW_TEXT);
    await chat.dialog.waitOpen();
    await chat.page.keyboard.press('Escape');
    await chat.dialog.waitClosed();
    expect(await chat.text()).toBe(ZWALUW_TEXT);
  });
});

test.describe('a pack that adds a chatbot the extension has no permission for', () => {
  test.afterAll(async ({ extensionContext }) => {
    await extensionContext.serviceWorkers()[0]!.evaluate(() => chrome.storage.local.clear());
  });

  test('asks the user once, on the options page, and lists the new host until it is granted', async ({ extensionContext, extensionId }) => {
    const newBot = { id: 'newbot', name: 'NewBot', hosts: ['newbot.example'], composer: ['textarea'], send: ['button'], upload: [] };
    const withNewBot = (version: number) => signed(packWith(version, { sites: [...packWith(version).sites!, newBot] }));
    const panel = await PackPanel.open(extensionContext, extensionId);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plakwacht-pack-')), 'pack.signed.json');

    writeFileSync(file, withNewBot(20));
    const asked = extensionContext.waitForEvent('page', (p) => p.url().endsWith('/options.html#pack'));
    await panel.page.getByLabel('Pakketbestand importeren').setInputFiles(file);
    await expect(panel.page.locator('[data-pack-result="import"]')).toHaveAttribute('data-outcome', 'applied', { timeout: 20_000 });
    const question = new PackPanel(await asked);
    await expect(question.page.locator('[data-pack-sites] li')).toHaveText(['newbot.example']);
    await expect(question.page.getByRole('button', { name: 'Toestemming geven' })).toBeVisible();

    // A later pack with the same host does not ask again.
    const tabs = extensionContext.pages().length;
    writeFileSync(file, withNewBot(21));
    await panel.page.getByLabel('Pakketbestand importeren').setInputFiles(file);
    await expect(panel.page.locator('[data-pack-result="import"]')).toHaveAttribute('data-outcome', 'applied', { timeout: 20_000 });
    await expect(panel.fact('version')).toHaveText('21');
    await panel.page.waitForTimeout(500);
    expect(extensionContext.pages()).toHaveLength(tabs);
    // Not granted: the manifest never asked for it, and nothing runs there.
    expect(await panel.page.evaluate(() => chrome.permissions.contains({ origins: ['https://newbot.example/*'] }))).toBe(false);
  });
});

test.describe('a pack that wants a typed reason before "Toch plakken"', () => {
  test.afterAll(async ({ extensionContext }) => {
    await extensionContext.serviceWorkers()[0]!.evaluate(() => chrome.storage.local.clear());
  });

  test('the proceed button waits for a reason; the reason goes nowhere; the text lands once', async ({ extensionContext, extensionId, openChat }) => {
    const panel = await PackPanel.open(extensionContext, extensionId);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'plakwacht-pack-')), 'pack.signed.json');
    const base = packWith(40);
    writeFileSync(file, signed({ ...base, settings: { ...base.settings, proceedNeedsReason: true } }));
    await panel.page.getByLabel('Pakketbestand importeren').setInputFiles(file);
    await expect(panel.page.locator('[data-pack-result="import"]')).toHaveAttribute('data-outcome', 'applied', { timeout: 20_000 });

    const chat = await openChat('https://chatgpt.com/');
    const warning = 'Schrijf een bedankje aan Daan Visser voor zijn hulp.';
    await chat.paste(warning);
    await chat.dialog.waitOpen();
    expect(await chat.dialog.text()).toContain('Waarom is dit toch nodig?');
    const proceedDisabled = () => chat.dialog.disabled('proceed');
    expect(await proceedDisabled()).toBe(true);
    // A click on the waiting button does nothing.
    await chat.dialog.click('proceed');
    expect(await chat.dialog.isOpen()).toBe(true);
    // Keyboard only: Shift+Tab from "Terug" reaches the reason field; two letters are not a reason.
    await chat.page.keyboard.press('Shift+Tab');
    await chat.page.keyboard.type('ok');
    await chat.page.keyboard.press('Enter');
    expect(await chat.dialog.isOpen()).toBe(true);
    expect(await proceedDisabled()).toBe(true);
    await chat.page.keyboard.type(' voor Kwikstaartoverleg');
    expect(await proceedDisabled()).toBe(false);
    await chat.page.keyboard.press('Enter');
    await chat.dialog.waitClosed();
    await expect.poll(() => chat.text()).toBe(warning);
    // Nothing of the reason is kept: storage holds counts and settings, no text.
    const stored = await extensionContext.serviceWorkers()[0]!.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(stored)).not.toContain('Kwikstaart');
  });
});

test.describe('a restart', () => {
  test('keeps the last good pack: an imported pack still blocks after the browser is closed and opened again', async () => {
    test.setTimeout(90_000);
    const profile = mkdtempSync(path.join(tmpdir(), 'plakwacht-restart-'));
    const file = path.join(profile, '..', `pack-${path.basename(profile)}.signed.json`);
    writeFileSync(file, signed(packWith(2, { extraRules: [ZWALUW] })));

    let browser = await launch(profile);
    const panel = await PackPanel.open(browser.context, browser.id);
    await panel.page.getByLabel('Pakketbestand importeren').setInputFiles(file);
    await expect(panel.page.locator('[data-pack-result="import"]')).toHaveAttribute('data-outcome', 'applied', { timeout: 20_000 });
    await browser.context.close();

    browser = await launch(profile);
    try {
      const again = await PackPanel.open(browser.context, browser.id);
      await expect(again.fact('version')).toHaveText('2');
      await expect(again.fact('signer')).toHaveText('b2a25f249a030c77');
      const chat = await openChatIn(browser.context, 'https://chatgpt.com/');
      await chat.paste(ZWALUW_TEXT);
      await chat.dialog.waitOpen();
      expect(await chat.dialog.text()).toContain('Operatienaam');
    } finally {
      await browser.context.close();
    }
  });
});

/** Chromium with the test build on a given profile, as the fixture starts it, to restart it at will. */
async function launch(profile: string): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'nl',
    permissions: ['clipboard-read', 'clipboard-write'],
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--lang=nl', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
  });
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host };
}

async function openChatIn(context: BrowserContext, url: string): Promise<ChatPage> {
  await context.route(`${new URL(url).origin}/**`, (route) =>
    new URL(route.request().url()).pathname === '/__page.js'
      ? route.fulfill({ contentType: 'text/javascript', body: readFileSync(`${PAGES_OUT}/prosemirror-chat.js`) })
      : route.fulfill({ contentType: 'text/html', body: readFileSync(`${PAGES_SRC}/prosemirror-chat.html`) }),
  );
  const page = await context.newPage();
  await page.goto(url);
  return new ChatPage(page);
}
