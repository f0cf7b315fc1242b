// An imitation of Gemini's composer: a real Quill 2.0.3 editor inside <rich-textarea>, root
// .ql-editor.textarea. Enter sends through a Quill keyboard binding; Shift+Enter is Quill's newline.
// Quill's uploader takes pasted and dropped images; it swallows text drops by itself.
import Quill from 'quill';
import { expose, mountWhenReady, recordFiles, recordSend, wireUpload } from './shared/site';

mountWhenReady(() => {
  const button = document.querySelector<HTMLButtonElement>('button.send-button')!;
  const quill = new Quill('#editor', {
    formats: ['bold', 'italic'],
    modules: {
      // Edits more than 400 ms apart are separate undo steps (Quill's default joins a whole second).
      history: { delay: 400 },
      keyboard: {
        bindings: {
          send: { key: 'Enter', shiftKey: false, handler: () => (send(), false) },
        },
      },
      uploader: { mimetypes: ['image/png', 'image/jpeg'], handler: (_range: unknown, files: File[]) => recordFiles(files) },
    },
  });
  quill.root.classList.add('textarea');
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-label', 'Enter a prompt here');

  // Quill's own text always ends in a newline: the site strips it, as Gemini does.
  const text = () => quill.getText().replace(/\n$/, '');
  quill.on('text-change', () => button.setAttribute('aria-disabled', String(!text().trim())));

  function send(): void {
    if (!text().trim()) return;
    recordSend(text());
    quill.setText('');
  }

  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') !== 'true') send();
  });
  wireUpload(document.querySelector('input[type="file"]')!);
  expose({ text, canSend: () => button.getAttribute('aria-disabled') === 'false', html: () => quill.root.innerHTML });
});
