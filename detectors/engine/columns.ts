// Tables aligned with spaces instead of delimiters: passenger manifests, register print-outs and
// reports pasted from a fixed-width screen ("NAAM          GEB.DATUM    DOC NO"). Cells are
// separated by a tab or by two or more spaces; a block is three or more such lines with the same
// number of cells (at least three), and its first line is the header when it holds no numbers.
// `table.ts` reads delimited tables; this one only what they cannot see. Built once per text,
// on the first question and forgotten when the scan ends.
import type { Span } from './labels';
import { perText } from './scan-memory';

interface Line {
  start: number;
  cells: Span[];
}

/** Header cells are names: no digits, short. */
const HEADER_CELL = /^[^\d]{1,32}$/;

interface AlignedTable {
  header: string[];
  rows: Line[];
}

/** Every data cell of a space-aligned table whose column header matches `header` (from `contextPattern`). */
export function alignedCellsUnder(text: string, header: RegExp): Span[] {
  const found: Span[] = [];
  for (const table of tablesIn(text)) {
    const columns = table.header.map((h) => header.test(h));
    if (!columns.some(Boolean)) continue;
    for (const row of table.rows) row.cells.forEach((c, i) => columns[i] && found.push(c));
  }
  return found;
}

const tablesIn = perText((text: string): AlignedTable[] => {
  const tables: AlignedTable[] = [];
  if (!text.includes('  ') && !text.includes('\t')) return tables;
  let block: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = split(text, at, end);
    if (line && block.length && line.cells.length === block[0]!.cells.length) block.push(line);
    else {
      settle(text, block, tables);
      block = line ? [line] : [];
    }
    at = end + 1;
  }
  settle(text, block, tables);
  return tables;
});

function settle(text: string, block: Line[], tables: AlignedTable[]): void {
  if (block.length < 2) return;
  const header = block[0]!.cells.map((c) => text.slice(c.start, c.end).toLowerCase().replace(/\s+/g, ' '));
  if (!header.every((h) => HEADER_CELL.test(h))) return;
  tables.push({ header, rows: block.slice(1) });
}

function split(text: string, start: number, end: number): Line | undefined {
  const cells: Span[] = [];
  let from = -1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const gap = c === 9 || (c === 32 && text.charCodeAt(i + 1) === 32);
    if (gap || c === 32 || c === 13) {
      let j = i;
      while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      if (from >= 0 && (gap || j >= end)) {
        cells.push({ start: from, end: i });
        from = -1;
      }
      i = j;
      continue;
    }
    if (from < 0) from = i;
    i++;
  }
  if (from >= 0) cells.push({ start: from, end });
  return cells.length >= 3 ? { start, cells } : undefined;
}
