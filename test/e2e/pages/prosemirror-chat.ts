// An imitation of ChatGPT's composer built from the real ProseMirror packages: a contenteditable
// #prompt-textarea inside a form with a send button, as on chatgpt.com. The page exposes its
// editor state read-only on `window.composer` so tests can compare documents exactly.
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const sent: string[] = [];
const view = new EditorView(document.querySelector('#composer')!, {
  state: EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, Enter: () => (send(), true), 'Shift-Enter': splitBlock }),
      keymap(baseKeymap),
    ],
  }),
  attributes: { id: 'prompt-textarea', class: 'ProseMirror', 'aria-label': 'Message ChatGPT' },
});

function text(): string {
  return view.state.doc.textBetween(0, view.state.doc.content.size, '\n');
}

function send(): void {
  if (!text().trim()) return;
  sent.push(text());
  view.dispatch(view.state.tr.delete(0, view.state.doc.content.size));
}

document.querySelector('form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  send();
});

Object.assign(window, {
  composer: {
    text,
    json: () => JSON.stringify(view.state.doc.toJSON()),
    html: () => view.dom.innerHTML,
    sent: () => [...sent],
  },
});
