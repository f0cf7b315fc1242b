import { acceptSignedPack } from './accept';
import { BUILTIN_PACK } from './builtin';
import { parsePackBytes } from './check';
import { isExpired, localDate } from './dates';
import type { PackCheckResult, PackSummary } from './messages';
import type { Refusal } from './refusal';
import { RulePackSchema } from './schema';
import { verifySignedPack } from './signature';
import {
  PackInForceSchema,
  PackUpdateStateSchema,
  packInForceItem,
  packUpdateItem,
  packUrlItem,
  readStored,
  signedPackItem,
  type PackInForce,
  type PackUpdateState,
} from './store';
import type { BuildTrust } from './trust';

// The background's side of rule packs: fetch the signed pack from the update URL (conditionally,
// with ETag / If-Modified-Since), accept it only when acceptSignedPack says so, and keep the last
// good pack otherwise. Imports from the options page go through the same gate.

export interface UpdateDeps {
  trust: BuildTrust;
  fetch: typeof fetch;
  now: () => Date;
}

let queue: Promise<unknown> = Promise.resolve();

/** One check or import at a time: an alarm and a click on "check now" must not race. */
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

export function checkForPack(deps: UpdateDeps): Promise<PackCheckResult> {
  return serialised(async () => {
    const url = (await packUrlItem.getValue()) || deps.trust.updateUrl;
    if (!url) return result('no-url');
    const state = (await readStored(packUpdateItem, PackUpdateStateSchema)) ?? {};
    const headers: Record<string, string> = {};
    const hasPack = (await signedPackItem.getValue()) !== null;
    // Validators only for the URL they came from, and only while there is a pack they describe.
    if (state.url === url && hasPack) {
      if (state.etag) headers['If-None-Match'] = state.etag;
      if (state.lastModified) headers['If-Modified-Since'] = state.lastModified;
    }
    let response: Response;
    let text: string;
    try {
      response = await deps.fetch(url, { headers, cache: 'no-store', credentials: 'omit', redirect: 'follow' });
      text = response.status === 304 ? '' : await response.text();
    } catch (error) {
      return failed(deps, `${url}: ${(error as Error).message || 'network error'}`);
    }
    if (response.status === 304) return noted(deps, 'unchanged');
    if (!response.ok) return failed(deps, `${url}: HTTP ${response.status}`);
    const validators = {
      url,
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
    };
    return apply(text, 'update', deps, validators);
  });
}

export function importPack(text: string, deps: UpdateDeps): Promise<PackCheckResult> {
  return serialised(() => apply(text, 'import', deps));
}

async function apply(
  text: string,
  source: 'update' | 'import',
  deps: UpdateDeps,
  validators?: Pick<PackUpdateState, 'url' | 'etag' | 'lastModified'>,
): Promise<PackCheckResult> {
  const at = deps.now().toISOString();
  const state = (await readStored(packUpdateItem, PackUpdateStateSchema)) ?? {};
  const withValidators = validators ? { ...state, ...validators } : state;
  // The same file again (a server without ETag support) is no news, and no refusal either.
  if (text === (await signedPackItem.getValue())) {
    await packUpdateItem.setValue({ ...withValidators, lastCheck: { at, outcome: 'unchanged' } });
    return result('unchanged');
  }
  const current = await readStored(packInForceItem, PackInForceSchema);
  const accepted = await acceptSignedPack(text, {
    keys: deps.trust.keys,
    newerThan: Math.max(BUILTIN_PACK.version, current?.pack.version ?? 0),
    today: localDate(deps.now()),
  });
  if (!accepted.ok) {
    // Validators are kept for a refused file too: the same bad file is not fetched and checked again.
    await packUpdateItem.setValue({
      ...withValidators,
      lastCheck: { at, outcome: 'refused', detail: accepted.refusal.detail },
      lastRefusal: { ...accepted.refusal, at, source, ...(validators?.url && { url: validators.url }) },
    });
    return result('refused', { refusal: accepted.refusal });
  }
  const inForce: PackInForce = { pack: accepted.pack, keyId: accepted.keyId, appliedAt: at, source };
  await signedPackItem.setValue(text);
  await packInForceItem.setValue(inForce);
  await packUpdateItem.setValue({ ...withValidators, lastCheck: { at, outcome: 'applied' } });
  return result('applied');
}

/**
 * At start (and after an extension update that may have rotated keys): the stored pack stays in
 * force only if its signature still verifies against the keys pinned in this build.
 */
export async function recheckStoredPack(deps: UpdateDeps): Promise<void> {
  await serialised(async () => {
    const text = await signedPackItem.getValue();
    const stored = await readStored(packInForceItem, PackInForceSchema);
    if (!text || !stored) {
      if (text || (await packInForceItem.getValue())) await forget();
      return;
    }
    const verified = await verifySignedPack(text, deps.trust.keys);
    const refusal: Refusal | undefined = verified.ok
      ? samePack(verified.payload, stored)
      : verified.refusal;
    if (!refusal) return;
    await forget();
    const state = (await readStored(packUpdateItem, PackUpdateStateSchema)) ?? {};
    const at = deps.now().toISOString();
    await packUpdateItem.setValue({ lastRefusal: { ...refusal, at, source: stored.source }, lastCheck: state.lastCheck ?? { at, outcome: 'refused' } });
  });
}

/** The stored pack must be exactly what the stored signature covers. */
function samePack(payload: Uint8Array, stored: PackInForce): Refusal | undefined {
  const json = parsePackBytes(payload);
  const parsed = json.ok ? RulePackSchema.safeParse(json.json) : undefined;
  if (parsed?.success && canonical(parsed.data) === canonical(stored.pack)) return undefined;
  return { code: 'bad-signature', detail: 'the stored pack does not match its signed file' };
}

/** JSON with sorted keys: chrome.storage hands objects back with their keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

async function forget(): Promise<void> {
  await packInForceItem.setValue(null);
  await signedPackItem.setValue(null);
}

async function noted(deps: UpdateDeps, outcome: 'unchanged'): Promise<PackCheckResult> {
  const state = (await readStored(packUpdateItem, PackUpdateStateSchema)) ?? {};
  await packUpdateItem.setValue({ ...state, lastCheck: { at: deps.now().toISOString(), outcome } });
  return result(outcome);
}

async function failed(deps: UpdateDeps, error: string): Promise<PackCheckResult> {
  const state = (await readStored(packUpdateItem, PackUpdateStateSchema)) ?? {};
  await packUpdateItem.setValue({ ...state, lastCheck: { at: deps.now().toISOString(), outcome: 'error', detail: error } });
  return result('error', { error });
}

async function result(
  outcome: PackCheckResult['outcome'],
  extra: Pick<PackCheckResult, 'refusal' | 'error'> = {},
): Promise<PackCheckResult> {
  return { outcome, pack: await summary(), ...extra };
}

/** The pack in force, as the options page and popup show it. */
export async function summary(today = localDate()): Promise<PackSummary> {
  const stored = await readStored(packInForceItem, PackInForceSchema);
  if (stored && !isExpired(stored.pack, today)) return summarise(stored.pack, stored.keyId);
  return summarise(BUILTIN_PACK);
}

function summarise(pack: PackInForce['pack'], keyId?: string): PackSummary {
  return {
    id: pack.id,
    version: pack.version,
    issued: pack.issued,
    ...(pack.expires && { expires: pack.expires }),
    ...(keyId && { keyId }),
    builtIn: !keyId,
  };
}
