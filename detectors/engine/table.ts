// Tables pasted as text: CSV and TSV exports, Markdown tables, "|"-separated lists. A header row
// names what a column holds ("geboortedatum", "rijbewijsnr", "BSN", "kenteken"), and that name is
// the context of every cell under it, however far below the header a row stands; a label-in-a-
// window check sees it for the first row only.
//
// The index is built once per text, on the first question (most texts hold no table and no
// detector asks), and dropped when the scan ends (`forgetTables`, handed to scan-memory.ts), like labels.ts.
import { forgetWhenScanEnds } from './scan-memory';
import type { Span } from './labels';

export interface Cell extends Span {
  /** The header of the cell's column: lower case, trimmed, inner white space as one space. */
  header: string;
}

interface Row {
  start: number;
  end: number;
  cells: Cell[];
}

/** Header cells are names, not values: short, and without a run of digits. */
const HEADER_CELL = /^[^\d]*\d{0,3}[^\d]*$/;
const MAX_HEADER_CELL = 48;
/** A Markdown separator row: "|---|:--:|". */
const RULE_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

let lastText: string | undefined;
let rows: Row[] = [];

/** The header of the column `pos` stands in, or undefined when it stands in no table's data cell. */
export function headerAt(text: string, pos: number): string | undefined {
  const row = rowAt(text, pos);
  if (!row) return undefined;
  for (const cell of row.cells) if (cell.start <= pos && pos <= cell.end) return cell.header;
  return undefined;
}

/** Every data cell whose column header matches `header` (a pattern from `contextPattern`). */
export function cellsUnder(text: string, header: RegExp): Cell[] {
  index(text);
  const found: Cell[] = [];
  const verdict = new Map<string, boolean>();
  for (const row of rows) {
    for (const cell of row.cells) {
      let ok = verdict.get(cell.header);
      if (ok === undefined) verdict.set(cell.header, (ok = header.test(cell.header)));
      if (ok && cell.end > cell.start) found.push(cell);
    }
  }
  return found;
}

/** Drops the text the index was built for: a scan keeps no text once it is done. */
export function forgetTables(): void {
  lastText = undefined;
  rows = [];
}
forgetWhenScanEnds(forgetTables);

function rowAt(text: string, pos: number): Row | undefined {
  index(text);
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid]!;
    if (pos < row.start) hi = mid - 1;
    else if (pos > row.end) lo = mid + 1;
    else return row;
  }
  return undefined;
}

/** What a line's cells are split by, and how many there are: all a line needs to join a block. */
interface Line {
  start: number;
  end: number;
  delimiter: string;
  count: number;
}

function index(text: string): void {
  if (text === lastText) return;
  lastText = text;
  rows = [];
  if (!/[\t|;,]/.test(text)) return;
  // The delimiters strongest first, as in `delimiterOf`, and the quote that hides a comma.
  const delimiters = ['\t', '|', ';', ','].map((d) => new NextOccurrence(text, d));
  const quote = new NextOccurrence(text, '"');
  let block: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const previous = block[block.length - 1];
    if (previous?.delimiter === '|' && block.length === 1 && RULE_ROW.test(text.slice(at, end))) {
      // The Markdown rule under the header belongs to the table but holds no data.
      at = end + 1;
      continue;
    }
    const line = shapeOf(text, at, end, delimiters, quote);
    if (line && previous && line.delimiter === previous.delimiter && line.count === previous.count) block.push(line);
    else {
      settle(text, block);
      block = line ? [line] : [];
    }
    at = end + 1;
  }
  settle(text, block);
}

/**
 * Where a character (a delimiter, the double quote) next occurs, found with `indexOf` and kept until
 * passed: reading a 1 MB paste line by line, character by character, cost more than most
 * detectors, and most of its lines hold a comma or nothing at all.
 */
class NextOccurrence {
  private after = -1; // what was last asked for: the first at or after this…
  private found = -1; // …is here (the text's length: nowhere)
  constructor(
    private readonly text: string,
    readonly char: string,
  ) {}

  /** The first position at or after `from`, or the text's length when there is none. */
  from(from: number): number {
    if (this.after <= from && from <= this.found) return this.found;
    const at = this.text.indexOf(this.char, from);
    this.after = from;
    this.found = at < 0 ? this.text.length : at;
    return this.found;
  }
}

