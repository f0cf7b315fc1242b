// The guard's two halves (src/guard/engine.ts): hooks at document_start, detectors arriving at
// document_end. Whatever comes before the detectors is held and decided once they are there,
// never let through unchecked; warming them up in idle time changes speed, never decisions.
import { File } from 'node:buffer';
import { describe, expect, test, vi } from 'vitest';
import { DETECTORS } from '../../detectors';
import type { DialogChoice } from '../../src/dialog/dialog';
import { engineFromContentScript, provideEngine } from '../../src/guard/engine';
import { createGate, type GateDeps, type Outcome, type Passage } from '../../src/guard/gate';
import { warmUpWhenIdle } from '../../src/guard/warm-up';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { createEngine } from '../../src/policy/engine';
import { inspect } from '../../src/policy/inspect';
import { mixedDutchText } from '../bench/corpus';

const SENSITIVE = 'Aangever Daan Visser, BSN 111222333, meldt een gestolen fiets.';
const CLEAN = 'Wat zijn de belangrijkste punten van de privacywetgeving?';

/** Detectors that arrive when `arrive()` is called (or never, with `fail()`). */
function lateDetectors() {
  let ready = false;
  let arrive!: () => void;
  let fail!: (e: Error) => void;
  const arrived = new Promise<void>((resolve, reject) => {
    arrive = () => {
      ready = true;
      resolve();
    };
    fail = reject;
  });
  const asked: Outcome[] = [];
  const deps: GateDeps = {
    ready: () => ready,
    whenReady: () => arrived,
    inspect: vi.fn((text: string) => {
      if (!ready) throw new Error('no detectors yet');
      return inspect(text, BUILTIN_PACK);
    }),
    inspectLarge: (text) => Promise.resolve(inspect(text, BUILTIN_PACK)),
    ask: (_source, outcome) => {
      asked.push(outcome);
      return Promise.resolve<DialogChoice>('cancel');
    },
  };
  return { deps, asked, arrive, fail: () => fail(new Error('never came')) };
}

