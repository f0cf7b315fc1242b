import type { DetectorId, Finding, Lang } from '../../detectors';
import type { RulePack } from '../pack/schema';
import type { Decision } from '../policy/decide';
import type { ShownFinding } from '../policy/present';

/**
 * The scanning half of the guard: detectors, policy and presentation (src/policy/engine.ts).
 * The hooks need it only once something is on its way in, so on a chatbot page it arrives in a
 * second content script at document_end (extension/engine.content.ts) and the one at
 * document_start stays small: ~400 kB of detectors, name data and phone metadata compiled before
 * the page may even start parsing was most of the guard's start-up time.
 */
export interface Engine {
  /** Text → decision under the pack in force (synchronous: a paste handler cannot wait). */
  inspect(text: string, pack: RulePack): Decision;
  /** One decision over findings gathered slice by slice (long texts). */
  decide(findings: readonly Finding[], failed: readonly DetectorId[], pack: RulePack): Decision;
  anonymise(text: string, decision: Decision, lang: Lang): string;
  showFindings(text: string, decision: Decision, lang: Lang): ShownFinding[];
  /** A stored pack as the schema reads it; undefined when it is malformed. */
  parseStoredPack(stored: unknown): RulePack | undefined;
  /**
   * First use in a page costs more than any later one (the name data is decoded, regular
   * expressions and functions are compiled): these steps pay it ahead, each short enough for an
   * idle moment. The pack getter is the guard's, so the stored pack is checked ahead too.
   */
  warmUp(pack: () => RulePack): (() => void)[];
}

/** An engine that is here now, or will be. */
export interface EngineSource {
  now(): Engine | undefined;
  /** Resolves when the engine is here; rejects when it did not come in time. */
  ready(): Promise<Engine>;
}

/** An engine that is here from the start (extension pages bundle it with the guard). */
export function engineAtHand(engine: Engine): EngineSource {
  return { now: () => engine, ready: () => Promise.resolve(engine) };
}

// Content scripts of one extension share one global object per frame (their isolated world),
// which the page cannot see: the engine script leaves the engine there for the guard.
const SLOT = '__plakwachtEngine';
interface Slot {
  engine?: Engine;
  waiting: ((engine: Engine) => void)[];
}
type Scope = { [SLOT]?: Slot };

function slot(scope: object): Slot {
  return ((scope as Scope)[SLOT] ??= { waiting: [] });
}

/** Called by the engine's content script. */
export function provideEngine(engine: Engine, scope: object = globalThis): void {
  const s = slot(scope);
  s.engine = engine;
  for (const resolve of s.waiting.splice(0)) resolve(engine);
}

/**
 * The engine the engine script provides in this frame. It comes at document_end; a paste before
 * then is held and decided when it arrives. Should it never come (a frame the browser injects
 * no document_end script into), `ready` rejects after `patienceMs` and the guard treats what it
 * holds as text it could not check.
 */
export function engineFromContentScript(scope: object = globalThis, patienceMs = 10_000): EngineSource {
  const s = slot(scope);
  return {
    now: () => s.engine,
    ready: () =>
      s.engine
        ? Promise.resolve(s.engine)
        : new Promise<Engine>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error('Plakwacht: the detectors did not load')), patienceMs);
            s.waiting.push((engine) => {
              clearTimeout(timer);
              resolve(engine);
            });
          }),
  };
}
