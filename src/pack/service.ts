import { browser } from 'wxt/browser';
import { BUILTIN_PACK } from './builtin';
import { PackMessageSchema, type PackCheckResult } from './messages';
import { syncSiteAccess, type SiteAccessBrowser } from './site-access';
import { PackInForceSchema, SiteAccessSchema, packInForceItem, readStored, siteAccessItem } from './store';
import { BUILD_TRUST } from './trust';
import { checkForPack, importPack, recheckStoredPack, type UpdateDeps } from './update';

// Wires the pack update loop into the background: on browser start and install, every
// CHECK_EVERY_MINUTES through `alarms`, and on demand from the popup and options page.

const ALARM = 'plakwacht-pack-update';
export const CHECK_EVERY_MINUTES = 6 * 60;
/** The ids of the run-time registered guard (hooks and engine) for hosts a pack adds. */
const PACK_SITES_SCRIPT = 'plakwacht-pack-sites';
const PACK_SITES_ENGINE = 'plakwacht-pack-sites-engine';

export function startPackService(deps: UpdateDeps = { trust: BUILD_TRUST, fetch: (...a) => fetch(...a), now: () => new Date() }): void {
  const check = () => checkForPack(deps).catch(() => undefined);

  browser.runtime.onInstalled.addListener(() => {
    // An update may pin other keys: check the stored pack again and fetch afresh.
    void recheckStoredPack(deps).then(check).then(syncSites);
  });
  browser.runtime.onStartup.addListener(() => {
    void recheckStoredPack(deps).then(check).then(syncSites);
  });

  // The alarm survives the service worker going to sleep; create it only once, or every wake-up
  // would push the next check further away.
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(ALARM, { delayInMinutes: CHECK_EVERY_MINUTES, periodInMinutes: CHECK_EVERY_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void check();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: { url?: string }): Promise<PackCheckResult> | undefined => {
    const parsed = PackMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    // Only the extension's own pages (popup, options) may ask; never a content script in a page.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    return parsed.data.type === 'plakwacht/check-pack' ? checkForPack(deps) : importPack(parsed.data.text, deps);
  });

  packInForceItem.watch(() => void syncSites());
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
}

/** Guards the hosts the pack in force adds, as far as the user allowed. */
export async function syncSites(): Promise<void> {
  const stored = await readStored(packInForceItem, PackInForceSchema);
  const previous = (await readStored(siteAccessItem, SiteAccessSchema)) ?? { guarded: [], pending: [], asked: [] };
  try {
    await siteAccessItem.setValue(await syncSiteAccess(stored?.pack ?? BUILTIN_PACK, previous, siteAccessBrowser()));
  } catch {
    // A browser without run-time content scripts keeps guarding the built-in hosts; nothing is lost.
  }
}

function siteAccessBrowser(): SiteAccessBrowser {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  // The guard is two content scripts (src/guard/engine.ts): its hooks at document_start, its
  // detectors at document_end. A host a pack adds gets both, as the manifest's hosts do.
  const guard = scripts.find((s) => s.run_at === 'document_start') ?? scripts[0];
  const engine = scripts.find((s) => s.run_at === 'document_end');
  return {
    staticMatches: () => scripts.flatMap((s) => s.matches ?? []),
    granted: (origins) => browser.permissions.contains({ origins }),
    registered: async () => {
      const found = await browser.scripting.getRegisteredContentScripts({ ids: [PACK_SITES_SCRIPT, PACK_SITES_ENGINE] });
      const hooks = found.find((s) => s.id === PACK_SITES_SCRIPT);
      if (!hooks) return [];
      // Registered by a version whose guard was one script: no pattern matches this, so
      // syncSiteAccess registers again (with the engine) or unregisters.
      if (engine?.js && !found.some((s) => s.id === PACK_SITES_ENGINE)) return ['(hooks without engine)'];
      return hooks.matches ?? [];
    },
    register: async (matches) => {
      const found = await browser.scripting.getRegisteredContentScripts({ ids: [PACK_SITES_SCRIPT, PACK_SITES_ENGINE] });
      if (found.length) await browser.scripting.unregisterContentScripts({ ids: found.map((s) => s.id) });
      if (!matches.length || !guard?.js) return;
      await browser.scripting.registerContentScripts([
        {
          id: PACK_SITES_SCRIPT,
          matches,
          js: guard.js,
          ...(guard.css && { css: guard.css }),
          runAt: 'document_start',
          allFrames: true,
          persistAcrossSessions: true,
        },
        ...(engine?.js
          ? [{ id: PACK_SITES_ENGINE, matches, js: engine.js, runAt: 'document_end' as const, allFrames: true, persistAcrossSessions: true }]
          : []),
      ]);
    },
    ask: async () => {
      await browser.tabs.create({ url: browser.runtime.getURL('/options.html#pack') });
    },
  };
}
