// An imitation of Perplexity's composer: a real Lexical editor (rich text + history) on
// div#ask-input. Enter sends through KEY_ENTER_COMMAND, Shift+Enter inserts a line break (Lexical's
// own handling); the submit button is a plain button, no form. Lexical ignores defaultPrevented.
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  DROP_COMMAND,
  KEY_ENTER_COMMAND,
  PASTE_COMMAND,
} from 'lexical';
import { expose, mountWhenReady, recordFiles, recordSend, wireUpload } from './shared/site';

mountWhenReady(() => {
  const button = document.querySelector<HTMLButtonElement>('button[data-testid="submit-button"]')!;
  const editor = createEditor({ namespace: 'ask', onError: (e) => console.error(e) });
  editor.setRootElement(document.querySelector<HTMLElement>('#ask-input')!);
  let current = '';
  mergeRegister(
    registerRichText(editor),
    registerHistory(editor, createEmptyHistoryState(), 300),
    editor.registerCommand(
      KEY_ENTER_COMMAND,
      (event) => {
        if (event?.shiftKey) return false;
        event?.preventDefault();
        send();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => event instanceof ClipboardEvent && !!event.clipboardData?.files.length && (event.preventDefault(), recordFiles(event.clipboardData.files)),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => !!event.dataTransfer?.files.length && (event.preventDefault(), recordFiles(event.dataTransfer.files)),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerUpdateListener(({ editorState }) => {
      current = editorState.read(() => $getRoot().getTextContent());
      button.disabled = !current.trim();
    }),
  );

  function send(): void {
    if (!current.trim()) return;
    recordSend(current);
    editor.update(() => $getRoot().clear());
  }

  button.addEventListener('click', send);
  wireUpload(document.querySelector('input[type="file"]')!);
  expose({ text: () => current, canSend: () => !button.disabled, html: () => document.querySelector('#ask-input')!.innerHTML });
});
