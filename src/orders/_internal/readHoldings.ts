import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { BILLING_FREQUENCY_MONTHS } from '../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { HoldingStatus } from '../types.ts';

/** The statuses a holding may have (ORD-1). */
export const HOLDING_STATUSES: readonly HoldingStatus[] = [
  'active',
  'suspended',
  'trial',
  'expired',
  'disabled',
  'cancelled',
  'deleted',
];

/** A holding as the checks read it. */
export interface ReadHolding {
  /** Its id, if any. */
  readonly id: string | undefined;
  /** Where it was given (`holdings[2]`), for a message that names it. */
  readonly path: string;
  /** The offer as given: `offer`, else `offerId`. */
  readonly offer: string | undefined;
  /** Partner Center's `offerId`, if given. */
  readonly offerId: string | undefined;
  /** Its seats. */
  readonly quantity: number;
  /** Its status. */
  readonly status: HoldingStatus;
  /** Its term, where known. */
  readonly term: string | undefined;
  /** Its billing frequency, where known. */
  readonly billingFrequency: string | undefined;
}

function optionalText(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '')
    fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a non-empty string', value);
  return value;
}

function optionalOneOf(
  value: unknown,
  allowed: readonly string[],
  path: string,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected one of {allowed}',
      value,
      allowed.join(', '),
    );
  return value;
}

/**
 * Reads the customer's holdings (ORD-1, ORD-9): a list (absent: none) of objects with an `offer`
 * or an `offerId`, a `quantity` that is a safe integer ≥ 0, and where given an `id` (each once), a
 * status, a term and a billing frequency; other keys (a New Commerce state's) are left unread.
 *
 * @throws {@link RuleError} at `holdings[i].<field>`.
 */
export function readHoldings(holdings: unknown): ReadHolding[] {
  if (holdings === undefined) return [];
  if (!Array.isArray(holdings))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'holdings', 'expected a list of holdings', holdings);
  const ids = new Set<string>();
  return holdings.map((value: unknown, i) => {
    const path = `holdings[${i}]`;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      fail(RuleErrorCode.INVALID_ARGUMENT, path, 'expected a holding object', value);
    const h = value as Record<string, unknown>;
    const id = optionalText(h.id, `${path}.id`);
    if (id !== undefined) {
      if (ids.has(id))
        fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.id`, 'expected an id listed once', id);
      ids.add(id);
    }
    const offer = optionalText(h.offer, `${path}.offer`);
    const offerId = optionalText(h.offerId, `${path}.offerId`);
    if (offer === undefined && offerId === undefined)
      fail(
        RuleErrorCode.MISSING_FIELD,
        `${path}.offer`,
        'expected an offer or an offerId',
        h.offer,
      );
    // ORD-9: a quantity that is no safe integer ≥ 0, absent included, is INVALID_QUANTITY
    if (!Number.isSafeInteger(h.quantity) || (h.quantity as number) < 0)
      fail(
        RuleErrorCode.INVALID_QUANTITY,
        `${path}.quantity`,
        'expected an integer ≥ {min}',
        h.quantity,
        0,
      );
    const status = (optionalOneOf(h.status, HOLDING_STATUSES, `${path}.status`) ??
      'active') as HoldingStatus;
    const term = optionalOneOf(h.term, Object.keys(NEW_COMMERCE_TERM_MONTHS), `${path}.term`);
    const billingFrequency = optionalOneOf(
      h.billingFrequency,
      Object.keys(BILLING_FREQUENCY_MONTHS),
      `${path}.billingFrequency`,
    );
    if (h.trial !== undefined && typeof h.trial !== 'boolean')
      fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.trial`, 'expected true or false', h.trial);
    return {
      id,
      path,
      offer,
      offerId,
      quantity: h.quantity as number,
      status: h.trial === true && status === 'active' ? 'trial' : status,
      term,
      billingFrequency,
    };
  });
}
