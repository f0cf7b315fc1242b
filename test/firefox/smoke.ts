// Firefox smoke run: the shipped Firefox build in Debian's firefox-esr, driven by puppeteer-core
// over WebDriver BiDi (Playwright cannot drive it). The imitation ChatGPT page (real ProseMirror)
// is served under https://chatgpt.com through request interception; nothing reaches the network.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const EXTENSION = here('../../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PAGE = 'prosemirror-chat';

const SENSITIVE = 'Aangever Daan Visser, BSN 111222333, meldt een gestolen fiets.';
const CLEAN = 'Wat zijn de belangrijkste 8 punten van privacy wetgeving?';

let browser: Browser;
let script: string;

before(async () => {
  if (!existsSync(`${EXTENSION}/manifest.json`)) throw new Error(`No Firefox build in ${EXTENSION}: run \`wxt build -b firefox\`.`);
  const bundle = await build({
    entryPoints: [here(`../e2e/pages/${PAGE}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'firefox128',
    logLevel: 'warning',
  });
  script = bundle.outputFiles[0]!.text;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(EXTENSION);
});

after(async () => {
  await browser?.close();
});

async function openChat(): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== 'https://chatgpt.com') return void request.abort();
    if (url.pathname === '/__page.js') return void request.respond({ status: 200, contentType: 'text/javascript', body: script });
    void request.respond({ status: 200, contentType: 'text/html', body: readFileSync(here(`../e2e/pages/${PAGE}.html`), 'utf8') });
  });
  await page.goto('https://chatgpt.com/');
  await page.waitForSelector('#prompt-textarea');
  return page;
}

/** A real paste: the text on the clipboard, then Ctrl+V in the composer (a trusted event with clipboardData). */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click('#prompt-textarea');
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
}

const composerText = (page: Page) => page.evaluate(() => (window as unknown as { composer: { text(): string } }).composer.text());
const sent = (page: Page) => page.evaluate(() => (window as unknown as { composer: { sent(): string[] } }).composer.sent());
const dialogs = (page: Page) => page.$$eval('plakwacht-dialog', (d) => d.length);

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('Firefox: a clean paste lands in the ProseMirror composer, no dialog', async () => {
  const page = await openChat();
  await paste(page, CLEAN);
  await until(() => composerText(page), (t) => t === CLEAN, 'the pasted text');
  assert.equal(await dialogs(page), 0);
  await page.close();
});

test('Firefox: a sensitive paste is held back with the dialog; Escape cancels and keeps the composer empty', async () => {
  const page = await openChat();
  await paste(page, SENSITIVE);
  await until(() => dialogs(page), (n) => n === 1, 'the Plakwacht dialog');
  assert.equal(await composerText(page), '');
  await page.keyboard.press('Escape');
  await until(() => dialogs(page), (n) => n === 0, 'the dialog to close');
  assert.equal(await composerText(page), '');
  await page.close();
});

test('Firefox: typed sensitive text + Enter is held back; nothing is sent', async () => {
  const page = await openChat();
  await page.click('#prompt-textarea');
  await page.keyboard.type(SENSITIVE);
  await page.keyboard.press('Enter');
  await until(() => dialogs(page), (n) => n === 1, 'the Plakwacht dialog');
  assert.deepEqual(await sent(page), []);
  assert.equal(await composerText(page), SENSITIVE);
  await page.close();
});
