// `npm run bench`: the speed budgets, as numbers. Not a test: it prints, it does not pass or fail.
import { performance } from 'node:perf_hooks';
import { DETECTORS, scan } from '../../detectors';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { inspect } from '../../src/policy/inspect';
import { mixedDutchText } from './corpus';

function measure(label: string, text: string, runs: number): void {
  for (let i = 0; i < 3; i++) scan(text, { detectors: DETECTORS }); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    inspect(text, BUILTIN_PACK);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const mbPerS = text.length / 1e6 / (p(0.5) / 1000);
  console.log(
    `${label.padEnd(14)} p50 ${p(0.5).toFixed(2).padStart(8)} ms  p99 ${p(0.99).toFixed(2).padStart(8)} ms  ${mbPerS.toFixed(1).padStart(7)} MB/s`,
  );
}

console.log(`Plakwacht bench — node ${process.version}, detectors: ${DETECTORS.map((d) => d.meta.id).join(', ')}`);
measure('scan 10 KB', mixedDutchText(10_000), 200);
measure('scan 1 MB', mixedDutchText(1_000_000), 15);
await (await import('./guard')).benchGuard();
await import('./names');
