import { DETECTORS } from '../../detectors';
import type { Problem } from './refusal';
import type { RulePack } from './schema';

// What the schema cannot say: ids that clash, rules cited that the pack does not carry, detector
// settings for detectors that do not exist, patterns that do not compile or match nothing at all.
// Cheap and synchronous; the ReDoS check (redos.ts) comes after, and only in the CLI and background.

/** DESIGN.md contract 1: ids whose meaning is fixed, whether or not this build has the detector yet. */
export const CONTRACT_DETECTOR_IDS = [
  'bsn', 'license-plate', 'iban', 'phone', 'email', 'postcode', 'address', 'id-document', 'drivers-license',
  'v-number', 'credit-card', 'birth-date', 'police-report-number', 'prosecution-case-number',
  'classification-marking', 'person-name',
] as const;

export function consistencyProblems(pack: RulePack): Problem[] {
  const problems: Problem[] = [];
  const invalid = (path: string, message: string) => problems.push({ code: 'invalid', path, message });
  const builtIn = new Set<string>([...CONTRACT_DETECTOR_IDS, ...DETECTORS.map((d) => d.meta.id)]);
  const citable = (path: string, rules: readonly string[] | undefined) =>
    rules?.forEach((id, i) => {
      if (!(id in pack.rules)) invalid(`${path}[${i}]`, `cites rule ${id}, which is not in this pack's "rules"`);
    });

  const extraIds = new Map<string, number>();
  (pack.extraRules ?? []).forEach((rule, i) => {
    const path = `extraRules[${i}]`;
    if (extraIds.has(rule.id)) invalid(`${path}.id`, `duplicate id "${rule.id}" (also extraRules[${extraIds.get(rule.id)}])`);
    else extraIds.set(rule.id, i);
    if (builtIn.has(rule.id)) invalid(`${path}.id`, `"${rule.id}" is a built-in detector id; give the extra rule its own id`);
    citable(`${path}.rules`, rule.rules);
    if (rule.kind === 'pattern') {
      let regex: RegExp | undefined;
      try {
        regex = new RegExp(rule.pattern, `${rule.flags ?? ''}g`);
      } catch (error) {
        invalid(`${path}.pattern`, `not a valid JavaScript regular expression: ${(error as Error).message}`);
      }
      if (regex?.test('')) invalid(`${path}.pattern`, 'matches the empty text; a rule must match at least one character');
    } else {
      const seen = new Set<string>();
      rule.words.forEach((word, j) => {
        const key = word.trim().toLowerCase();
        if (seen.has(key)) invalid(`${path}.words[${j}]`, `duplicate keyword "${word}"`);
        seen.add(key);
        if (key.length < 2) invalid(`${path}.words[${j}]`, 'a keyword needs at least two characters besides spaces');
      });
    }
  });

  for (const [id, settings] of Object.entries(pack.detectors)) {
    if (!builtIn.has(id) && !extraIds.has(id)) invalid(`detectors.${id}`, `unknown detector "${id}" (not built in and not one of this pack's extraRules)`);
    citable(`detectors.${id}.rules`, settings.rules);
  }

  const siteIds = new Map<string, number>();
  const hosts = new Map<string, string>();
  (pack.sites ?? []).forEach((site, i) => {
    if (siteIds.has(site.id)) invalid(`sites[${i}].id`, `duplicate id "${site.id}" (also sites[${siteIds.get(site.id)}])`);
    else siteIds.set(site.id, i);
    for (const host of site.hosts) {
      const other = hosts.get(host);
      if (other && other !== site.id) invalid(`sites[${i}].hosts`, `host ${host} is also in site "${other}"`);
      hosts.set(host, site.id);
    }
  });

  if (pack.expires && pack.expires < pack.issued) invalid('expires', `expires (${pack.expires}) is before issued (${pack.issued})`);
  return problems;
}
