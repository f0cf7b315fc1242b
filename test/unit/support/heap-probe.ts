// Run by scan-keeps-no-text.test.ts in its own Node process (node --expose-gc --import tsx):
// scans a text full of freshly made-up personal data, then writes two heap snapshots — one while
// the text is still held (the control: the search must find it there) and one after the scan is
// done and the text is dropped. The values are made here at run time, so no source file holds them,
// and printed only after both snapshots are written.
import { randomInt } from 'node:crypto';
import { writeHeapSnapshot } from 'node:v8';
import { DETECTORS, scan } from '../../../detectors';

const gc = (globalThis as { gc?: () => void }).gc!;
const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + randomInt(26))).join('');
// The probe itself must not hold the values: it keeps them reversed and turns them round only to
// build the text and, at the very end, to print them.
const turn = (s: string) => [...s].reverse().join('');
const kept = (() => {
  let bsn = '';
  while (!bsn) {
    const d = Array.from({ length: 8 }, () => randomInt(10));
    const rest = d.reduce((s, x, i) => s + x * (9 - i), 0) % 11;
    if (rest < 10 && d[0] !== 0) bsn = d.join('') + String(rest);
  }
  return { surname: turn(`Zw${letters(8)}`), bsn: turn(bsn), mobile: turn(`06${String(randomInt(10_000_000, 99_999_999))}`) };
})();

// Joined into one flat string, as a pasted text is (a snapshot shows a concatenation in pieces).
function textOf(): string {
  return ['Aangever Jan ', turn(kept.surname), ' (geb. 12-03-1985) belde vanaf ', turn(kept.mobile), ', BSN ', turn(kept.bsn), '. ', 'Verder niets bijzonders. '.repeat(40)].join('');
}

let held: string | undefined = textOf();
gc();
const control = writeHeapSnapshot();
const found = scan(held, { detectors: DETECTORS }).findings.length;
held = undefined;
gc();
const after = writeHeapSnapshot();
console.log(JSON.stringify({ control, after, found, values: [`Jan ${turn(kept.surname)}`, turn(kept.bsn), turn(kept.mobile)] }));
