/**
 * A tiny element builder for the extension pages (popup, options, playground, oefenchat). Why not a
 * framework: the pages are small and static, and every kilobyte of a UI library would also have to
 * be reviewed for what it does with page text.
 *
 * `props` are element properties (`className`, `type`, `htmlFor`…); keys with a dash (`data-…`,
 * `aria-…`) and `role` become attributes.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (key.includes('-') || key === 'role') node.setAttribute(key, String(value));
    else (node as unknown as Record<string, unknown>)[key] = value;
  }
  node.append(...children);
  return node;
}
