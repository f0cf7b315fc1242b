// Styles live inside the closed shadow root: the page's CSS cannot reach in, ours cannot leak out.
export const DIALOG_CSS = `
:host { all: initial; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: center; justify-content: center;
  background: rgb(0 16 40 / 0.55);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #111827;
}
.dialog {
  box-sizing: border-box; width: min(560px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  background: #fff; border-radius: 12px; box-shadow: 0 20px 60px rgb(0 0 0 / 0.35);
  border-top: 8px solid #b42318; padding: 20px 24px;
}
.dialog.warn { border-top-color: #b54708; }
h2 { font-size: 20px; line-height: 1.3; margin: 0 0 8px; color: #7a1a12; display: flex; gap: 10px; align-items: center; }
.warn h2 { color: #7a3a06; }
.badge { font-size: 12px; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: #fff;
  background: #b42318; border-radius: 4px; padding: 2px 6px; }
.warn .badge { background: #b54708; }
p { margin: 8px 0; }
ul.findings { list-style: none; padding: 0; margin: 8px 0 12px; display: grid; gap: 4px; }
ul.findings li { display: flex; gap: 10px; align-items: baseline; background: #f3f4f6; border-radius: 6px; padding: 6px 10px; }
.label { font-weight: 600; min-width: 10em; }
.value { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.more { color: #4b5563; }
h3 { font-size: 14px; margin: 14px 0 6px; color: #004682; text-transform: uppercase; letter-spacing: .03em; }
blockquote { margin: 0 0 6px; padding: 6px 12px; font-size: 14px; border-left: 4px solid #004682; background: #eef4fb; border-radius: 0 6px 6px 0; }
.rule-id { font-weight: 700; color: #004682; margin-right: 6px; }
.rule-title { display: block; font-size: 12px; color: #374151; }
.note { font-size: 13px; color: #374151; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 16px; }
button {
  font: inherit; font-weight: 600; cursor: pointer; border-radius: 8px; padding: 8px 16px;
  border: 2px solid #004682; background: #fff; color: #004682;
}
button[data-action="cancel"] { background: #004682; color: #fff; }
button[data-action="proceed"] { border-color: #6b7280; color: #374151; }
.reason { margin-top: 12px; }
.reason label { display: block; font-weight: 600; margin-bottom: 4px; }
.reason input { box-sizing: border-box; width: 100%; font: inherit; padding: 6px 10px; border: 2px solid #6b7280; border-radius: 8px; background: #fff; color: #111827; }
.reason input:focus-visible { outline: 3px solid #f59e0b; outline-offset: 1px; }
button:disabled { cursor: not-allowed; opacity: .55; }
button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .dialog { background: #111827; color: #f3f4f6; }
  ul.findings li { background: #1f2937; }
  blockquote { background: #0b2540; }
  .rule-title, .note, .more { color: #d1d5db; }
  h2 { color: #fca5a5; } .warn h2 { color: #fcd34d; }
  h3, .rule-id { color: #93c5fd; } blockquote { border-left-color: #93c5fd; }
  button { background: #111827; color: #93c5fd; border-color: #93c5fd; }
  button[data-action="cancel"] { background: #93c5fd; color: #0b1220; }
  .reason input { background: #1f2937; color: #f3f4f6; border-color: #9ca3af; }
}
@media (prefers-reduced-motion: no-preference) { .dialog { animation: pop .12s ease-out; } }
@keyframes pop { from { transform: scale(.97); opacity: .6; } }
`;
