import { describe, expect, it } from 'vitest';
import { sitePatterns, syncSiteAccess, type SiteAccessBrowser } from '../../src/pack/site-access';
import type { SiteProfile } from '../../src/pack/schema';
import type { SiteAccess } from '../../src/pack/store';

const site = (id: string, ...hosts: string[]): SiteProfile => ({ id, name: id, hosts, composer: ['textarea'], send: [], upload: [] });
const NONE: SiteAccess = { guarded: [], pending: [], asked: [] };

/** A browser with the manifest's static content scripts, a set of granted origins and a registration. */
function fakeBrowser(granted: string[]) {
  const log = { registered: [] as string[], asks: 0, registrations: 0 };
  const browser: SiteAccessBrowser = {
    staticMatches: () => ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
    granted: async ([origin]) => granted.includes(origin!),
    registered: async () => log.registered,
    register: async (matches) => {
      log.registrations++;
      log.registered = matches;
    },
    ask: async () => void log.asks++,
  };
  return { browser, log, granted };
}

describe('chatbot hosts a pack adds (optional host permissions, run-time content script)', () => {
  const pack = { sites: [site('chatgpt', 'chatgpt.com'), site('newbot', 'newbot.example', 'chat.newbot.example')] };

  it("lists every site host as a match pattern, keeping a profile's paths", () => {
    expect(sitePatterns(pack)).toEqual(['https://chat.newbot.example/*', 'https://chatgpt.com/*', 'https://newbot.example/*']);
    expect(sitePatterns({ sites: [{ ...site('hf', 'huggingface.co'), paths: ['/chat'] }] })).toEqual(['https://huggingface.co/chat*']);
  });

  it('a profile with a path the manifest already covers is not registered again for the whole host', async () => {
    const fake = fakeBrowser(['https://huggingface.co/*']);
    fake.browser.staticMatches = () => ['https://huggingface.co/chat*'];
    const state = await syncSiteAccess({ sites: [{ ...site('hf', 'huggingface.co'), paths: ['/chat'] }] }, NONE, fake.browser);
    expect(state).toEqual(NONE);
    expect(fake.log.registered).toEqual([]);
  });

  it('a new chatbot on a path is guarded on that path only, with permission asked for its origin', async () => {
    const fake = fakeBrowser(['https://tools.example/*']);
    const state = await syncSiteAccess({ sites: [{ ...site('t', 'tools.example'), paths: ['/chat'] }] }, NONE, fake.browser);
    expect(state.guarded).toEqual(['https://tools.example/chat*']);
    expect(fake.log.registered).toEqual(['https://tools.example/chat*']);
  });

  it('asks the user once about hosts without permission, and guards nothing there yet', async () => {
    const { browser, log } = fakeBrowser([]);
    const first = await syncSiteAccess(pack, NONE, browser);
    expect(first).toEqual({ guarded: [], pending: ['https://chat.newbot.example/*', 'https://newbot.example/*'], asked: ['https://chat.newbot.example/*', 'https://newbot.example/*'] });
    expect(log.asks).toBe(1);
    expect(log.registered).toEqual([]);
    const again = await syncSiteAccess(pack, first, browser);
    expect(again.pending).toHaveLength(2);
    expect(log.asks).toBe(1); // once is enough
  });

  it('once granted, registers the guard for exactly those hosts; revoking unregisters', async () => {
    const fake = fakeBrowser(['https://newbot.example/*']);
    const state = await syncSiteAccess(pack, NONE, fake.browser);
    expect(state.guarded).toEqual(['https://newbot.example/*']);
    expect(fake.log.registered).toEqual(['https://newbot.example/*']);
    fake.granted.push('https://chat.newbot.example/*');
    await syncSiteAccess(pack, state, fake.browser);
    expect(fake.log.registered).toEqual(['https://chat.newbot.example/*', 'https://newbot.example/*']);
    fake.granted.length = 0;
    await syncSiteAccess(pack, state, fake.browser);
    expect(fake.log.registered).toEqual([]);
  });

  it('never registers again when nothing changed, and never touches hosts the manifest covers', async () => {
    const fake = fakeBrowser(['https://newbot.example/*', 'https://chatgpt.com/*']);
    const state = await syncSiteAccess({ sites: [site('chatgpt', 'chatgpt.com'), site('n', 'newbot.example')] }, NONE, fake.browser);
    await syncSiteAccess({ sites: [site('chatgpt', 'chatgpt.com'), site('n', 'newbot.example')] }, state, fake.browser);
    expect(fake.log.registrations).toBe(1);
    expect(fake.log.registered).toEqual(['https://newbot.example/*']);
    expect(fake.log.asks).toBe(0);
  });
});
