import type { RulePack } from './schema';

/** The local date as YYYY-MM-DD, as packs write `issued` and `expires`. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a pack is past its expiry date. On the expiry date itself it still holds. */
export function isExpired(pack: Pick<RulePack, 'expires'>, today: string): boolean {
  return !!pack.expires && pack.expires < today;
}
