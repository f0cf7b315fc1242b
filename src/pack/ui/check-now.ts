import { browser } from 'wxt/browser';
import { i18n } from '../../i18n';
import { PackCheckResultSchema, type PackCheckResult } from '../messages';
import type { RefusalCode } from '../refusal';

/**
 * "Check now" for rule packs: a button and a live status line. The popup and the options page
 * both mount it; it asks the background (message `plakwacht/check-pack`) and shows the answer.
 * Dispatches `plakwacht:pack-checked` (detail: PackCheckResult) on the container afterwards.
 */
export function mountCheckNow(container: HTMLElement): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.action = 'check-pack';
  button.textContent = i18n.t('packCheck.button');
  const status = packResultOutput('check');
  button.addEventListener('click', async () => {
    button.disabled = true;
    delete status.element.dataset.outcome;
    status.show(i18n.t('packCheck.checking'));
    const result = await sendPackMessage({ type: 'plakwacht/check-pack' });
    status.showResult(result);
    button.disabled = false;
    container.dispatchEvent(new CustomEvent('plakwacht:pack-checked', { detail: result, bubbles: true }));
  });
  container.append(button, status.element);
}

/** Sends a pack message to the background and validates the answer. */
export async function sendPackMessage(message: { type: 'plakwacht/check-pack' } | { type: 'plakwacht/import-pack'; text: string }): Promise<PackCheckResult | string> {
  try {
    const answer = PackCheckResultSchema.safeParse(await browser.runtime.sendMessage(message));
    return answer.success ? answer.data : 'no answer from the background';
  } catch (error) {
    return (error as Error).message || 'no answer from the background';
  }
}

/** A status line (role=status) that reads a check or import result out in words. */
export function packResultOutput(name: string) {
  const element = document.createElement('p');
  element.setAttribute('role', 'status');
  element.dataset.packResult = name;
  const show = (text: string, detail?: string) => {
    element.replaceChildren(text);
    if (detail) {
      const small = document.createElement('small');
      small.dataset.detail = '';
      small.textContent = detail;
      element.append(document.createElement('br'), small);
    }
  };
  return {
    element,
    show,
    showResult(result: PackCheckResult | string) {
      element.dataset.outcome = typeof result === 'string' ? 'error' : result.outcome;
      if (typeof result === 'string') return show(i18n.t('packCheck.error', [result, '?']));
      const { pack } = result;
      switch (result.outcome) {
        case 'applied':
          return show(i18n.t('packCheck.applied', [pack.id, String(pack.version)]));
        case 'unchanged':
          return show(i18n.t('packCheck.unchanged', [String(pack.version)]));
        case 'refused':
          return show(i18n.t('packCheck.refused', [refusalSentence(result.refusal!.code), String(pack.version)]), result.refusal!.detail);
        case 'error':
          return show(i18n.t('packCheck.error', [result.error ?? '?', String(pack.version)]));
        case 'no-url':
          return show(i18n.t('packCheck.noUrl'));
      }
    },
  };
}

/** The reason a pack was refused, in the user's language. */
export function refusalSentence(code: RefusalCode): string {
  switch (code) {
    case 'too-large': return i18n.t('refusal.tooLarge');
    case 'not-signed': return i18n.t('refusal.notSigned');
    case 'unknown-key': return i18n.t('refusal.unknownKey');
    case 'bad-signature': return i18n.t('refusal.badSignature');
    case 'schema': return i18n.t('refusal.schema');
    case 'invalid': return i18n.t('refusal.invalid');
    case 'not-newer': return i18n.t('refusal.notNewer');
    case 'expired': return i18n.t('refusal.expired');
    case 'unsafe-pattern': return i18n.t('refusal.unsafePattern');
  }
}
