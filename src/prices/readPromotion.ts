import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import { requireText } from '../kernel/requireText.ts';
import { assertNotBefore } from '../time/assertNotBefore.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { exactDecimal } from './_internal/exactDecimal.ts';
import type { Promotion, PromotionPricingPolicy, PromotionProduct } from './types.ts';

/** A field's path under `path` (`''`: the input itself). */
const pre = (path: string): string => (path === '' ? '' : `${path}.`);

/**
 * The unit an instant's text is written to, in milliseconds (PL-7): a day for a date alone, a
 * minute for `hh:mm`, a second for `hh:mm:ss`, a millisecond with decimals.
 */
function unitOf(text: string): number {
  const time = /T(\d\d):(\d\d)(:\d\d)?(\.\d+)?/.exec(text);
  if (time === null) return /^\s*\d{4}-\d\d-\d\d\s*$/.test(text) ? 86_400_000 : 1;
  return time[4] !== undefined ? 1 : time[3] !== undefined ? 1000 : 60_000;
}

/** A fraction of a price: decimal text, more than 0 and at most 1. */
function fraction(value: unknown, path: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const exact = exactDecimal(text);
  const ok = exact !== undefined && exact.units > 0 && exact.units <= 10 ** exact.scale;
  if (!ok)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected a fraction as decimal text, more than 0 and at most 1 (’0.05’ is 5 %)',
      value,
    );
  return text;
}

/** One pricing policy: `type` or `policyType` `PercentDiscount`, another type refused. */
function policy(value: unknown, path: string): PromotionPricingPolicy {
  const p = requireRecord(value, path);
  const type = p.type ?? p.policyType;
  if (type !== 'PercentDiscount')
    fail(
      type === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      `${pre(path)}${p.type === undefined && p.policyType !== undefined ? 'policyType' : 'type'}`,
      'expected PercentDiscount (the one pricing policy type Partner Center’s samples show)',
      type,
    );
  return { type, value: fraction(p.value, `${pre(path)}value`) };
}

/** One required product, with its term and pricing policies. */
function product(value: unknown, path: string): PromotionProduct {
  const p = requireRecord(value, path);
  const term = requireRecord(p.term, `${pre(path)}term`);
  const policies = p.pricingPolicies;
  if (!Array.isArray(policies) || policies.length === 0)
    fail(
      policies === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      `${pre(path)}pricingPolicies`,
      'expected a non-empty list',
      policies,
    );
  return {
    productId: requireText(p.productId, `${pre(path)}productId`),
    skuId: requireText(p.skuId, `${pre(path)}skuId`),
    term: {
      duration: requireText(term.duration, `${pre(path)}term.duration`),
      billingCycle: requireText(term.billingCycle, `${pre(path)}term.billingCycle`),
    },
    pricingPolicies: policies.map((item, i) => policy(item, `${pre(path)}pricingPolicies.${i}`)),
  };
}

/**
 * Partner Center's promotion resource read (PL-5): `id`, `startDate`, `endDate` (instants, written
 * as the library writes them; the end not before the start, and moved to the last millisecond of
 * the unit it is written to, as a price list's end is (PL-7): `2021-10-14T23:59:59+00:00` holds
 * until `2021-10-14T23:59:59.999Z`, so the window is `startDate ≤ at ≤ endDate`, both inclusive), `requiredProducts` with each
 * `productId`, `skuId`, `term { duration, billingCycle }` and `pricingPolicies`, each policy's type
 * read from `type` or `policyType` (the documentation and the API's JSON disagree) — only
 * `PercentDiscount`, whose `value` is a fraction as text (`'0.05'` is 5 %); another type is refused,
 * not guessed. The resource's other keys are kept as they are.
 *
 * @param value - The resource.
 * @param path - Its dot path in the caller's arguments.
 * @returns The promotion.
 * @throws {@link RuleError} at the field's path.
 */
export function readPromotion(value: unknown, path: string): Promotion {
  const r = requireRecord(value, path);
  const at = (field: 'startDate' | 'endDate'): [string, number] => {
    let ms = parseInstant(r[field], `${pre(path)}${field}`);
    // an end covers the whole unit it is written to (PL-7): `23:59:59` holds to 23:59:59.999
    if (field === 'endDate') ms += unitOf(String(r[field])) - 1;
    return [formatInstant(ms, `${pre(path)}${field}`), ms];
  };
  const [startDate, startMs] = at('startDate');
  const [endDate, endMs] = at('endDate');
  assertNotBefore(endMs, `${pre(path)}endDate`, startMs, `${pre(path)}startDate`);
  const products = r.requiredProducts;
  if (!Array.isArray(products) || products.length === 0)
    fail(
      products === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      `${pre(path)}requiredProducts`,
      'expected a non-empty list',
      products,
    );
  return {
    ...r,
    id: requireText(r.id, `${pre(path)}id`),
    startDate,
    endDate,
    requiredProducts: products.map((item, i) => product(item, `${pre(path)}requiredProducts.${i}`)),
  };
}