function passage(text: string | undefined, files: File[] = []) {
  const released = vi.fn();
  const acted = vi.fn();
  const p: Passage = { source: 'paste', text, files: files as unknown as globalThis.File[], release: released, act: acted };
  return { p, released, acted };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('a paste before the detectors have loaded', () => {
  test('is held, and goes in unchanged once they find nothing', async () => {
    const late = lateDetectors();
    const gate = createGate(late.deps);
    const { p, released } = passage(CLEAN);
    expect(gate.offer(p)).toBe(true);
    expect(gate.busy).toBe(true);
    await settle();
    expect(released).not.toHaveBeenCalled();
    late.arrive();
    await settle();
    expect(released).toHaveBeenCalledTimes(1);
    expect(late.asked).toEqual([]);
    expect(gate.busy).toBe(false);
  });

  test('is held, and shown in the dialog once they find something', async () => {
    const late = lateDetectors();
    const gate = createGate(late.deps);
    const { p, released } = passage(SENSITIVE);
    expect(gate.offer(p)).toBe(true);
    late.arrive();
    await settle();
    expect(released).not.toHaveBeenCalled();
    expect(late.asked).toHaveLength(1);
    expect(late.asked[0]!.decision.verdict).toBe('block');
    expect(late.asked[0]!.text?.decision.findings.map((f) => f.detector)).toContain('bsn');
  });

  test('is never let through when they do not come: it is shown as text that could not be checked', async () => {
    const late = lateDetectors();
    const gate = createGate(late.deps);
    const { p, released } = passage(CLEAN);
    expect(gate.offer(p)).toBe(true);
    late.fail();
    await settle();
    expect(released).not.toHaveBeenCalled();
    expect(late.asked).toHaveLength(1);
    expect(late.asked[0]!.decision).toMatchObject({ verdict: 'warn', rules: ['P1.3'] });
  });

  test('an image does not wait for the detectors: it gets its S4 dialog at once', async () => {
    const late = lateDetectors();
    const gate = createGate(late.deps);
    const { p } = passage(undefined, [new File([new Uint8Array([0xff, 0xd8, 0xff])], 'foto.jpg', { type: 'image/jpeg' })]);
    expect(gate.offer(p)).toBe(true);
    await settle();
    expect(late.asked).toHaveLength(1);
    expect(late.asked[0]!.decision).toMatchObject({ verdict: 'warn', rules: ['S4'] });
  });

  test('once they are there, a paste is decided inside the event, as before', () => {
    const late = lateDetectors();
    late.arrive();
    const gate = createGate(late.deps);
    expect(gate.offer(passage(CLEAN).p)).toBe(false);
    expect(gate.offer(passage(SENSITIVE).p)).toBe(true);
  });

  test('a check that throws inside the event holds the paste back and says it could not be checked', async () => {
    const late = lateDetectors();
    late.arrive();
    vi.mocked(late.deps.inspect).mockImplementationOnce(() => {
      throw new Error('broken');
    });
    const gate = createGate(late.deps);
    const { p, released } = passage(CLEAN);
    expect(gate.offer(p)).toBe(true);
    await settle();
    expect(released).not.toHaveBeenCalled();
    expect(late.asked[0]!.decision.verdict).toBe('warn');
  });
});

describe('the engine reaches the guard through the frame it shares with it', () => {
  test('a guard that asks before the engine script ran gets it when it runs', async () => {
    const frame = {};
    const source = engineFromContentScript(frame);
    expect(source.now()).toBeUndefined();
    const waiting = source.ready();
    const engine = createEngine();
    provideEngine(engine, frame);
    await expect(waiting).resolves.toBe(engine);
    expect(source.now()).toBe(engine);
    await expect(source.ready()).resolves.toBe(engine);
  });

  test('waiting for an engine that never comes ends', async () => {
    const source = engineFromContentScript({}, 20);
    await expect(source.ready()).rejects.toThrow(/did not load/);
  });

  test('frames do not share engines', () => {
    const one = {};
    provideEngine(createEngine(), one);
    expect(engineFromContentScript({}).now()).toBeUndefined();
  });
});

describe('warming up', () => {
  test('runs every step, in order, across as many idle periods as it needs, past a step that throws', () => {
    const ran: number[] = [];
    const steps = [0, 1, 2, 3, 4].map((i) => () => {
      ran.push(i);
      if (i === 1) throw new Error('a broken step');
    });
    const periods: ((deadline: IdleDeadline) => void)[] = [];
    warmUpWhenIdle({} as Window, steps, (work) => periods.push(work));
    let callbacks = 0;
    while (periods.length) {
      callbacks++;
      let left = 25;
      // Each period has room for two steps (25 ms; each step "takes" 5 ms; one starts only with more than 15 ms left).
      periods.shift()!({ didTimeout: false, timeRemaining: () => (left -= 5) });
    }
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(callbacks).toBe(3);
  });

  test('every step of the engine runs without error, and afterwards decisions are exactly what they were', () => {
    const text = mixedDutchText(20_000, 3);
    const cold = createEngine().inspect(text, BUILTIN_PACK);
    const engine = createEngine();
    for (const step of engine.warmUp(() => BUILTIN_PACK)) step();
    expect(engine.inspect(text, BUILTIN_PACK)).toEqual(cold);
    expect(engine.inspect(text, BUILTIN_PACK)).toEqual(inspect(text, BUILTIN_PACK, DETECTORS));
  });

  test('the engine checks a stored pack with the schema, as extension pages do', () => {
    const engine = createEngine();
    expect(engine.parseStoredPack({ pack: BUILTIN_PACK, source: 'builtin' })).toEqual(BUILTIN_PACK);
    expect(engine.parseStoredPack({ pack: { garbage: true } })).toBeUndefined();
  });
});
