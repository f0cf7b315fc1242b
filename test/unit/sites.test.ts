import { describe, expect, test } from 'vitest';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { CHATBOT_HOST_PATTERNS, CHATBOT_HOST_PERMISSIONS, hostPermissions, matchPatterns } from '../../src/sites/hosts';
import { profileFor } from '../../src/sites/profiles';

// The chatbots the issue names; each must have a built-in profile and be in the manifest.
const CHATBOTS = [
  'chatgpt.com', 'chat.openai.com', 'claude.ai', 'gemini.google.com', 'copilot.microsoft.com', 'm365.cloud.microsoft',
  'www.perplexity.ai', 'chat.mistral.ai', 'chat.deepseek.com', 'grok.com', 'meta.ai', 'www.meta.ai', 'poe.com',
  'huggingface.co', 'aistudio.google.com', 'chat.qwen.ai', 'character.ai', 'you.com', 'duck.ai',
];

const sites = BUILTIN_PACK.sites ?? [];

describe('built-in site profiles', () => {
  test.each(CHATBOTS)('%s has a profile with composer, send and upload selectors', (host) => {
    const site = sites.find((s) => s.hosts.includes(host));
    expect(site).toBeDefined();
    expect(site!.composer.length).toBeGreaterThan(0);
    expect(site!.send.length).toBeGreaterThan(0);
    expect(site!.upload.length).toBeGreaterThan(0);
  });

  test('no host belongs to two profiles, and ids are unique', () => {
    const hosts = sites.flatMap((s) => s.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
  });

  test('every selector is valid CSS (a broken one would silently match nothing)', () => {
    // A tiny CSS syntax check without a DOM: balanced brackets and quotes, no stray characters.
    for (const s of sites) {
      for (const selector of [...s.composer, ...s.send, ...s.upload, ...(s.login ?? [])]) {
        expect(selector.split('[').length, selector).toBe(selector.split(']').length);
        expect(selector.split('"').length % 2, selector).toBe(1);
        expect(selector, selector).not.toMatch(/^\s|\s$|,\s*$/);
      }
    }
  });
});

describe('matches and host permissions follow the profiles', () => {
  test('the content script runs on every chatbot host, and on huggingface.co only under /chat', () => {
    for (const host of CHATBOTS.filter((h) => h !== 'huggingface.co')) expect(CHATBOT_HOST_PATTERNS).toContain(`https://${host}/*`);
    expect(CHATBOT_HOST_PATTERNS).toContain('https://huggingface.co/chat*');
    expect(CHATBOT_HOST_PATTERNS).not.toContain('https://huggingface.co/*');
  });

  test('host permissions are per origin, nothing broader than the chatbots', () => {
    expect(CHATBOT_HOST_PERMISSIONS).toContain('https://huggingface.co/*');
    for (const p of CHATBOT_HOST_PERMISSIONS) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(CHATBOT_HOST_PERMISSIONS.some((p) => p.includes('*.') || p === '<all_urls>')).toBe(false);
  });

  test('a profile added by data becomes a match pattern, paths narrowing it', () => {
    expect(matchPatterns([{ hosts: ['a.example', 'b.example'], paths: ['/chat', '/ask/'] }])).toEqual([
      'https://a.example/chat*', 'https://a.example/ask/*', 'https://b.example/chat*', 'https://b.example/ask/*',
    ]);
    expect(hostPermissions([{ hosts: ['a.example'], paths: ['/chat'] }, { hosts: ['a.example'] }])).toEqual(['https://a.example/*']);
  });
});

describe('profileFor', () => {
  test('finds a profile by exact host', () => {
    expect(profileFor(new URL('https://gemini.google.com/app/123'), sites)?.id).toBe('gemini');
    expect(profileFor(new URL('https://www.meta.ai/'), sites)?.id).toBe('meta-ai');
    expect(profileFor(new URL('https://google.com/'), sites)).toBeUndefined();
  });

  test('a path prefix matches whole path segments only', () => {
    expect(profileFor(new URL('https://huggingface.co/chat'), sites)?.id).toBe('huggingchat');
    expect(profileFor(new URL('https://huggingface.co/chat/conversation/1'), sites)?.id).toBe('huggingchat');
    expect(profileFor(new URL('https://huggingface.co/chatty-model'), sites)).toBeUndefined();
    expect(profileFor(new URL('https://huggingface.co/models'), sites)).toBeUndefined();
  });
});
