import type { Lang } from '../../detectors';
import type { T } from '../i18n';
import type { RulePack } from '../pack/schema';
import type { WeekCounts } from './counters';
import { byRule } from './week';

/**
 * This week's counts as people read them: totals, then a table per rule. Numbers and rule titles
 * only; the counters hold nothing else.
 */
export function countsView(week: WeekCounts, pack: RulePack, lang: Lang, t: T, withChoices = false): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const view = el('div');
  view.className = 'counts';
  const totals = el('p');
  totals.className = 'totals';
  const warn = el('span', t('counters.warnings', week.warn));
  warn.dataset.count = 'warn';
  const block = el('span', t('counters.blocks', week.block));
  block.dataset.count = 'block';
  totals.append(warn, ' · ', block);
  view.append(totals);

  const rows = byRule(week);
  if (!rows.length) {
    view.append(el('p', t('counters.none')));
    return view;
  }
  const table = el('table');
  table.append(el('caption', t('counters.caption')));
  const head = el('tr');
  for (const h of [t('counters.rule'), t('counters.count')]) {
    const th = el('th', h);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  for (const [rule, n] of rows) {
    const tr = el('tr');
    tr.dataset.rule = rule;
    const th = el('th');
    th.scope = 'row';
    const id = el('abbr', rule);
    const title = pack.rules[rule]?.[lang].title;
    if (title) id.title = title;
    th.append(id, title ? ` ${title}` : '');
    const td = el('td', String(n));
    tr.append(th, td);
    body.append(tr);
  }
  table.append(body);
  view.append(table);
  if (withChoices) {
    const choices = el('ul');
    choices.className = 'choices';
    for (const c of ['cancel', 'redact', 'proceed'] as const) {
      const li = el('li', `${t(`counters.choices.${c}`)}: ${week.byChoice[c] ?? 0}`);
      li.dataset.choice = c;
      choices.append(li);
    }
    view.append(choices);
  }
  return view;
}
