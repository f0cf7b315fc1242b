// An imitation of a chatbot's login form (ChatGPT's "Welcome back": an e-mail field and Continue).
// The page records what it would have sent on `window.login.sent()`.
const sent: string[] = [];
const form = document.querySelector('form')!;
const input = document.querySelector<HTMLInputElement>('#email-input')!;
form.addEventListener('submit', (e) => {
  e.preventDefault();
  sent.push(input.value);
  document.querySelector('#result')!.textContent = `Sent: ${input.value}`;
});
Object.assign(window, { login: { sent: () => [...sent] } });
