import { describe, expect, it } from 'vitest';
import { siteOrigins, syncSiteAccess, type SiteAccessBrowser } from '../../src/pack/site-access';
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

  it('lists the https origins of every site host', () => {
    expect(siteOrigins(pack)).toEqual(['https://chat.newbot.example/*', 'https://chatgpt.com/*', 'https://newbot.example/*']);
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
