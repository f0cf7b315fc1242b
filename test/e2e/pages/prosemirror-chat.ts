// An imitation of ChatGPT's composer built from the real ProseMirror packages: a contenteditable
// #prompt-textarea inside a form with a send button, as on chatgpt.com. The page exposes its
// editor state read-only on `window.composer` so tests can compare documents exactly.
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { expose, mountWhenReady, recordFiles, recordSend, wireUpload } from './shared/site';

mountWhenReady(() => {
  const button = document.querySelector<HTMLButtonElement>('#composer-submit-button')!;
  const view: EditorView = new EditorView(document.querySelector('#composer')!, {
    state: EditorState.create({
      schema,
      plugins: [
        history(),
        keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, Enter: () => (send(), true), 'Shift-Enter': splitBlock }),
        keymap(baseKeymap),
      ],
    }),
    attributes: { id: 'prompt-textarea', class: 'ProseMirror', 'aria-label': 'Message ChatGPT' },
    // ChatGPT attaches pasted and dropped files instead of putting them in the text.
    handlePaste: (_view, event) => recordFiles(event.clipboardData?.files),
    handleDrop: (_view, event) => recordFiles((event as DragEvent).dataTransfer?.files),
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      button.disabled = !text().trim();
    },
  });

  function text(): string {
    return view.state.doc.textBetween(0, view.state.doc.content.size, '\n');
  }

  function send(): void {
    if (!text().trim()) return;
    recordSend(text());
    view.dispatch(view.state.tr.delete(0, view.state.doc.content.size));
  }

  document.querySelector('form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  wireUpload(document.querySelector('input[type="file"]')!);

  expose({
    text,
    canSend: () => !button.disabled,
    json: () => JSON.stringify(view.state.doc.toJSON()),
    html: () => view.dom.innerHTML,
  });
});
