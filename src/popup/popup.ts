import { browser } from 'wxt/browser';
import type { Lang } from '../../detectors';
import { countersItem } from '../counters/store';
import { countsView } from '../counters/view';
import { thisWeek } from '../counters/week';
import { CountersSchema } from '../counters/counters';
import { i18n, uiLang } from '../i18n';
import type { RulePack } from '../pack/schema';
import { mountCheckNow } from '../pack/ui/check-now';
import { tabStatus, type TabStatus } from './tab-status';

export interface PopupOptions {
  /** The pack in force, read from storage each time it is asked for. */
  pack: () => RulePack | Promise<RulePack>;
}

/** Fills the popup: this tab's protection, the pack in force, this week's counts, links. */
export async function mountPopup(root: HTMLElement, options: PopupOptions): Promise<void> {
  const pack = await options.pack();
  const t = i18n.t;
  const lang = uiLang();
  const $ = <E extends HTMLElement>(sel: string) => root.querySelector<E>(sel)!;

  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n as Parameters<typeof t>[0]);
  }

  renderStatus($('[data-status]'), await tabStatus(pack).catch((): TabStatus => ({ kind: 'unknown-site' })));

  const showPack = (shown: RulePack) => {
    const date = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(new Date(`${shown.issued}T12:00:00`));
    $('[data-pack-id]').textContent = shown.id;
    $('[data-pack-version]').textContent = t('popup.version', [shown.version]);
    $('[data-pack-issued]').textContent = t('popup.issued', [date]);
  };
  showPack(pack);
  // "Check now" asks the background for a newer pack; a pack it applies shows here at once.
  const checkNow = $('[data-mount="check-now"]');
  checkNow.hidden = false;
  mountCheckNow(checkNow);
  checkNow.addEventListener('plakwacht:pack-checked', async () => showPack(await options.pack()));

  const showCounts = async (value?: unknown) => {
    const parsed = CountersSchema.safeParse(value ?? (await countersItem.getValue()));
    $('[data-counts]').replaceChildren(countsView(thisWeek(parsed.success ? parsed.data : {}), pack, lang, t));
  };
  await showCounts();
  countersItem.watch((value) => void showCounts(value ?? {}));
}

function locale(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}

function renderStatus(box: HTMLElement, status: TabStatus): void {
  const t = i18n.t;
  const heading = document.createElement('p');
  heading.className = 'state';
  const detail = document.createElement('p');
  const ok = status.kind === 'protected' || status.kind === 'oefenchat';
  box.dataset.state = status.kind;
  heading.textContent = ok ? t('popup.protected') : t('popup.notProtected');
  switch (status.kind) {
    case 'protected':
      detail.textContent = t('popup.protectedOn', [status.host]);
      break;
    case 'oefenchat':
      detail.textContent = t('popup.oefenchat');
      break;
    case 'unknown-site':
      detail.textContent = t('popup.unknownSite');
      break;
    case 'not-a-page':
      detail.textContent = t('popup.notAPage');
      break;
    case 'no-permission': {
      detail.textContent = t('popup.noPermission', [status.host]);
      const grant = button(t('popup.grant'), async () => {
        // Only hosts the manifest lists as optional can be granted; anything else is refused here.
        const granted = await browser.permissions.request({ origins: [status.origin] }).catch(() => false);
        if (!granted) detail.textContent = t('popup.grantFailed');
        else window.close();
      });
      box.replaceChildren(heading, detail, grant);
      return;
    }
    case 'reload': {
      detail.textContent = t('popup.reload');
      const reload = button(t('popup.reloadButton'), async () => {
        await browser.tabs.reload(status.tabId);
        window.close();
      });
      box.replaceChildren(heading, detail, reload);
      return;
    }
  }
  box.replaceChildren(heading, detail);
}

function button(label: string, onClick: () => void | Promise<void>): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', () => void onClick());
  return b;
}
