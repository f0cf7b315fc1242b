import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { Schema } from 'prosemirror-model';
import { schema as basic } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

// The oefenchat's composer is a real ProseMirror editor, like ChatGPT's #prompt-textarea, so the
// guard meets in class exactly what it meets on chatgpt.com.
const schema = new Schema({ nodes: basic.spec.nodes.remove('image'), marks: basic.spec.marks });

export interface Composer {
  view: EditorView;
  text(): string;
  clear(): void;
}

/** The image files in a paste or drop, as a chatbot's composer takes them (attachments). */
function imagesIn(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((f) => f.type.startsWith('image/'));
}

export function createComposer(
  mount: HTMLElement,
  placeholder: string,
  onSend: () => void,
  onImages: (files: File[]) => void = () => undefined,
): Composer {
  const send = () => {
    onSend();
    return true;
  };
  const view = new EditorView(mount, {
    state: EditorState.create({
      schema,
      plugins: [
        history(),
        keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo, Enter: send, 'Shift-Enter': splitBlock }),
        keymap(baseKeymap),
      ],
    }),
    // Like ChatGPT, a pasted or dropped picture becomes an attachment next to the text.
    handlePaste: (_view, event) => {
      const images = imagesIn(event.clipboardData);
      if (!images.length) return false;
      onImages(images);
      return true;
    },
    handleDrop: (_view, event) => {
      const images = imagesIn(event.dataTransfer);
      if (!images.length) return false;
      event.preventDefault();
      onImages(images);
      return true;
    },
    attributes: {
      id: 'prompt-textarea',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': placeholder,
      'data-placeholder': placeholder,
      class: 'composer',
    },
  });
  return {
    view,
    text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
    clear: () => view.dispatch(view.state.tr.delete(0, view.state.doc.content.size)),
  };
}
