// Composers the guard cannot see from the outside by selector: one inside an open shadow root
// (a web component, as design systems ship them), one inside a same-site iframe (an embedded
// assistant). Each records what it received on its own frame's `window.composer`.
import { expose, recordFiles, recordSend } from './shared/site';

function mountComposer(root: ParentNode & Node, host: Document | ShadowRoot): void {
  const form = document.createElement('form');
  form.innerHTML = `
    <textarea class="GrowingTextArea_textArea__x" placeholder="Message" rows="3" style="width: 100%"></textarea>
    <input type="file" multiple hidden />
    <button type="submit" data-button-send="true">Send</button>`;
  root.appendChild(form);
  const input = form.querySelector('textarea')!;
  const file = form.querySelector<HTMLInputElement>('input[type="file"]')!;
  const send = () => {
    if (!input.value.trim()) return;
    recordSend(input.value);
    input.value = '';
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  // `change` does not leave the shadow root: the site listens inside it, as components do.
  file.addEventListener('change', () => recordFiles(file.files));
  expose({ text: () => input.value, canSend: () => !!input.value.trim() });
  void host;
}

if (window.top !== window) {
  document.body.replaceChildren();
  mountComposer(document.body, document);
} else {
  customElements.define(
    'chat-box',
    class extends HTMLElement {
      connectedCallback() {
        const shadow = this.attachShadow({ mode: 'open' });
        mountComposer(shadow, shadow);
      }
    },
  );
  document.querySelector('iframe')!.src = '/frame';
}
