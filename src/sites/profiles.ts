// Which site profile applies to a page, and finding its composer, send button and upload control.
// Profiles are data from the pack in force; selectors that a pack gets wrong (or a site renames)
// never break the guard: every lookup falls back to what the user is actually typing in.
import type { SiteProfile } from '../pack/schema';

/** The profile for this address: exact host, and one of its path prefixes when it lists any. */
export function profileFor(url: { hostname: string; pathname: string }, sites: readonly SiteProfile[] = []): SiteProfile | undefined {
  return sites.find(
    (site) =>
      site.hosts.includes(url.hostname) &&
      (!site.paths?.length || site.paths.some((p) => url.pathname === p || url.pathname.startsWith(p.endsWith('/') ? p : `${p}/`))),
  );
}

/** `el.closest(selector)` for the first selector that matches; a broken selector counts as no match. */
export function closestOf(el: Element, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    try {
      const hit = el.closest(selector);
      if (hit) return hit;
    } catch {
      // An invalid selector in a pack must not stop the guard; the next one may still work.
    }
  }
  return undefined;
}

/** The first element in `root` matching the selectors in order (newest site generation first). */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    try {
      const hit = root.querySelector(selector);
      if (hit) return hit;
    } catch {
      // See closestOf.
    }
  }
  return undefined;
}
