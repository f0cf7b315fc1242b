import { isTextField, type Composer } from './composer';

/** Where the caret or selection was in a composer, to put it back before re-inserting text. */
export type SavedSelection =
  | { kind: 'field'; start: number; end: number; direction: 'forward' | 'backward' | 'none' }
  | { kind: 'range'; range: Range | undefined };

export function saveSelection(composer: Composer): SavedSelection {
  if (isTextField(composer)) {
    return {
      kind: 'field',
      start: composer.selectionStart ?? composer.value.length,
      end: composer.selectionEnd ?? composer.value.length,
      direction: composer.selectionDirection ?? 'none',
    };
  }
  const selection = composer.ownerDocument.getSelection();
  const range = selection && selection.rangeCount ? selection.getRangeAt(0) : undefined;
  return { kind: 'range', range: range && composer.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined };
}

/** Focuses the composer and puts the selection back where it was when the event happened. */
export function restoreSelection(composer: Composer, saved: SavedSelection): void {
  composer.focus({ preventScroll: true });
  if (saved.kind === 'field') {
    if (isTextField(composer)) composer.setSelectionRange(saved.start, saved.end, saved.direction);
    return;
  }
  // Editors such as Lexical ignore insertions while they have no selection: give them theirs back.
  const selection = composer.ownerDocument.getSelection();
  if (saved.range && selection && saved.range.startContainer.isConnected) {
    selection.removeAllRanges();
    selection.addRange(saved.range);
  }
}
