// The cost of finding names (person-name + person-query), as numbers for `npm run bench`.
// Budget (issue 4): names add at most 2 ms to the scan of 10 KB and 100 ms to 1 MB, and decoding
// the name data on first use must not hold up a paste decision.
import { performance } from 'node:perf_hooks';
import { DETECTORS, scan } from '../../detectors';
import { FIRST_NAMES, PLACES, SURNAMES, WORDS } from '../../detectors/person-name/data/lexicon.data';
import { decodeWordList } from '../../detectors/person-name/wordlist';
import { mixedDutchText, nameRichText } from './corpus';

const NAMES = new Set(['person-name', 'person-query']);
const withoutNames = DETECTORS.filter((d) => !NAMES.has(d.meta.id));

/** Median time of scanning the text; each run scans a slightly different text so no cache helps. */
function median(text: string, detectors: typeof DETECTORS, runs: number): number {
  for (let i = 0; i < 3; i++) scan(`${text} ${i}`, { detectors });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const variant = `${text} ${i + 3}`;
    const t0 = performance.now();
    scan(variant, { detectors });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const t0 = performance.now();
const entries = [FIRST_NAMES, SURNAMES, WORDS, PLACES].reduce((n, list) => n + decodeWordList(list).size, 0);
const decodeMs = performance.now() - t0;
const dataKb = (FIRST_NAMES.length + SURNAMES.length + WORDS.length + PLACES.length) / 1024;
console.log(`names: data ${dataKb.toFixed(0)} KB, ${entries} entries, decoded once in ${decodeMs.toFixed(1)} ms (in a page: by the guard's warm-up, in idle time after load; see engine.js above)`);

for (const [label, make] of [['mixed', mixedDutchText], ['name-rich', nameRichText]] as const) {
  for (const [size, bytes, runs, budget] of [['10 KB', 10_000, 200, 2], ['1 MB', 1_000_000, 9, 100]] as const) {
    const text = make(bytes);
    const all = median(text, DETECTORS, runs);
    const rest = median(text, withoutNames, runs);
    console.log(
      `names on ${size.padEnd(5)} ${label.padEnd(9)}  +${(all - rest).toFixed(2).padStart(6)} ms  (${all.toFixed(2)} vs ${rest.toFixed(2)} ms without; budget ${budget} ms)`,
    );
  }
}
