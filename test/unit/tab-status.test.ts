import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import type { RulePack } from '../../src/pack/schema';
import { tabStatus } from '../../src/popup/tab-status';

// The popup's "is this tab protected, and if not, why not", over a stubbed browser: the tab's
// address, the manifest's content-script matches, granted hosts, and whether the guard answers.
const PACK: RulePack = {
  ...BUILTIN_PACK,
  sites: [...(BUILTIN_PACK.sites ?? []), { id: 'claude', name: 'Claude', hosts: ['claude.ai'], composer: [], send: [], upload: [] }],
};

function stub(tab: { id?: number; url?: string }, { granted = true, answers = true, views = [] as string[] } = {}) {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ index: 0, highlighted: true, active: true, pinned: false, incognito: false, ...tab }] as never);
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ content_scripts: [{ matches: ['https://chatgpt.com/*'], js: [] }] } as never);
  vi.spyOn(browser.permissions, 'contains').mockResolvedValue(granted as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => {
    if (!answers) throw new Error('Could not establish connection. Receiving end does not exist.');
    return { guarding: true };
  }) as never);
  vi.spyOn(browser.extension, 'getViews').mockReturnValue(views.map((pathname) => ({ location: { pathname } })) as never);
}

describe('tab status in the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('protected: a guarded chatbot whose guard answers', async () => {
    stub({ id: 3, url: 'https://chatgpt.com/c/123' });
    expect(await tabStatus(PACK)).toEqual({ kind: 'protected', host: 'chatgpt.com' });
  });

  it('reload: a guarded chatbot opened before Plakwacht started (no guard answers)', async () => {
    stub({ id: 3, url: 'https://chatgpt.com/' }, { answers: false });
    expect(await tabStatus(PACK)).toEqual({ kind: 'reload', host: 'chatgpt.com', tabId: 3 });
  });

  it('no permission: a chatbot from the pack whose host the user has not granted', async () => {
    stub({ id: 3, url: 'https://claude.ai/new' }, { granted: false });
    expect(await tabStatus(PACK)).toEqual({ kind: 'no-permission', host: 'claude.ai', origin: 'https://claude.ai/*' });
  });

  it('unknown site: an address that is no chatbot, or one the browser does not show us', async () => {
    stub({ id: 3, url: 'https://www.rijksoverheid.nl/' });
    expect(await tabStatus(PACK)).toEqual({ kind: 'unknown-site' });
    stub({ id: 3 });
    expect(await tabStatus(PACK)).toEqual({ kind: 'unknown-site' });
  });

  it('our own pages: the oefenchat is guarded, the others are no chatbot', async () => {
    stub({ id: 3 }, { views: ['/oefenchat.html'] });
    expect(await tabStatus(PACK)).toEqual({ kind: 'oefenchat' });
    stub({ id: 3 }, { views: ['/playground.html'] });
    expect(await tabStatus(PACK)).toEqual({ kind: 'not-a-page' });
    stub({ id: 3, url: 'chrome://settings/' });
    expect(await tabStatus(PACK)).toEqual({ kind: 'not-a-page' });
  });
});
