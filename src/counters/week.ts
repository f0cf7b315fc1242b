import { isoWeek, type Counters, type WeekCounts } from './counters';

export const EMPTY_WEEK: WeekCounts = { warn: 0, block: 0, byRule: {}, byChoice: {} };

/** This week's counts; a week without decisions is all zeros. */
export function thisWeek(counters: Counters, now = new Date()): WeekCounts {
  return counters[isoWeek(now)] ?? EMPTY_WEEK;
}

/** Per rule, most counted first; ties in rule-id order so the list does not jump around. */
export function byRule(week: WeekCounts): [rule: string, count: number][] {
  return Object.entries(week.byRule)
    .filter(([, n]) => n > 0)
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b, 'en', { numeric: true }));
}
