import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { MessageOptions } from '../../messages/types.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { NewCommerceRules, ReconcileSubscriptionsOptions } from '../replayTypes.ts';
import { type BillingMonth, billingMonth } from './billingMonth.ts';
import { type PriceList, priceColumnsMissing, priceList } from './priceList.ts';
import { readOptions } from './readLineOptions.ts';
import { readReconcileOptions } from './readReconcileOptions.ts';
import { cellsOf, headersOf } from './rowsInMemory.ts';
import { LIST_NAMES } from './SourceNames.ts';
import type { ReconciliationTexts } from './texts/ReconciliationTexts.ts';

const KEYS = [
  'rules',
  'prices',
  'market',
  'locale',
  'period',
  'at',
  'extendedServiceTermBase',
  'promotions',
];
const RULE_NAMES = [
  'fromPartnerCenterSubscription',
  'purchaseCharges',
  'transition',
  'advance',
  'chargesBetween',
] as const;
/** `reconcileSubscriptions`' options, read. */
export interface ReadSubscriptionsOptions {
  /** The New Commerce rules. */
  readonly rules: NewCommerceRules;
  /** The price list, when given and it has its columns. */
  readonly prices: PriceList | undefined;
  /** The columns the price list lacks (`[]` without one, or with them). */
  readonly missingPriceColumns: readonly string[];
  /** `{ locale }`, as the pieces take it. */
  readonly messages: MessageOptions;
  /** The sentences of that locale. */
  readonly texts: ReconciliationTexts;
  /** The billing month, when given. */
  readonly period: BillingMonth | undefined;
  /** The instant remedies are worked out at, in epoch milliseconds, when given. */
  readonly at: number | undefined;
  /** What an Extended Service Term is priced from, when given: checked by the reader. */
  readonly estBase: ReconcileSubscriptionsOptions['extendedServiceTermBase'];
  /** `promotions`, when given: checked by the reader and the lifecycle that take them. */
  readonly promotions: ReconcileSubscriptionsOptions['promotions'];
}

/**
 * A list of a caller's, or the RuleError naming it.
 *
 * @param value - The value.
 * @param path - Its name (`rows`).
 * @returns The list.
 * @throws {@link RuleError} `MISSING_FIELD` or `INVALID_ARGUMENT` at `path`.
 */
export function list(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value))
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected a list',
      value,
    );
  return value;
}

/**
 * Reads the options of `reconcileSubscriptions` (ERR-1): `rules` with its five functions,
 * `prices` a price list's rows (the columns it lacks said, not thrown), `market` a two-letter
 * market the list holds (PL-7: it overrides each subscription's own), `locale`, `period` a
 * billing month `YYYY-MM`, `at` an ISO 8601 instant, `extendedServiceTermBase` and `promotions`
 * (checked where a subscription is read, as the reader checks them); no other key.
 *
 * @param options - The caller's options.
 * @returns Them, read.
 * @throws {@link RuleError} naming the option at fault.
 */
export function readSubscriptionsOptions(options: unknown): ReadSubscriptionsOptions {
  const read = readOptions(options, KEYS);
  const rules = read.rules as NewCommerceRules;
  for (const name of RULE_NAMES)
    if (typeof (rules as unknown as Record<string, unknown> | undefined)?.[name] !== 'function')
      fail(
        rules === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
        rules === undefined ? 'options.rules' : `options.rules.${name}`,
        'expected an object',
        rules === undefined ? rules : (rules as unknown as Record<string, unknown>)[name],
      );
  const messages = read.locale === undefined ? {} : { locale: read.locale as never };
  const { texts } = readReconcileOptions(messages);
  // the market that overrides each subscription's own, its lines' CustomerCountry (PL-7)
  const market = typeof read.market === 'string' ? read.market.trim().toUpperCase() : undefined;
  if (read.market !== undefined && (market === undefined || !/^[A-Z]{2}$/.test(market)))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.market',
      'expected a market, its two-letter country code (DE)',
      read.market,
    );
  let prices: PriceList | undefined;
  let missingPriceColumns: string[] = [];
  if (read.prices !== undefined) {
    const priceRows = list(read.prices, 'options.prices');
    const header = headersOf(priceRows);
    prices = priceList(
      header,
      priceRows.map((row) => cellsOf(row, header)),
      LIST_NAMES,
      market,
    );
    if (prices === undefined) missingPriceColumns = priceColumnsMissing(header);
    const held = prices?.markets ?? [];
    if (market !== undefined && held.length > 0 && !held.includes(market))
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'options.market',
        'expected a market the price list has rows of ({held})',
        read.market,
        held.join(', '),
      );
  }
  const period = read.period === undefined ? undefined : billingMonth(read.period);
  if (read.period !== undefined && period === undefined)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'options.period',
      'expected the billing month as YYYY-MM (2026-10)',
      read.period,
    );
  const at = read.at === undefined ? undefined : parseInstant(read.at, 'options.at');
  const estBase = read.extendedServiceTermBase as ReadSubscriptionsOptions['estBase'];
  const promotions = read.promotions as ReadSubscriptionsOptions['promotions'];
  return { rules, prices, missingPriceColumns, messages, texts, period, at, estBase, promotions };
}
