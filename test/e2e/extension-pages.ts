import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** The axe rule sets the issue asks for: WCAG 2.1 A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Only what the issue forbids: serious and critical violations, readable in a failure message. */
export function seriousOrCritical(violations: readonly AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** axe-core over a page (extension pages included: the script is evaluated, not injected under CSP). */
export async function axeViolations(page: Page): Promise<{ serious: string[]; checked: number; targets: string[] }> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const targets = [...results.passes, ...results.violations].flatMap((r) => r.nodes.map((n) => JSON.stringify(n.target)));
  return { serious: seriousOrCritical(results.violations), checked: results.passes.length + results.violations.length, targets };
}

interface ChromeGlobal {
  chrome: { action: { openPopup(): Promise<void> }; storage: { local: { clear(): Promise<void>; set(items: object): Promise<void> } } };
}

/**
 * Clears the extension's storage (counters, language, dismissed reminders). The browser is shared
 * by every test of a worker, so a test that counts or changes a setting starts from here.
 */
export async function resetExtensionStorage(context: BrowserContext, items: object = {}): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (set) => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    await chrome.storage.local.clear();
    await chrome.storage.local.set(set);
  }, items);
}

export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/**
 * The real toolbar popup, opened with `chrome.action.openPopup()` over a tab. Playwright does not
 * attach to popup targets, so this talks to it over the DevTools protocol: a browser-level session,
 * `Target.attachToTarget`, and messages to that target.
 */
export class RealPopup {
  private next = 1;
  private readonly waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(private readonly cdp: CDPSession, private readonly sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== this.sessionId) return;
      const message = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id) this.waiting.get(message.id)?.(message);
    });
  }

  /** Brings `over` to the front and opens the popup for it, as a click on the toolbar icon does. */
  static async open(context: BrowserContext, over: Page): Promise<RealPopup> {
    await over.bringToFront();
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const cdp = await context.browser()!.newBrowserCDPSession();
    const targets = async () =>
      ((await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] }).targetInfos.filter((t) =>
        t.url.endsWith('/popup.html'),
      );
    for (const old of await targets()) await cdp.send('Target.closeTarget', { targetId: old.targetId });
    await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.openPopup());
    let target: { targetId: string } | undefined;
    for (let i = 0; i < 100 && !target; i++) {
      [target] = await targets();
      if (!target) await new Promise((r) => setTimeout(r, 50));
    }
    if (!target) throw new Error('the popup did not open');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const popup = new RealPopup(cdp, sessionId);
    await popup.waitFor('document.readyState === "complete" && !!document.querySelector("[data-status] .state")');
    return popup;
  }

  async send<R>(method: string, params: object = {}): Promise<R> {
    const id = this.next++;
    const reply = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => this.waiting.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    const message = await reply;
    this.waiting.delete(id);
    if (message.error) throw new Error(`${method}: ${message.error.message}`);
    return message.result as R;
  }

  /** Evaluates an expression in the popup (awaiting a promise) and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
    );
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  async waitFor(expression: string, timeout = 5_000): Promise<void> {
    const until = Date.now() + timeout;
    while (!(await this.evaluate<boolean>(`Boolean(${expression})`).catch(() => false))) {
      if (Date.now() > until) throw new Error(`popup: timed out waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  /** axe-core inside the real popup. */
  async axe(): Promise<{ serious: string[]; checked: number }> {
    await this.evaluate(axe.source);
    const results = await this.evaluate<{ violations: AxeViolation[]; passes: unknown[] }>(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } }).then((r) => ({ violations: r.violations, passes: r.passes.map((p) => p.id) }))`,
    );
    return { serious: seriousOrCritical(results.violations), checked: results.passes.length + results.violations.length };
  }

  async close(): Promise<void> {
    await this.evaluate('window.close()').catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
  }
}
