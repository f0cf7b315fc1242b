import type { CDPSession, Page } from '@playwright/test';

type Action = 'cancel' | 'redact' | 'proceed';

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * Plakwacht's dialog lives in a closed shadow root that Playwright's locators cannot see (and the
 * page cannot either: that is the point). The DevTools protocol can: it reads the DOM with
 * `pierce: true`, computes the accessible tree, and gives boxes for real mouse clicks.
 */
export class ShadowDialog {
  private cdp: CDPSession | undefined;
  constructor(private readonly page: Page) {}

  private async session(): Promise<CDPSession> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    return this.cdp;
  }

  /** Number of <plakwacht-dialog> hosts in the page. */
  async count(): Promise<number> {
    return this.page.locator('plakwacht-dialog').count();
  }

  private async find(selector: (n: DomNode) => boolean): Promise<DomNode | undefined> {
    const cdp = await this.session();
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const walk = (n: DomNode, inDialog: boolean): DomNode | undefined => {
      const inside = inDialog || n.nodeName === 'PLAKWACHT-DIALOG';
      if (inside && selector(n)) return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) {
        const hit = walk(c, inside);
        if (hit) return hit;
      }
      return undefined;
    };
    return walk(root, false);
  }

  private static attr(n: DomNode, name: string): string | undefined {
    const a = n.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return undefined;
  }

  async isOpen(): Promise<boolean> {
    return (await this.find((n) => ShadowDialog.attr(n, 'role') === 'alertdialog')) !== undefined;
  }

  /** Waits until the dialog is shown; returns its accessible role and name as Chromium computes them. */
  async waitOpen(timeout = 5_000): Promise<{ role: string; name: string }> {
    const until = Date.now() + timeout;
    for (;;) {
      const node = await this.find((n) => ShadowDialog.attr(n, 'role') === 'alertdialog');
      if (node) {
        const cdp = await this.session();
        const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
          backendNodeId: node.backendNodeId,
          fetchRelatives: false,
        })) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
        return { role: nodes[0]?.role?.value ?? '', name: nodes[0]?.name?.value ?? '' };
      }
      if (Date.now() > until) throw new Error('Plakwacht dialog did not open');
      await this.page.waitForTimeout(50);
    }
  }

  async waitClosed(timeout = 5_000): Promise<void> {
    const until = Date.now() + timeout;
    while (await this.isOpen()) {
      if (Date.now() > until) throw new Error('Plakwacht dialog did not close');
      await this.page.waitForTimeout(50);
    }
  }

  /** The dialog's visible text. */
  async text(): Promise<string> {
    const node = await this.find((n) => ShadowDialog.attr(n, 'role') === 'alertdialog');
    if (!node) throw new Error('Plakwacht dialog is not open');
    return (await this.call(node, 'function () { return this.innerText; }')) as string;
  }

  /** The buttons' data-action values, in order. */
  async actions(): Promise<string[]> {
    const node = await this.find((n) => ShadowDialog.attr(n, 'role') === 'alertdialog');
    if (!node) throw new Error('Plakwacht dialog is not open');
    return (await this.call(
      node,
      'function () { return [...this.querySelectorAll("button[data-action]")].map((b) => b.dataset.action); }',
    )) as string[];
  }

  /** Whether keyboard focus is on the dialog's button for this action. */
  async focused(): Promise<string | undefined> {
    const node = await this.find((n) => ShadowDialog.attr(n, 'role') === 'alertdialog');
    if (!node) return undefined;
    return (await this.call(node, 'function () { return this.getRootNode().activeElement?.dataset.action; }')) as
      | string
      | undefined;
  }

  /** Whether the button for this action is there but cannot be used yet. */
  async disabled(action: Action): Promise<boolean> {
    return (await this.call(await this.button(action), 'function () { return this.disabled; }')) as boolean;
  }

  /** A real mouse click on the button for this action. */
  async click(action: Action): Promise<void> {
    const button = await this.button(action);
    const cdp = await this.session();
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }

  private async button(action: Action): Promise<DomNode> {
    const node = await this.find((n) => n.nodeName === 'BUTTON' && ShadowDialog.attr(n, 'data-action') === action);
    if (!node) throw new Error(`no "${action}" button in the Plakwacht dialog`);
    return node;
  }

  private async call(node: DomNode, fn: string): Promise<unknown> {
    const cdp = await this.session();
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as {
      object: { objectId: string };
    };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    })) as { result: { value: unknown } };
    return result.value;
  }
}
