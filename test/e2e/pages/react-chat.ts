// An imitation of Copilot's composer: a React 19 controlled textarea#userInput. React keeps the
// value in state; text only "lands" when React's onChange saw it, and the submit button follows
// the state. Enter sends from onKeyDown (not while composing), Shift+Enter is a new line.
import { createElement as h, useRef, useState, type ClipboardEvent, type DragEvent, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { expose, mountWhenReady, recordFiles, recordSend } from './shared/site';

let latest = '';

function Composer() {
  const [value, setValue] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  latest = value;
  const send = () => {
    if (!value.trim()) return;
    recordSend(value);
    flushSync(() => setValue(''));
  };
  return h(
    'form',
    {
      onSubmit: (e: Event) => {
        e.preventDefault();
        send();
      },
      onDrop: (e: DragEvent) => {
        if (e.dataTransfer.files.length) {
          e.preventDefault();
          recordFiles(e.dataTransfer.files);
        }
      },
    },
    h('textarea', {
      id: 'userInput',
      ref,
      placeholder: 'Message Copilot',
      value,
      onChange: (e: { target: HTMLTextAreaElement }) => setValue(e.target.value),
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          send();
        }
      },
      onPaste: (e: ClipboardEvent) => {
        if (e.clipboardData.files.length) {
          e.preventDefault();
          recordFiles(e.clipboardData.files);
        }
      },
    }),
    h('input', { type: 'file', multiple: true, hidden: true, onChange: (e: { target: HTMLInputElement }) => recordFiles(e.target.files) }),
    h('button', { type: 'button', 'data-testid': 'submit-button', title: 'Submit message', disabled: !value.trim(), onClick: send }, 'Send'),
  );
}

mountWhenReady(() => {
  flushSync(() => createRoot(document.querySelector('#root')!).render(h(Composer)));
  expose({ text: () => latest, canSend: () => !document.querySelector<HTMLButtonElement>('button[data-testid="submit-button"]')!.disabled });
});
