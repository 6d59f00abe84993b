import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { isUsageProduct } from '../../../policy/vocabulary/usageProducts.ts';
import { readPriceStateKey } from '../../../prices/readPriceStateKey.ts';
import { currencyExponents } from '../../../pricing/data/currencyExponents.ts';
import { readMoney } from '../../../pricing/readMoney.ts';
import { assertNotBefore } from '../../../time/assertNotBefore.ts';
import { parseCalendarDate } from '../../../time/parseCalendarDate.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { readCanonicalInstant } from '../../../time/readCanonicalInstant.ts';
import { checkLinePrice } from '../../_internal/checkLinePrice.ts';
import { termInOrder } from '../../_internal/termInOrder.ts';
import { terminal } from '../table.ts';
import type { NewCommerceStatus, NewCommerceSubscriptionProduct } from '../types.ts';
import { bad } from './bad.ts';
import { isSold } from './isSold.ts';
import { madeAsOf } from './lastMade.ts';
import { findRules } from './policyRules.ts';
import { readEndOfSale } from './readEndOfSale.ts';
import { readEndOfTerm } from './readEndOfTerm.ts';

const PRODUCTS = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
  'azure-plan',
];

/** Whether `value` is one of {@link PRODUCTS}: compared in place, no builtin call. */
function isProduct(value: unknown): boolean {
  return (
    value === 'license-based' ||
    value === 'software-subscription' ||
    value === 'marketplace-saas' ||
    value === 'marketplace-usage' ||
    value === 'azure-plan'
  );
}

/** Whether `value` is a New Commerce status (the table's keys): compared in place, no builtin call. */
function isStatus(value: unknown): boolean {
  return (
    value === 'active' ||
    value === 'suspended' ||
    value === 'trial' ||
    value === 'expired' ||
    value === 'disabled' ||
    value === 'cancelled' ||
    value === 'deleted'
  );
}

/**
 * The currency code last found in the table of currencies: a state's prices (and one state after
 * another) repeat it, and `Object.hasOwn` on the table was ~160 instructions a call. Compared by
 * content, so a hit is never stale; it starts as no text (a currency is a string first).
 */
let knownCurrency: string | undefined;

/**
 * Canonical instant texts already checked, with their epoch ms: keyed by the text, so a hit is
 * right whatever object it came from (a state's dates repeat from one call to the next). Built on
 * first use, cleared when it fills.
 */
let checked: Map<string, number> | undefined;

/**
 * The text each field (a slot: `asOf`, `orderedAt`, …, the first seat batch's two) last held when
 * it was checked, and its epoch ms: a state read from JSON holds the same dates as the one before
 * it, and a text equal to the one before needs neither hashing nor parsing. Compared by content,
 * so a hit is never stale; a slot starts holding an object no caller has.
 */
const slotText: unknown[] = Array(10).fill({});
const slotMs: number[] = Array(10).fill(0);

/**
 * An instant field as the library writes it, or `null` where allowed; its epoch ms (0 for null).
 * `slot` names the field's place in the slots above, or -1 for none.
 */
function instant(value: unknown, path: string, nullable: boolean, slot = -1): number {
  if (value === null && nullable) return 0;
  if (slot >= 0 && value === slotText[slot]) return slotMs[slot] as number;
  let ms = typeof value === 'string' ? checked?.get(value) : undefined;
  if (ms === undefined) {
    // the form the library writes, read by a reader of that form alone (TIME-1); anything else
    // by the full parser, for its error, or for the error below
    ms = typeof value === 'string' ? readCanonicalInstant(value) : Number.NaN;
    if (Number.isNaN(ms)) {
      parseInstant(value, path);
      fail(
        RuleErrorCode.INVALID_INSTANT,
        path,
        'expected an instant as the library writes it (YYYY-MM-DDTHH:mm:ss.sssZ)',
        value,
      );
    }
    checked ??= new Map();
    if (checked.size >= 4096) checked.clear();
    checked.set(value as string, ms);
  }
  if (slot >= 0) {
    slotText[slot] = value;
    slotMs[slot] = ms;
  }
  return ms;
}

