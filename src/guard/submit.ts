import { DIALOG_TAG } from '../dialog/dialog';
import type { SiteProfile } from '../pack/schema';
import { closestOf, queryFirst } from '../sites/profiles';
import { composerOf, editingHost, fromDialog, readComposer, type Composer } from './composer';
import type { Gate } from './gate';
import type { Anonymise } from './paste';
import { redactComposer } from './redaction';
import { resend, type Way } from './resend';
import { restoreSelection, saveSelection } from './selection';
import { isOwnEvent } from './insert';

// Buttons that look like "send" on a site whose profile does not know them (a redesign, an
// unlisted chatbot): by role and accessible wording, in the languages these sites ship.
const SEND_WORDS = /\b(send|submit|verstuur|versturen|verzend|verzenden|senden|envoyer|enviar|run)\b/i;

export interface SubmitHookOptions {
  /** The site profile in force for this page, read at every event (packs update; SPAs navigate). */
  profile(): SiteProfile | undefined;
  /** The placeholder for one finding, as "anonymise" writes it. */
  placeholder(text: string, finding: Parameters<Anonymise>[1]['findings'][number]): string;
}

/**
 * Typed text on its way out: Enter (not Shift+Enter, not while an IME composes), Ctrl/Cmd+Enter,
 * a click on the send button, a form submit, and `beforeinput` insertParagraph from keyboards
 * that send no Enter keydown. The whole composer is checked; "proceed" sends it exactly once.
 */
export function installSubmitHook(win: Window, gate: Gate, options: SubmitHookOptions): (root: EventTarget) => void {
  let lastComposer: Composer | undefined;
  /** The message the user just let through: the page's own follow-up events for it pass. */
  let approved: { composer: Composer; text: string; until: number } | undefined;
  /** An Enter keydown in this task already decided; its beforeinput is not a second submit. */
  let enterDecided = false;

  win.addEventListener('focusin', (e) => (lastComposer = composerOf(e) ?? lastComposer), true);

  const check = (composer: Composer, way: Way): boolean => {
    const { text } = readComposer(composer);
    if (!text.trim()) return false;
    if (approved && approved.composer === composer && approved.text === text && win.performance.now() < approved.until) return false;
    const selection = saveSelection(composer);
    return gate.offer({
      source: 'submit',
      text,
      release: () => send(),
      act: async (choice, outcome) => {
        restoreSelection(composer, selection);
        if (choice === 'proceed') return send();
        if (choice === 'redact' && outcome.text) {
          // The anonymised message stays in the composer for the user to read and send.
          await redactComposer(composer, text, outcome.text.decision, (f) => options.placeholder(text, f));
        }
      },
    });

    function send() {
      approved = { composer, text: readComposer(composer).text, until: win.performance.now() + 2_000 };
      resend(win, way, composer);
    }
  };

  const composerFor = (el: Element): Composer | undefined => {
    const profile = options.profile();
    const form = el.closest('form');
    const candidates = [
      profile && queryFirst(win.document, profile.composer),
      form && queryFirst(form, ['textarea', '[contenteditable="true"]', 'input[type="text"]', 'input:not([type])']),
      lastComposer?.isConnected ? lastComposer : undefined,
    ];
    const composers = candidates.flatMap((c) => (c && editingHost(c)) || []);
    return composers.find((c) => readComposer(c).text.trim()) ?? composers[0];
  };

  const sendButtonOf = (event: Event): Element | undefined => {
    const el = event.composedPath()[0];
    if (!(el instanceof Element)) return undefined;
    const profile = options.profile();
    const listed = profile && closestOf(el, profile.send);
    if (listed) return listed;
    const button = el.closest('button, [role="button"], input[type="submit"]');
    if (!button || (button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true') return undefined;
    if ((button as HTMLButtonElement).type === 'submit' && button.closest('form')) return button;
    const words = ['aria-label', 'title', 'data-testid', 'name'].map((a) => button.getAttribute(a) ?? '').join(' ');
    return SEND_WORDS.test(words.replace(/[-_]/g, ' ')) ? button : undefined;
  };

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  win.addEventListener(
    'keydown',
    (event) => {
      if (isOwnEvent(event) || event.key !== 'Enter' || fromDialog(event, DIALOG_TAG)) return;
      // An IME uses Enter to accept a composition; Shift+Enter is a new line; neither is a submit.
      if (event.isComposing || event.keyCode === 229 || event.shiftKey || event.altKey) return;
      const composer = composerOf(event);
      const target = event.composedPath()[0];
      const button = !composer && sendButtonOf(event);
      const on = composer ?? (button ? composerFor(button) : undefined);
      if (!on || !(target instanceof Element)) return;
      enterDecided = true;
      win.setTimeout(() => (enterDecided = false), 0);
      const way: Way = button
        ? { kind: 'click', target: button }
        : { kind: 'key', target, init: { key: event.key, code: event.code, keyCode: 13, which: 13, ctrlKey: event.ctrlKey, metaKey: event.metaKey } };
      if (check(on, way)) stop(event);
    },
    true,
  );

  win.addEventListener(
    'beforeinput',
    (event) => {
      if (isOwnEvent(event) || event.inputType !== 'insertParagraph' || event.isComposing || enterDecided) return;
      const composer = composerOf(event);
      const target = event.composedPath()[0];
      if (!composer || !(target instanceof Element)) return;
      if (check(composer, { kind: 'paragraph', target })) stop(event);
    },
    true,
  );

  win.addEventListener(
    'click',
    (event) => {
      if (isOwnEvent(event) || fromDialog(event, DIALOG_TAG)) return;
      const button = sendButtonOf(event);
      const composer = button && composerFor(button);
      if (button && composer && check(composer, { kind: 'click', target: button })) stop(event);
    },
    true,
  );

  const onSubmit = (event: Event) => {
    if (isOwnEvent(event)) return;
    const form = event.composedPath()[0];
    if (!(form instanceof HTMLFormElement)) return;
    const composer = composerFor((event as SubmitEvent).submitter ?? form);
    if (!composer || !form.contains(composer)) return;
    const submitter = (event as SubmitEvent).submitter;
    if (check(composer, { kind: 'submit', target: form, submitter })) stop(event);
  };
  // `submit` does not leave a shadow root: the caller also watches each open shadow root it meets.
  const watch = (root: EventTarget) => root.addEventListener('submit', onSubmit, true);
  watch(win);
  return watch;
}
