import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import { requireRecord } from '../kernel/requireRecord.ts';
import type {
  NewCommerceChargeEffect,
  NewCommerceChargeKind,
  NewCommerceCreditEffect,
  NewCommerceCreditKind,
  NewCommerceEffect,
} from '../lifecycle/newCommerce/resultTypes.ts';
import {
  BILLING_FREQUENCY_MONTHS,
  type BillingFrequency,
} from '../policy/vocabulary/billingFrequencies.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../policy/vocabulary/newCommerceTerms.ts';
import type { Money } from '../pricing/money.ts';
import { readUplift } from '../pricing/readUplift.ts';
import { assertNotBefore } from '../time/assertNotBefore.ts';
import { type Fields, fieldPath, fieldsOf } from './_internal/effectFields.ts';

const CHARGE_KINDS: readonly NewCommerceChargeKind[] = [
  'purchase',
  'cycle',
  'renewal',
  'add-quantity',
  'trial-conversion',
  'term-change',
  'upgrade',
  'extended-service-term',
];
const CREDIT_KINDS: readonly NewCommerceCreditKind[] = [
  'remove-quantity',
  'cancel',
  'upgrade-source',
  'term-change-source',
];
const CHARGE_KEYS = [
  'type',
  'kind',
  'at',
  'quantity',
  'unitPrice',
  'amount',
  'periodStart',
  'periodEnd',
  'days',
  'periodDays',
  'seats',
  'term',
  'billingFrequency',
  'rule',
  'full',
  'priceFrom',
  'priceAssumed',
  'message',
  'messageId',
  'params',
  'promotionId',
  'listUnitPrice',
  'basePrice',
  'uplift',
  'since',
];
const CREDIT_KEYS = [
  'type',
  'kind',
  'outcome',
  'at',
  'quantity',
  'credit',
  'unitPrice',
  'unpriced',
  'periodStart',
  'periodEnd',
  'days',
  'periodDays',
  'seats',
  'rule',
];

/** Money in the currency of the price beside it. */
function sameCurrency(money: Money, price: Money | undefined, path: string): void {
  if (price !== undefined && money.currency !== price.currency)
    fail(
      RuleErrorCode.CURRENCY_MISMATCH,
      fieldPath(path, 'currency'),
      'expected {currency}, the currency of the subscription’s price',
      money.currency,
      price.currency,
    );
}

/** The period [periodStart, periodEnd) and `at` inside it (TIME-3). */
function period(f: Fields, path: string, atMs: number): { periodStart: string; periodEnd: string } {
  const [periodStart, startMs] = f.instant('periodStart');
  const [periodEnd, endMs] = f.instant('periodEnd');
  assertNotBefore(atMs, fieldPath(path, 'at'), startMs, fieldPath(path, 'periodStart'));
  if (atMs >= endMs)
    fail(
      RuleErrorCode.OUT_OF_ORDER,
      fieldPath(path, 'periodEnd'),
      'expected an instant after {earlierPath}',
      periodEnd,
      fieldPath(path, 'at'),
    );
  return { periodStart, periodEnd };
}

function charge(f: Fields, path: string): NewCommerceChargeEffect {
  const kind = requireOneOf(f.get('kind'), CHARGE_KINDS, fieldPath(path, 'kind'));
  const [at, atMs] = f.instant('at');
  const quantity = f.integer('quantity', 1);
  const unitPrice = f.money('unitPrice') as Money;
  const amount = f.money('amount') as Money;
  sameCurrency(amount, unitPrice, fieldPath(path, 'amount'));
  if (amount.amount % quantity !== 0)
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      fieldPath(path, 'amount.amount'),
      'expected a whole multiple of quantity ({quantity}): the line’s effective unit price',
      amount.amount,
      quantity,
    );
  const dates = period(f, path, atMs);
  const periodDays = f.integer('periodDays', 1);
  const days = f.integer('days', 1);
  const full = f.get('full');
  if (full !== undefined && typeof full !== 'boolean')
    fail(RuleErrorCode.INVALID_ARGUMENT, fieldPath(path, 'full'), 'expected true or false', full);
  return {
    type: 'charge',
    kind,
    at,
    quantity,
    unitPrice,
    amount,
    ...dates,
    days,
    periodDays,
    seats: f.integer('seats', 0),
    term: requireOneOf(
      f.get('term'),
      Object.keys(NEW_COMMERCE_TERM_MONTHS) as NewCommerceTerm[],
      fieldPath(path, 'term'),
    ),
    billingFrequency: requireOneOf(
      f.get('billingFrequency'),
      Object.keys(BILLING_FREQUENCY_MONTHS) as BillingFrequency[],
      fieldPath(path, 'billingFrequency'),
    ),
    rule: f.text('rule'),
    ...(full === undefined ? {} : { full }),
    ...pricedBy(f, path),
    ...promotedBy(f, path, unitPrice),
    ...estFields(f, path, unitPrice),
  };
}

