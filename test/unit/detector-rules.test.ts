import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS, scan } from '../../detectors';
import { btwIdValid, elfproef } from '../../detectors/bsn/elfproef';
import { dateOf, DATE } from '../../detectors/birth-date/dates';
import { cardScheme, luhn } from '../../detectors/credit-card/luhn';
import { ibanLength, mod97 } from '../../detectors/iban/mod97';
import { groupsOf, lettersAllowed, sidecodeOf } from '../../detectors/license-plate/sidecode';
import { LIBPHONENUMBER_VERSION } from '../../detectors/phone/metadata.generated';
import { BUILTIN_PACK } from '../../src/pack/builtin';
import { inspect } from '../../src/policy/inspect';

const found = (text: string, id: string) =>
  scan(text, { detectors: DETECTORS })
    .findings.filter((f) => f.detector === id)
    .map((f) => text.slice(f.start, f.end));

describe('RDW sidecodes and letter rules', () => {
  it('knows all fourteen sidecodes by the order of letters and digits', () => {
    expect(['XX-99-99', '99-99-XX', '99-XX-99', 'XX-99-XX', 'XX-XX-99', '99-XX-XX', '99-XXX-9', '9-XXX-99', 'XX-999-X', 'X-999-XX', 'XXX-99-X', 'X-99-XXX', '9-XX-999', '999-XX-9']
      .map((shape) => sidecodeOf(shape.replace(/X/g, 'B').replace(/9/g, '1').split('-')))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(sidecodeOf(['12', '34', '56'])).toBe(0);
    expect(groupsOf('5DNL10')).toEqual(['5', 'DNL', '10']);
    expect(groupsOf('RV987L')).toEqual(['RV', '987', 'L']);
    expect(groupsOf('1234AB')).toEqual(['12', '34', 'AB']);
    expect(groupsOf('ABCDEF')).toBeUndefined();
  });

  it('no vowels, C or Q from sidecode 4 on; never GVD, KKK, NSB, PKK, PSV, SS, SD', () => {
    expect(lettersAllowed(['AE', '12', 'BE'], 4)).toBe(false);
    expect(lettersAllowed(['CB', '12', 'BD'], 4)).toBe(false);
    expect(lettersAllowed(['AB', '12', '34'], 1)).toBe(true);
    for (const blocked of ['GVD', 'KKK', 'NSB', 'PKK', 'PSV']) expect(lettersAllowed([blocked, '12', 'B'], 11)).toBe(false);
    expect(lettersAllowed(['12', 'SS', '34'], 3)).toBe(false);
    expect(lettersAllowed(['SD', '12', 'BB'], 4)).toBe(false);
    expect(lettersAllowed(['DS', '03', 'DZ'], 4)).toBe(true);
  });

  it('finds dashed plates of the new series without context and old or undashed ones only with it', () => {
    expect(found('Gezien: XTX-28-H en W-737-VJ.', 'license-plate')).toEqual(['XTX-28-H', 'W-737-VJ']);
    expect(found('Zie bijlage AB-12-34.', 'license-plate')).toEqual([]);
    expect(found('De auto met kenteken AB-12-34.', 'license-plate')).toEqual(['AB-12-34']);
    expect(found('Wonende Kerkweg 22, 1234AB Utrecht.', 'license-plate')).toEqual([]);
    expect(found('Kenteken 1234BD.', 'license-plate')).toEqual(['1234BD']);
  });
});

describe('checksums', () => {
  it('elfproef, RSIN and both kinds of btw-id', () => {
    expect(elfproef('628194821')).toBe(true);
    expect(btwIdValid('628194821', '01')).toBe(true); // before 2020: the fiscal number
    expect(btwIdValid('000099998', '57')).toBe(true); // since 2020: mod 97
    expect(btwIdValid('000099998', '58')).toBe(false);
  });

  it('IBAN mod 97 and country lengths', () => {
    expect(mod97('NL91ABNA0417164300')).toBe(true);
    expect(mod97('NL91ABNA0417164301')).toBe(false);
    expect(mod97('DE89370400440532013000')).toBe(true);
    expect(ibanLength('NL')).toBe(18);
    expect(ibanLength('XX')).toBeUndefined();
  });

  it('Luhn and card schemes', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(cardScheme('4111111111111111')).toBe('visa');
    expect(cardScheme('378282246310005')).toBe('amex');
    expect(cardScheme('9111111111111111')).toBeUndefined();
  });

  it('calendar dates: real days only, not in the future', () => {
    const parse = (s: string) => {
      DATE.lastIndex = 0;
      const m = DATE.exec(s);
      return m?.groups ? dateOf(m.groups, 2025) : undefined;
    };
    expect(parse('29-02-2000')).toEqual({ day: 29, month: 2, year: 2000 });
    expect(parse('29-02-2001')).toBeUndefined();
    expect(parse('12-03-2031')).toBeUndefined();
    expect(parse('7 sept. 1940')).toEqual({ day: 7, month: 9, year: 1940 });
    expect(parse('March 12, 1985')).toEqual({ day: 12, month: 3, year: 1985 });
  });
});

describe('policy for single findings', () => {
  it('TLP:GREEN warns where every other marking blocks', () => {
    expect(inspect('TLP:GREEN, deel binnen de gemeenschap', BUILTIN_PACK).verdict).toBe('warn');
    expect(inspect('TLP:AMBER, alleen binnen de organisatie', BUILTIN_PACK).verdict).toBe('block');
  });

  it('a rule pack that sets the action for markings overrides the hint', () => {
    const pack = { ...BUILTIN_PACK, detectors: { 'classification-marking': { action: 'block' as const } } };
    expect(inspect('TLP:GREEN', pack).verdict).toBe('block');
  });

  it('an RSIN or btw-id (a business number) warns; a BSN blocks', () => {
    expect(inspect('RSIN 252760189', BUILTIN_PACK).verdict).toBe('warn');
    expect(inspect('btw-id NL000099998B57', BUILTIN_PACK).verdict).toBe('warn');
    expect(inspect('BSN 252760189', BUILTIN_PACK).verdict).toBe('block');
  });

  it('the bundled numbering plans come from the installed libphonenumber-js (else: node detectors/phone/make-metadata.mjs)', () => {
    const installed = JSON.parse(readFileSync(new URL('../../node_modules/libphonenumber-js/package.json', import.meta.url), 'utf8'));
    expect(LIBPHONENUMBER_VERSION).toBe(installed.version);
  });

  it('service numbers are no phone numbers; a mobile number is a warning', () => {
    expect(found('Bel 112, 0900-8844, 0800-7000 of 14 020.', 'phone')).toEqual([]);
    expect(inspect('Bel mij op 06-12345678', BUILTIN_PACK).verdict).toBe('warn');
  });
});