function quantity(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1)
    fail(RuleErrorCode.INVALID_QUANTITY, path, 'expected an integer ≥ 1', value);
  return value as number;
}

/**
 * The amount of a price as {@link readMoney} reads it, without building the copy it returns: a
 * price that is not one goes through `readMoney`, whose error names the field.
 */
function amountOf(value: unknown, path: string): number {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { amount, currency } = value as { amount?: unknown; currency?: unknown };
    if (Number.isSafeInteger(amount) && typeof currency === 'string') {
      if (currency === knownCurrency) return amount as number;
      if (Object.hasOwn(currencyExponents, currency)) {
        knownCurrency = currency;
        return amount as number;
      }
    }
  }
  return readMoney(value, path).amount;
}

/** A seat batch's quantity: its path is spelt out only when it is wrong. */
function batchQuantity(value: unknown, i: number): number {
  return Number.isSafeInteger(value) && (value as number) >= 1
    ? (value as number)
    : quantity(value, `subscription.seats.${i}.quantity`);
}

/**
 * A seat batch's instant: the path is spelt out only when the text is not one already checked;
 * the first batch's two fields have slots 8 and 9.
 */
function batchInstant(
  value: unknown,
  i: number,
  field: string,
  nullable: boolean,
  slot: number,
): void {
  if (i === 0 && value === slotText[slot]) return;
  if (value === null ? !nullable : typeof value !== 'string' || checked?.has(value) !== true)
    instant(value, `subscription.seats.${i}.${field}`, nullable, i === 0 ? slot : -1);
}

const SOLD = 'expected a term and billing frequency the product is sold with';

/**
 * The billing frequency change of a running term (MID-2): one waiting for its `from`, inside the
 * term, at a frequency the product is sold with and a price that stays a safe integer for the
 * seats; or the instant the term's billing periods count from since one was made.
 */
function midTerm(
  s: Readonly<Record<string, unknown>>,
  product: NewCommerceSubscriptionProduct,
  total: number,
  running: boolean,
  startMs: number,
  endMs: number,
): void {
  const pending = s.pendingBillingFrequency as Readonly<Record<string, unknown>> | undefined;
  if (pending !== undefined) {
    const path = 'subscription.pendingBillingFrequency';
    if (typeof pending !== 'object' || pending === null || !running)
      bad(path, 'expected a billing frequency change of a running term', pending);
    if (!isSold(product, s.term, pending.billingFrequency))
      bad(`${path}.billingFrequency`, SOLD, pending.billingFrequency);
    checkLinePrice(readMoney(pending.price, `${path}.price`).amount, total, `${path}.price.amount`);
    const fromMs = instant(pending.from, `${path}.from`, false);
    if (fromMs <= startMs || fromMs >= endMs)
      bad(`${path}.from`, 'expected an instant inside the current term', pending.from);
    const from = pending.priceFrom as Readonly<Record<string, unknown>> | undefined;
    if (
      from !== undefined &&
      (typeof from !== 'object' ||
        from === null ||
        typeof from.unitPrice !== 'string' ||
        !(from.effectiveStartDate === null || typeof from.effectiveStartDate === 'string'))
    )
      bad(`${path}.priceFrom`, 'expected { effectiveStartDate, unitPrice, periodPrice }', from);
    if (from !== undefined) readMoney(from.periodPrice, `${path}.priceFrom.periodPrice`);
  }
  if (s.billingPeriodsFrom !== undefined) {
    const fromMs = instant(s.billingPeriodsFrom, 'subscription.billingPeriodsFrom', false);
    if (s.termStart === null || fromMs < startMs || fromMs >= endMs)
      bad(
        'subscription.billingPeriodsFrom',
        'expected an instant inside the current term',
        s.billingPeriodsFrom,
      );
  }
}

