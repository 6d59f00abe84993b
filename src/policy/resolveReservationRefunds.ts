import { parseInstant } from '../time/parseInstant.ts';
import { checkReservationRefunds } from './_internal/checkReservationRefunds.ts';
import { legacyEditions } from './data/legacy/editions.ts';
import { partnerCenterReservationRefunds } from './data/programFree.ts';
import { optionsPolicy } from './optionsPolicy.ts';
import type { PolicyOptions } from './PolicyOptions.ts';
import type { ReservationRefundLimit } from './types.ts';

/** The reservation refund limit a decision uses, with the id of the policy it comes from. */
export interface ReservationRefundRules extends ReservationRefundLimit {
  /** The policy's id, named by the decision (POL-1). */
  readonly policyId: string;
}

/** When the catalog's second policy came into force, in epoch ms; read on first use. */
let secondStart: number | undefined;

/**
 * The limit on reservation refunds a decision at `ms` uses (RES-1, POL-2): the caller's
 * `options.policy`'s, checked as it is read (the catalog's when it states none), else the catalog policy's in force at `ms` (the same
 * limit in every catalog policy), named by its id without loading the catalog's rules, so a
 * refund's bundle carries the limit and two ids only.
 *
 * @param options - The caller's options argument (may be `undefined`).
 * @param ms - Epoch milliseconds of the refund.
 * @returns The limit, its window and the policy's id.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for an `options` or `options.policy` that is not an
 *   object with a string `id`, or a malformed `options.policy.reservationRefunds`.
 */
export function resolveReservationRefunds(
  options: PolicyOptions | undefined,
  ms: number,
): ReservationRefundRules {
  const policy = optionsPolicy(options);
  if (policy !== undefined) {
    const { reservationRefunds } = policy;
    // a policy that leaves the limit out takes the catalog's
    if (reservationRefunds === undefined)
      return { policyId: policy.id, ...partnerCenterReservationRefunds };
    checkReservationRefunds(reservationRefunds, 'options.policy.reservationRefunds', undefined);
    return { policyId: policy.id, ...reservationRefunds };
  }
  const [first, second] = legacyEditions;
  secondStart ??= parseInstant(second.inForceFrom, 'inForceFrom');
  return { policyId: (ms < secondStart ? first : second).id, ...partnerCenterReservationRefunds };
}
