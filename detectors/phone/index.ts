import { Metadata, parsePhoneNumberFromString, type CountryCode, type NumberType, type PhoneNumber } from 'libphonenumber-js/core';
import { contextPattern, hasContext } from '../engine/context';
import type { Candidate, Detector } from '../engine/types';
import { forgetWhenScanEnds } from '../engine/scan-memory';
import { digitAt, wordCharAt } from '../engine/word';
import { dutchNumberType } from './dutch-plan';
import { CALLING_CODES, METADATA } from './metadata.generated';

// Candidate → validator → context, as in Presidio: a cheap pattern finds where a number may start
// (+, 00 or a national 0, not glued to a word), `readGroups` collects digit groups with the
// separators people type, and libphonenumber-js (Google's numbering plans) proves the number.
const START = /\+ ?[1-9]|\(\+?0?[1-9]|00 ?[1-9]|0[1-9]/g;

const CONTEXT = contextPattern([
  'tel', 'tel.', 'telefoon', 'telefoonnummer', 'telnr', 'tel.nr.', 'mobiel', 'mobiele nummer', 'mob.', 'gsm', 'bel',
  'bellen', 'gebeld', 'belde', 'bereikbaar', 'whatsapp', 'sms', 'nummer', 'phone', 'call', 'mobile', 'contact',
]);

// A number right after a BSN label is that BSN, even where its digits also dial somewhere
// ("BSN 0049.30.101" reads as a Berlin number): the label says what it is.
const BSN_LABEL_BEFORE = /(?:^|[^a-z])(?:bsn|burgerservicenummer|sofinummer|sofi-nummer|persoonsnummer)(?:[ -]?(?:nr\.?|nummer))?\s*[:.]?\s*$/i;

// Service and emergency numbers are public: 112, 0800/0900 lines, 14 0xx (municipalities).
const SERVICE_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST']);

/** Digits in a candidate: more than this is no phone number anywhere (E.164 allows 15). */
const MAX_DIGITS = 15;

export const phone: Detector = {
  meta: {
    id: 'phone',
    defaultAction: 'warn',
    minConfidence: 0.5,
    rules: ['P1.2', 'S4'],
    mask: 'partial',
    redactable: true,
    supersedes: ['bsn'],
    messages: {
      nl: { label: 'Telefoonnummer', placeholder: 'TELEFOONNUMMER' },
      en: { label: 'Phone number', placeholder: 'PHONE' },
    },
  },
  find({ text, settings }) {
    const found: Candidate[] = [];
    START.lastIndex = 0;
    for (let m = START.exec(text); m; m = START.exec(text)) {
      const start = m.index;
      // Not inside a word or a longer number ("12.0612…", "A0612…", "+3106…").
      if (wordCharAt(text, start - 1) || text[start - 1] === '+' || (separatorBefore(text, start) && digitAt(text, start - 2))) {
        START.lastIndex = start + 1;
        continue;
      }
      // "+31…", "(+31)…", "0031…"; the first character after an opening bracket counts.
      const first = m[0][0] === '(' ? m[0][1] : m[0][0];
      const international = first === '+' || m[0].startsWith('00');
      // National numbers start with a trunk 0: "06…", "(070)…". Anything else is an amount, a year…
      if (!international && first !== '0') continue;
      const ends = readGroups(text, start + m[0].length - 1);
      for (let i = ends.length - 1; i >= 0; i--) {
        const end = ends[i]!;
        const confidence = validate(text.slice(start, end), international);
        if (confidence === 0) continue;
        if (BSN_LABEL_BEFORE.test(text.slice(Math.max(0, start - 32), start))) break;
        const context = hasContext(text, start, end, CONTEXT, settings.contextWords, { before: 40, after: 16 });
        found.push({ start, end, confidence: context ? Math.min(0.95, confidence + 0.1) : confidence });
        START.lastIndex = end;
        break;
      }
      // Not proven by the numbering plan, but said to be a phone number: a number that is possible
      // in its country, or in the country the text names ("UK mobile: 07700 900299"), counts next
      // to a phone word. Numbering plans lag behind new ranges, and foreign numbers are copied as given.
      const longest = ends[ends.length - 1];
      if (longest !== undefined && START.lastIndex <= start + m[0].length) {
        const written = text.slice(start, longest);
        if (possible(written, international, () => countryBefore(text, start)) && hasContext(text, start, longest, CONTEXT, settings.contextWords, { before: 40, after: 16 })) {
          found.push({ start, end: longest, confidence: 0.6 });
          START.lastIndex = longest;
        }
      }
    }
    return found;
  },
};

/** Countries a text names right before a national number: "UK mobile", "Belgisch nummer". */
const COUNTRY_HINTS: [RegExp, CountryCode][] = [
  [/\b(?:uk|gb|british|brits|britse|engels|engelse|england|britain)\b/i, 'GB'],
  [/\b(?:belgisch|belgische|belgian|belgi[eë])\b/i, 'BE'],
  [/\b(?:duits|duitse|german|germany|duitsland)\b/i, 'DE'],
];
function countryBefore(text: string, start: number): CountryCode | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  return COUNTRY_HINTS.find(([hint]) => hint.test(before))?.[1];
}

/**
 * A number of a possible length in its country (international) or in the country named. The
 * country is looked for only once the digits could make a number: most candidates are times and
 * short numbers, and the country words are three searches each.
 */
