// An imitation of DeepSeek's composer: a plain textarea#chat-input with vanilla listeners, and a
// send control that is a div[role=button] (aria-disabled follows the text), as on chat.deepseek.com.
// With `?newline` it behaves like sites where Enter is a new line and Ctrl+Enter sends.
import { expose, mountWhenReady, recordFiles, recordSend, wireUpload } from './shared/site';

mountWhenReady(() => {
  const input = document.querySelector<HTMLTextAreaElement>('#chat-input')!;
  const button = document.querySelector<HTMLElement>('[role="button"]')!;
  const update = () => button.setAttribute('aria-disabled', String(!input.value.trim()));
  const send = () => {
    if (!input.value.trim()) return;
    recordSend(input.value);
    input.value = '';
    update();
  };
  input.addEventListener('input', update);
  const enterSends = !location.search.includes('newline');
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && (enterSends || e.ctrlKey)) {
      e.preventDefault();
      send();
    }
  });
  input.addEventListener('paste', (e) => {
    if (e.clipboardData?.files.length) {
      e.preventDefault();
      recordFiles(e.clipboardData.files);
    }
  });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    if (e.dataTransfer?.files.length) {
      e.preventDefault();
      recordFiles(e.dataTransfer.files);
    }
  });
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') === 'false') send();
  });
  wireUpload(document.querySelector('input[type="file"]')!);
  expose({ text: () => input.value, canSend: () => button.getAttribute('aria-disabled') === 'false' });
});
