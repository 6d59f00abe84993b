import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { readMoney } from '../../../pricing/readMoney.ts';
import { formatInstant } from '../../../time/formatInstant.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { NewCommerceSubscriptionProduct } from '../types.ts';
import { isSold } from './isSold.ts';
import { madeAsOf } from './lastMade.ts';
import { findRules } from './policyRules.ts';

const STATUSES = ['trial', 'active', 'suspended', 'expired', 'disabled', 'cancelled', 'deleted'];
const PRODUCTS = [
  'license-based',
  'software-subscription',
  'marketplace-saas',
  'marketplace-usage',
];
const P = 'subscription';

/** An instant field as the library writes it, or `null` where allowed; its epoch ms (0 for null). */
function instant(value: unknown, path: string, nullable: boolean): number {
  if (value === null && nullable) return 0;
  const ms = parseInstant(value, path);
  if (formatInstant(ms, path) !== value) {
    fail(
      RuleErrorCode.INVALID_INSTANT,
      path,
      'expected an instant as the library writes it (YYYY-MM-DDTHH:mm:ss.sssZ)',
      value,
    );
  }
  return ms;
}

function expect(ok: boolean, path: string, expected: string, value: unknown): void {
  if (!ok)
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      expected,
      value,
    );
}

function quantity(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1)
    fail(RuleErrorCode.INVALID_QUANTITY, path, 'expected an integer ≥ 1', value);
  return value as number;
}

/**
 * The guard every lifecycle function runs on a New Commerce state (ERR-1, NCE-10): every field
 * has its type, every instant is canonical, the seat batches add up to `quantity`, and the fields
 * a status needs are there. A state the library just returned, unchanged, skips the check.
 *
 * @returns The state's `asOf` in epoch milliseconds.
 */
export function readState(subscription: unknown): number {
  const known = madeAsOf(subscription);
  if (known !== undefined) return known;
  expect(
    typeof subscription === 'object' && subscription !== null && !Array.isArray(subscription),
    P,
    'expected a New Commerce subscription state',
    subscription,
  );
  const s = subscription as Readonly<Record<string, unknown>>;
  expect(s.program === 'new-commerce', `${P}.program`, 'expected new-commerce', s.program);
  const status = s.status as string;
  expect(
    STATUSES.includes(status),
    `${P}.status`,
    `expected one of ${STATUSES.join(', ')}`,
    status,
  );
  const asOf = instant(s.asOf, `${P}.asOf`, false);
  expect(
    findRules(s.policyId) !== undefined,
    `${P}.policyId`,
    'expected a New Commerce policy id',
    s.policyId,
  );
  const product = s.product as NewCommerceSubscriptionProduct;
  expect(
    PRODUCTS.includes(product),
    `${P}.product`,
    `expected one of ${PRODUCTS.join(', ')}`,
    product,
  );
  const usage = product === 'marketplace-usage';
  expect(
    usage
      ? s.term === null && s.billingFrequency === null
      : isSold(product, s.term, s.billingFrequency),
    `${P}.term`,
    `expected a term and billing frequency ${product} is sold with`,
    s.term,
  );
  const total = quantity(s.quantity, `${P}.quantity`);
  expect(Array.isArray(s.seats), `${P}.seats`, 'expected the seat batches', s.seats);
  let sum = 0;
  (s.seats as readonly Readonly<Record<string, unknown>>[]).forEach((b, i) => {
    const path = `${P}.seats.${i}`;
    expect(typeof b === 'object' && b !== null, path, 'expected a seat batch', b);
    sum += quantity(b.quantity, `${path}.quantity`);
    instant(b.addedAt, `${path}.addedAt`, false);
    instant(b.reducibleUntil, `${path}.reducibleUntil`, true);
  });
  expect(
    sum === total,
    `${P}.seats`,
    `expected seat batches adding up to the quantity ${total}`,
    sum,
  );
  const c = s.scheduled as Readonly<Record<string, unknown>> | null;
  if (c !== null) {
    expect(
      typeof c === 'object' && c !== undefined,
      `${P}.scheduled`,
      'expected the scheduled changes or null',
      c,
    );
    if (c.quantity !== null) quantity(c.quantity, `${P}.scheduled.quantity`);
    if (c.term !== null || c.billingFrequency !== null)
      expect(
        isSold(product, c.term ?? s.term, c.billingFrequency ?? s.billingFrequency),
        `${P}.scheduled.term`,
        `expected a term and billing frequency ${product} is sold with`,
        c.term,
      );
    if (c.price !== null) readMoney(c.price, `${P}.scheduled.price`);
  }
  expect(typeof s.autoRenew === 'boolean', `${P}.autoRenew`, 'expected true or false', s.autoRenew);
  expect(
    typeof s.cancelAtRenewal === 'boolean',
    `${P}.cancelAtRenewal`,
    'expected true or false',
    s.cancelAtRenewal,
  );
  instant(s.orderedAt, `${P}.orderedAt`, false);
  if (s.price !== null) readMoney(s.price, `${P}.price`);
  const trial = status === 'trial';
  instant(s.trialEndsAt, `${P}.trialEndsAt`, !trial);
  const termed = !usage && !trial && s.trialEndsAt === null;
  instant(s.termAnchor, `${P}.termAnchor`, !termed);
  instant(s.termStart, `${P}.termStart`, !termed);
  instant(s.termEnd, `${P}.termEnd`, !termed);
  expect(
    Number.isSafeInteger(s.termNumber) && (s.termNumber as number) >= (termed ? 1 : 0),
    `${P}.termNumber`,
    'expected the number of terms since termAnchor',
    s.termNumber,
  );
  instant(s.expiredAt, `${P}.expiredAt`, status !== 'expired');
  instant(s.disabledAt, `${P}.disabledAt`, status !== 'disabled');
  return asOf;
}
