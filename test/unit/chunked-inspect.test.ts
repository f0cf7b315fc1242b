import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { inspect } from '../../src/policy/inspect';
import { inspectInChunks } from '../../src/playground/chunked-inspect';
import { mixedDutchText } from '../bench/corpus';

function run(text: string, chunk?: number) {
  const steps = inspectInChunks(text, BUILTIN_PACK, undefined, chunk);
  const progress: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { decision: step.value, progress };
    progress.push(step.value.done);
  }
}

describe('the playground’s chunked inspection', () => {
  it('gives exactly the decision of one whole inspect on 1 MB of mixed text', () => {
    const text = mixedDutchText(1_000_000, 3);
    const whole = inspect(text, BUILTIN_PACK);
    const { decision, progress } = run(text);
    expect(decision).toEqual(whole);
    expect(whole.findings.length).toBeGreaterThan(1000);
    expect(progress.length).toBeGreaterThan(20);
    expect(progress.at(-1)).toBe(text.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('finds what straddles a chunk boundary once, whole, with its context', () => {
    // Every placement of the BSN and the marking across a 64-character chunk edge.
    for (let shift = 0; shift < 40; shift++) {
      const text = `${'x'.repeat(40 + shift)} Aangever, BSN 111 222 333. Rubricering: Politie Intern. ${'y'.repeat(200)}`;
      expect(run(text, 64).decision, `shift ${shift}`).toEqual(inspect(text, BUILTIN_PACK));
    }
  });

  it('a short text is one step', () => {
    expect(run('BSN 111222333').progress).toEqual([]);
    expect(run('BSN 111222333').decision.verdict).toBe('block');
  });
});
