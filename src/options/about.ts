import { h } from '../ui/element';
import { browser } from 'wxt/browser';
import { i18n, messageList, uiLang } from '../i18n';
import type { RulePack } from '../pack/schema';

/** Rules quoted under "what Plakwacht does not do": the principles no tool takes off anyone's hands. */
const STILL_APPLY = ['S1', 'P2.1', 'P3.2'] as const;

/** The options page's plain-language "what Plakwacht does and does not do". */
export function mountAbout(section: HTMLElement, pack: RulePack): void {
  const t = i18n.t;
  const lang = uiLang();
  const list = (prefix: string) => h('ul', {}, ...messageList(prefix).map((item) => h('li', {}, item)));

  const rules = h('div', { className: 'rules' });
  for (const id of STILL_APPLY) {
    const rule = pack.rules[id];
    if (!rule) continue;
    rules.append(h('blockquote', {}, h('strong', {}, `${id} · ${rule[lang].title}`), h('br'), rule[lang].text));
  }

  section.replaceChildren(
    h('h2', { id: 'about-title' }, t('options.about.title')),
    h('h3', {}, t('options.about.does')),
    list('options.about.doesList'),
    h('h3', {}, t('options.about.doesNot')),
    list('options.about.doesNotList'),
    h('h3', {}, t('options.about.principles')),
    rules,
    h('p', { className: 'hint' }, t('options.about.version', [browser.runtime.getManifest().version])),
  );
}
