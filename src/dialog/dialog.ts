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
    const handleKey = (e: KeyboardEvent) => {
      if (e.type !== 'keydown') return;
      if (e.key === 'Escape') {
        e.preventDefault();
        finish('cancel');
      } else if (e.key === 'Tab') {
        trapFocus(e, buttons, root);
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

function trapFocus(e: KeyboardEvent, buttons: HTMLButtonElement[], root: ShadowRoot): void {
  const current = buttons.indexOf(root.activeElement as HTMLButtonElement);
  const next = e.shiftKey ? (current <= 0 ? buttons.length - 1 : current - 1) : (current + 1) % buttons.length;
  e.preventDefault();
  buttons[next]!.focus();
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

  dialog.append(title, found, list, rules, notes, actions);
  backdrop.append(dialog);
  return backdrop;
}
