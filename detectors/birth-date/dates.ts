// Dates as people write them in Dutch and English texts, with the parts needed to check them.
import { END, WORD_CHAR } from '../engine/word';

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1, februari: 2, feb: 2, february: 2, febr: 2, maart: 3, mrt: 3, march: 3, mar: 3,
  april: 4, apr: 4, mei: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, augustus: 8, aug: 8,
  august: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = '(?:19|20)\\d{2}';

/** One alternative per written form; the named groups give day, month and year. */
export const DATE = new RegExp(
  [
    // 28-11-1978, 25-7-1965, 15/05/1966, 12.03.1985, 12-03-85
    `(?<d1>${DAY})(?<s1>[-/.])(?<m1>0?[1-9]|1[0-2])\\k<s1>(?<y1>${YEAR}|\\d{2})`,
    // 1947-12-12, 1985/03/12
    `(?<y2>${YEAR})(?<s2>[-/])(?<m2>0?[1-9]|1[0-2])\\k<s2>(?<d2>${DAY})`,
    // 25 juli 2008, 7 sept. 1940, 12th of March 1985, 1e januari 1990
    `(?<d3>${DAY})(?:e|ste|de|st|nd|rd|th)?(?:\\sof)?\\s(?<m3>${MONTH})\\.?,?\\s(?<y3>${YEAR}|['’]\\d{2})`,
    // March 12, 1985
    `(?<m4>${MONTH})\\.?\\s(?<d4>${DAY})(?:st|nd|rd|th)?,?\\s(?<y4>${YEAR})`,
    // 12-mrt-1985, 12/mar/1985
    `(?<d5>${DAY})(?<s5>[-/])(?<m5>${MONTH})\\k<s5>(?<y5>${YEAR})`,
  ]
    .map((alt) => `(?:${alt})`)
    .join('|')
    .replace(/^/, `(?<![${WORD_CHAR}]|\\d[-/.])(?:`)
    .concat(`)${END}(?![-/.]\\d)`),
  'gi',
);

/**
 * DATE with `\b` in front, for texts without "_": a date starts with an ASCII digit or letter after
 * no letter or digit, where `\b` holds anyway, and `\b` lets V8 pass over the inside of words
 * instead of trying the look-behind at every character. `\b` reads "_" as a letter, which
 * WORD_CHAR does not: a text with an underscore takes DATE itself.
 */
export const DATE_AT_WORD_START = new RegExp(`\\b${DATE.source}`, DATE.flags);

/** DATE read at one place only (`lastIndex`), where a date must start: no search past it. */
export const DATE_AT = new RegExp(DATE.source, 'iy');

export interface DateParts {
  day: number;
  month: number;
  year: number;
}

/** The calendar date a DATE match stands for, or undefined when no such day exists. */
export function dateOf(groups: Record<string, string | undefined>, thisYear: number): DateParts | undefined {
  const day = Number(groups.d1 ?? groups.d2 ?? groups.d3 ?? groups.d4 ?? groups.d5);
  const monthText = groups.m1 ?? groups.m2 ?? groups.m3 ?? groups.m4 ?? groups.m5 ?? '';
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS[monthText.toLowerCase()];
  let year = Number((groups.y1 ?? groups.y2 ?? groups.y3 ?? groups.y4 ?? groups.y5 ?? '').replace(/^['’]/, ''));
  if (!month || !day || !year) return undefined;
  // A two-digit year is the most recent one that is not in the future.
  if (year < 100) year += year + 2000 > thisYear ? 1900 : 2000;
  if (year > thisYear || year < thisYear - 120) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { day, month, year } : undefined;
}
