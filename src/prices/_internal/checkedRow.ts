import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { requireRecord } from '../../kernel/requireRecord.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { PriceRow } from '../types.ts';
import { keyText, PRICE_KEY_COLUMNS } from './canonical.ts';

/** A row of a list checked where it is read, with its key and its instants (±Infinity for always). */
export interface CheckedRow {
  readonly row: PriceRow;
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** A row's text columns: its key's and its price. */
const TEXT = [...PRICE_KEY_COLUMNS, 'UnitPrice'] as const;

/**
 * A price-list row as a caller may give it (a JSON copy, or built by hand), checked: its key's
 * columns and price as strings, its line a positive integer, its dates instants or `null`.
 *
 * @param value - The row.
 * @param path - Its dot path (`list.rows.3`).
 * @returns The row with its key and instants.
 * @throws {@link RuleError} at `<path>.<field>`.
 */
export function checkedRow(value: unknown, path: string): CheckedRow {
  const row = requireRecord(value, path);
  for (const field of TEXT)
    if (typeof row[field] !== 'string')
      fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.${field}`, 'expected a string', row[field]);
  if (!Number.isSafeInteger(row.line) || (row.line as number) < 1)
    fail(RuleErrorCode.INVALID_ARGUMENT, `${path}.line`, 'expected an integer ≥ 1', row.line);
  requireRecord(row.cells, `${path}.cells`);
  const r = row as unknown as PriceRow;
  const start =
    r.EffectiveStartDate === null
      ? -Infinity
      : parseInstant(r.EffectiveStartDate, `${path}.EffectiveStartDate`);
  const end =
    r.EffectiveEndDate === null
      ? Infinity
      : parseInstant(r.EffectiveEndDate, `${path}.EffectiveEndDate`);
  return {
    row: r,
    key: keyText(
      r.ProductId,
      r.SkuId,
      r.TermDuration,
      r.BillingPlan,
      r.Market,
      r.Currency,
      r.Segment,
    ),
    start,
    end,
  };
}
