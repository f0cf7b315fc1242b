// An imitation of Grok's composer: a real Tiptap 3 editor (StarterKit, on ProseMirror) in a form
// whose submit button sends; Enter sends through a Tiptap keyboard shortcut, Shift+Enter breaks the line.
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { expose, mountWhenReady, recordFiles, recordSend, wireUpload } from './shared/site';

mountWhenReady(() => {
  const button = document.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const SendOnEnter = Extension.create({
    name: 'sendOnEnter',
    addKeyboardShortcuts() {
      return { Enter: () => (send(), true) };
    },
  });
  const editor = new Editor({
    element: document.querySelector<HTMLElement>('#composer')!,
    extensions: [StarterKit, SendOnEnter],
    editorProps: {
      attributes: { 'aria-label': 'Ask Grok anything', translate: 'no' },
      handlePaste: (_view, event) => recordFiles(event.clipboardData?.files),
      handleDrop: (_view, event) => recordFiles((event as DragEvent).dataTransfer?.files),
    },
    onUpdate: () => (button.disabled = !text().trim()),
  });

  function text(): string {
    return editor.getText({ blockSeparator: '\n' });
  }

  function send(): void {
    if (!text().trim()) return;
    recordSend(text());
    editor.commands.clearContent(true);
  }

  document.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  wireUpload(document.querySelector('input[type="file"]')!);
  expose({ text, canSend: () => !button.disabled, json: () => JSON.stringify(editor.getJSON()), html: () => editor.getHTML() });
});
