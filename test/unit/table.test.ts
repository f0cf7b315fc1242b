import { describe, expect, it } from 'vitest';
import { contextPattern } from '../../detectors/engine/context';
import { cellsUnder, forgetTables, headerAt } from '../../detectors/engine/table';

// A table's header names what every cell under it holds (engine/table.ts): these are the shapes
// people paste (CSV, TSV, Markdown, "|" lists) and the prose that must not be read as a table.

const BIRTH = contextPattern(['geboortedatum', 'geb.datum']);

describe('column context from a table header', () => {
  it('gives every row of a semicolon export its column header', () => {
    const text = 'Naam;Geboortedatum;Plaats\nJansen;12-03-1985;Ede\nBakker;03-11-1990;Epe\nKok;22-07-1979;Ens\n';
    const cells = cellsUnder(text, BIRTH).map((c) => text.slice(c.start, c.end));
    expect(cells).toEqual(['12-03-1985', '03-11-1990', '22-07-1979']);
    expect(headerAt(text, text.indexOf('Epe'))).toBe('plaats');
    expect(headerAt(text, text.indexOf('Naam'))).toBeUndefined();
    forgetTables();
  });

  it('reads tab-separated and Markdown tables, skipping the rule under a Markdown header', () => {
    const tsv = 'BSN\tNaam\n123456782\tA. Bos\n111222333\tB. Kok';
    expect(headerAt(tsv, tsv.indexOf('111222333'))).toBe('bsn');
    const md = '| Naam | Geb.datum |\n|------|:---:|\n| J. Mulder | 1992-05-17 |\n| F. Amrani | 1988-10-03 |';
    expect(cellsUnder(md, BIRTH).map((c) => md.slice(c.start, c.end))).toEqual(['1992-05-17', '1988-10-03']);
    forgetTables();
  });

  it('keeps quoted commas inside one CSV cell', () => {
    const csv = 'naam,geboortedatum\n"Vries, J. de",01-02-1970\n"Bos, K.",03-04-1980';
    expect(cellsUnder(csv, BIRTH).map((c) => csv.slice(c.start, c.end))).toEqual(['01-02-1970', '03-04-1980']);
    forgetTables();
  });

  it('joins rows with and without framing pipes, and a quoted CSV row, into one table when their cells agree', () => {
    const md = 'Naam | Geb.datum\n| J. Mulder | 1992-05-17 |\n  | F. Amrani | 1988-10-03\nK. Bos | 1979-01-02 |  ';
    expect(cellsUnder(md, BIRTH).map((c) => md.slice(c.start, c.end))).toEqual(['1992-05-17', '1988-10-03', '1979-01-02']);
    // A row with a cell more (a pipe inside a cell, "x | y |" with text after the last pipe) ends the table.
    const broken = 'Naam | Geb.datum\n| J. Mulder | 1992-05-17 |\n| F. Amrani | 1988-10-03 | x';
    expect(cellsUnder(broken, BIRTH).map((c) => broken.slice(c.start, c.end))).toEqual(['1992-05-17']);
    const csv = 'naam,geboortedatum\nJansen,01-02-1970\n"Vries, J. de",03-04-1980\n"Bos, K.", 05-06-1990, extra';
    expect(cellsUnder(csv, BIRTH).map((c) => csv.slice(c.start, c.end))).toEqual(['01-02-1970', '03-04-1980']);
    forgetTables();
  });

  it('reads no table into prose, nor into rows without a header of names', () => {
    const prose =
      'Op 12 maart, rond acht uur, zag de getuige een man die geboortedatum en adres noemde, zei hij.\n' +
      'Later die avond, na het verhoor, bleek dat de man twee keer eerder was gezien, aldus de agent.';
    expect(cellsUnder(prose, BIRTH)).toEqual([]);
    const headless = '1033;12-03-1985;Ede\n1034;03-11-1990;Epe';
    expect(headerAt(headless, headless.indexOf('Epe'))).toBeUndefined();
    forgetTables();
  });
});
