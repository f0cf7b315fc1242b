// SQL INSERT statements pasted from a script, a migration or a log:
//   INSERT INTO betrokkenen (naam, geb_datum, postcode) VALUES ('Jan Smit', '1980-01-02', '1234AB'), (…);
// The column list names what every value in the tuples below it holds, as a table's header does.
// Built once per text on the first question and forgotten when the scan ends; underscores in column names read as
// spaces ("geb_datum" → "geb datum"), so the context words of the detectors match them.
import type { Span } from './labels';
import { perText } from './scan-memory';

const INSERT = /\binsert\s+into\s+[\w."`[\]]+\s*\(([^()]{1,400})\)\s*values\s*/gi;


/** Every value of an INSERT whose column name matches `header` (from `contextPattern`): inside its quotes. */
export function sqlValuesUnder(text: string, header: RegExp): Span[] {
  return valuesIn(text)
    .filter((c) => header.test(c.header))
    .map((c) => c.span);
}

const valuesIn = perText((text: string): { header: string; span: Span }[] => {
  const cells: { header: string; span: Span }[] = [];
  if (!/insert/i.test(text)) return cells;
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m; m = INSERT.exec(text)) {
    const columns = m[1]!.split(',').map((c) => c.trim().replace(/[`"[\]]/g, '').replace(/_/g, ' ').toLowerCase());
    let at = m.index + m[0].length;
    while (text[at] === '(') {
      const tuple = readTuple(text, at + 1);
      if (!tuple) break;
      tuple.values.forEach((span, i) => columns[i] !== undefined && cells.push({ header: columns[i]!, span }));
      at = tuple.end;
      while (/\s/.test(text[at] ?? '')) at++;
      if (text[at] !== ',') break;
      at++;
      while (/\s/.test(text[at] ?? '')) at++;
    }
    INSERT.lastIndex = Math.max(INSERT.lastIndex, at);
  }
  return cells;
});

/** The values of one tuple starting after its "(", and where it ends (after its ")"). */
function readTuple(text: string, from: number): { values: Span[]; end: number } | undefined {
  const values: Span[] = [];
  let at = from;
  for (let n = 0; n < 64; n++) {
    while (/\s/.test(text[at] ?? '')) at++;
    if (text[at] === "'") {
      let end = at + 1;
      while (end < text.length && (text[end] !== "'" || text[end + 1] === "'")) end += text[end] === "'" ? 2 : 1;
      if (end >= text.length) return undefined;
      values.push({ start: at + 1, end });
      at = end + 1;
    } else {
      const start = at;
      while (at < text.length && !',)\n'.includes(text[at]!)) at++;
      let end = at;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      values.push({ start, end });
    }
    while (/\s/.test(text[at] ?? '')) at++;
    if (text[at] === ')') return { values, end: at + 1 };
    if (text[at] !== ',') return undefined;
    at++;
  }
  return undefined;
}
