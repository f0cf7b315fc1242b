import { TextSelection } from 'prosemirror-state';
import type { Composer } from './composer';
import type { ScenarioPaste } from './scenarios';

/**
 * Puts a scenario on the clipboard and pastes it into the composer, the way a trainer would with
 * Ctrl+V. A script cannot press Ctrl+V, so the paste is a dispatched ClipboardEvent: it takes the
 * very path a real paste takes (the guard's capture listener on `window`, then the editor). The
 * clipboard holds the same text or picture afterwards, so Ctrl+V shows it once more.
 */
export async function pasteScenario(paste: ScenarioPaste, composer: Composer): Promise<void> {
  const data = new DataTransfer();
  let item: ClipboardItem;
  if (paste.kind === 'text') {
    data.setData('text/plain', paste.text);
    item = new ClipboardItem({ 'text/plain': new Blob([paste.text], { type: 'text/plain' }) });
  } else {
    const blob = await (await fetch(paste.url)).blob();
    data.items.add(new File([blob], paste.fileName, { type: blob.type || 'image/png' }));
    item = new ClipboardItem({ [blob.type || 'image/png']: blob });
  }
  // The clipboard may refuse (no focus, no permission): the paste below does not depend on it.
  await navigator.clipboard.write([item]).catch(() => undefined);

  const { view } = composer;
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.atEnd(view.state.doc)));
  const text = paste.kind === 'text' ? paste.text : '';
  // Firefox ignores `clipboardData` in the constructor and reads `dataType`/`data` instead.
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true };
  const anchor = view.domAtPos(view.state.selection.from).node;
  const target = anchor instanceof Element ? anchor : (anchor.parentElement ?? view.dom);
  target.dispatchEvent(new ClipboardEvent('paste', init as ClipboardEventInit));
}
