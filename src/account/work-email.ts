/** The domain of an e-mail address as typed, or undefined when it is not (yet) one. */
export function emailDomain(value: string): string | undefined {
  const match = /^[^\s@]+@([^\s@]+)$/.exec(value.trim());
  return match?.[1]!.toLowerCase().replace(/\.$/, '');
}

/**
 * Whether an address belongs to one of the work domains, subdomains included
 * ("a@oost.politie.nl" is a work address; "a@politie.nl.example.com" is not).
 */
export function isWorkAddress(value: string, workDomains: readonly string[]): boolean {
  const domain = emailDomain(value);
  if (!domain) return false;
  return workDomains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));
}

/** "•••@politie.nl": the dialog shows which domain it is about, never the person's name. */
export function maskAddress(value: string): string {
  const domain = emailDomain(value);
  return domain ? `\u2022\u2022\u2022@${domain}` : '\u2022\u2022\u2022';
}
