import { columnIndex } from '../../kernel/columnIndex.ts';
import { MS_PER_DAY as DAY } from '../../kernel/units.ts';
import type { PriceListRow } from '../../partnerCenter/PartnerCenterReadOptions.ts';
import {
  NEW_COMMERCE_TERM_MONTHS,
  type NewCommerceTerm,
} from '../../policy/vocabulary/newCommerceTerms.ts';
import { readPriceDates } from '../../prices/readPriceDates.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import { instantMs } from './instantMs.ts';
import type { SourceNames } from './SourceNames.ts';

/** One row of the user's price list, as the file writes it. */
interface PriceRow {
  readonly subscriptionId: string;
  readonly productSku: string;
  readonly term: string;
  readonly plan: string;
  readonly currency: string;
  /** `Market`, upper case; `''` in a list without the column. */
  readonly market: string;
  readonly unitPrice: string;
  /** When the row holds (PL-1), where the list has the dates: its first and last instants. */
  readonly dates: { readonly startMs: number; readonly endMs: number } | undefined;
}

/** What a price list says of one subscription: its price, or why it has none. */
export type PriceFound =
  | {
      readonly price: PriceListRow;
      /**
       * Where the price came from, as a message names it: the price list (`--prices`, `the price
       * list`); absent for the file's own `UnitPrice` column.
       */
      readonly from?: string;
      /**
       * Set when the row is the SKU's annual term billed annually, found for a resource named an
       * Extended Service Term whose SKU has no monthly-term row (EST-7, PL-3): its month's base is
       * that year's price ÷ 12 (+23 %); `noRow` says what the list lacks, should the resource not
       * read as in one.
       */
      readonly estAnnual?: { readonly noRow: string } | undefined;
    }
  | {
      readonly missing: string;
      /**
       * Set when the list holds several markets and nothing says the subscription's (PL-7: no line
       * of it names `CustomerCountry`, no market given): the markets, for the finding to say so in
       * its language.
       */
      readonly noMarket?: readonly string[] | undefined;
    };

/** Whether a resource's name says it is in an Extended Service Term, as the reader reads it (EST-6). */
const estNamed = (resource: Readonly<Record<string, unknown>>): boolean =>
  estName(resource.offerName) || estName(resource.friendlyName);

/** Maps of maps, a field's value at each level: the answers of one resource's fields at the last. */
type Level = Map<string, Level | PriceFound[]>;

/** The map (or, at the last level, the answers) under `key`, made when missing. */
function level(map: Level, key: string): Level {
  let next = map.get(key);
  if (next === undefined) {
    next = new Map();
    map.set(key, next);
  }
  return next as Level;
}

/** Whether a name holds `extended service term` in any case (too short a name cannot). */
const estName = (name: unknown): boolean =>
  typeof name === 'string' &&
  name.length >= 21 &&
  name.toLowerCase().includes('extended service term');

/** The user's price list (`--prices`), looked up by subscription. */
export interface PriceList {
  /**
   * The price of a subscription: its `SubscriptionId`'s row, else the row of its resource's
   * product and SKU (the first two parts of `offerId`) narrowed by the term, the billing plan and
   * the currency its lines are billed in, where the list has those columns, and by its market
   * (PL-7): the list's market given to {@link priceList}, else `market` (its lines'
   * `CustomerCountry`), in any case; a list of one market needs neither.
   */
  priceOf(
    subscriptionId: string,
    resource: Readonly<Record<string, unknown>>,
    currency: string | undefined,
    market?: string | undefined,
  ): PriceFound;
  /** The markets the list holds, upper case and sorted (`[]` without a `Market` column). */
  readonly markets: readonly string[];
}

/**
 * A unit price cell as the file writes it, read as text: trimmed, Excel's leading apostrophe
 * dropped (`'12.50` is `12.50`); empty when the cell is.
 *
 * @param cell - The cell (a string from a file, anything from rows in memory), or `undefined`.
 * @returns The price's text.
 */
