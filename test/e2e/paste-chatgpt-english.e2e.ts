import { expect, test } from './fixtures';

// chrome.i18n follows the browser's UI language: this whole file runs in an English Chromium.
test.use({ lang: 'en' });

test('the dialog speaks English and cites the rule in English', async ({ openChat }) => {
  const chat = await openChat('https://chatgpt.com/');
  await chat.paste('Aangever Daan Visser, BSN 111222333, verklaarde dat zijn fiets is gestolen.');
  const { name } = await chat.dialog.waitOpen();
  expect(name).toContain('This must not go into a chatbot');
  const text = await chat.dialog.text();
  expect(text).toContain('Never enter personal data of yourself, colleagues or citizens');
  expect(text).toContain('Go back');
});
