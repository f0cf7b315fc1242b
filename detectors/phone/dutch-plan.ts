import { Metadata, type CountryCode, type NumberType } from 'libphonenumber-js/core';
import { METADATA } from './metadata.generated';

// The Dutch numbering plan, asked directly. A number written the Dutch way ("06-12345678",
// "(070) 123 45 67") is its trunk 0 plus the national number, and libphonenumber-js would answer
// exactly what `dutchNumberType` answers (test/unit/phone-dutch-plan.test.ts compares the two over
// every prefix and length). Asking libphonenumber costs about 5 µs a number: each parse copies its
// options object by object spreads and compiles every pattern it tries anew. On a short paste
// full of numbers that was a tenth of the whole scan. Here the same patterns are compiled once.

const NON_FIXED_LINE: NumberType[] = ['MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];

interface TypeRule {
  type: NumberType;
  lengths: readonly number[] | undefined;
  pattern: RegExp;
}

const whole = (source: string) => new RegExp(`^(?:${source})$`);

const plan = new Metadata(METADATA);
plan.selectNumberingPlan('NL' as CountryCode);
const numbering = (plan as unknown as { numberingPlan: NumberingPlan }).numberingPlan;
interface NumberingPlan {
  nationalNumberPattern(): string;
  type(type: NumberType): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

const NATIONAL = whole(numbering.nationalNumberPattern());

function ruleFor(type: NumberType): TypeRule | undefined {
  const definition = numbering.type(type);
  if (!definition?.pattern()) return undefined;
  return { type, lengths: definition.possibleLengths(), pattern: whole(definition.pattern()) };
}

const FIXED_LINE = ruleFor('FIXED_LINE');
const MOBILE = ruleFor('MOBILE');
/** Where the plan lists no mobile range of its own, every fixed-line number may be a mobile one. */
const FIXED_LINE_IS_MOBILE = !numbering.type('MOBILE') || numbering.type('MOBILE')!.pattern() === '';
const OTHERS = NON_FIXED_LINE.map(ruleFor).filter((rule): rule is TypeRule => !!rule);

const is = (rule: TypeRule | undefined, national: string) =>
  !!rule && (!rule.lengths || rule.lengths.includes(national.length)) && rule.pattern.test(national);

/**
 * The type of a Dutch national number (the digits after the trunk 0), or undefined where the plan
 * has no such number. libphonenumber's getNumberType, for the Netherlands only.
 */
export function dutchNumberType(national: string): NumberType | undefined {
  if (!NATIONAL.test(national)) return undefined;
  if (is(FIXED_LINE, national)) {
    if (FIXED_LINE_IS_MOBILE || is(MOBILE, national)) return 'FIXED_LINE_OR_MOBILE';
    return 'FIXED_LINE';
  }
  return OTHERS.find((rule) => is(rule, national))?.type;
}
