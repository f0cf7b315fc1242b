import { z } from '../pack/zod';

// Plakwacht stores no text, ever: only how often a verdict and a rule came up, per ISO week.

export const DecisionReportSchema = z.object({
  type: z.literal('plakwacht/decision'),
  verdict: z.enum(['warn', 'block']),
  rules: z.array(z.string().check(z.maxLength(16))).check(z.maxLength(32)),
  choice: z.enum(['cancel', 'redact', 'proceed']),
});
export type DecisionReport = z.infer<typeof DecisionReportSchema>;

const WeekSchema = z.object({
  warn: z.int(),
  block: z.int(),
  byRule: z.record(z.string(), z.int()),
  byChoice: z.record(z.string(), z.int()),
});
export const CountersSchema = z.record(z.string(), WeekSchema);
export type Counters = z.infer<typeof CountersSchema>;
export type WeekCounts = z.infer<typeof WeekSchema>;

/** "2026-W48": the ISO 8601 week a moment falls in. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day); // the Thursday of this week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Weeks kept: enough for "this week" and a trend, never a history of someone's work. */
const KEEP_WEEKS = 8;

export function count(counters: Counters, report: DecisionReport, now: Date): Counters {
  const key = isoWeek(now);
  const week: WeekCounts = structuredClone(counters[key] ?? { warn: 0, block: 0, byRule: {}, byChoice: {} });
  week[report.verdict] += 1;
  for (const rule of new Set(report.rules)) week.byRule[rule] = (week.byRule[rule] ?? 0) + 1;
  week.byChoice[report.choice] = (week.byChoice[report.choice] ?? 0) + 1;
  const kept = Object.keys(counters).sort().reverse().filter((k) => k !== key).slice(0, KEEP_WEEKS - 1);
  return Object.fromEntries([[key, week], ...kept.map((k) => [k, counters[k]!])]);
}
