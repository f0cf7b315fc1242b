import { h } from '../ui/element';
import { createComposer, type Composer } from './composer';

export interface ChatStrings {
  placeholder: string;
  send: string;
  you: string;
  bot: string;
  /** Closes every answer: this chatbot is not real and sent nothing anywhere. */
  answer: string;
  attachment: string;
  removeAttachment: string;
}

export interface Chat {
  composer: Composer;
  /** The attachments waiting in the composer (pictures pasted or dropped). */
  attachments(): readonly File[];
}

export interface ChatOptions {
  /** A canned answer for this message, if there is one (the scenarios have some). */
  answerFor?: (text: string) => string | undefined;
  /** Told after each message the user sends (the P3 reminder listens). */
  onSent?: () => void;
}

/**
 * The offline imitation chatbot: a message list, a composer and a send button. It answers with a
 * canned text and never touches the network.
 */
export function mountChat(root: HTMLElement, strings: ChatStrings, options: ChatOptions = {}): Chat {
  const log = root.querySelector<HTMLElement>('[data-chat-log]')!;
  const form = root.querySelector<HTMLFormElement>('[data-chat-form]')!;
  const tray = root.querySelector<HTMLElement>('[data-attachments]')!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.textContent = strings.send;
  button.dataset.testid = 'send-button';
  let attachments: File[] = [];

  const post = (who: 'user' | 'bot', text: string, images: readonly File[] = []) => {
    const item = h('li', { className: `message ${who}` }, h('strong', {}, who === 'user' ? strings.you : strings.bot));
    for (const file of images) item.append(h('img', { className: 'attachment-image', src: URL.createObjectURL(file), alt: `${strings.attachment}: ${file.name}` }));
    if (text) item.append(h('p', {}, text));
    log.append(item);
    item.scrollIntoView({ block: 'end' });
  };

  const showAttachments = () => {
    tray.replaceChildren(
      ...attachments.map((file, i) => {
        const remove = h('button', { type: 'button', className: 'remove', 'aria-label': `${strings.removeAttachment}: ${file.name}` }, '×');
        remove.addEventListener('click', () => {
          attachments = attachments.filter((_, j) => j !== i);
          showAttachments();
          composer.view.focus();
        });
        return h('li', { className: 'attachment' }, h('img', { src: URL.createObjectURL(file), alt: '' }), h('span', {}, file.name), remove);
      }),
    );
  };

  const send = () => {
    const text = composer.text().trim();
    if (!text && !attachments.length) return;
    post('user', text, attachments);
    const answer = [options.answerFor?.(text), strings.answer].filter(Boolean).join('\n\n');
    composer.clear();
    attachments = [];
    showAttachments();
    options.onSent?.();
    setTimeout(() => post('bot', answer), 400);
  };
  const composer = createComposer(form.querySelector<HTMLElement>('[data-composer]')!, strings.placeholder, send, (files) => {
    attachments = [...attachments, ...files];
    showAttachments();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  composer.view.focus();
  return { composer, attachments: () => attachments };
}
