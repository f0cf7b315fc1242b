import { storage } from 'wxt/utils/storage';
import { CountersSchema, count, type Counters, type DecisionReport } from './counters';

export const countersItem = storage.defineItem<Counters>('local:counters', { fallback: {} });

export async function recordDecision(report: DecisionReport, now = new Date()): Promise<void> {
  const stored = CountersSchema.safeParse(await countersItem.getValue());
  await countersItem.setValue(count(stored.success ? stored.data : {}, report, now));
}