function possible(candidate: string, international: boolean, countryNamed: () => CountryCode | undefined): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 9 || DATE_TIME.test(candidate)) return false;
  const country = countryNamed();
  if (!international && !country) return false;
  const parsed = parsePhoneNumberFromString(candidate.replace(/\s+/g, ' '), country ?? 'NL', METADATA);
  return !!parsed && parsed.isPossible() && (international || parsed.country === country) && parsed.countryCallingCode !== '31';
}

/** "05-11-2026 04:49": a date and a time, however many digits they have. */
const DATE_TIME = /^\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?!\d)/;

/**
 * From `start`, reads digit groups separated by what people type between them (a space, hyphen,
 * dot, slash, " - ", brackets around an area code, "(0)" after a country code, one line break)
 * and returns the end of every group, shortest first. Stops at MAX_DIGITS.
 */
function readGroups(text: string, start: number): number[] {
  const ends: number[] = [];
  let digits = 0;
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > MAX_DIGITS) return ends.filter((e) => e < i);
      i++;
      const next = text.charCodeAt(i);
      if (!(next >= 48 && next <= 57)) ends.push(i);
      continue;
    }
    // A separator run of at most three characters, with one line break at most, then a digit must follow.
    let j = i;
    let breaks = 0;
    for (; j < text.length && j - i < 3 && groupSeparator(text.charCodeAt(j)); j++) if (text.charCodeAt(j) === 10) breaks++;
    if (j === i || j >= text.length || !digitAt(text, j) || breaks > 1) break;
    i = j;
  }
  // A number glued to a letter ("06123456789abc") is some other code.
  return ends.filter((e) => !wordCharAt(text, e));
}

/** What people type between the digit groups of a phone number: " ().-/" and a line break. */
const groupSeparator = (c: number) => c === 32 || c === 40 || c === 41 || c === 46 || c === 45 || c === 47 || c === 10;

/** ".", ",", "/" or "-" right before `at`: with a digit before it, part of a longer number. */
function separatorBefore(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c === 46 || c === 44 || c === 47 || c === 45;
}

// One text repeats its numbers; the cache lives for one scan (it holds phone numbers).
const cache = new Map<string, number>();
forgetWhenScanEnds(() => cache.clear());

/** 0 when the text is no phone number worth reporting, else the confidence without context. */
function validate(candidate: string, international: boolean): number {
  let count = 0;
  for (let i = 0; i < candidate.length; i++) if (digitAt(candidate, i)) count++;
  if (count < 8 || DATE_TIME.test(candidate)) return 0;
  // The shape of a parketnummer (05/723267-16) is never written for a phone number.
  if (/^\d{2}\s?[/-]\s?\d{6}\s?-\s?\d{2}$/.test(candidate)) return 0;
  const key = candidate.replace(/[^\d+]/g, '');
  let known = cache.get(key);
  if (known !== undefined) return known;
  known = check(candidate, key.replace(/\D/g, ''), international);
  if (cache.size > 5000) cache.clear();
  cache.set(key, known);
  return known;
}

function check(candidate: string, digits: string, international: boolean): number {
  if (!international) {
    // Written the Dutch way: a trunk 0 and a Dutch number, proven by the Dutch plan directly.
    const national = digits.slice(1);
    const type = dutchNumberType(national);
    return type ? proven(type, '31', national) : 0;
  }
  // libphonenumber stops reading at a line break; the groups on both sides were read as one number.
  const parsed = parsePhoneNumberFromString(candidate.replace(/\s+/g, ' '), 'NL', METADATA);
  const type = parsed?.getType();
  if (parsed && (type !== undefined || (!hasTypes(parsed) && parsed.isValid()))) return proven(type, parsed.countryCallingCode, parsed.nationalNumber);
  // A country outside the bundled numbering plans: trust a real calling code and a plausible length.
  if (!parsed?.country) {
    const national = digits.replace(/^00/, '');
    for (const length of [1, 2, 3]) {
      const code = national.slice(0, length);
      if (CALLING_CODES.has(code) && !bundled(code)) {
        const rest = national.length - length;
        return rest >= 7 && rest <= 12 ? 0.6 : 0;
      }
    }
  }
  return 0;
}

/** The confidence of a number its plan knows: none for service lines and municipal 14 0xx numbers. */
function proven(type: NumberType | undefined, callingCode: string, national: string): number {
  if (type && SERVICE_TYPES.has(type)) return 0;
  if (callingCode === '31' && national.startsWith('14')) return 0;
  return 0.85;
}

/**
 * Whether the number's numbering plan lists its number types. Where it does, libphonenumber's
 * isValid() is "getType() is not undefined": asking for the type alone halves the work of
 * proving a number (each question compiles the plan's patterns anew), a third of the phone detector's time.
 */
function hasTypes(parsed: PhoneNumber): boolean {
  // As isValid() chooses the plan: the country if known, else the calling code.
  const metadata = new Metadata(METADATA);
  metadata.selectNumberingPlan((parsed.country || parsed.countryCallingCode) as CountryCode);
  // Missing from the library's type declarations, though public.
  return (metadata as unknown as { hasTypes(): boolean }).hasTypes();
}

function bundled(code: string): boolean {
  return code in (METADATA as unknown as { country_calling_codes: Record<string, unknown> }).country_calling_codes;
}