/** A promoted term's charge (PL-5): its promotion's id and the list's price, both or neither. */
function promotedBy(
  f: Fields,
  path: string,
  unitPrice: Money,
): Pick<NewCommerceChargeEffect, 'promotionId' | 'listUnitPrice'> {
  const id = f.get('promotionId');
  const list = f.get('listUnitPrice');
  if (id === undefined && list === undefined) return {};
  if (typeof id !== 'string' || id === '')
    fail(
      id === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      fieldPath(path, 'promotionId'),
      'expected a promotion id with listUnitPrice',
      id,
    );
  const money = f.money('listUnitPrice') as Money;
  sameCurrency(money, unitPrice, fieldPath(path, 'listUnitPrice'));
  return { promotionId: id, listUnitPrice: money };
}

/** A renewal's price source (PL-4), kept as given: the row it used, or why the price is assumed. */
function pricedBy(
  f: Fields,
  path: string,
): Pick<
  NewCommerceChargeEffect,
  'priceFrom' | 'priceAssumed' | 'message' | 'messageId' | 'params'
> {
  const from = f.get('priceFrom');
  const assumed = f.get('priceAssumed');
  const message = f.get('message');
  if (assumed !== undefined && assumed !== true)
    fail(RuleErrorCode.INVALID_ARGUMENT, fieldPath(path, 'priceAssumed'), 'expected true', assumed);
  if (message !== undefined && typeof message !== 'string')
    fail(RuleErrorCode.INVALID_ARGUMENT, fieldPath(path, 'message'), 'expected a string', message);
  const messageId = f.get('messageId');
  if (messageId !== undefined && typeof messageId !== 'string')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      fieldPath(path, 'messageId'),
      'expected a string',
      messageId,
    );
  const params = f.get('params');
  if (params !== undefined) requireRecord(params, fieldPath(path, 'params'));
  if (from !== undefined) {
    const r = requireRecord(from, fieldPath(path, 'priceFrom'));
    const start = r.effectiveStartDate;
    if (start !== null && typeof start !== 'string')
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        fieldPath(path, 'priceFrom.effectiveStartDate'),
        'expected a string',
        start,
      );
    if (typeof r.unitPrice !== 'string')
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        fieldPath(path, 'priceFrom.unitPrice'),
        'expected a string',
        r.unitPrice,
      );
    const money = requireRecord(r.periodPrice, fieldPath(path, 'priceFrom.periodPrice'));
    if (!Number.isSafeInteger(money.amount) || typeof money.currency !== 'string')
      fail(
        RuleErrorCode.INVALID_AMOUNT,
        fieldPath(path, 'priceFrom.periodPrice'),
        'expected an amount',
        r.periodPrice,
      );
  }
  return {
    ...(from === undefined
      ? {}
      : { priceFrom: from as NonNullable<NewCommerceChargeEffect['priceFrom']> }),
    ...(assumed === undefined ? {} : { priceAssumed: true as const }),
    ...(message === undefined ? {} : { message: message as string }),
    ...(messageId === undefined
      ? {}
      : { messageId: messageId as NonNullable<NewCommerceChargeEffect['messageId']> }),
    ...(params === undefined
      ? {}
      : { params: params as NonNullable<NewCommerceChargeEffect['params']> }),
  };
}

/**
 * A month of Extended Service Term's base, uplift and start, when the effect has them (EST-5); the
 * start is left out for a subscription read as in one, which does not say since when (EST-7).
 */
