import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { requireRecord } from '../../kernel/requireRecord.ts';
import { readUsdRate } from '../../pricing/readUsdRate.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { LimitRestoration } from '../resultTypes.ts';
import { readAmount } from './readAmount.ts';
import { usdAmount } from './usdAmount.ts';

/** What a customer's earlier refunds hold of the limit at an instant (RES-1). */
export interface LimitUsage {
  /** US cents of cancelled commitment still counted. */
  readonly counted: number;
  /** When each part comes back, oldest first, one per instant. */
  readonly restores: LimitRestoration[];
}

/**
 * The earlier refunds still counted at `atMs` (RES-1): each from its own instant until `windowMs`
 * after it (half-open, TIME-3), in USD at its own rate. Every refund is checked, counted or not; the
 * answer does not depend on their order.
 *
 * @param value - The caller's `options.refunds`.
 * @param atMs - The refund asked about, epoch ms.
 * @param windowMs - The rolling window's length.
 * @returns The USD still counted and when it comes back.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for a value that is not a list; `OUT_OF_ORDER` at
 *   `options.refunds.<i>.at` for a refund after `atMs`; the codes of a bad instant, amount or rate.
 */
export function limitUsage(value: unknown, atMs: number, windowMs: number): LimitUsage {
  if (value !== undefined && !Array.isArray(value)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.refunds', 'expected a list', value);
  }
  const refunds: readonly unknown[] = value ?? [];
  if (refunds.length === 0) return { counted: 0, restores: [] };
  const byInstant = new Map<number, number>();
  let counted = 0;
  for (let i = 0; i < refunds.length; i++) {
    const path = `options.refunds.${i}`;
    const refund = requireRecord(refunds[i], path);
    const ms = parseInstant(refund.at, `${path}.at`);
    if (ms > atMs) {
      fail(
        RuleErrorCode.OUT_OF_ORDER,
        `${path}.at`,
        'expected an instant at or before at ({at})',
        formatInstant(ms, `${path}.at`),
        formatInstant(atMs, 'at'),
      );
    }
    const money = readAmount(refund.cancelledCommitment, `${path}.cancelledCommitment`);
    const rate =
      refund.usdRate === undefined ? undefined : readUsdRate(refund.usdRate, `${path}.usdRate`);
    const usd = usdAmount(money, rate, `${path}.usdRate`, `${path}.cancelledCommitment.amount`);
    if (atMs < ms + windowMs) {
      counted += usd;
      if (!Number.isSafeInteger(counted)) {
        fail(
          RuleErrorCode.INVALID_AMOUNT,
          `${path}.cancelledCommitment.amount`,
          'expected cancelled commitments whose sum in USD is a safe integer of cents',
          money.amount,
        );
      }
      byInstant.set(ms + windowMs, (byInstant.get(ms + windowMs) ?? 0) + usd);
    }
  }
  const restores = [...byInstant]
    .sort(([a], [b]) => a - b)
    .map(([ms, amount]) => ({
      at: formatInstant(ms, 'limitRestoresAt'),
      amount: { amount, currency: 'USD' as const },
    }));
  return { counted, restores };
}
