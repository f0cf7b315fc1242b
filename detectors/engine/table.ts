// Tables pasted as text: CSV and TSV exports, Markdown tables, "|"-separated lists. A header row
// names what a column holds ("geboortedatum", "rijbewijsnr", "BSN", "kenteken"), and that name is
// the context of every cell under it, however far below the header a row stands; a label-in-a-
// window check sees it for the first row only.
//
// The index is built once per text, on the first question (most texts hold no table and no
// detector asks), and dropped when the scan ends (`forgetTables`), like labels.ts.
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

interface Line {
  start: number;
  end: number;
  delimiter: string;
  cells: Span[];
}

function index(text: string): void {
  if (text === lastText) return;
  lastText = text;
  rows = [];
  if (!/[\t|;,]/.test(text)) return;
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
    const line = splitLine(text, at, end);
    if (line && previous && line.delimiter === previous.delimiter && line.cells.length === previous.cells.length) block.push(line);
    else {
      settle(text, block);
      block = line ? [line] : [];
    }
    at = end + 1;
  }
  settle(text, block);
}

/** A block of lines with the same delimiter and number of cells: its first line may be a header. */
function settle(text: string, block: Line[]): void {
  if (block.length < 2) return;
  const header = block[0]!.cells.map((c) => text.slice(c.start, c.end).trim().toLowerCase().replace(/\s+/g, ' '));
  if (!header.every((h) => h.length <= MAX_HEADER_CELL && HEADER_CELL.test(h)) || !header.some((h) => /\p{L}{2}/u.test(h))) return;
  // Prose with as many commas on two lines is no table: a comma table's header is short words.
  if (block[0]!.delimiter === ',' && header.some((h) => h.split(' ').length > 4)) return;
  for (const line of block.slice(1)) {
    rows.push({
      start: line.start,
      end: line.end,
      cells: line.cells.map((c, i) => ({ start: c.start, end: c.end, header: header[i]! })),
    });
  }
}

/** The cells of one line, trimmed, or undefined when it has no delimiter. */
function splitLine(text: string, start: number, end: number): Line | undefined {
  // The strongest delimiter the line holds: a tab, then a pipe, a semicolon, a comma.
  let rank = 0;
  for (let i = start; i < end && rank < 4; i++) {
    const c = text.charCodeAt(i);
    const r = c === 9 ? 4 : c === 124 ? 3 : c === 59 ? 2 : c === 44 ? 1 : 0;
    if (r > rank) rank = r;
  }
  if (!rank) return undefined;
  const delimiter = ['', ',', ';', '|', '\t'][rank]!;
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
  return cells.length >= 2 ? { start, end, delimiter, cells } : undefined;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s|"/.test(text[start]!)) start++;
  while (end > start && /\s|"/.test(text[end - 1]!)) end--;
  return { start, end };
}
