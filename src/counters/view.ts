import type { Lang } from '../../detectors';
import type { T } from '../i18n';
import type { RulePack } from '../pack/schema';
import { h } from '../ui/element';
import type { WeekCounts } from './counters';
import { byRule } from './week';

/**
 * This week's counts as people read them: totals, then a table per rule. Numbers and rule titles
 * only; the counters hold nothing else.
 */
export function countsView(week: WeekCounts, pack: RulePack, lang: Lang, t: T, withChoices = false): HTMLElement {
  const view = h(
    'div',
    { className: 'counts' },
    h(
      'p',
      { className: 'totals' },
      h('span', { 'data-count': 'warn' }, t('counters.warnings', week.warn)),
      ' · ',
      h('span', { 'data-count': 'block' }, t('counters.blocks', week.block)),
    ),
  );

  const rows = byRule(week);
  if (!rows.length) {
    view.append(h('p', {}, t('counters.none')));
    return view;
  }
  const body = h('tbody');
  for (const [rule, n] of rows) {
    const title = pack.rules[rule]?.[lang].title;
    body.append(
      h(
        'tr',
        { 'data-rule': rule },
        h('th', { scope: 'row' }, h('abbr', { title }, rule), title ? ` ${title}` : ''),
        h('td', {}, String(n)),
      ),
    );
  }
  view.append(
    h(
      'table',
      {},
      h('caption', {}, t('counters.caption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('counters.rule')), h('th', { scope: 'col' }, t('counters.count')))),
      body,
    ),
  );
  if (withChoices) {
    view.append(
      h(
        'ul',
        { className: 'choices' },
        ...(['cancel', 'redact', 'proceed'] as const).map((c) =>
          h('li', { 'data-choice': c }, `${t(`counters.choices.${c}`)}: ${week.byChoice[c] ?? 0}`),
        ),
      ),
    );
  }
  return view;
}