/** A block of lines with the same delimiter and number of cells: its first line may be a header. */
function settle(text: string, block: Line[]): void {
  if (block.length < 2) return;
  const header: string[] = [];
  // Cell by cell, so that prose (most blocks of lines with as many commas) is told apart at its first long cell.
  for (const cell of splitLine(text, block[0]!.start, block[0]!.end)) {
    const name = text.slice(cell.start, cell.end).trim().toLowerCase().replace(/\s+/g, ' ');
    if (name.length > MAX_HEADER_CELL || !HEADER_CELL.test(name)) return;
    header.push(name);
  }
  if (!header.some((h) => /\p{L}{2}/u.test(h))) return;
  // Prose with as many commas on two lines is no table: a comma table's header is short words.
  if (block[0]!.delimiter === ',' && header.some((h) => h.split(' ').length > 4)) return;
  for (const line of block.slice(1)) {
    rows.push({
      start: line.start,
      end: line.end,
      cells: splitLine(text, line.start, line.end).map((c, i) => ({ start: c.start, end: c.end, header: header[i]! })),
    });
  }
}

/** The strongest delimiter the line holds: a tab, then a pipe, a semicolon, a comma ('' for none). */
function delimiterOf(text: string, start: number, end: number): string {
  let rank = 0;
  for (let i = start; i < end && rank < 4; i++) {
    const c = text.charCodeAt(i);
    const r = c === 9 ? 4 : c === 124 ? 3 : c === 59 ? 2 : c === 44 ? 1 : 0;
    if (r > rank) rank = r;
  }
  return ['', ',', ';', '|', '\t'][rank]!;
}

/**
 * The delimiter and number of cells of a line with at least two cells, or undefined. Counts what
 * `splitLine` would split, without building the cells: most lines with a comma are prose, and only
 * a block of two or more lines alike can be a table.
 */
function shapeOf(
  text: string,
  start: number,
  end: number,
  delimiters: readonly NextOccurrence[],
  quote: NextOccurrence,
): Line | undefined {
  const next = delimiters.find((d) => d.from(start) < end);
  if (!next) return undefined;
  const delimiter = next.char;
  let count = 1;
  if (delimiter === ',' && quote.from(start) < end) {
    // A quoted comma splits nothing ("Jansen, Piet" in a CSV cell).
    let quoted = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 44 && !quoted) count++;
    }
    return count >= 2 ? { start, end, delimiter, count } : undefined;
  }
  let first = -1;
  let last = -1;
  for (let i = next.from(start); i < end; i = next.from(i + 1)) {
    count++;
    if (first < 0) first = i;
    last = i;
  }
  if (delimiter === '|') {
    // As in `splitLine`: an empty cell before the first pipe or after the last one is framing.
    if (onlySpace(text, start, first)) count--;
    if (count && onlySpace(text, last + 1, end)) count--;
  }
  return count >= 2 ? { start, end, delimiter, count } : undefined;
}

/** Whether [start, end) holds white space only (as `\s` reads it), or nothing. */
function onlySpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** `\s` of a regular expression, for one character code. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The cells of one line (which has a delimiter), trimmed. */
function splitLine(text: string, start: number, end: number): Span[] {
  const delimiter = delimiterOf(text, start, end);
  const cells: Span[] = [];
  let from = start;
  let quoted = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text[i] : delimiter;
    if (c === '"' && delimiter === ',') quoted = !quoted;
    if (c !== delimiter || (quoted && i < end)) continue;
    cells.push(trim(text, from, i));
    from = i + 1;
  }
  // "| a | b |": the pipes at both ends frame the row, they do not open empty cells.
  if (delimiter === '|') {
    if (cells.length && cells[0]!.start === cells[0]!.end && /^\s*\|/.test(text.slice(start, end))) cells.shift();
    if (cells.length && cells[cells.length - 1]!.start === cells[cells.length - 1]!.end && /\|\s*$/.test(text.slice(start, end))) cells.pop();
  }
  return cells;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && trimmed(text.charCodeAt(start))) start++;
  while (end > start && trimmed(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const trimmed = (c: number) => c === 34 || isSpace(c);
