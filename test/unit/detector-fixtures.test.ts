import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS, scan } from '../../detectors';

// Every detector folder holds fixtures, as in secretlint: `ng/*.txt` must be found exactly where
// [[double brackets]] mark it; `ok/*.txt` must give this detector no finding at all. The whole
// engine runs (all detectors, merging), as in the product.

const root = path.resolve(import.meta.dirname, '../../detectors');
const MARK = /\[\[([\s\S]*?)\]\]/g;

export function parseFixture(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let at = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(at, m.index);
    spans.push({ start: text.length, end: text.length + m[1]!.length });
    text += m[1];
    at = m.index! + m[0].length;
  }
  return { text: text + marked.slice(at), spans };
}

const folders = readdirSync(root).filter((f) => f !== 'engine' && statSync(path.join(root, f)).isDirectory());

describe('detector fixtures', () => {
  it('every detector folder belongs to a shipped detector, and every shipped detector has fixtures', () => {
    const ids = DETECTORS.map((d) => d.meta.id).sort();
    expect(folders.sort()).toEqual(ids);
  });

  for (const id of folders) {
    const read = (kind: 'ok' | 'ng') => {
      const dir = path.join(root, id, kind);
      return readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => ({ name: f, content: readFileSync(path.join(dir, f), 'utf8') }));
    };

    describe(id, () => {
      it('has both kinds of fixture', () => {
        expect(read('ng').length).toBeGreaterThan(0);
        expect(read('ok').length).toBeGreaterThan(0);
      });

      for (const { name, content } of read('ng')) {
        it(`finds ng/${name}`, () => {
          const { text, spans } = parseFixture(content);
          expect(spans.length).toBeGreaterThan(0);
          const found = scan(text, { detectors: DETECTORS })
            .findings.filter((f) => f.detector === id)
            .map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
          expect(found).toEqual(spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end) })));
        });
      }

      for (const { name, content } of read('ok')) {
        it(`leaves ok/${name} alone`, () => {
          const found = scan(content, { detectors: DETECTORS }).findings.filter((f) => f.detector === id);
          expect(found.map((f) => content.slice(f.start, f.end))).toEqual([]);
        });
      }
    });
  }
});
