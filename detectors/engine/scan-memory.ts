// What detectors remember while one scan runs — the people that person-name and person-query
// both ask for, the facts of each word met, the phone numbers already checked — makes that scan
// fast, and must go when it ends: a scan keeps no text once it is done (the same rule as the
// label and table indexes, which scan.ts forgets by name). Each module that remembers text hands
// its forget function here when it loads.
const forgetters: (() => void)[] = [];

/** Registers what to drop at the end of every scan. */
export function forgetWhenScanEnds(forget: () => void): void {
  forgetters.push(forget);
}

/** Called by scan() when it is done, whether or not a detector threw. */
export function endOfScan(): void {
  for (const forget of forgetters) forget();
  // The engine itself remembers the subject of the last successful match (RegExp.lastMatch, $1 …),
  // which is a piece of the text just scanned: one empty match hands it an empty subject instead.
  EMPTY.exec('');
}
const EMPTY = /(?:)/;
