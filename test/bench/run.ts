// `npm run bench`: the speed budgets, as numbers. Not a test: it prints, it does not pass or fail.
// A plain sequence of sections, so that other workstreams can add theirs.
import { performance } from 'node:perf_hooks';
import { OpenRedaction } from 'openredaction';
import { DETECTORS, scan } from '../../detectors';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { inspect } from '../../src/policy/inspect';
import { adversarialTexts, mixedDutchText } from './corpus';

interface Timing {
  p50: number;
  p99: number;
  mbPerS: number;
}

function time(run: () => unknown, runs: number, bytes: number): Timing {
  // Warm up the JIT (a page scans many pastes; p50 is the steady state, p99 shows the slow ones).
  const warm = performance.now();
  for (let i = 0; i < runs && (i < 3 || performance.now() - warm < 500); i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: p(0.5), p99: p(0.99), mbPerS: bytes / 1e6 / (p(0.5) / 1000) };
}

async function timeAsync(run: () => Promise<unknown>, runs: number): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const ms = (x: number) => x.toFixed(2).padStart(9);
const line = (label: string, t: Timing, extra = '') =>
  console.log(`${label.padEnd(26)} p50 ${ms(t.p50)} ms  p99 ${ms(t.p99)} ms  ${t.mbPerS.toFixed(1).padStart(6)} MB/s${extra}`);

console.log(`Plakwacht bench — node ${process.version}, ${DETECTORS.length} detectors: ${DETECTORS.map((d) => d.meta.id).join(', ')}`);

// Section: the whole path a paste takes (normalise, every detector, merge, policy) on mixed text,
// and the same text through openredaction (npm), the JavaScript PII library we compare against.
// Every run is a fresh text to the detectors: what they remember lives for one scan only.
// The structured detectors (BSN, plates, IBAN …) and names have separate budgets (issues 3 and 4):
// both lines are printed, and the names section below shows what names add.
// A thousand 10 KB scans (about half a second each line): on a shared machine a short busy spell
// shifts the median of a few hundred runs by a tenth.
const WITHOUT_NAMES = DETECTORS.filter((d) => d.meta.id !== 'person-name' && d.meta.id !== 'person-query');
const redactor = new OpenRedaction();
const normal1mb = mixedDutchText(1_000_000);
for (const [label, bytes, runs, theirRuns] of [['10 KB', 10_000, 1000, 5], ['1 MB', 1_000_000, 15, 1]] as const) {
  const text = bytes === 1_000_000 ? normal1mb : mixedDutchText(bytes);
  const ours = time(() => inspect(text, BUILTIN_PACK), runs, text.length);
  const theirs = await timeAsync(() => redactor.detect(text), theirRuns);
  line(`scan ${label}`, ours, `   openredaction ${ms(theirs)} ms  → ${(theirs / ours.p50).toFixed(0)}× faster`);
  const structured = time(() => scan(text, { detectors: WITHOUT_NAMES }), runs, text.length);
  line(`scan ${label} without names`, structured, `   openredaction ${ms(theirs)} ms  → ${(theirs / structured.p50).toFixed(0)}× faster`);
}

// Section: adversarial input may cost at most 5× normal text of the same size.
const normal = time(() => scan(normal1mb, { detectors: DETECTORS }), 7, normal1mb.length);
line('normal 1 MB (scan only)', normal);
let worst = 0;
for (const [name, text] of Object.entries(adversarialTexts(1_000_000))) {
  const t = time(() => scan(text, { detectors: DETECTORS }), 3, text.length);
  worst = Math.max(worst, t.p50 / normal.p50);
  line(`adversarial: ${name}`, t, `   ${(t.p50 / normal.p50).toFixed(2)}× normal`);
}
console.log(`worst adversarial / normal: ${worst.toFixed(2)}× (budget 5×)`);

await (await import('./guard')).benchGuard();
await import('./names');
