import { browser } from 'wxt/browser';
import { i18n } from '../../i18n';
import { BUILTIN_PACK } from '../builtin';
import { isExpired, localDate } from '../dates';
import {
  PackInForceSchema,
  PackUpdateStateSchema,
  SiteAccessSchema,
  packInForceItem,
  packUpdateItem,
  packUrlItem,
  readStored,
  siteAccessItem,
} from '../store';
import { BUILD_TRUST } from '../trust';
import { z } from '../zod';
import { mountCheckNow, packResultOutput, refusalSentence, sendPackMessage } from './check-now';
import { originOf } from '../site-access';

const UrlSchema = z.url({ protocol: /^https?$/ });

/**
 * The options page's rule-pack section: the pack in force (id, version, dates, signing key), the
 * update address, "check now", importing a pack file, the last refusal, and chatbots the pack adds
 * that still need the user's permission. Everything is read from storage and follows its changes.
 */
export function mountPackPanel(section: HTMLElement): void {
  const title = document.createElement('h2');
  title.id = 'pack-title';
  title.textContent = i18n.t('options.pack.title');
  const facts = document.createElement('dl');
  const expired = document.createElement('p');
  expired.dataset.packExpired = '';
  const sites = document.createElement('div');
  sites.dataset.packSites = '';
  const check = document.createElement('div');
  check.dataset.packCheck = '';
  mountCheckNow(check);
  section.replaceChildren(title, facts, expired, urlForm(), check, importControl(), sites);

  const render = async () => {
    const stored = await readStored(packInForceItem, PackInForceSchema);
    const update = (await readStored(packUpdateItem, PackUpdateStateSchema)) ?? {};
    const today = localDate();
    const live = stored && !isExpired(stored.pack, today) ? stored : undefined;
    const pack = live?.pack ?? BUILTIN_PACK;
    facts.replaceChildren(
      ...fact(i18n.t('options.pack.id'), pack.id, 'id'),
      ...fact(i18n.t('options.pack.version'), String(pack.version), 'version'),
      ...fact(i18n.t('options.pack.issued'), pack.issued, 'issued'),
      ...fact(i18n.t('options.pack.expires'), pack.expires ?? i18n.t('options.pack.never'), 'expires'),
      ...fact(i18n.t('options.pack.signer'), live?.keyId ?? i18n.t('options.pack.builtIn'), 'signer'),
      ...fact(i18n.t('options.pack.lastRefusal'), refusalText(update), 'refusal', update.lastRefusal?.detail),
    );
    expired.textContent = stored && !live ? i18n.t('options.pack.expired', [stored.pack.id, stored.pack.expires ?? '']) : '';
    renderSites(sites, (await readStored(siteAccessItem, SiteAccessSchema)) ?? { guarded: [], pending: [], asked: [] });
  };
  void render();
  packInForceItem.watch(() => void render());
  packUpdateItem.watch(() => void render());
  siteAccessItem.watch(() => void render());
}

function fact(term: string, value: string, key: string, detail?: string): HTMLElement[] {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  dd.dataset.fact = key;
  if (detail) {
    const small = document.createElement('small');
    small.dataset.detail = '';
    small.textContent = detail;
    dd.append(document.createElement('br'), small);
  }
  return [dt, dd];
}

function refusalText({ lastRefusal }: z.infer<typeof PackUpdateStateSchema>): string {
  if (!lastRefusal) return i18n.t('options.pack.noRefusal');
  const when = new Date(lastRefusal.at).toLocaleString(document.documentElement.lang || undefined);
  const source = lastRefusal.source === 'import' ? i18n.t('packCheck.sourceImport') : i18n.t('packCheck.sourceUpdate');
  return i18n.t('options.pack.refusalAt', [when, source, refusalSentence(lastRefusal.code)]);
}

function urlForm(): HTMLFormElement {
  const form = document.createElement('form');
  form.dataset.packUrl = '';
  const label = document.createElement('label');
  label.htmlFor = 'pack-url';
  label.textContent = i18n.t('options.pack.url');
  const input = document.createElement('input');
  input.type = 'url';
  input.id = 'pack-url';
  input.name = 'url';
  input.setAttribute('aria-describedby', 'pack-url-hint');
  input.placeholder = BUILD_TRUST.updateUrl ?? '';
  const hint = document.createElement('small');
  hint.id = 'pack-url-hint';
  hint.textContent = BUILD_TRUST.updateUrl ? i18n.t('options.pack.urlHint', [BUILD_TRUST.updateUrl]) : i18n.t('options.pack.urlNone');
  const save = document.createElement('button');
  save.type = 'submit';
  save.textContent = i18n.t('options.pack.urlSave');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  form.append(label, input, hint, save, status);
  void packUrlItem.getValue().then((url) => (input.value = url ?? ''));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (value && !UrlSchema.safeParse(value).success) {
      status.textContent = i18n.t('options.pack.urlInvalid');
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    input.removeAttribute('aria-invalid');
    // The background fetches without CORS only from an origin it may access. Asked here, inside the
    // click, because browsers only show a permission request during a user action.
    if (value.startsWith('https://')) void browser.permissions.request({ origins: [`${new URL(value).origin}/*`] }).catch(() => false);
    void packUrlItem.setValue(value || null).then(() => (status.textContent = i18n.t('options.pack.urlSaved')));
  });
  return form;
}

function importControl(): HTMLElement {
  const wrap = document.createElement('div');
  wrap.dataset.packImport = '';
  const label = document.createElement('label');
  label.htmlFor = 'pack-import';
  label.textContent = i18n.t('options.pack.import');
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'pack-import';
  input.accept = '.json,application/json';
  input.setAttribute('aria-describedby', 'pack-import-hint');
  const hint = document.createElement('small');
  hint.id = 'pack-import-hint';
  hint.textContent = i18n.t('options.pack.importHint');
  const status = packResultOutput('import');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    status.showResult(await sendPackMessage({ type: 'plakwacht/import-pack', text: await file.text() }));
    input.value = '';
  });
  wrap.append(label, input, hint, status.element);
  return wrap;
}

function renderSites(box: HTMLElement, access: z.infer<typeof SiteAccessSchema>): void {
  box.replaceChildren();
  const host = (pattern: string) => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '').replace(/\*$/, '');
  if (access.pending.length) {
    const heading = document.createElement('h3');
    heading.textContent = i18n.t('options.pack.sitesTitle');
    const intro = document.createElement('p');
    intro.textContent = i18n.t('options.pack.sitesIntro');
    const list = document.createElement('ul');
    for (const origin of access.pending) {
      const item = document.createElement('li');
      item.textContent = host(origin);
      list.append(item);
    }
    const grant = document.createElement('button');
    grant.type = 'button';
    grant.dataset.action = 'grant-sites';
    grant.textContent = i18n.t('options.pack.sitesGrant');
    // No await before request(): the browser only asks during the click itself.
    grant.addEventListener('click', () => void browser.permissions.request({ origins: [...new Set(access.pending.map(originOf))] }).catch(() => false));
    box.append(heading, intro, list, grant);
  }
  if (access.guarded.length) {
    const guarded = document.createElement('p');
    guarded.dataset.guarded = '';
    guarded.textContent = i18n.t('options.pack.sitesGuarded', [access.guarded.map(host).join(', ')]);
    box.append(guarded);
  }
}
