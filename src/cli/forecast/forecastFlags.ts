import type { MessageOptions, Promotion } from '../../index.ts';
import { fileFlag, formatFlag } from '../fileFlag.ts';
import { localeOf } from '../localeOf.ts';
import { priceChoiceOf } from '../priceChoiceOf.ts';
import { promotionsFlag } from '../promotions/promotionsFlag.ts';
import type { PriceChoice } from '../reconcile/priceChoice.ts';
import { UsageError } from '../UsageError.ts';
import { type CustomerOfFile, readCustomers } from './customersFile.ts';

/** What `renewals` and `forecast` share on their command line (PL-6). */
export interface ForecastFlags {
  /** `--subscriptions`, each time given. */
  readonly subscriptions: readonly string[];
  /** `--prices`. */
  readonly prices: string;
  /** `--preview`, when given. */
  readonly preview: string | undefined;
  /** `--market`, `--segment`, `--currency`. */
  readonly choice: PriceChoice & { readonly currency?: string | undefined };
  /** `--json` or `--csv`, when asked. */
  readonly format: 'json' | 'csv' | undefined;
  /** `--out`, when given. */
  readonly out: string | undefined;
  /** `--locale`. */
  readonly options: MessageOptions;
  /** `--promotions`, read, when given. */
  readonly promotions: readonly Promotion[] | undefined;
  /** `--customers`, read, by id (lower case), when given. */
  readonly customers: ReadonlyMap<string, CustomerOfFile> | undefined;
}

/** The options `renewals` and `forecast` both take, for `parseArgs`. */
export const FORECAST_OPTIONS = {
  subscriptions: { type: 'string', multiple: true },
  prices: { type: 'string' },
  preview: { type: 'string' },
  market: { type: 'string' },
  segment: { type: 'string' },
  currency: { type: 'string' },
  csv: { type: 'boolean' },
  out: { type: 'string' },
  promotions: { type: 'string' },
  customers: { type: 'string' },
} as const;

/**
 * The flags `renewals` and `forecast` share (PL-6), checked: `--subscriptions` (repeatable) and
 * `--prices` required, `--json` or `--csv` (one), `--out` only with one of them, `--currency` a
 * three-letter code, `--promotions` Partner Center's promotion resources, `--customers` its
 * Customer resources (PL-8).
 *
 * @param values - The parsed flags.
 * @returns The flags.
 * @throws UsageError naming the flag at fault.
 */
export function forecastFlags(values: Readonly<Record<string, unknown>>): ForecastFlags {
  const options = localeOf(values);
  const given = values.subscriptions;
  const subscriptions = Array.isArray(given) ? given.map(String) : [];
  if (subscriptions.length === 0)
    throw new UsageError('--subscriptions: required (the subscriptions, as the API returns them)');
  if (subscriptions.includes(''))
    throw new UsageError('--subscriptions: expected a file or a folder');
  const prices = fileFlag(values, 'prices');
  if (prices === undefined)
    throw new UsageError("--prices: required (Partner Center's price list, as it is downloaded)");
  const format = formatFlag(values);
  const out = fileFlag(values, 'out');
  if (out !== undefined && format === undefined)
    throw new UsageError('--out: says where --json or --csv goes; add one of them');
  const customers = fileFlag(values, 'customers');
  const currency = values.currency;
  if (currency !== undefined && (typeof currency !== 'string' || !/^[A-Za-z]{3}$/.test(currency)))
    throw new UsageError(
      `--currency: expected a three-letter currency code (EUR), got ${JSON.stringify(currency)}`,
    );
  return {
    subscriptions,
    prices,
    preview: fileFlag(values, 'preview'),
    choice: { ...priceChoiceOf(values), currency: currency as string | undefined },
    format,
    out,
    options,
    promotions: promotionsFlag(values),
    customers: customers === undefined ? undefined : readCustomers(customers),
  };
}
