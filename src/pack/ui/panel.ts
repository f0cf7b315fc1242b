import { i18n } from '#i18n';
import { BUILTIN_PACK } from '../builtin';

/** The options page's rule-pack section: which pack is in force. */
export function mountPackPanel(section: HTMLElement): void {
  const title = document.createElement('h2');
  title.id = 'pack-title';
  title.textContent = i18n.t('options.pack.title');
  const facts = document.createElement('dl');
  const fact = (term: string, value: string, key: string) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.fact = key;
    facts.append(dt, dd);
  };
  fact(i18n.t('options.pack.id'), BUILTIN_PACK.id, 'id');
  fact(i18n.t('options.pack.version'), String(BUILTIN_PACK.version), 'version');
  fact(i18n.t('options.pack.issued'), BUILTIN_PACK.issued, 'issued');
  section.replaceChildren(title, facts);
}
