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

/** Selects part of a composer (a DOM range, or offsets in a text field) so an insertion replaces it. */
export function select(composer: Composer, where: Range | { start: number; end: number }): void {
  composer.focus({ preventScroll: true });
  if (!(where instanceof Range)) {
    if (isTextField(composer)) composer.setSelectionRange(where.start, where.end);
    return;
  }
  const selection = composer.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(where);
}

/** Where a drop landed: the caret position under the pointer, when it is inside the composer. */
export function dropPoint(composer: Composer, x: number, y: number): SavedSelection | undefined {
  if (isTextField(composer)) return undefined;
  const doc = composer.ownerDocument as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  let range: Range | undefined;
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    if (pos) {
      range = doc.createRange();
      range.setStart(pos.offsetNode, pos.offset);
    }
  } else {
    range = doc.caretRangeFromPoint?.(x, y) ?? undefined;
  }
  if (!range || !composer.contains(range.startContainer)) return undefined;
  range.collapse(true);
  return { kind: 'range', range };
}
