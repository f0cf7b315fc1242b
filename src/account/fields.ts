import type { RulePack } from '../pack/schema';

/** Any field on a chatbot host that takes an e-mail address, whatever the site profile says. */
const ANY_EMAIL_FIELD = 'input[type="email"], input[autocomplete~="email"], input[autocomplete~="username"], input[name*="email" i], input[id*="email" i]';

/**
 * The selector for login and sign-up e-mail fields on this host: the pack's site profile's
 * `login` selectors (kept up to date by the security team), plus every e-mail field.
 */
export function loginFieldSelector(pack: RulePack, hostname: string): string {
  const fromPack = (pack.sites ?? []).filter((s) => s.hosts.includes(hostname)).flatMap((s) => s.login ?? []);
  return [...fromPack, ANY_EMAIL_FIELD].join(', ');
}

/** The login field an event concerns, if any (open shadow roots are crossed through composedPath()). */
export function loginFieldOf(event: Event, selector: string): HTMLInputElement | undefined {
  for (const target of event.composedPath()) {
    if (target instanceof HTMLInputElement && safeMatches(target, selector)) return target;
  }
  return undefined;
}

/** A bad selector in a pack must not break the page or the other selectors. */
function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return selector.split(',').some((one) => {
      try {
        return el.matches(one);
      } catch {
        return false;
      }
    });
  }
}

/** Login fields in a form (or, without a form, in the document) that hold a value. */
export function loginFieldsIn(scope: ParentNode, selector: string): HTMLInputElement[] {
  let fields: HTMLInputElement[];
  try {
    fields = [...scope.querySelectorAll<HTMLInputElement>(selector)];
  } catch {
    fields = [...scope.querySelectorAll<HTMLInputElement>(ANY_EMAIL_FIELD)];
  }
  return fields.filter((f) => f.value);
}