export function priceText(cell: unknown): string {
  return String(cell ?? '')
    .trim()
    .replace(/^'/, '');
}

/** A price's text compared by value: no apostrophe, no trailing zeros (`12.5000` is `12.5`). */
function sameText(text: string): string {
  const plain = text.trim().replace(/^'/, '').trim();
  return plain.includes('.') ? plain.replace(/0+$/, '').replace(/\.$/, '') : plain;
}

/**
 * The start of a resource's current term (NCE-3): the term, anchored on `effectiveStartDate`, that
 * ends the day after `commitmentEndDate` (or up to three days before it: a term of a purchase on
 * the 29th to 31st ends on that day where its month has it, TIME-4); `undefined` when the
 * resource does not say.
 */
function termStartOf(resource: Readonly<Record<string, unknown>>): number | undefined {
  const months = NEW_COMMERCE_TERM_MONTHS[resource.termDuration as NewCommerceTerm];
  const startMs = instantMs(resource.effectiveStartDate);
  const statedEnd = instantMs(resource.commitmentEndDate);
  if (months === undefined || !Number.isFinite(startMs)) return undefined;
  if (!Number.isFinite(statedEnd)) return startMs;
  const endMs = Math.floor(statedEnd / DAY) * DAY + DAY;
  // a term anchored on a later day of the month than it starts on (the 31st, TIME-4) ends up to
  // three days after its start's own count: still the term that starts there
  let n = 1;
  while (newCommerceTermEndAt(startMs, months, n) < endMs - 3 * DAY && n < 1200) n++;
  return n === 1 ? startMs : newCommerceTermEndAt(startMs, months, n - 1);
}

const lower = (value: unknown): string =>
  typeof value === 'string' ? value.trim().toLowerCase() : '';

/**
 * The columns a price list's header lacks (REC-3): `UnitPrice`, `Currency`, and, when it has
 * neither `SubscriptionId` nor both `ProductId` and `SkuId`, `SubscriptionId` and whichever of
 * those two it lacks.
 *
 * @param header - The header's cells.
 * @returns The names, `[]` when it has them all.
 */
export function priceColumnsMissing(header: readonly string[]): string[] {
  const at = columnIndex(header);
  const lacks = (name: string): boolean => at(name) === undefined;
  const missing = ['UnitPrice', 'Currency'].filter(lacks);
  if (lacks('SubscriptionId') && (lacks('ProductId') || lacks('SkuId')))
    missing.push('SubscriptionId', ...['ProductId', 'SkuId'].filter(lacks));
  return missing;
}

/**
 * The user's price list (REC-3) from its header and rows: `UnitPrice` and `Currency` and either
 * `SubscriptionId` or `ProductId` and `SkuId`; `TermDuration` and `BillingPlan` narrow a product's
 * rows where present, so Partner Center's own price list, filtered to the market, serves as it is.
 * A row with its term or billing plan states the price of the whole term (PL-2), and its price
 * carries them so the reader charges one billing period's share; a row without them is one
 * billing period's price.
 * Columns are matched by name, in any order and case.
 *
 * A list of several markets (`Market`) prices each subscription in its own (PL-7): `market` when
 * given (`--market`, `options.market`: it overrides), else the market {@link PriceList.priceOf}
 * is told; without either, a subscription has no price, and says why (`noMarket`).
 *
 * @param header - The header's cells; `undefined` for an empty file (a list without rows).
 * @param cells - The rows' cells, in the header's order.
 * @param names - How a finding names the list (`--prices`).
 * @param market - The market that prices every subscription, when given (any case).
 * @returns The list, or `undefined` when the header lacks the columns.
 */
export function priceList(
  header: readonly string[] | undefined,
  cells: Iterable<readonly unknown[]>,
  names: SourceNames,
  market?: string | undefined,
): PriceList | undefined {
  if (header !== undefined && priceColumnsMissing(header).length > 0) return undefined;
  const at = columnIndex(header ?? []);
  const rows: PriceRow[] = [];
  for (const row of cells) {
    const cell = (name: string): string => {
      const index = at(name);
      const value = index === undefined ? undefined : row[index];
      return typeof value === 'string'
        ? value.trim()
        : typeof value === 'number'
          ? String(value)
          : '';
    };
    rows.push({
      subscriptionId: lower(cell('SubscriptionId')),
      productSku: `${lower(cell('ProductId'))}:${lower(cell('SkuId'))}`,
      term: lower(cell('TermDuration')),
      plan: lower(cell('BillingPlan')),
      currency: cell('Currency').toUpperCase(),
      market: cell('Market').toUpperCase(),
      unitPrice: cell('UnitPrice').replace(/^'/, ''),
      dates:
        cell('EffectiveStartDate') === '' && cell('EffectiveEndDate') === ''
          ? undefined
          : readPriceDates(
              cell('EffectiveStartDate') || '1/1/1753',
              cell('EffectiveEndDate') || '12/31/9999',
            ),
    });
  }
  const markets = [...new Set(rows.map((row) => row.market))].filter((m) => m !== '').sort();
  const given = market?.trim().toUpperCase() || undefined;
  const byId = new Map<string, PriceRow[]>();
  const byProduct = new Map<string, PriceRow[]>();
  for (const row of rows) {
    const map = row.subscriptionId === '' ? byProduct : byId;
    const key = row.subscriptionId === '' ? row.productSku : row.subscriptionId;
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  /** The price of a subscription from the rows, as {@link PriceList.priceOf} says. */
  const look = (
    subscriptionId: string,
    resource: Readonly<Record<string, unknown>>,
    currency: string | undefined,
    inMarket: string | undefined,
  ): PriceFound => {
    const [product = '', sku = ''] = lower(resource.offerId).split(':');
    const byResource = (byProduct.get(`${product}:${sku}`) ?? []).filter(
      (row) =>
        (row.term === '' || row.term === lower(resource.termDuration)) &&
        (row.plan === '' || row.plan === lower(resource.billingCycle)),
    );
    const inCurrency = (byId.get(subscriptionId.toLowerCase()) ?? byResource).filter(
      (row) =>
        (currency === undefined || row.currency === currency.toUpperCase()) &&
        (inMarket === undefined || row.market === '' || row.market === inMarket),
    );
    // rows of several markets, and nothing says its own: a guess would be silently wrong (PL-7)
    if (
      inMarket === undefined &&
      markets.length > 1 &&
      new Set(inCurrency.map((row) => row.market)).size > 1
    )
      return {
        missing: `${names.prices} holds ${markets.length} markets (${markets.join(', ')}) and no line of it names its customer’s country (CustomerCountry): give ${names.market} to price it`,
        noMarket: markets,
      };
    // Partner Center's list holds each price with the dates it holds: the subscription's is the
    // row valid when its current term began (the lock, PL-3), the earlier-started of two (P4)
    const termStart = termStartOf(resource);
    const dated = inCurrency.filter((row) => row.dates !== undefined);
    const valid =
      dated.length === 0 || termStart === undefined
        ? inCurrency
        : dated
            .filter(
              (row) =>
                row.dates !== undefined &&
                row.dates.startMs <= termStart &&
                termStart <= row.dates.endMs,
            )
            .sort((a, b) => (a.dates?.startMs ?? 0) - (b.dates?.startMs ?? 0))
            .slice(0, 1);
    const rows = valid.length === 0 && dated.length > 0 ? [] : valid;
    // one price however many rows write it: the first row that does
    const prices = new Map<string, PriceRow>();
    for (const row of rows) {
      const price = `${sameText(row.unitPrice)} ${row.currency}`;
      if (!prices.has(price)) prices.set(price, row);
    }
    const [only] = prices.values();
    // a row with its term or plan prices the whole term (PL-2): the reader divides it over the
    // term's billing periods, never takes it as one period's
    if (prices.size === 1 && only !== undefined)
      return {
        price: {
          UnitPrice: only.unitPrice,
          Currency: only.currency,
          ...(only.term === '' ? {} : { TermDuration: only.term.toUpperCase() }),
          ...(only.plan === '' ? {} : { BillingPlan: only.plan }),
        },
        from: names.prices,
      };
    const named = byId.has(subscriptionId.toLowerCase())
      ? `SubscriptionId ${subscriptionId}`
      : `ProductId ${product.toUpperCase()}, SkuId ${sku.toUpperCase()} (offerId)`;
    const marketSaid =
      inMarket === undefined || markets.length === 0
        ? ''
        : ` in the market ${inMarket} (${inMarket === given ? names.market : 'CustomerCountry'})`;
    const noRow = `${names.prices} has no row for ${named}${currency === undefined ? '' : ` in ${currency}`}${marketSaid}${dated.length > 0 && termStart !== undefined ? ` valid at its term’s start ${new Date(termStart).toISOString()}` : ''}`;
    // a resource named an Extended Service Term whose SKU has no monthly-term row: its month is
    // priced from the annual row ÷ 12 (EST-7, PL-3), as the lifecycle prices it from a list
    if (prices.size === 0 && estNamed(resource) && lower(resource.termDuration) !== 'p1y') {
      const annual = look(
        subscriptionId,
        { ...resource, termDuration: 'P1Y', billingCycle: 'annual' },
        currency,
        inMarket,
      );
      if ('price' in annual && annual.price.TermDuration === 'P1Y')
        return { ...annual, estAnnual: { noRow } };
    }
    return {
      missing:
        prices.size === 0
          ? noRow
          : `${names.prices} has ${prices.size} prices for ${named}: ${[...prices.values()].map((row) => `${row.unitPrice} ${row.currency}`).join(', ')}`,
    };
  };
  /** What a product's rows gave, by offer, term, plan, currency and term start: most subscriptions share one. */
  const byOffer = new Map<string, PriceFound>();
  // a list without dates prices every term alike: its answers are shared whatever the term's start
  const dated = rows.some((row) => row.dates !== undefined);
  /**
   * The same answers by the fields as a resource writes them (offer, term, plan, currency, then
   * whether it is named an Extended Service Term), one map per field: the resources of an offer
   * write them alike, so a look-up hashes the fields it has instead of writing a key of them.
   */
  const byFields: Level = new Map();
  const fieldsOf = (
    resource: Readonly<Record<string, unknown>>,
    currency: string,
  ): PriceFound[] | undefined => {
    const { offerId, termDuration, billingCycle } = resource;
    if (
      typeof offerId !== 'string' ||
      typeof termDuration !== 'string' ||
      typeof billingCycle !== 'string'
    )
      return undefined;
    const currencies = level(level(level(byFields, offerId), termDuration), billingCycle);
    let found = currencies.get(currency) as PriceFound[] | undefined;
    if (found === undefined) {
      found = [];
      currencies.set(currency, found);
    }
    return found;
  };
  return {
    markets,
    priceOf(subscriptionId, resource, currency, lineMarket) {
      // the market given overrides the lines' (PL-7); a list of one market needs neither
      const inMarket =
        markets.length < 2 ? undefined : (given ?? (lineMarket?.trim().toUpperCase() || undefined));
      if (byId.size > 0 && byId.has(subscriptionId.toLowerCase()))
        return look(subscriptionId, resource, currency, inMarket);
      const est = estNamed(resource);
      // a dated list's answer depends on the term's start, a list of several markets on the
      // market: keyed by them, never by the fields alone
      const found =
        dated || inMarket !== undefined ? undefined : fieldsOf(resource, currency ?? '\n');
      const known = found?.[est ? 1 : 0];
      if (known !== undefined) return known;
      const key = `${lower(resource.offerId)}\n${lower(resource.termDuration)}\n${lower(resource.billingCycle)}\n${currency ?? ''}\n${dated ? (termStartOf(resource) ?? '') : ''}\n${est ? 'est' : ''}\n${inMarket ?? ''}`;
      let answer = byOffer.get(key);
      if (answer === undefined) {
        answer = look(subscriptionId, resource, currency, inMarket);
        byOffer.set(key, answer);
      }
      if (found !== undefined) found[est ? 1 : 0] = answer;
      return answer;
    },
  };
}
