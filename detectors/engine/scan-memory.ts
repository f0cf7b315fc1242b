// What detectors remember while one scan runs — the people that person-name and person-query
// both ask for, the facts of each word met, the phone numbers already checked — makes that scan
// fast, and must go when it ends: a scan keeps no text once it is done. Each module that
// remembers text hands its forget function here when it loads (or uses `perText`).
const forgetters: (() => void)[] = [];

/** Registers what to drop at the end of every scan. */
export function forgetWhenScanEnds(forget: () => void): void {
  forgetters.push(forget);
}

/**
 * A value worked out once per text on first use and forgotten when the scan ends: the indexes
 * that several detectors consult (space-aligned tables, SQL column lists, the people in a text).
 */
export function perText<T>(build: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T | undefined;
  forgetWhenScanEnds(() => {
    lastText = undefined;
    last = undefined;
  });
  return (text) => {
    if (text !== lastText) {
      last = build(text);
      lastText = text;
    }
    return last!;
  };
}

/** Called by scan() when it is done, whether or not a detector threw. */
export function endOfScan(): void {
  for (const forget of forgetters) forget();
  // The engine itself remembers the subject of the last successful match (RegExp.lastMatch, $1 …),
  // which is a piece of the text just scanned: one empty match hands it an empty subject instead.
  EMPTY.exec('');
}
const EMPTY = /(?:)/;
