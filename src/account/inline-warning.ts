/** Tag of the note shown under a login field that holds a work address. */
export const ACCOUNT_WARNING_TAG = 'plakwacht-account-warning';

const CSS = `
:host { all: initial; }
.note { position: fixed; z-index: 2147483646; box-sizing: border-box; max-width: min(420px, calc(100vw - 16px));
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #5c1008; background: #fff4f2;
  border: 2px solid #b42318; border-radius: 8px; padding: 8px 12px; box-shadow: 0 6px 20px rgb(0 0 0 / .18); }
.badge { font-weight: 700; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #fff; background: #b42318;
  border-radius: 4px; padding: 1px 6px; margin-inline-end: 6px; }
.rules { display: block; margin-top: 4px; font-size: 13px; color: #3b0d07; }
[hidden] { display: none; }
`;

/**
 * A note under the field, outside the page's own DOM tree (appended to <html>, placed by the field's
 * box), so a React form never finds a stranger among its children. The shadow root is open: the
 * note holds nothing the page does not already have (the field's own value is not in it).
 */
export function showInlineWarning(field: HTMLInputElement, content: () => { text: string; rules: string }): { update(on: boolean): void } {
  const doc = field.ownerDocument;
  const host = doc.createElement(ACCOUNT_WARNING_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const note = doc.createElement('div');
  note.className = 'note';
  // role=alert: a screen reader says it as soon as it appears, while the user is still typing.
  note.setAttribute('role', 'alert');
  note.hidden = true;
  root.append(style, note);

  const place = () => {
    const box = field.getBoundingClientRect();
    note.style.left = `${Math.max(8, box.left)}px`;
    note.style.top = `${box.bottom + 6}px`;
  };
  const win = doc.defaultView!;
  return {
    update(on) {
      if (on === !note.hidden) return place();
      if (on) {
        const { text, rules } = content();
        const badge = doc.createElement('span');
        badge.className = 'badge';
        badge.textContent = 'Plakwacht';
        const small = doc.createElement('span');
        small.className = 'rules';
        small.textContent = rules;
        note.replaceChildren(badge, text, small);
        if (!host.isConnected) doc.documentElement.append(host);
        note.hidden = false;
        place();
        win.addEventListener('scroll', place, true);
        win.addEventListener('resize', place);
      } else {
        note.hidden = true;
        win.removeEventListener('scroll', place, true);
        win.removeEventListener('resize', place);
      }
    },
  };
}
