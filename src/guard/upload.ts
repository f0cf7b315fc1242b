import type { Gate } from './gate';
import { dispatchOwn, isOwnEvent } from './insert';
import type { Anonymise } from './paste';
import { redactedFiles } from './redaction';

/**
 * Files chosen in an upload control. The browser fires `input` then `change` on the file input;
 * both are held back until the files are checked, then replayed (or the choice is undone), so the
 * site never sees a file the user did not let through.
 */
export function installUploadHook(win: Window, gate: Gate, anonymise: Anonymise): (root: EventTarget) => void {
  /** Events held back per file input while its files are checked. */
  const held = new WeakMap<HTMLInputElement, Event[]>();

  const replayHeld = (input: HTMLInputElement) => {
    const events = held.get(input) ?? [];
    held.delete(input);
    for (const e of events) {
      dispatchOwn(input, new Event(e.type, { bubbles: e.bubbles, cancelable: e.cancelable, composed: e.composed }));
    }
  };

  const listener = (event: Event) => {
    if (isOwnEvent(event)) return;
    const input = event.composedPath()[0];
    // Every file input on a chatbot host counts as an upload control, whatever a profile names.
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    const pending = held.get(input);
    if (pending) {
      // The `change` that follows the `input` we are already checking.
      pending.push(event);
      stop(event);
      return;
    }
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    if (gate.busy) {
      // Another check or dialog is under way: this choice is undone, never let through unchecked.
      stop(event);
      input.value = '';
      return;
    }
    held.set(input, [event]);
    const passed = !gate.offer({
      source: 'upload',
      files,
      release: () => replayHeld(input),
      act: (choice, outcome) => {
        if (choice === 'cancel') {
          held.delete(input);
          // The site never saw these files; clearing the control lets the user choose again.
          input.value = '';
          return;
        }
        if (choice === 'redact') input.files = transfer(redactedFiles(outcome, anonymise));
        replayHeld(input);
      },
    });
    if (passed) held.delete(input);
    else stop(event);
  };

  /** Starts watching a root: the window, or an open shadow root (`change` does not leave one). */
  const watch = (root: EventTarget) => {
    root.addEventListener('input', listener, true);
    root.addEventListener('change', listener, true);
  };
  watch(win);
  return watch;
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function transfer(files: readonly File[]): FileList {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  return data.files;
}
