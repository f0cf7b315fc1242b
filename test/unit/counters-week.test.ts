import { describe, expect, it } from 'vitest';
import { count, type Counters } from '../../src/counters/counters';
import { byRule, thisWeek } from '../../src/counters/week';

describe('this week’s counts, as the popup and options show them', () => {
  const now = new Date('2026-12-02T10:00:00');
  let counters: Counters = {};
  counters = count(counters, { type: 'plakwacht/decision', verdict: 'block', rules: ['P1.2', 'S4'], choice: 'cancel' }, now);
  counters = count(counters, { type: 'plakwacht/decision', verdict: 'block', rules: ['M4', 'P1.3', 'M1'], choice: 'cancel' }, now);
  counters = count(counters, { type: 'plakwacht/decision', verdict: 'warn', rules: ['P1.2'], choice: 'proceed' }, now);

  it('totals and per rule, most cited first, ties in rule order', () => {
    const week = thisWeek(counters, now);
    expect([week.warn, week.block]).toEqual([1, 2]);
    expect(byRule(week)).toEqual([['P1.2', 2], ['M1', 1], ['M4', 1], ['P1.3', 1], ['S4', 1]]);
  });

  it('a new week starts at zero', () => {
    const week = thisWeek(counters, new Date('2026-12-09T10:00:00'));
    expect(week).toEqual({ warn: 0, block: 0, byRule: {}, byChoice: {} });
    expect(byRule(week)).toEqual([]);
  });
});
