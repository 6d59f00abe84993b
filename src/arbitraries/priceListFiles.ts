import * as fc from 'fast-check';
import { readConstraints } from './_internal/readConstraints.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';

/** What {@link priceListFiles} draws: a current price list and its preview, as Partner Center writes them. */
export interface PriceListFiles {
  /** The current file's text (`timeline=current`): every key's rows, some overlapping. */
  readonly current: string;
  /** The preview's text (`timeline=future`): new rows of some keys, starting after the current ones. */
  readonly preview: string;
  /** The data rows of `current`, as many as its lines after the header. */
  readonly rows: number;
}

/** Options of {@link priceListFiles}. */
export interface PriceListFilesConstraints {
  /**
   * The most keys (product, SKU, term, billing plan, market and currency) of the current file.
   *
   * @defaultValue `6`
   */
  readonly maxKeys?: number | undefined;
}

/** The columns of the licence price list, in Partner Center's documented order (P2). */
const COLUMNS = [
  'ProductTitle',
  'ProductId',
  'SkuId',
  'SkuTitle',
  'Publisher',
  'SkuDescription',
  'UnitOfMeasure',
  'TermDuration',
  'BillingPlan',
  'Market',
  'Currency',
  'UnitPrice',
  'PricingTierRangeMin',
  'PricingTierRangeMax',
  'EffectiveStartDate',
  'EffectiveEndDate',
  'Tags',
  'ERP Price',
  'Segment',
] as const;
const PLANS = [
  ['P1M', 'Monthly'],
  ['P1Y', 'Monthly'],
  ['P1Y', 'Annual'],
  ['P3Y', 'Annual'],
  ['P3Y', 'Monthly'],
] as const;
const MARKETS = [
  ['US', 'USD'],
  ['GB', 'GBP'],
  ['DE', 'EUR'],
  ['JP', 'JPY'],
] as const;
const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 1, 1);

/** A date as Partner Center writes one: ISO with 7 decimals, or Excel's `M/D/YYYY h:mm AM`. */
function written(ms: number, us: boolean): string {
  const d = new Date(ms);
  if (!us)
    return `${d.toISOString().slice(0, 19)}.${String(d.getUTCMilliseconds()).padStart(3, '0')}0000Z`;
  const h = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  const seconds = String(d.getUTCSeconds()).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${minutes}:${seconds} ${h < 12 ? 'AM' : 'PM'}`;
}

/** A CSV cell, quoted when it must be. */
const cell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

const key = fc.record({
  product: fc.integer({ min: 0, max: 99 }),
  plan: fc.constantFrom(...PLANS),
  market: fc.constantFrom(...MARKETS),
});
const period = fc.record({
  // days after the first price, and how long it holds (none: open, the year 9999)
  start: fc.integer({ min: 0, max: 1500 }),
  days: fc.option(fc.integer({ min: 1, max: 800 }), { nil: undefined }),
  cents: fc.integer({ min: 0, max: 2_000_000 }),
  us: fc.boolean(),
  always: fc.boolean(),
});

/**
 * Partner Center licence price lists (PL-1) for property tests of a price-list reader: a current
 * file whose keys each have one to three rows — consecutive, overlapping or duplicated, some since
 * "always" (the year 1753) or open (9999), dates in ISO 8601 with 7 decimals or Excel's
 * `M/D/YYYY h:mm:ss AM` — and a preview holding new rows of some keys from a later start, both in
 * Partner Center's column order with a byte-order mark and CRLF, descriptions quoted with commas.
 * Every row is valid: `readPriceList` reads each file with no issue.
 *
 * @param constraints - `{ maxKeys }`.
 * @returns The arbitrary.
 * @throws `RuleError` `INVALID_ARGUMENT` at `constraints` or `constraints.maxKeys.max` for
 *   bad constraints.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { readPriceList } from 'subscription-rules';
 * import { priceListFiles } from 'subscription-rules/arbitraries';
 * const [files] = fc.sample(priceListFiles(), { seed: 1, numRuns: 1 });
 * files !== undefined && readPriceList(files.current).issues;
 * //=> []
 * ```
 * @category Prices over time
 */
export function priceListFiles(
  constraints?: PriceListFilesConstraints,
): fc.Arbitrary<PriceListFiles> {
  const options = readConstraints(constraints);
  const [, maxKeys] = readIntegerRange(1, options.maxKeys, [1, 6], 'constraints.maxKeys', 1);
  return fc
    .array(
      fc.record({
        key,
        periods: fc.array(period, { minLength: 1, maxLength: 3 }),
        preview: fc.option(period, { nil: undefined }),
      }),
      { minLength: 1, maxLength: maxKeys },
    )
    .map((keys) => {
      const current: string[] = [];
      const preview: string[] = [];
      for (const { key: k, periods, preview: next } of keys) {
        const term = k.plan[0];
        const plan = k.plan[1];
        const market = k.market[0];
        const currency = k.market[1];
        const decimals = currency === 'JPY' ? 0 : 2;
        const line = (p: (typeof periods)[number], offsetDays: number): string => {
          const startMs = FIRST + (p.start + offsetDays) * DAY;
          const price =
            decimals === 0
              ? String(p.cents)
              : `${Math.floor(p.cents / 100)}.${String(p.cents % 100).padStart(2, '0')}`;
          const values: Record<(typeof COLUMNS)[number], string> = {
            ProductTitle: `Product ${k.product}`,
            ProductId: `CFQ7TTC0${String(k.product).padStart(4, '0')}`,
            SkuId: '0001',
            SkuTitle: `Product ${k.product}, plan ${term} ${plan}`,
            Publisher: 'Microsoft Corporation',
            SkuDescription: 'Best for businesses that need email, file storage, and more',
            UnitOfMeasure: '',
            TermDuration: term,
            BillingPlan: plan,
            Market: market,
            Currency: currency,
            UnitPrice: price,
            PricingTierRangeMin: '',
            PricingTierRangeMax: '',
            EffectiveStartDate:
              p.always && offsetDays === 0 ? '1/1/1753 12:00:00 AM' : written(startMs, p.us),
            EffectiveEndDate:
              p.days === undefined
                ? '11/30/9999 11:59:59 PM'
                : written(startMs + p.days * DAY - 1000, p.us),
            Tags: 'License',
            'ERP Price': price,
            Segment: 'Commercial',
          };
          return COLUMNS.map((c) => cell(values[c])).join(',');
        };
        for (const p of periods) current.push(line(p, 0));
        // the preview starts after every current row has started
        if (next !== undefined) preview.push(line({ ...next, always: false }, 1600));
      }
      const file = (lines: string[]): string =>
        `\uFEFF${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
      return { current: file(current), preview: file(preview), rows: current.length };
    });
}
