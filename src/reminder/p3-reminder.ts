import { browser } from 'wxt/browser';
import { i18n, uiLang } from '../i18n';
import type { RulePack } from '../pack/schema';

/** Tag of the reminder's host element. */
export const REMINDER_TAG = 'plakwacht-reminder';

/** The rule the reminder quotes: "Elke AI-tool maakt fouten …", under "Principe 3: Dubbelcheck de antwoorden". */
const RULE = 'P3.2';

/**
 * The storage.local key of the day the user last closed the reminder: it stays away for the rest
 * of that day. Read directly, not through a WXT storage item: this module runs in every chatbot
 * page at document_start, where loading WXT storage cost ~1.8 ms of the 10 ms start-up budget.
 */
const DISMISSED_KEY = 'p3ReminderDismissedOn';

const dismissedOn = (): Promise<string> =>
  browser.storage.local.get(DISMISSED_KEY).then(
    (items) => (typeof items[DISMISSED_KEY] === 'string' ? (items[DISMISSED_KEY] as string) : ''),
    () => '',
  );
const dismiss = (day: string) => void browser.storage.local.set({ [DISMISSED_KEY]: day }).catch(() => undefined);

/** Whether to show the reminder: the pack has it on (the default) and it was not closed today. */
export function reminderWanted(pack: RulePack, dismissedOn: string, today: string): boolean {
  return pack.settings?.p3Reminder !== false && dismissedOn !== today;
}

export interface ReminderOptions {
  pack: () => RulePack;
  /** Wait this long after a message is sent, so the note comes with the answer (ms). */
  delay?: number;
  /**
   * Where a page that knows its own layout wants the note: it then sits in the flow right after
   * this element instead of floating, so it covers nothing (the oefenchat's explanation panel in
   * presenter mode). Chatbot sites get the floating note.
   */
  after?: () => Element | null;
}

const CSS = `
:host { all: initial; }
.note { position: fixed; z-index: 2147483000; inset-inline-end: 16px; bottom: 96px; max-width: 340px; box-sizing: border-box;
  display: flex; gap: 8px; align-items: flex-start; padding: 8px 10px 8px 12px; border-radius: 10px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #0b1f3a; background: #eef4fb;
  border: 1px solid #9db7d8; box-shadow: 0 4px 14px rgb(0 0 0 / .12); }
.title { display: block; font-weight: 700; color: #004682; }
:host(.inline) .note { position: static; max-width: none; margin: 8px 0; box-shadow: none; }
button { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; color: #0b1f3a; }
button:focus-visible { outline: 3px solid #b45309; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .note { background: #13243a; color: #e6edf6; border-color: #34557f; }
  .title { color: #8cc4ff; } button { color: #e6edf6; }
}
`;

/**
 * The principle-3 reminder ("Dubbelcheck de antwoorden"): a small note that comes with the answer
 * after the first message sent on a page. It never takes focus, never covers the composer's send
 * button, and goes away with one click for the rest of the day. Off when the pack says so.
 */
export function startP3Reminder(win: Window, options: ReminderOptions): void {
  // One per tab: frames (ads, embeds) get none.
  if (win.top !== win) return;
  let shown = false;
  const today = () => new Date().toISOString().slice(0, 10);

  const maybeShow = async () => {
    if (shown) return;
    shown = true;
    if (!reminderWanted(options.pack(), await dismissedOn(), today())) return;
    setTimeout(() => show(win, options, () => dismiss(today())), options.delay ?? 1500);
  };

  // "Sent": Enter in a text field or editor, a form submit, or a click on the site's send button.
  win.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    const target = e.composedPath()[0];
    if (target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable)) void maybeShow();
  }, true);
  win.addEventListener('submit', () => void maybeShow(), true);
  win.addEventListener('click', (e) => {
    const sends = (options.pack().sites ?? []).filter((s) => s.hosts.includes(win.location.hostname)).flatMap((s) => s.send);
    const target = e.target instanceof Element ? e.target : undefined;
    if (target && sends.some((sel) => matchesClosest(target, sel))) void maybeShow();
  }, true);
}

function matchesClosest(el: Element, selector: string): boolean {
  try {
    return el.closest(selector) !== null;
  } catch {
    return false;
  }
}

function show(win: Window, options: ReminderOptions, onDismiss: () => void): void {
  const doc = win.document;
  const rule = options.pack().rules[RULE]?.[uiLang()];
  if (!rule) return;
  const host = doc.createElement(REMINDER_TAG);
  // Open: the note carries nothing secret, and tests and assistive tech read it like any element.
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const note = doc.createElement('div');
  note.className = 'note';
  note.setAttribute('role', 'note');
  note.setAttribute('aria-label', i18n.t('reminder.label'));
  note.lang = uiLang();
  const text = doc.createElement('div');
  const title = doc.createElement('span');
  title.className = 'title';
  title.textContent = rule.title;
  text.append(title, rule.text);
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', i18n.t('reminder.close'));
  close.addEventListener('click', () => {
    host.remove();
    onDismiss();
  });
  note.append(text, close);
  root.append(style, note);
  const anchor = options.after?.();
  if (anchor) {
    host.classList.add('inline');
    anchor.after(host);
  } else {
    doc.documentElement.append(host);
  }
}
