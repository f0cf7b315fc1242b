import { h } from '../ui/element';
import { CountersSchema } from '../counters/counters';
import { countersItem } from '../counters/store';
import { countsView } from '../counters/view';
import { thisWeek } from '../counters/week';
import { i18n, uiLang, type LanguageSetting } from '../i18n';
import { languageItem } from '../i18n/setting';
import { LANGUAGE_SETTINGS } from '../i18n/language';
import type { RulePack } from '../pack/schema';

/**
 * The options page's "general" section: the language, this week's counters with a reset, and
 * whether the pack turned the P3 reminder on.
 */
export async function mountGeneral(section: HTMLElement, pack: RulePack): Promise<void> {
  const t = i18n.t;

  const select = h('select', { id: 'language', 'aria-describedby': 'language-hint' });
  const chosen = await languageItem.getValue();
  for (const value of LANGUAGE_SETTINGS) {
    select.append(h('option', { value, selected: value === chosen }, t(`common.languageNames.${value}`)));
  }
  select.addEventListener('change', () => void languageItem.setValue(select.value as LanguageSetting));
  const language = h(
    'div',
    { className: 'field' },
    h('label', { htmlFor: 'language' }, t('options.general.language')),
    select,
    h('p', { id: 'language-hint', className: 'hint' }, t('options.general.languageHint')),
  );

  const counts = h('div');
  const status = h('p', { className: 'hint', role: 'status' });
  const show = async (value?: unknown) => {
    const parsed = CountersSchema.safeParse(value ?? (await countersItem.getValue()));
    counts.replaceChildren(countsView(thisWeek(parsed.success ? parsed.data : {}), pack, uiLang(), t, true));
  };
  const reset = h('button', { type: 'button', className: 'secondary', 'data-action': 'reset-counters' }, t('options.general.reset'));
  reset.addEventListener('click', async () => {
    await countersItem.setValue({});
    status.textContent = t('options.general.resetDone');
  });
  countersItem.watch((value) => void show(value ?? {}));
  await show();

  const reminderOn = pack.settings?.p3Reminder !== false;
  const reminder = h('p', { className: 'hint' }, t('options.general.reminder', [t(reminderOn ? 'options.general.reminderOn' : 'options.general.reminderOff')]));

  section.replaceChildren(
    h('h2', { id: 'general-title' }, t('options.general.title')),
    language,
    h('h3', {}, t('options.general.countersTitle')),
    counts,
    reset,
    status,
    reminder,
  );
}
