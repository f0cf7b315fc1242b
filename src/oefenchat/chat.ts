import { createComposer } from './composer';

export interface ChatStrings {
  placeholder: string;
  send: string;
  you: string;
  bot: string;
  answer: string;
}

/**
 * The offline imitation chatbot: a message list, a composer and a send button. It answers with a
 * canned text and never touches the network.
 */
export function mountChat(root: HTMLElement, strings: ChatStrings): void {
  const log = root.querySelector<HTMLElement>('[data-chat-log]')!;
  const form = root.querySelector<HTMLFormElement>('[data-chat-form]')!;
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  button.textContent = strings.send;
  button.dataset.testid = 'send-button';

  const post = (who: 'user' | 'bot', text: string) => {
    const item = document.createElement('li');
    item.className = `message ${who}`;
    const name = document.createElement('strong');
    name.textContent = who === 'user' ? strings.you : strings.bot;
    const body = document.createElement('p');
    body.textContent = text;
    item.append(name, body);
    log.append(item);
    item.scrollIntoView({ block: 'end' });
  };

  const send = () => {
    const text = composer.text().trim();
    if (!text) return;
    post('user', text);
    composer.clear();
    setTimeout(() => post('bot', strings.answer), 400);
  };
  const composer = createComposer(form.querySelector<HTMLElement>('[data-composer]')!, strings.placeholder, send);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  composer.view.focus();
}