function estFields(
  f: Fields,
  path: string,
  unitPrice: Money,
): { basePrice?: Money; uplift?: number; since?: string } {
  if (
    f.get('basePrice') === undefined &&
    f.get('uplift') === undefined &&
    f.get('since') === undefined
  )
    return {};
  const basePrice = f.money('basePrice') as Money;
  sameCurrency(basePrice, unitPrice, fieldPath(path, 'basePrice'));
  const uplift = readUplift(f.get('uplift'), fieldPath(path, 'uplift'));
  return f.get('since') === undefined
    ? { basePrice, uplift }
    : { basePrice, uplift, since: f.instant('since')[0] };
}

function credit(f: Fields, path: string): NewCommerceCreditEffect {
  const kind = requireOneOf(f.get('kind'), CREDIT_KINDS, fieldPath(path, 'kind'));
  const outcome = requireOneOf(
    f.get('outcome'),
    ['full-credit', 'prorated-credit', 'no-refund'] as const,
    fieldPath(path, 'outcome'),
  );
  const [at, atMs] = f.instant('at');
  const quantity = f.integer('quantity', 1);
  const unitPrice = f.money('unitPrice', true);
  const money = f.money('credit', true);
  if (money !== undefined) sameCurrency(money, unitPrice, fieldPath(path, 'credit'));
  const unpriced = f.get('unpriced');
  if (unpriced !== undefined && (unpriced !== true || money !== undefined))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      fieldPath(path, 'unpriced'),
      'expected true, on a credit without money, or no unpriced',
      unpriced,
    );
  const inTerm = f.get('periodStart') !== undefined || f.get('periodEnd') !== undefined;
  const days = f.get('days') === undefined ? undefined : f.integer('days', 0);
  const periodDays = f.get('periodDays') === undefined ? undefined : f.integer('periodDays', 1);
  return {
    type: 'credit',
    kind,
    outcome,
    at,
    quantity,
    ...(money === undefined ? {} : { credit: money }),
    ...(unitPrice === undefined ? {} : { unitPrice }),
    ...(unpriced === true ? { unpriced } : {}),
    ...(inTerm ? period(f, path, atMs) : {}),
    ...(days === undefined ? {} : { days }),
    ...(periodDays === undefined ? {} : { periodDays }),
    seats: f.integer('seats', 0),
    rule: f.text('rule'),
  };
}

/**
 * Checks one New Commerce effect a caller gives (ERR-1, REC-1, REC-4) — a `charge`, a `credit` or
 * a `cancellation-scheduled`, as `transition`, `advance`, `purchaseCharges` and `chargesBetween`
 * return them, or their JSON — and returns it in the library's form (instants as `toISOString()`
 * strings). Amounts are money ≥ 0; a charge's is a whole multiple of its quantity (its line's
 * effective unit price); `at` lies in the billing period [`periodStart`, `periodEnd`); no other
 * key is taken. The schemas' effect parsers run this same check.
 *
 * @param value - The effect.
 * @param path - Its dot path (`effects.3`).
 * @returns A checked copy.
 * @throws {@link RuleError} naming the field at fault: `MISSING_FIELD`, `INVALID_ARGUMENT`,
 *   `INVALID_AMOUNT`, `UNKNOWN_CURRENCY`, `CURRENCY_MISMATCH`, `INVALID_INSTANT`, `OUT_OF_ORDER`.
 */
export function readNewCommerceEffect(value: unknown, path: string): NewCommerceEffect {
  const record = requireRecord(value, path);
  const type = requireOneOf(
    record.type,
    ['charge', 'credit', 'cancellation-scheduled'] as const,
    fieldPath(path, 'type'),
  );
  if (type === 'charge') return charge(fieldsOf(record, path, CHARGE_KEYS, 'a charge'), path);
  if (type === 'credit') return credit(fieldsOf(record, path, CREDIT_KEYS, 'a credit'), path);
  const f = fieldsOf(record, path, ['type', 'at', 'rule'], 'a scheduled cancellation');
  return { type, at: f.instant('at')[0], rule: f.text('rule') };
}
