import * as z from 'zod/mini';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { issueOf } from '../kernel/issueOf.ts';
import type { ReservationRefundRecord } from '../reservations/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import { throwIssues } from './_internal/throwIssues.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<ReservationRefundRecord>[], unknown> | undefined;

/** Each refund with its instant in ISO UTC form, once every one not in USD has its rate. */
function canonical(
  refunds: Canonical<ReservationRefundRecord>[],
): Canonical<ReservationRefundRecord>[] {
  const missing = refunds.flatMap((refund, i) =>
    refund.cancelledCommitment.currency !== 'USD' && refund.usdRate === undefined
      ? [issueOf(`${i}.usdRate`, 'is required')]
      : [],
  );
  throwIssues(RuleErrorCode.MISSING_FIELD, missing);
  return refunds.map((refund, i) => ({
    at: canonicalInstant(refund.at, `${i}.at`),
    cancelledCommitment: refund.cancelledCommitment,
    ...(refund.usdRate === undefined ? {} : { usdRate: refund.usdRate }),
  }));
}

/**
 * The zod/mini schema of a customer's earlier reservation refunds (ERR-2, RES-1), as
 * `reservationRefund` takes them in `options.refunds`: a list of `{ at, cancelledCommitment,
 * usdRate? }`, each commitment ≥ 0 and, when not in USD, with its `usdRate`; unknown keys
 * rejected. Its output has every `at` in ISO 8601 UTC form. Built on the first call.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { refundHistorySchema } from 'subscription-rules/schemas';
 * refundHistorySchema().safeParse([
 *   { at: '2026-03-01T00:00:00Z', cancelledCommitment: { amount: 240000, currency: 'USD' } },
 * ]).success;
 * //=> true
 * ```
 * @category Schemas
 */
export function refundHistorySchema(): z.ZodMiniType<
  Canonical<ReservationRefundRecord>[],
  unknown
> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = canonicalising(
    z.array(
      z.strictObject({
        at: parts.instant,
        cancelledCommitment: parts.price,
        usdRate: z.optional(parts.usdRate),
      }),
    ),
    canonical,
  );
  return schema;
}
