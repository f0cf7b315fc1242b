import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { ShadowDialog } from './dialog';
import { EXTENSION_DIR, PAGES_OUT, PAGES_SRC } from './paths';

export { expect };

interface WorkerFixtures {
  /** Browser UI language; the dialog follows it. */
  lang: string;
  /** Chromium with the built extension loaded, one per worker. */
  extensionContext: BrowserContext;
  extensionId: string;
}

interface TestFixtures {
  /** The oefenchat extension page, where the guard runs as on chatgpt.com. */
  openOefenchat: () => Promise<ChatPage>;
  /**
   * An imitation chatbot page served under its real hostname, with the extension's guard in it.
   * `page` names test/e2e/pages/<page>.html/.ts; the composer selector defaults to that page's.
   */
  openChat: (url: string, page?: string, composer?: string) => Promise<ChatPage>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const test = base.extend<TestFixtures, WorkerFixtures>({
  lang: ['nl', { scope: 'worker', option: true }],
  extensionContext: [
    async ({ lang }, use) => {
      const profile = mkdtempSync(path.join(tmpdir(), 'plakwacht-e2e-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        locale: lang,
        permissions: ['clipboard-read', 'clipboard-write'],
        args: [
          `--disable-extensions-except=${EXTENSION_DIR}`,
          `--load-extension=${EXTENSION_DIR}`,
          `--lang=${lang}`,
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
        env: { ...process.env, LANGUAGE: lang, LANG: lang === 'en' ? 'en_US.UTF-8' : 'nl_NL.UTF-8' },
      });
      // No test ever reaches the network: anything not routed to a local page is refused.
      await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ extensionContext: context }, use) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],
  openOefenchat: async ({ extensionContext: context, extensionId }, use) => {
    const page = await context.newPage();
    await use(async () => {
      await page.goto(`chrome-extension://${extensionId}/oefenchat.html`);
      return new ChatPage(page);
    });
    await page.close();
  },
  openChat: async ({ extensionContext: context }, use) => {
    const pages: Page[] = [];
    const routes: [string, Parameters<BrowserContext['route']>[1]][] = [];
    await use(async (url, name = 'prosemirror-chat', composer = COMPOSERS[name] ?? '#prompt-textarea') => {
      const pattern = `${new URL(url).origin}/**`;
      const handler: Parameters<BrowserContext['route']>[1] = (route) => {
        const { pathname } = new URL(route.request().url());
        if (pathname === '/__page.js') {
          return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`${PAGES_OUT}/${name}.js`) });
        }
        return route.fulfill({ contentType: 'text/html', body: readFileSync(`${PAGES_SRC}/${name}.html`) });
      };
      await context.route(pattern, handler);
      routes.push([pattern, handler]);
      const page = await context.newPage();
      pages.push(page);
      await page.goto(url);
      return new ChatPage(page, composer);
    });
    for (const page of pages) await page.close();
    for (const [pattern, handler] of routes) await context.unroute(pattern, handler);
  },
});

/** The composer of each imitation page, as the real site names it. */
export const COMPOSERS: Record<string, string> = {
  'prosemirror-chat': '#prompt-textarea',
  'tiptap-chat': 'div.tiptap',
  'lexical-chat': '#ask-input',
  'quill-chat': '.ql-editor',
  'react-chat': '#userInput',
  'textarea-chat': '#chat-input',
  'embedded-chat': 'chat-box textarea',
};

/** What the imitation site received, as its page records it on `window.composer`. */
export interface Received {
  name: string;
  type: string;
  text?: string;
}

/** A chatbot page with a composer, seen the way a user sees it. */
export class ChatPage {
  readonly dialog: ShadowDialog;
  constructor(readonly page: Page, readonly composerSelector = '#prompt-textarea') {
    this.dialog = new ShadowDialog(page);
  }

  get composer() {
    return this.page.locator(this.composerSelector);
  }

  /** A real paste: the text goes on the system clipboard and Ctrl+V is pressed in the composer. */
  async paste(text: string, html?: string): Promise<void> {
    await this.page.evaluate(
      async ([plain, rich]) => {
        const items: Record<string, Blob> = { 'text/plain': new Blob([plain!], { type: 'text/plain' }) };
        if (rich) items['text/html'] = new Blob([rich], { type: 'text/html' });
        await navigator.clipboard.write([new ClipboardItem(items)]);
      },
      [text, html] as const,
    );
    await this.composer.focus();
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  async type(text: string): Promise<void> {
    await this.composer.focus();
    await this.page.keyboard.type(text);
  }

  /** The composer's text as the site's editor framework holds it (as rendered, where a page does not say). */
  async text(): Promise<string> {
    const held = await this.page.evaluate(() => (window as { composer?: { text(): string } }).composer?.text());
    return held ?? (await this.composer.innerText()).replace(/\n$/, '');
  }

  /** The editor's whole document, exactly. */
  document(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { composer: { json(): string } }).composer.json());
  }

  html(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as { composer: { html(): string } }).composer.html());
  }

  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Messages the site sent, in order. */
  sent(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { composer: { sent(): string[] } }).composer.sent());
  }

  /** Files the site received (upload control, drop, paste). */
  uploads(): Promise<Received[]> {
    return this.page.evaluate(() => (window as unknown as { composer: { uploads(): Received[] } }).composer.uploads());
  }

  /** Whether the site's send control is enabled: the site's framework has the text in its state. */
  canSend(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as { composer: { canSend(): boolean } }).composer.canSend());
  }

  /** A real image on the clipboard (a PNG drawn in the page), pasted with Ctrl+V. */
  async pasteImage(): Promise<void> {
    await this.page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 8;
      canvas.getContext('2d')!.fillRect(0, 0, 4, 4);
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    });
    await this.composer.focus();
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /**
   * A real drop from outside the browser (another application), through the DevTools protocol:
   * trusted dragenter/dragover/drop events carrying text or files, at the composer's centre.
   */
  async drop(what: { text?: string; files?: string[] }): Promise<void> {
    const box = await this.composer.boundingBox();
    if (!box) throw new Error('composer is not visible');
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(box.height / 2, 12);
    const data = {
      items: what.text ? [{ mimeType: 'text/plain', data: what.text }] : [],
      ...(what.files && { files: what.files }),
      dragOperationsMask: 1,
    };
    const cdp = await this.page.context().newCDPSession(this.page);
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x, y, data });
    }
    await cdp.detach();
  }

  /**
   * Enter pressed while an IME is composing (as when accepting a Japanese conversion): the
   * browser reports it with keyCode 229 and isComposing. The composition is then committed.
   */
  async imeEnter(composing: string): Promise<void> {
    await this.composer.focus();
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: composing });
    await cdp.detach();
  }
}
