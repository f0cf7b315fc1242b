import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { followStoredPack } from '../../src/pack/follow';
import { followPackInForce, packInForce, parseStoredPack, type StoredPackParser } from '../../src/pack/in-force';
import { packInForceItem, packUpdateItem, packUrlItem, signedPackItem } from '../../src/pack/store';
import { checkForPack, importPack, recheckStoredPack, summary, type UpdateDeps } from '../../src/pack/update';
import { TEST_KEYS, UNSAFE_RULE, ZWALUW, packWith, signed } from '../packs/signing';

const URL_ = 'https://packs.politie.example/plakwacht.json';

/** A pack server: serves `body` with an ETag and Last-Modified, answers 304 to a matching request. */
function server() {
  const state = { body: '', etag: '"1"', status: 200, requests: [] as Record<string, string>[], fail: false };
  const fetch = (async (_url: string, init?: RequestInit) => {
    const headers = { ...(init?.headers as Record<string, string>) };
    state.requests.push(headers);
    if (state.fail) throw new TypeError('Failed to fetch');
    if (headers['If-None-Match'] === state.etag) return new Response(null, { status: 304 });
    return new Response(state.body, { status: state.status, headers: { ETag: state.etag, 'Last-Modified': 'Tue, 01 Dec 2026 08:00:00 GMT' } });
  }) as typeof globalThis.fetch;
  return { state, fetch };
}

let srv: ReturnType<typeof server>;
let deps: UpdateDeps;

beforeEach(() => {
  fakeBrowser.reset();
  srv = server();
  deps = { trust: { updateUrl: URL_, keys: TEST_KEYS }, fetch: srv.fetch, now: () => new Date('2026-12-05T10:00:00Z') };
});

const version = async () => (await summary('2026-12-05')).version;

describe('the update loop keeps the last good pack', () => {
  it('applies a newer signed pack from the update URL and records who signed it', async () => {
    srv.state.body = signed(packWith(2, { extraRules: [ZWALUW] }));
    const result = await checkForPack(deps);
    expect(result).toMatchObject({ outcome: 'applied', pack: { id: 'nl.politie.plakwacht', version: 2, keyId: TEST_KEYS[0]!.keyId, builtIn: false } });
    expect((await packInForceItem.getValue())?.pack.extraRules?.[0]?.id).toBe('keyword-operatie-zwaluw');
    expect(await signedPackItem.getValue()).toBe(srv.state.body);
  });

  it('asks conditionally the next time (If-None-Match, If-Modified-Since) and keeps the pack on 304', async () => {
    srv.state.body = signed(packWith(2));
    await checkForPack(deps);
    expect(srv.state.requests[0]).toEqual({});
    const result = await checkForPack(deps);
    expect(srv.state.requests[1]).toEqual({ 'If-None-Match': '"1"', 'If-Modified-Since': 'Tue, 01 Dec 2026 08:00:00 GMT' });
    expect(result.outcome).toBe('unchanged');
    expect(await version()).toBe(2);
  });

  it('refuses a tampered, an older and an unsafe pack; each time the previous pack stays in force', async () => {
    srv.state.body = signed(packWith(3, { extraRules: [ZWALUW] }));
    await checkForPack(deps);

    const tampered = JSON.parse(signed(packWith(4)));
    tampered.payload = Buffer.from(JSON.stringify(packWith(5))).toString('base64');
    const cases: [string, string][] = [
      [JSON.stringify(tampered), 'bad-signature'],
      [signed(packWith(2)), 'not-newer'],
      [signed(packWith(4, { extraRules: [UNSAFE_RULE] })), 'unsafe-pattern'],
      [JSON.stringify(packWith(4)), 'not-signed'],
    ];
    for (const [body, code] of cases) {
      srv.state.body = body;
      srv.state.etag = `"${code}"`;
      const result = await checkForPack(deps);
      expect(result, code).toMatchObject({ outcome: 'refused', refusal: { code }, pack: { version: 3 } });
      expect((await packUpdateItem.getValue()).lastRefusal).toMatchObject({ code, source: 'update', url: URL_ });
      expect((await packInForceItem.getValue())?.pack.version).toBe(3);
    }
  });

  it('a network error or HTTP error changes nothing and says why', async () => {
    srv.state.body = signed(packWith(2));
    await checkForPack(deps);
    srv.state.fail = true;
    expect(await checkForPack(deps)).toMatchObject({ outcome: 'error', error: expect.stringContaining('Failed to fetch'), pack: { version: 2 } });
    srv.state.fail = false;
    srv.state.status = 503;
    srv.state.etag = '"other"';
    expect(await checkForPack(deps)).toMatchObject({ outcome: 'error', error: `${URL_}: HTTP 503` });
    expect(await version()).toBe(2);
  });

  it('the same file again is "unchanged", not a refusal (a server without ETag support)', async () => {
    srv.state.body = signed(packWith(2));
    await checkForPack(deps);
    srv.state.etag = '"changed-but-same-bytes"';
    expect((await checkForPack(deps)).outcome).toBe('unchanged');
    expect((await packUpdateItem.getValue()).lastRefusal).toBeUndefined();
  });

  it('uses the URL set in options over the build default; no URL at all is said plainly', async () => {
    const urls: string[] = [];
    const fetch = (async (url: string) => (urls.push(url), new Response(signed(packWith(2))))) as typeof globalThis.fetch;
    await packUrlItem.setValue('https://elders.example/pack.json');
    await checkForPack({ ...deps, fetch });
    expect(urls).toEqual(['https://elders.example/pack.json']);
    await packUrlItem.setValue(null);
    expect(await checkForPack({ ...deps, trust: { ...deps.trust, updateUrl: null }, fetch })).toMatchObject({ outcome: 'no-url' });
  });

  it('an imported file goes through the same gate', async () => {
    expect(await importPack(signed(packWith(2, { extraRules: [ZWALUW] })), deps)).toMatchObject({ outcome: 'applied' });
    expect(await importPack(signed(packWith(2)), deps)).toMatchObject({ outcome: 'refused', refusal: { code: 'not-newer' } });
    expect((await packUpdateItem.getValue()).lastRefusal).toMatchObject({ code: 'not-newer', source: 'import' });
    expect((await packInForceItem.getValue())?.source).toBe('import');
  });
});

