/** Tag of the note shown under a login field that holds a work address. */
export const ACCOUNT_WARNING_TAG = 'plakwacht-account-warning';

const CSS = `
:host { all: initial; }
.note { position: fixed; z-index: 2147483646; box-sizing: border-box; max-width: min(420px, calc(100vw - 16px));
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #5c1008; background: #fff4f2;
  border: 2px solid #b42318; border-radius: 8px; padding: 8px 12px; box-shadow: 0 6px 20px rgb(0 0 0 / .18);
  pointer-events: none; }
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
  const win = doc.defaultView!;
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

  // Beside the field where there is room, else above it: never over the field or the button that
  // sends the form (usually below). It lets clicks through all the same.
  const place = () => {
    const box = field.getBoundingClientRect();
    const width = Math.min(420, win.innerWidth - 16);
    note.style.maxWidth = `${width}px`;
    if (win.innerWidth - box.right >= 280) {
      note.style.left = `${box.right + 10}px`;
      note.style.top = `${Math.max(8, box.top)}px`;
      note.style.maxWidth = `${Math.min(420, win.innerWidth - box.right - 18)}px`;
    } else {
      note.style.left = `${Math.max(8, Math.min(box.left, win.innerWidth - width - 8))}px`;
      note.style.top = `${Math.max(8, box.top - note.offsetHeight - 6)}px`;
    }
  };
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
