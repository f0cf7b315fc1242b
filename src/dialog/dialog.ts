import { DIALOG_CSS } from './styles';
import type { DialogChoice, DialogContent } from './types';

export type { DialogChoice, DialogContent, DialogStrings } from './types';

/** Tag of the host element (DESIGN contract 3). */
export const DIALOG_TAG = 'plakwacht-dialog';

/** How many findings are listed before "and N more". */
const LISTED = 8;

let active: { host: HTMLElement; handleKey: (e: KeyboardEvent) => void } | undefined;

/** Whether a Plakwacht dialog is open in this document. */
export function isDialogOpen(): boolean {
  return active !== undefined;
}

/**
 * Keeps the page from seeing keys while the dialog is open (its shortcuts, its composer's Enter):
 * capture listeners on `window`, installed at document_start, run before any the page adds, so the
 * keys go to the dialog and stop there. Default actions (Enter or Space on a focused button) stay.
 */
export function installKeyboardShield(win: Window): void {
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    win.addEventListener(
      type,
      (e) => {
        if (!active) return;
        e.stopImmediatePropagation();
        active.handleKey(e);
      },
      true,
    );
  }
}

/**
 * Shows the blocking dialog and resolves with the user's choice. Rendered in a closed shadow root
 * so the page can neither read what was found nor restyle or click the buttons; the host element
 * carries no attributes.
 */
export function openDialog(content: DialogContent, doc: Document = document): Promise<DialogChoice> {
  const host = doc.createElement(DIALOG_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = DIALOG_CSS;
  root.append(style, render(content, doc));

  return new Promise((resolve) => {
    const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-action]')];
    const reason = root.querySelector<HTMLInputElement>('input[name="reason"]');
    const proceed = root.querySelector<HTMLButtonElement>('button[data-action="proceed"]');
    // What Tab moves between: the reason field (when asked) and every button that can be used.
    const focusable = () => [...root.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button[data-action]')].filter((el) => !el.disabled);
    let done = false;
    const finish = (choice: DialogChoice) => {
      if (done) return;
      done = true;
      if (active?.host === host) active = undefined;
      removal.disconnect();
      host.remove();
      resolve(choice);
    };

    for (const b of buttons) b.addEventListener('click', () => finish(b.dataset.action as DialogChoice));
    if (reason && proceed) {
      // The reason is a moment to think, not a record: it is read for its length and then dropped
      // with the dialog. Nothing stores or sends it.
      reason.addEventListener('input', () => (proceed.disabled = !reasonGiven(reason.value)));
    }
    const handleKey = (e: KeyboardEvent) => {
      if (e.type !== 'keydown') return;
      if (e.key === 'Escape') {
        e.preventDefault();
        finish('cancel');
      } else if (e.key === 'Tab') {
        trapFocus(e, focusable(), root);
      } else if (e.key === 'Enter' && reason && root.activeElement === reason) {
        e.preventDefault();
        if (proceed && !proceed.disabled) finish('proceed');
      } else if (!e.composedPath().includes(host)) {
        // Focus was taken back by the page: keys must not type into it while the dialog is open.
        e.preventDefault();
        buttons[0]!.focus();
      }
    };
    active = { host, handleKey };
    dialog.addEventListener('keydown', (e) => {
      e.stopPropagation();
      handleKey(e);
    });
    // Clicks on the backdrop do nothing: the choice must be explicit. Cancel is one key away.
    root.querySelector('.backdrop')!.addEventListener('mousedown', (e) => {
      if (e.target === e.currentTarget) e.preventDefault();
    });
    // A single-page app that replaces the document must not leave a promise hanging: treat it as cancel.
    const removal = new MutationObserver(() => {
      if (!host.isConnected) finish('cancel');
    });
    removal.observe(doc.documentElement, { childList: true, subtree: false });

    doc.documentElement.append(host);
    buttons[0]!.focus({ preventScroll: true });
  });
}

/** A reason is something typed, not a stray key: at least three letters or digits. */
export function reasonGiven(value: string): boolean {
  return (value.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3;
}

function trapFocus(e: KeyboardEvent, elements: HTMLElement[], root: ShadowRoot): void {
  const current = elements.indexOf(root.activeElement as HTMLElement);
  const next = e.shiftKey ? (current <= 0 ? elements.length - 1 : current - 1) : (current + 1) % elements.length;
  e.preventDefault();
  elements[next]!.focus();
}

function render(c: DialogContent, doc: Document): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
    const node = Object.assign(doc.createElement(tag), props);
    node.append(...children);
    return node;
  };
  const s = c.strings;

  const backdrop = el('div', { className: 'backdrop' });
  const dialog = el('div', { className: `dialog ${c.verdict}` });
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'pw-title');
  dialog.setAttribute('aria-describedby', 'pw-found');
  dialog.lang = c.lang;

  const title = el('h2', { id: 'pw-title' }, el('span', { className: 'badge' }, 'Plakwacht'), c.verdict === 'block' ? s.titleBlock : s.titleWarn);
  const found = el('p', { id: 'pw-found' }, s.found);
  const list = el('ul', { className: 'findings' });
  for (const f of c.findings.slice(0, LISTED)) {
    list.append(el('li', {}, el('span', { className: 'label' }, f.label), el('span', { className: 'value' }, f.masked)));
  }
  if (c.findings.length > LISTED) list.append(el('li', { className: 'more' }, `+ ${c.findings.length - LISTED}`));

  const rules = el('section', { className: 'rules' }, el('h3', {}, s.rulesHeading));
  for (const r of c.rules) {
    rules.append(
      el('blockquote', {}, el('span', { className: 'rule-title' }, r.title), el('span', { className: 'rule-id' }, r.id), r.text),
    );
  }

  const notes = el('div', {});
  if (c.incomplete) notes.append(el('p', { className: 'note' }, s.incomplete));
  if (!c.canRedact && c.verdict === 'block') notes.append(el('p', { className: 'note' }, s.notRedactable));
  notes.append(el('p', { className: 'note' }, s.nothingSent));

  const actions = el('div', { className: 'actions' });
  const button = (action: DialogChoice, label: string) => {
    const b = el('button', { type: 'button' }, label);
    b.dataset.action = action;
    actions.append(b);
  };
  button('cancel', s.cancel);
  if (c.canRedact) button('redact', s.redact);
  if (c.canProceed) button('proceed', s.proceed);

  // "Toch plakken" after a typed reason, when the pack asks for one: the button waits for it.
  const reason = el('div', { className: 'reason' });
  if (c.canProceed && c.proceedNeedsReason) {
    const input = doc.createElement('input');
    Object.assign(input, { type: 'text', id: 'pw-reason', name: 'reason', autocomplete: 'off', spellcheck: false });
    input.setAttribute('aria-describedby', 'pw-reason-hint');
    reason.append(el('label', { htmlFor: 'pw-reason' }, s.reasonLabel), input, el('p', { id: 'pw-reason-hint', className: 'note' }, s.reasonHint));
    actions.querySelector<HTMLButtonElement>('[data-action="proceed"]')!.disabled = true;
  }

  dialog.append(title, found, list, rules, notes, ...(reason.childElementCount ? [reason] : []), actions);
  backdrop.append(dialog);
  return backdrop;
}
