import type { Lang } from '../../detectors';
import type { T } from '../i18n';
import type { RulePack } from '../pack/schema';
import { h } from '../ui/element';
import type { Scenario } from './scenarios';

/** The scenario list a trainer clicks: each button pastes one scenario into the composer. */
export function scenarioList(scenarios: readonly Scenario[], lang: Lang, t: T, onPick: (s: Scenario) => void): HTMLElement {
  const list = h('ul', { className: 'scenarios' });
  for (const s of scenarios) {
    const outcome = s.expect.verdict === 'allow' ? 'allow' : s.expect.verdict === 'warn' ? 'warn' : 'held';
    const button = h(
      'button',
      { type: 'button', 'data-scenario': s.id, 'aria-describedby': `expect-${s.id}` },
      h('span', { className: 'title' }, s.title[lang]),
      h('span', { className: `expect ${outcome}`, id: `expect-${s.id}` }, t(`oefenchat.expect.${outcome}`)),
    );
    button.addEventListener('click', () => onPick(s));
    list.append(h('li', {}, button));
  }
  return list;
}

/** What the class should see next to the chat: the scenario's point and the rules, word for word. */
export function explanation(s: Scenario | undefined, pack: RulePack, lang: Lang, t: T): HTMLElement[] {
  if (!s) return [h('p', { className: 'placeholder' }, t('oefenchat.explainEmpty'))];
  const rules = s.rules.flatMap((id) => {
    const rule = pack.rules[id];
    return rule ? [h('blockquote', { 'data-rule': id }, h('span', { className: 'rule-id' }, id), h('span', { className: 'rule-title' }, rule[lang].title), h('span', { className: 'rule-text' }, rule[lang].text))] : [];
  });
  return [h('h3', { id: 'explain-title' }, s.title[lang]), h('p', { className: 'lesson' }, s.lesson[lang]), h('h4', {}, t('oefenchat.rulesHeading')), ...rules];
}
