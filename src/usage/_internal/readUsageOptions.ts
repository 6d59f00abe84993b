import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { loose } from '../../kernel/columnIndex.ts';
import { fail } from '../../kernel/fail.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { UsageReconcileOptions } from '../types.ts';
import { type Exact, readExact, times } from './exact.ts';
import { requirePercentage } from './requireInputs.ts';
import type { UsageTexts } from './texts/UsageTexts.ts';
import { usageTextsFor } from './texts/usageTextsFor.ts';

/** What the price list says of one meter (USG-3). */
export interface MeterPrice {
  /** `Tags` contains `Third Party`. */
  readonly thirdParty: boolean;
  /** Its PEC rate, a percentage, when the list has a column for it. */
  readonly rate?: Exact;
}

/** The options, read once. */
export interface UsageOptions {
  readonly texts: UsageTexts;
  /** The price list by `MeterId` in lower case, or `null` without one. */
  readonly prices: ReadonlyMap<string, MeterPrice> | null;
  readonly pecRate: Exact;
  readonly period: string | null;
  /** In major units. */
  readonly minAtStake: Exact | null;
  /** When the file was fetched, epoch milliseconds, or `null`. */
  readonly at: number | null;
}

const FIFTEEN: Exact = { units: 15n, scale: 0 };
const HUNDRED: Exact = { units: 100n, scale: 0 };

/** The price list's rows, by meter (USG-3): `Tags` and a PEC rate column. */
export function readPrices(rows: unknown): Map<string, MeterPrice> {
  if (!Array.isArray(rows))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options.prices', 'expected a list', rows);
  const prices = new Map<string, MeterPrice>();
  rows.forEach((row: unknown, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      fail(RuleErrorCode.INVALID_ARGUMENT, `options.prices.${index}`, 'expected an object', row);
    let meter: string | undefined;
    let tags = '';
    let rate: Exact | undefined;
    for (const [name, value] of Object.entries(row)) {
      const key = loose(name);
      const squeezed = key.replace(/\s+/g, '');
      if (key === 'meterid' && meter === undefined && typeof value === 'string')
        meter = value.trim();
      else if (key === 'tags' && typeof value === 'string') tags = value;
      else if (squeezed.includes('earnedcredit') && rate === undefined) {
        const read = readExact(value);
        if (read === null)
          fail(
            RuleErrorCode.INVALID_ARGUMENT,
            `options.prices.${index}.${name}`,
            'expected text of the form {pattern}',
            value,
            '15',
          );
        if (read !== undefined) rate = squeezed.includes('rate') ? times(read, HUNDRED) : read;
      }
    }
    if (meter === undefined || meter === '' || prices.has(meter.toLowerCase())) return;
    prices.set(meter.toLowerCase(), {
      thirdParty: /third party/i.test(tags),
      ...(rate === undefined ? {} : { rate }),
    });
  });
  return prices;
}

/**
 * Reads the options of a usage reconciliation (ERR-1).
 *
 * @throws {@link RuleError} naming `options.<field>` at fault (`INVALID_INSTANT` for `options.at`).
 */
export function readUsageOptions(options: UsageReconcileOptions | undefined): UsageOptions {
  if (
    options !== undefined &&
    (typeof options !== 'object' || options === null || Array.isArray(options))
  )
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options', 'expected an object', options);
  const o = options ?? {};
  const period = o.period;
  if (
    period !== undefined &&
    (typeof period !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
  )
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.period',
      'expected text of the form {pattern}',
      period,
      'YYYY-MM',
    );
  let minAtStake: Exact | null = null;
  if (o.minAtStake !== undefined) {
    const read = typeof o.minAtStake === 'string' ? readExact(o.minAtStake) : null;
    if (read === null || read === undefined || read.units < 0n)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'options.minAtStake',
        'expected text of the form {pattern}',
        o.minAtStake,
        '0.05',
      );
    minAtStake = read;
  }
  return {
    texts: usageTextsFor(o.locale),
    prices: o.prices === undefined ? null : readPrices(o.prices),
    pecRate: requirePercentage(o.pecRate, 'options.pecRate', FIFTEEN),
    period: period ?? null,
    minAtStake,
    at: o.at === undefined ? null : parseInstant(o.at, 'options.at'),
  };
}
