// Hosts the guard runs on, derived at build time from the built-in site profiles: the content
// script's `matches` and the manifest's host permissions follow the profiles, so adding a chatbot
// is adding data (default-pack.json), never editing a list here.
import { sites as builtinSites } from '../pack/default-pack.json';

interface HostProfile {
  hosts: readonly string[];
  paths?: readonly string[] | undefined;
}

/** Content-script match patterns: every host, narrowed to the profile's paths where it has them. */
export function matchPatterns(sites: readonly HostProfile[]): string[] {
  const patterns = sites.flatMap((site) =>
    site.hosts.flatMap((host) => (site.paths?.length ? site.paths.map((p) => `https://${host}${p}*`) : [`https://${host}/*`])),
  );
  return [...new Set(patterns)];
}

/** Host permissions are per origin: a path in a host permission narrows nothing. */
export function hostPermissions(sites: readonly HostProfile[]): string[] {
  return [...new Set(sites.flatMap((site) => site.hosts.map((host) => `https://${host}/*`)))];
}

const BUILTIN_SITES: readonly HostProfile[] = builtinSites;

export const CHATBOT_HOST_PATTERNS = matchPatterns(BUILTIN_SITES);
export const CHATBOT_HOST_PERMISSIONS = hostPermissions(BUILTIN_SITES);

// Only in test builds: a match pattern `http://127.0.0.1/*` matches any port.
export const TEST_HOST_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];