describe('restarts, key rotation and expiry', () => {
  it('a restart keeps the last good pack when its signature still verifies', async () => {
    srv.state.body = signed(packWith(2));
    await checkForPack(deps);
    await recheckStoredPack(deps);
    expect(await version()).toBe(2);
  });

  it('also when storage hands the pack back with its keys sorted, as chrome.storage does', async () => {
    srv.state.body = signed(packWith(2, { extraRules: [ZWALUW] }));
    await checkForPack(deps);
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)])) : v;
    await packInForceItem.setValue(sortKeys(await packInForceItem.getValue()) as never);
    await recheckStoredPack(deps);
    expect(await version()).toBe(2);
  });

  it('a pack whose key is no longer pinned (rotated out by an update) falls back to the built-in pack', async () => {
    srv.state.body = signed(packWith(2));
    await checkForPack(deps);
    await recheckStoredPack({ ...deps, trust: { updateUrl: URL_, keys: [] } });
    expect(await packInForceItem.getValue()).toBeNull();
    expect(await summary('2026-12-05')).toMatchObject({ builtIn: true, version: BUILTIN_PACK.version });
    expect((await packUpdateItem.getValue()).lastRefusal).toMatchObject({ code: 'unknown-key' });
  });

  it('a stored pack that does not match its signed file is dropped', async () => {
    srv.state.body = signed(packWith(2));
    await checkForPack(deps);
    const stored = (await packInForceItem.getValue())!;
    await packInForceItem.setValue({ ...stored, pack: { ...stored.pack, extraRules: [ZWALUW] } });
    await recheckStoredPack(deps);
    expect(await packInForceItem.getValue()).toBeNull();
  });

  it('an expired pack gives way to the built-in pack, in the page and in the summary', async () => {
    srv.state.body = signed(packWith(2, { expires: '2026-12-31', extraRules: [ZWALUW] }));
    await checkForPack(deps);
    const stored = (await packInForceItem.getValue())!.pack;
    expect(packInForce(stored, '2026-12-31')).toBe(stored);
    expect(packInForce(stored, '2027-01-01')).toEqual(BUILTIN_PACK);
    expect(await summary('2027-01-01')).toMatchObject({ builtIn: true });
  });

  it('content scripts read the pack in force at start and follow changes without a reload', async () => {
    srv.state.body = signed(packWith(2));
    await checkForPack(deps);
    const pack = followPackInForce();
    expect(pack()).toEqual(BUILTIN_PACK); // before the first read completes: the built-in pack
    await expect.poll(() => pack().version).toBe(2);
    srv.state.body = signed(packWith(3));
    srv.state.etag = '"3"';
    await checkForPack(deps);
    await expect.poll(() => pack().version).toBe(3);
    await packInForceItem.setValue({ garbage: true } as never);
    await expect.poll(() => pack()).toEqual(BUILTIN_PACK);
  });

  it('on chatbot pages the schema comes with the detectors: the built-in pack until then, the stored pack after', async () => {
    srv.state.body = signed(packWith(2));
    await checkForPack(deps);
    let parser: StoredPackParser | undefined;
    const pack = followStoredPack(() => parser);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pack()).toEqual(BUILTIN_PACK);
    parser = parseStoredPack;
    expect(pack().version).toBe(2);
    await packInForceItem.setValue({ garbage: true } as never);
    await expect.poll(() => pack()).toEqual(BUILTIN_PACK);
  });
});
