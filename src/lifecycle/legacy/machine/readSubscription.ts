import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { readMoney } from '../../../pricing/readMoney.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import { checkLinePrice } from '../../_internal/checkLinePrice.ts';
import { termInOrder } from '../../_internal/termInOrder.ts';
import type { StatedField, SubscriptionField } from './fields.ts';
import { madeAsOf } from './lastMade.ts';

const statuses: Readonly<Record<string, true>> = {
  trial: true,
  active: true,
  suspended: true,
  cancelled: true,
  expired: true,
  deleted: true,
};
const products: Readonly<Record<string, true>> = {
  'marketplace-saas': true,
  'marketplace-usage': true,
  'software-subscription': true,
  'windows-7-esu': true,
};
const terms: Readonly<Record<string, true>> = { P1M: true, P1Y: true, P3Y: true };

const CANONICAL = 'expected an instant as the library writes it (YYYY-MM-DDTHH:mm:ss.sssZ)';

/**
 * Canonical instant texts already checked, with their epoch milliseconds. Keyed by the text, so a
 * hit is right whatever object the text came from: a state's dates are the same from one
 * transition to the next, so each is checked once rather than at every call. Built on first use,
 * cleared when it fills.
 */
let checked: Map<string, number> | undefined;
const CHECKED_LIMIT = 4096;

/**
 * An instant field of a state: a valid instant in the canonical form the library writes (so what
 * a transition copies into the next state is always a valid, canonical instant), or `null` where
 * the field may be empty.
 *
 * @returns The instant in epoch milliseconds (0 for an empty field).
 */
function instantField(value: unknown, path: string, nullable: boolean): number {
  if (value === null) {
    if (nullable) return 0;
    fail(RuleErrorCode.MISSING_FIELD, path, 'expected an instant', value);
  }
  if (typeof value === 'string') {
    const known = checked?.get(value);
    if (known !== undefined) return known;
  }
  const ms = parseInstant(value, path);
  if (
    typeof value !== 'string' ||
    value.length !== 24 ||
    value.charCodeAt(23) !== 90 ||
    value.charCodeAt(19) !== 46
  ) {
    return fail(RuleErrorCode.INVALID_INSTANT, path, CANONICAL, value);
  }
  checked ??= new Map();
  if (checked.size >= CHECKED_LIMIT) checked.clear();
  checked.set(value, ms);
  return ms;
}

function oneOf(value: unknown, allowed: Readonly<Record<string, true>>, path: string): void {
  if (typeof value !== 'string' || allowed[value] !== true) {
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected one of {allowed}',
      value,
      Object.keys(allowed).join(', '),
    );
  }
}

function boolean(value: unknown, path: string): void {
  if (typeof value !== 'boolean') {
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected true or false',
      value,
    );
  }
}

/**
 * The guard every lifecycle function runs on the state it is given (ERR-1): every field of
 * `SUBSCRIPTION_FIELDS` has its type, every instant is valid and canonical, and the fields a
 * status needs are there (a trial's `trialEndsAt`, a suspension's record, a term's anchor). So
 * nothing fails deep inside, and nothing invalid is copied into the next state. A state from
 * storage is best read once with `parseSubscription` (schemas entry), which also canonicalises.
 *
 * The fields are read one by one, by the names of the list, in a fixed order (the first broken
 * field is the one reported): a loop over the list would cost a keyed load per field.
 *
 * @returns The state's `asOf` in epoch milliseconds.
 */
export function readSubscription(subscription: unknown): number {
  const known = madeAsOf(subscription);
  if (known !== undefined) return known;
  if (typeof subscription !== 'object' || subscription === null || Array.isArray(subscription)) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'subscription',
      'expected a subscription state',
      subscription,
    );
  }
  const s = subscription as { readonly [K in SubscriptionField | StatedField]?: unknown };
  // a state stored before states carried `program` has none, and is legacy
  if (s.program !== undefined && s.program !== 'legacy')
    oneOf(s.program, { legacy: true, 'new-commerce': true }, 'subscription.program');
  oneOf(s.status, statuses, 'subscription.status');
  if (typeof s.policyId !== 'string') {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'subscription.policyId',
      'expected a policy id',
      s.policyId,
    );
  }
  const asOf = instantField(s.asOf, 'subscription.asOf', false);
  oneOf(s.product, products, 'subscription.product');
  if (s.billingCycle !== null)
    oneOf(s.billingCycle, { monthly: true, annual: true }, 'subscription.billingCycle');
  if (s.term !== null) oneOf(s.term, terms, 'subscription.term');
  if (!Number.isSafeInteger(s.quantity) || (s.quantity as number) < 1) {
    fail(
      RuleErrorCode.INVALID_QUANTITY,
      'subscription.quantity',
      'expected an integer ≥ 1',
      s.quantity,
    );
  }
  boolean(s.autoRenew, 'subscription.autoRenew');
  boolean(s.cancelAtRenewal, 'subscription.cancelAtRenewal');
  instantField(s.orderedAt, 'subscription.orderedAt', false);
  if (s.price !== null)
    checkLinePrice(
      readMoney(s.price, 'subscription.price').amount,
      s.quantity as number,
      'subscription.price.amount',
    );
  instantField(s.accountOpenedAt, 'subscription.accountOpenedAt', true);
  instantField(s.firstBillingPeriodStart, 'subscription.firstBillingPeriodStart', true);
  instantField(s.trialEndsAt, 'subscription.trialEndsAt', s.status !== 'trial');
  instantField(s.termAnchor, 'subscription.termAnchor', s.termEnd === null);
  if (!Number.isSafeInteger(s.termNumber) || (s.termNumber as number) < 0) {
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'subscription.termNumber',
      'expected an integer ≥ 0',
      s.termNumber,
    );
  }
  const startMs = instantField(s.termStart, 'subscription.termStart', true);
  const endMs = instantField(s.termEnd, 'subscription.termEnd', true);
  if (s.termStart !== null) termInOrder(s.termStart, startMs, s.termEnd, endMs, asOf);
  if (s.termEnd !== null && s.term === null) {
    fail(
      RuleErrorCode.MISSING_FIELD,
      'subscription.term',
      'expected the term of a state with a termEnd',
      s.term,
    );
  }
  if (s.fullCreditUntil !== undefined)
    instantField(s.fullCreditUntil, 'subscription.fullCreditUntil', false);
  const suspension = s.suspension;
  if (suspension !== null || s.status === 'suspended') {
    if (typeof suspension !== 'object' || suspension === null || Array.isArray(suspension)) {
      fail(
        suspension === undefined || suspension === null
          ? RuleErrorCode.MISSING_FIELD
          : RuleErrorCode.INVALID_ARGUMENT,
        'subscription.suspension',
        'expected the suspension record of a suspended state',
        suspension,
      );
    }
    const record = suspension as Readonly<Record<string, unknown>>;
    instantField(record.at, 'subscription.suspension.at', false);
    instantField(record.expiresAt, 'subscription.suspension.expiresAt', false);
    oneOf(
      record.reason,
      { 'customer-request': true, nonpayment: true, fraud: true },
      'subscription.suspension.reason',
    );
    oneOf(record.resumeTo, { trial: true, active: true }, 'subscription.suspension.resumeTo');
  }
  return asOf;
}
