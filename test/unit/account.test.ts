import { describe, expect, it } from 'vitest';
import { loginFieldSelector } from '../../src/account/fields';
import { emailDomain, isWorkAddress, maskAddress } from '../../src/account/work-email';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { reminderWanted } from '../../src/reminder/p3-reminder';

const WORK = BUILTIN_PACK.workEmailDomains!;

describe('work e-mail addresses (S1, P1.1)', () => {
  it('the built-in pack names politie.nl and politieacademie.nl', () => {
    expect(WORK).toEqual(['politie.nl', 'politieacademie.nl']);
  });

  it.each([
    ['j.devries@politie.nl', true],
    ['J.DeVries@Politie.NL', true],
    ['  docent@politieacademie.nl ', true],
    ['a@oost.politie.nl', true],
    ['a@politie.nl.', true],
    ['a@politie.nl.example.com', false],
    ['a@nietpolitie.nl', false],
    ['a@gmail.com', false],
    ['politie.nl', false],
    ['j.devries@politie', false],
    ['', false],
  ])('%j → %s', (value, work) => {
    expect(isWorkAddress(value, WORK)).toBe(work);
  });

  it('the dialog shows the domain, never the name before the @', () => {
    expect(maskAddress('j.devries@politie.nl')).toBe('•••@politie.nl');
    expect(maskAddress('j.devries@')).toBe('•••');
    expect(emailDomain('x@Politie.nl')).toBe('politie.nl');
  });

  it('login fields: the pack’s selectors for this host first, then any e-mail field', () => {
    const onChatgpt = loginFieldSelector(BUILTIN_PACK, 'chatgpt.com');
    expect(onChatgpt).toContain('input[name="username"]');
    expect(onChatgpt).toContain('input[type="email"]');
    expect(loginFieldSelector(BUILTIN_PACK, 'chatbot-without-profile.example')).not.toContain('input[name="username"]');
  });
});

describe('the P3 reminder setting', () => {
  const pack = (p3Reminder?: boolean) => ({ ...BUILTIN_PACK, settings: { ...BUILTIN_PACK.settings, p3Reminder } });
  it('is on unless the pack turns it off, and stays away the day it was closed', () => {
    expect(reminderWanted(pack(true), '', '2026-12-01')).toBe(true);
    expect(reminderWanted(pack(undefined), '', '2026-12-01')).toBe(true);
    expect(reminderWanted(pack(false), '', '2026-12-01')).toBe(false);
    expect(reminderWanted(pack(true), '2026-12-01', '2026-12-01')).toBe(false);
    expect(reminderWanted(pack(true), '2026-11-30', '2026-12-01')).toBe(true);
  });
});