/**
 * The guard every lifecycle function runs on a New Commerce state (ERR-1, NCE-10): every field
 * has its type, every instant is canonical, the seat batches add up to `quantity`, the fields
 * a status needs are there, and stated windows (PCR-1) belong to a term. A state the library just returned, unchanged, skips the check.
 *
 * @returns The state's `asOf` in epoch milliseconds.
 */
export function readState(subscription: unknown): number {
  const known = madeAsOf(subscription);
  if (known !== undefined) return known;
  if (typeof subscription !== 'object' || subscription === null || Array.isArray(subscription))
    bad('subscription', 'expected a New Commerce subscription state', subscription);
  const s = subscription as Readonly<Record<string, unknown>>;
  if (s.program !== 'new-commerce') bad('subscription.program', 'expected new-commerce', s.program);
  const status = s.status as NewCommerceStatus;
  if (!isStatus(status))
    bad(
      'subscription.status',
      'expected one of {allowed}',
      status,
      Object.keys(terminal).join(', '),
    );
  const asOf = instant(s.asOf, 'subscription.asOf', false, 0);
  if (findRules(s.policyId) === undefined)
    bad('subscription.policyId', 'expected a New Commerce policy id', s.policyId);
  const product = s.product as NewCommerceSubscriptionProduct;
  if (!isProduct(product))
    bad('subscription.product', 'expected one of {allowed}', product, PRODUCTS.join(', '));
  const usage = isUsageProduct(product);
  if (
    usage
      ? s.term !== null || s.billingFrequency !== null
      : !isSold(product, s.term, s.billingFrequency)
  )
    bad('subscription.term', SOLD, s.term);
  const total = quantity(s.quantity, 'subscription.quantity');
  const seats = s.seats as readonly Readonly<Record<string, unknown>>[];
  if (!Array.isArray(seats)) bad('subscription.seats', 'expected the seat batches', seats);
  let sum = 0;
  for (let i = 0; i < seats.length; i++) {
    const b = seats[i];
    if (typeof b !== 'object' || b === null)
      bad(`subscription.seats.${i}`, 'expected a seat batch', b);
    sum += batchQuantity(b.quantity, i);
    batchInstant(b.addedAt, i, 'addedAt', false, 8);
    batchInstant(b.reducibleUntil, i, 'reducibleUntil', true, 9);
  }
  if (sum !== total)
    bad(
      'subscription.seats',
      'expected seat batches adding up to the quantity {total}',
      sum,
      total,
    );
  const c = s.scheduled as Readonly<Record<string, unknown>> | null;
  if (c !== null) {
    if (typeof c !== 'object' || Array.isArray(c))
      bad('subscription.scheduled', 'expected the scheduled changes or null', c);
    if (c.quantity !== null) quantity(c.quantity, 'subscription.scheduled.quantity');
    if (
      (c.term !== null || c.billingFrequency !== null) &&
      !isSold(product, c.term ?? s.term, c.billingFrequency ?? s.billingFrequency)
    )
      bad('subscription.scheduled.term', SOLD, c.term);
    if (c.price !== null)
      checkLinePrice(
        amountOf(c.price, 'subscription.scheduled.price'),
        (c.quantity ?? total) as number,
        'subscription.scheduled.price.amount',
      );
    if (c.customTermEndDate !== undefined)
      parseCalendarDate(c.customTermEndDate, 'subscription.scheduled.customTermEndDate');
  }
  if (typeof s.autoRenew !== 'boolean')
    bad('subscription.autoRenew', 'expected true or false', s.autoRenew);
  readEndOfTerm(s, total);
  if (typeof s.cancelAtRenewal !== 'boolean')
    bad('subscription.cancelAtRenewal', 'expected true or false', s.cancelAtRenewal);
  instant(s.orderedAt, 'subscription.orderedAt', false, 1);
  if (s.price !== null)
    checkLinePrice(amountOf(s.price, 'subscription.price'), total, 'subscription.price.amount');
  const trial = status === 'trial';
  instant(s.trialEndsAt, 'subscription.trialEndsAt', !trial, 2);
  // A running subscription is always in a term; an ended one is unless it ended as a trial (NCE-7).
  const running = status === 'active' || status === 'suspended';
  const termed = !usage && !trial && (running || s.trialEndsAt === null);
  instant(s.termAnchor, 'subscription.termAnchor', !termed, 3);
  const startMs = instant(s.termStart, 'subscription.termStart', !termed, 4);
  const endMs = instant(s.termEnd, 'subscription.termEnd', !termed, 5);
  if (s.termStart !== null) termInOrder(s.termStart, startMs, s.termEnd, endMs, asOf);
  if (!Number.isSafeInteger(s.termNumber) || (s.termNumber as number) < (termed ? 1 : 0))
    bad('subscription.termNumber', 'expected the number of terms since termAnchor', s.termNumber);
  instant(s.expiredAt, 'subscription.expiredAt', status !== 'expired', 6);
  instant(s.disabledAt, 'subscription.disabledAt', status !== 'disabled', 7);
  // the windows Partner Center stated for the current term (PCR-1), only when there is one
  if (s.cancellableUntil !== undefined || s.fullCreditUntil !== undefined) {
    if (s.termStart === null)
      bad(
        'subscription.cancellableUntil',
        'expected no stated window without a term',
        s.cancellableUntil,
      );
    if (s.cancellableUntil !== undefined)
      instant(s.cancellableUntil, 'subscription.cancellableUntil', true);
    if (s.fullCreditUntil !== undefined)
      instant(s.fullCreditUntil, 'subscription.fullCreditUntil', false);
  }
  if (s.offerId !== undefined && (typeof s.offerId !== 'string' || s.offerId.length === 0))
    bad('subscription.offerId', 'expected an offer id', s.offerId);
  if (s.endOfSale !== undefined) readEndOfSale(s.endOfSale, 'subscription.endOfSale');
  if (s.priceKey !== undefined) readPriceStateKey(s.priceKey, 'subscription.priceKey');
  // the term's promotion (PL-5): its id and window, its fraction, the list's price in the state's
  // currency; the state's price is the discounted one
  const promotion = s.promotion as Readonly<Record<string, unknown>> | undefined;
  if (promotion !== undefined) {
    const path = 'subscription.promotion';
    if (typeof promotion !== 'object' || promotion === null || s.price === null)
      bad(path, 'expected the promotion of a priced term', promotion);
    if (typeof promotion.promotionId !== 'string' || promotion.promotionId === '')
      bad(`${path}.promotionId`, 'expected a promotion id', promotion.promotionId);
    const value = promotion.value;
    if (typeof value !== 'string' || !/^(0\.\d*[1-9]\d*|1(\.0+)?)$/.test(value))
      bad(
        `${path}.value`,
        'expected a fraction as decimal text, more than 0 and at most 1 (’0.05’ is 5 %)',
        value,
      );
    const fromMs = instant(promotion.startDate, `${path}.startDate`, false);
    const toMs = instant(promotion.endDate, `${path}.endDate`, false);
    assertNotBefore(toMs, `${path}.endDate`, fromMs, `${path}.startDate`);
    const list = readMoney(promotion.listPrice, `${path}.listPrice`);
    const currency = (s.price as { currency: string }).currency;
    if (list.currency !== currency)
      fail(
        RuleErrorCode.CURRENCY_MISMATCH,
        `${path}.listPrice.currency`,
        'expected {currency}, the currency of the subscription’s price',
        list.currency,
        currency,
      );
  }
  midTerm(s, product, total, running, startMs, endMs);
  return asOf;
}
