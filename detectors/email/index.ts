import type { Candidate, Detector } from '../engine/types';

// Anchored on "@" and read outwards by hand: a regex that starts anywhere in a word would retry at
// every letter of a long run (quadratic on a 1 MB paste); this is linear and bounded.
const LOCAL_SYMBOLS = new Set([..."._%+-'!#$&*=?^`{|}~"].map((c) => c.charCodeAt(0)));
const letterOrDigit = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const localChar = (c: number) => letterOrDigit(c) || LOCAL_SYMBOLS.has(c);
const domainChar = (c: number) => letterOrDigit(c) || c === 46 || c === 45;
const TLD = /\.([A-Za-z]{2,24}|xn--[a-z0-9-]{2,59})$/;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

export const email: Detector = {
  meta: {
    id: 'email',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    // Digits in an address ("jan.1985@…", "06…@…") are no phone number or BSN of their own.
    supersedes: ['phone', 'bsn', 'postcode', 'license-plate', 'person-name', 'drivers-license', 'v-number'],
    messages: {
      nl: { label: 'E-mailadres', placeholder: 'E-MAILADRES' },
      en: { label: 'Email address', placeholder: 'EMAIL' },
    },
  },
  find({ text }) {
    const found: Candidate[] = [];
    let at = text.indexOf('@');
    let after = 0; // never read back into an address already found
    while (at !== -1) {
      let start = at;
      while (start > after && at - start < MAX_LOCAL && localChar(text.charCodeAt(start - 1))) start--;
      // A local part neither starts nor ends with a dot.
      while (start < at && text[start] === '.') start++;
      let end = at + 1;
      while (end < text.length && end - at <= MAX_DOMAIN && domainChar(text.charCodeAt(end))) end++;
      // Sentence punctuation after the address is not part of it.
      while (end > at + 1 && /[.\-]/.test(text[end - 1]!)) end--;
      const local = text.slice(start, at);
      const domain = text.slice(at + 1, end);
      if (local && !local.endsWith('.') && !local.includes('..') && validDomain(domain)) {
        found.push({ start, end, confidence: 0.95 });
        after = end;
      }
      at = text.indexOf('@', Math.max(at + 1, after));
    }
    return found;
  },
};

function validDomain(domain: string): boolean {
  if (!domain.includes('.') || domain.includes('..') || !TLD.test(domain)) return false;
  return domain.split('.').every((label) => label.length > 0 && label.length <= 63 && !label.startsWith('-') && !label.endsWith('-'));
}
