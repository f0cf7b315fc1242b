import type { PolicyFinding } from '../policy/decide';
import { h } from '../ui/element';

/**
 * The text with every finding marked in place. Overlapping findings (a BSN inside a marked memo
 * line) are drawn as one mark over their union, labelled with every detector in it.
 */
export function highlighted(text: string, findings: readonly PolicyFinding[], describe: (f: PolicyFinding) => string): DocumentFragment {
  const out = document.createDocumentFragment();
  const index = new Map(findings.map((f, i) => [f, i]));
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (let i = 0; i < sorted.length; ) {
    const group = [sorted[i]!];
    let end = sorted[i]!.end;
    for (i++; i < sorted.length && sorted[i]!.start < end; i++) {
      group.push(sorted[i]!);
      end = Math.max(end, sorted[i]!.end);
    }
    const start = group[0]!.start;
    if (start > at) out.append(text.slice(at, start));
    const block = group.some((f) => f.action === 'block');
    const mark = h('mark', {
      className: block ? 'block' : 'warn',
      title: group.map(describe).join('\n'),
      tabIndex: -1,
      'data-detector': [...new Set(group.map((f) => f.detector))].join(' '),
      // Which rows of the findings table this mark shows, for "go to" from the table.
      'data-rows': group.map((f) => index.get(f)).join(' '),
    });
    mark.textContent = text.slice(Math.max(start, at), end);
    out.append(mark);
    at = Math.max(at, end);
  }
  if (at < text.length) out.append(text.slice(at));
  return out;
}
