// The RDW's sidecodes: the order of letter (X) and digit (9) groups on a Dutch licence plate.
// 1–3 are from 1951–1978 and used any letter; from sidecode 4 (1978) on the RDW issues no vowels
// and no C or Q (they look like a 0), and never combinations that read as offensive or political.
export const SIDECODES: readonly string[] = [
  'XX-99-99', // 1
  '99-99-XX', // 2
  '99-XX-99', // 3
  'XX-99-XX', // 4
  'XX-XX-99', // 5
  '99-XX-XX', // 6
  '99-XXX-9', // 7
  '9-XXX-99', // 8
  'XX-999-X', // 9
  'X-999-XX', // 10
  'XXX-99-X', // 11
  'X-99-XXX', // 12
  '9-XX-999', // 13
  '999-XX-9', // 14
];

const BY_SHAPE = new Map(SIDECODES.map((shape, i) => [shape, i + 1]));

/** Letters the RDW issues from sidecode 4 on (W only as trailers' first letter, but it is issued). */
const MODERN_LETTERS = /^[BDFGHJKLMNPRSTVWXZ]+$/;

/** Never issued as (part of) a letter group. */
const BLOCKED = ['GVD', 'KKK', 'KVT', 'LPF', 'NSB', 'PKK', 'PSV', 'TBS', 'PVV', 'SGP', 'VVD', 'FVD', 'BBB', 'SS', 'SD'];

/** The sidecode of groups like ["DS", "03", "DZ"], or 0 when no sidecode has that shape. */
export function sidecodeOf(groups: readonly string[]): number {
  const shape = groups.map((g) => (/^\d+$/.test(g) ? '9'.repeat(g.length) : /^[A-Z]+$/.test(g) ? 'X'.repeat(g.length) : '?')).join('-');
  return BY_SHAPE.get(shape) ?? 0;
}

/** "DS03DZ" → "XX99XX": capitals as X, digits as 9, anything else as it is. */
function compactShape(compact: string): string {
  let shape = '';
  for (let i = 0; i < compact.length; i++) {
    const c = compact.charCodeAt(i);
    shape += c >= 65 && c <= 90 ? 'X' : c >= 48 && c <= 57 ? '9' : compact[i];
  }
  return shape;
}

const BY_COMPACT_SHAPE = new Map(SIDECODES.map((shape, i) => [shape.replace(/-/g, ''), shape]));

/**
 * Splits an undashed plate ("5DNL10", "RV987L") into the groups of the one sidecode with that
 * order of letters and digits (no two sidecodes share one), or returns undefined.
 */
export function groupsOf(compact: string): string[] | undefined {
  const shape = BY_COMPACT_SHAPE.get(compactShape(compact));
  if (!shape) return undefined;
  const groups: string[] = [];
  let at = 0;
  for (const part of shape.split('-')) {
    groups.push(compact.slice(at, at + part.length));
    at += part.length;
  }
  return groups;
}

/** Whether the letters could be on a plate of this sidecode (RDW letter rules). */
export function lettersAllowed(groups: readonly string[], sidecode: number): boolean {
  const letterGroups = groups.filter((g) => /^[A-Z]+$/.test(g));
  if (letterGroups.some((g) => BLOCKED.some((b) => g.includes(b)))) return false;
  if (sidecode <= 3) return true;
  // The royal house drives AA plates; diplomats' plates start with CD.
  const first = letterGroups[0] ?? '';
  if (first === 'AA' || first.startsWith('CD')) return true;
  return letterGroups.every((g) => MODERN_LETTERS.test(g));
}
