import { MatchPattern } from '@webext-core/match-patterns';
import type { RulePack } from './schema';
import type { SiteAccess } from './store';

// A pack may add a chatbot the extension was not built for. The shipped manifest only declares
// `https://*/*` as an *optional* host permission, so nothing new is guarded until the user says yes
// once; from then on the content script is registered for that host at run time (no new release).

/** The browser APIs this needs, as an interface so tests can stand in for the browser. */
export interface SiteAccessBrowser {
  /** Match patterns of the content scripts in the manifest (guarded anyway). */
  staticMatches(): string[];
  granted(origins: string[]): Promise<boolean>;
  /** Patterns the pack-site content script is registered for now ([] when not registered). */
  registered(): Promise<string[]>;
  /** Register (or re-register) the guard for exactly these patterns; [] unregisters. */
  register(matches: string[]): Promise<void>;
  /** Brings the question to the user, e.g. by opening the options page at the pack section. */
  ask(): Promise<void>;
}

/** "https://HOST/*" for every host of the pack's site profiles. */
export function siteOrigins(pack: Pick<RulePack, 'sites'>): string[] {
  const hosts = new Set((pack.sites ?? []).flatMap((s) => s.hosts));
  return [...hosts].sort().map((host) => `https://${host}/*`);
}

/**
 * Makes the guard run on every host of the pack that the manifest does not cover and the user has
 * granted; lists the others as pending, and asks the user about new ones, once.
 */
export async function syncSiteAccess(pack: Pick<RulePack, 'sites'>, previous: SiteAccess, browser: SiteAccessBrowser): Promise<SiteAccess> {
  const covered = browser.staticMatches().map((m) => new MatchPattern(m));
  const extra = siteOrigins(pack).filter((origin) => !covered.some((m) => m.includes(origin.replace(/\*$/, ''))));
  const guarded: string[] = [];
  const pending: string[] = [];
  for (const origin of extra) ((await browser.granted([origin])) ? guarded : pending).push(origin);
  const registered = await browser.registered();
  if (registered.join(' ') !== guarded.join(' ')) await browser.register(guarded);
  const unasked = pending.filter((o) => !previous.asked.includes(o));
  if (unasked.length) await browser.ask();
  return { guarded, pending, asked: [...new Set([...previous.asked, ...unasked])].sort() };
}
