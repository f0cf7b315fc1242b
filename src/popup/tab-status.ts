import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { RulePack } from '../pack/schema';

/** Whether the guard runs in a tab, and if not, why not (the popup says it in words). */
export type TabStatus =
  | { kind: 'protected'; host: string }
  | { kind: 'oefenchat' }
  /** A chatbot Plakwacht knows, but the page was loaded before the guard was: it needs a reload. */
  | { kind: 'reload'; host: string; tabId: number }
  /** A chatbot from the pack whose host permission the user has not granted (yet). */
  | { kind: 'no-permission'; host: string; origin: string }
  | { kind: 'unknown-site' }
  | { kind: 'not-a-page' };

const STATUS_REQUEST = 'plakwacht/status';

/**
 * The content script's half: answers the popup's "are you there?". Only presence is told, nothing
 * about the page.
 */
export function answerStatusRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown) =>
    (message as { type?: unknown } | null)?.type === STATUS_REQUEST ? Promise.resolve({ guarding: true }) : undefined,
  );
}

/** Where the content script runs, from the manifest itself (test builds add 127.0.0.1 there). */
function guardedPatterns(): MatchPattern[] {
  const matches = browser.runtime.getManifest().content_scripts?.flatMap((s) => s.matches ?? []) ?? [];
  return matches.map((m) => new MatchPattern(m));
}

/** The popup's half: looks at the active tab. Needs `activeTab` to see an unknown site's address. */
export async function tabStatus(pack: RulePack): Promise<TabStatus> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'unknown-site' };
  // Our own pages: the browser hides their address from us without the `tabs` permission, but
  // their windows are ours to see.
  const own = browser.extension.getViews?.({ type: 'tab', tabId: tab.id }) ?? [];
  if (own.some((view) => (view as unknown as globalThis.Window).location.pathname === "/oefenchat.html")) return { kind: "oefenchat" };
  if (own.length) return { kind: 'not-a-page' };
  // Without a URL we have no access to the tab: it is no site Plakwacht guards.
  if (!tab.url) return { kind: 'unknown-site' };
  const url = new URL(tab.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'not-a-page' };

  const byManifest = guardedPatterns().some((p) => p.includes(url.href));
  const byPack = (pack.sites ?? []).some((s) => s.hosts.includes(url.hostname));
  if (!byManifest && !byPack) return { kind: 'unknown-site' };
  const origin = `${url.origin}/*`;
  if (!(await browser.permissions.contains({ origins: [origin] }).catch(() => false))) {
    return { kind: 'no-permission', host: url.hostname, origin };
  }
  return (await guardAnswers(tab.id)) ? { kind: 'protected', host: url.hostname } : { kind: 'reload', host: url.hostname, tabId: tab.id };
}

async function guardAnswers(tabId: number): Promise<boolean> {
  const answer = browser.tabs.sendMessage(tabId, { type: STATUS_REQUEST }).catch(() => undefined);
  const late = new Promise((resolve) => setTimeout(resolve, 1500, undefined));
  return ((await Promise.race([answer, late])) as { guarding?: boolean } | undefined)?.guarding === true;
}
