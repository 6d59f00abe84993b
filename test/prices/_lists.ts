import fc from 'fast-check';

/** The columns of Partner Center's licence price list (P2), in its documented order. */
export const COLUMNS = [
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

export type Row = Record<(typeof COLUMNS)[number], string>;

/** A Business Basic row (illustrative, assembled as the fact sheet's P9 A), with fields replaced. */
export function basic(fields: Partial<Row> = {}): Row {
  return {
    ProductTitle: 'Microsoft 365 Business Basic',
    ProductId: 'CFQ7TTC0LH18',
    SkuId: '0001',
    SkuTitle: 'Microsoft 365 Business Basic',
    Publisher: 'Microsoft Corporation',
    SkuDescription: 'Best for businesses that need professional email, cloud file storage, and...',
    UnitOfMeasure: '',
    TermDuration: 'P1Y',
    BillingPlan: 'Monthly',
    Market: 'US',
    Currency: 'USD',
    UnitPrice: '75.60',
    PricingTierRangeMin: '',
    PricingTierRangeMax: '',
    EffectiveStartDate: '2023-02-01T00:00:00.0000000Z',
    EffectiveEndDate: '9999-11-30T23:59:59.0000000Z',
    Tags: 'License',
    'ERP Price': '90',
    Segment: 'Commercial',
    ...fields,
  };
}

/** A CSV cell, quoted when it must be. */
const cell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** A price list's text: a header of `columns` (in that order and spelling), then the rows. */
export function csv(
  rows: readonly Row[],
  columns: readonly string[] = COLUMNS,
  names: readonly string[] = columns,
  eol = '\r\n',
): string {
  const lines = [names.map(cell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c as keyof Row] ?? '')).join(','));
  return `${lines.join(eol)}${eol}`;
}

const DAY = 86_400_000;
const BASE = Date.parse('2025-01-01T00:00:00Z');

/**
 * Rows of a few keys, with overlapping and consecutive dates, in both date forms and with
 * placeholder years.
 */
export const priceRows: fc.Arbitrary<Row[]> = fc.array(
  fc
    .record({
      product: fc.constantFrom('CFQ7TTC0LH18', 'CFQ7TTC0LDPB'),
      plan: fc.constantFrom('Monthly', 'Annual'),
      market: fc.constantFrom('US', 'GB'),
      start: fc.option(fc.integer({ min: 0, max: 720 }), { nil: undefined }),
      days: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
      cents: fc.integer({ min: 0, max: 500_000 }),
      us: fc.boolean(),
      description: fc.string({ maxLength: 12 }),
    })
    .map(({ product, plan, market, start, days, cents, us, description }) => {
      const at = (ms: number, end: boolean): string => {
        const d = new Date(ms);
        if (!us) return d.toISOString();
        const h = d.getUTCHours();
        return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${String(d.getUTCMinutes()).padStart(2, '0')}${end ? ':59' : ''} ${h < 12 ? 'AM' : 'PM'}`;
      };
      const from = start === undefined ? undefined : BASE + start * DAY;
      const to = from === undefined || days === undefined ? undefined : from + days * DAY - 1000;
      return basic({
        ProductId: product,
        BillingPlan: plan,
        Market: market,
        Currency: market === 'US' ? 'USD' : 'GBP',
        UnitPrice: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
        EffectiveStartDate: from === undefined ? '1/1/1753 12:00 AM' : at(from, false),
        EffectiveEndDate: to === undefined ? '11/30/9999 11:59 PM' : at(to, true),
        SkuDescription: description,
      });
    }),
  { maxLength: 12 },
);
