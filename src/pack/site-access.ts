import { MatchPattern } from '@webext-core/match-patterns';
import { matchPatterns } from '../sites/hosts';
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

/** The pack's chatbots as content-script match patterns, paths kept ("https://huggingface.co/chat*"). */
export function sitePatterns(pack: Pick<RulePack, 'sites'>): string[] {
  return matchPatterns(pack.sites ?? []).sort();
}

/** Host permissions are per origin: "https://huggingface.co/chat*" needs "https://huggingface.co/*". */
export function originOf(pattern: string): string {
  return `${new URL(pattern.replace(/\*$/, '')).origin}/*`;
}

/**
 * Makes the guard run on every host of the pack that the manifest does not cover and the user has
 * granted; lists the others as pending, and asks the user about new ones, once.
 */
export async function syncSiteAccess(pack: Pick<RulePack, 'sites'>, previous: SiteAccess, browser: SiteAccessBrowser): Promise<SiteAccess> {
  const covered = browser.staticMatches().map((m) => new MatchPattern(m));
  const extra = sitePatterns(pack).filter((pattern) => !covered.some((m) => m.includes(pattern.replace(/\*$/, ''))));
  const guarded: string[] = [];
  const pending: string[] = [];
  for (const pattern of extra) ((await browser.granted([originOf(pattern)])) ? guarded : pending).push(pattern);
  const registered = await browser.registered();
  if (registered.join(' ') !== guarded.join(' ')) await browser.register(guarded);
  const unasked = pending.filter((o) => !previous.asked.includes(o));
  if (unasked.length) await browser.ask();
  return { guarded, pending, asked: [...new Set([...previous.asked, ...unasked])].sort() };
}
