import fc from 'fast-check';
import { type PriceList, readPriceList } from 'subscription-rules';
import * as newCommerce from 'subscription-rules/new-commerce';
import { type InvoiceLine, invoiceLines } from 'subscription-rules/reconciliation';

const DAY = 86_400_000;
const SUBSCRIPTION_ID = 'a1b2c3d4-0000-4000-8000-00000000000';
const PRODUCT = { ProductId: 'CFQ7TTC0LDPB', SkuId: '0001' } as const;
const KEY = { ...PRODUCT, Market: 'US', Currency: 'USD', Segment: 'Commercial' } as const;

type Term = 'P1M' | 'P1Y' | 'P3Y';
type Cycle = 'monthly' | 'annual';
type State = newCommerce.NewCommerceSubscription;
type Effect = Parameters<typeof invoiceLines>[0][number];

/** One subscription of a generated file: how it was bought, priced and changed in the month. */
interface Drawn {
  readonly term: Term;
  readonly cycle: Cycle;
  readonly orderedMs: number;
  readonly quantity: number;
  /** The term's price (`UnitPrice` of the whole term) before and after the rise, in cents. */
  readonly before: number;
  readonly after: number;
  /** When the list's price rises. */
  readonly riseMs: number;
  /** Seats added on a day of the month (its index from 0), when any. */
  readonly added: { readonly day: number; readonly seats: number } | null;
  /**
   * A price the partner negotiated for the first term, this many percent under the list's (the
   * list never shows it); its first term ends early in the month, before any fetch, so the term is
   * always rebuilt back and only the file's own `UnitPrice` prices it (REC-5).
   */
  readonly negotiated?: number;
  /**
   * Set to end its committed term in an Extended Service Term (EST-3): month to month from its
   * term's end, early in the month, priced from the list's monthly-term row plus 3 %.
   */
  readonly est?: true;
}

/** A generated month's file: its rows, its price list, the resources as fetched at any instant. */
export interface FetchedFile {
  /** The billing month, `YYYY-MM`. */
  readonly period: string;
  /** The first instant after the month (epoch ms). */
  readonly monthEndMs: number;
  /** When the last of its subscriptions was bought: no resource is fetched before it. */
  readonly bornMs: number;
  /** The file's rows, every value a string, with the errors planted. */
  readonly rows: readonly Record<string, string>[];
  /** The price list's rows (Partner Center's columns). */
  readonly prices: readonly Record<string, string>[];
  /** The resources, as fetched at `fetchedMs` (from 20 days before the month's end to 40 after). */
  readonly resources: (fetchedMs: number) => Record<string, unknown>[];
  /** The rows planted wrong (row among the data rows, from 1) and the cents each adds. */
  readonly planted: readonly { readonly row: number; readonly cents: number }[];
}

const iso = (ms: number): string => new Date(ms).toISOString();
/** Cents as a decimal text with two decimals, exactly (no float). */
function cents(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A file's `Subtotal` (two decimals) and `extra` cents more, exactly. */
function plus(subtotal: string, extra: number): string {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(subtotal);
  if (match === null) throw new Error(`not a two-decimal amount: ${subtotal}`);
  const units = Number(`${match[2]}${match[3]}`) * (match[1] === '-' ? -1 : 1);
  return cents(units + extra);
}

/** The price list's rows of a term and plan: the price until the rise, then the price after it. */
function priceRows(drawn: Drawn): Record<string, string>[] {
  const common = {
    ...PRODUCT,
    TermDuration: drawn.term,
    BillingPlan: drawn.cycle === 'monthly' ? 'Monthly' : 'Annual',
    Market: 'US',
    Currency: 'USD',
    Segment: 'Commercial',
  };
  // an Extended Service Term is priced from the SKU's monthly-term row (PL-3): a month of the term
  const monthly =
    drawn.est === true
      ? [
          {
            ...common,
            TermDuration: 'P1M',
            BillingPlan: 'Monthly',
            UnitPrice: cents(drawn.after / 12),
            EffectiveStartDate: '2020-01-01T00:00:00Z',
            EffectiveEndDate: '9999-12-31T00:00:00Z',
          },
        ]
      : [];
  return [
    ...monthly,
    {
      ...common,
      UnitPrice: cents(drawn.before),
      EffectiveStartDate: '2020-01-01T00:00:00Z',
      EffectiveEndDate: iso(drawn.riseMs - 1),
    },
    {
      ...common,
      UnitPrice: cents(drawn.after),
      EffectiveStartDate: iso(drawn.riseMs),
      EffectiveEndDate: '9999-12-31T00:00:00Z',
    },
  ];
}

/** The subscription's state as the rules make it, bought at its instant at the list's price. */
function bought(drawn: Drawn, sku: string): State {
  const listed = drawn.orderedMs < drawn.riseMs ? drawn.before : drawn.after;
  const months = drawn.term === 'P1M' ? 1 : drawn.term === 'P1Y' ? 12 : 36;
  const periods = drawn.cycle === 'annual' ? months / 12 : months;
  // a negotiated first term: whole cents a period, the percent off the list's period price
  const price =
    drawn.negotiated === undefined
      ? listed
      : Math.round(((listed / periods) * (100 - drawn.negotiated)) / 100) * periods;
  const state = newCommerce.createSubscription({
    program: 'new-commerce',
    product: 'license-based',
    term: drawn.term,
    billingFrequency: drawn.cycle,
    quantity: drawn.quantity,
    orderedAt: iso(drawn.orderedMs),
    // a whole number of cents a period: the term's price is drawn as a month's times its months
    price: { amount: price / periods, currency: 'USD' },
    priceKey: { ...KEY, SkuId: sku },
  }) as State;
  if (drawn.est !== true) return state;
  // its end of term set to the Extended Service Term the day after it was bought (EST-2)
  const set = newCommerce.transition(state, {
    type: 'set-end-of-term',
    at: iso(drawn.orderedMs + DAY),
    action: 'extended-service-term',
  });
  if (!set.ok) throw new Error(set.message);
  return set.subscription as State;
}

/** Partner Center's resource of a state, as the API returns it when fetched at the state's `asOf`. */
function resourceOf(state: State, id: string, createdMs: number): Record<string, unknown> {
  return {
    id,
    offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
    offerName:
      state.extendedServiceTerm === undefined
        ? 'Microsoft 365 Business Standard'
        : 'Microsoft 365 Business Standard Extended Service Term',
    quantity: state.quantity,
    unitType: 'Licenses',
    productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
    creationDate: iso(createdMs),
    effectiveStartDate: state.termStart,
    commitmentEndDate: iso(Date.parse(String(state.termEnd)) - DAY),
    status: 'active',
    autoRenewEnabled: state.autoRenew,
    isTrial: false,
    billingType: 'license',
    billingCycle: state.billingFrequency,
    termDuration: state.term,
    isMicrosoftProduct: true,
  };
}

/** The charges of the month by the rules, and the state after each change (for the fetch). */
function month(
  drawn: Drawn,
  sku: string,
  firstMs: number,
  endMs: number,
  list: PriceList,
): Effect[] {
  const options = { priceList: list };
  let state = bought(drawn, sku);
  const effects: Effect[] = [];
  if (drawn.orderedMs >= firstMs) effects.push(...newCommerce.purchaseCharges(state));
  else state = newCommerce.advance(state, iso(firstMs - 1), options).subscription as State;
  if (drawn.added !== null) {
    const atMs = Math.max(firstMs + drawn.added.day * DAY + 3_600_000, drawn.orderedMs + 1);
    if (atMs < endMs) {
      const passed = newCommerce.advance(state, iso(atMs), options);
      effects.push(...(passed.effects as Effect[]));
      const result = newCommerce.transition(
        passed.subscription as State,
        { type: 'change-quantity', at: iso(atMs), quantity: state.quantity + drawn.added.seats },
        options,
      );
      if (!result.ok) throw new Error(result.message);
      effects.push(...(result.effects.filter((e) => e.type === 'charge') as Effect[]));
      state = result.subscription as State;
    }
  }
  effects.push(
    ...(newCommerce.chargesBetween(state, state.asOf, iso(endMs - 1), options) as Effect[]),
  );
  return effects;
}

/** One subscription: term, plan, purchase up to three years before the month, a rise, seats added. */
const drawnOf = (firstMs: number, endMs: number): fc.Arbitrary<Drawn> =>
  fc
    .record({
      plan: fc.constantFrom<[Term, Cycle]>(
        ['P1M', 'monthly'],
        ['P1Y', 'monthly'],
        ['P1Y', 'annual'],
        ['P3Y', 'monthly'],
        ['P3Y', 'annual'],
      ),
      orderedMs: fc.integer({ min: firstMs - 3 * 365 * DAY, max: endMs - DAY }),
      quantity: fc.integer({ min: 1, max: 40 }),
      monthly: fc.integer({ min: 100, max: 5000 }),
      rise: fc.integer({ min: 0, max: 20 }),
      riseMs: fc.integer({ min: firstMs - 400 * DAY, max: endMs + 40 * DAY }),
      added: fc.option(
        fc.record({ day: fc.integer({ min: 0, max: 27 }), seats: fc.integer({ min: 1, max: 5 }) }),
      ),
    })
    .map(({ plan: [term, cycle], orderedMs, quantity, monthly, rise, riseMs, added }) => {
      const months = term === 'P1M' ? 1 : term === 'P1Y' ? 12 : 36;
      // whole cents a period, before and after a rise of up to 20 %
      const before = monthly * months;
      const after = Math.round((monthly * (100 + rise)) / 100) * months;
      return { term, cycle, orderedMs, quantity, before, after, riseMs, added };
    });

/**
 * A subscription bought at a negotiated price the list never shows (REC-5): month to month or an
 * annual term billed monthly, its first term ending on day 3 to 8 of the month — before any fetch
 * from 20 days before the month's end, so always rebuilt back — with seats added in that term.
 */
const negotiatedOf = (firstMs: number, endMs: number): fc.Arbitrary<Drawn> =>
  fc
    .record({
      term: fc.constantFrom<Term>('P1M', 'P1Y'),
      endDay: fc.integer({ min: 3, max: 8 }),
      hour: fc.integer({ min: 0, max: 23 }),
      quantity: fc.integer({ min: 1, max: 40 }),
      monthly: fc.integer({ min: 100, max: 5000 }),
      rise: fc.integer({ min: 0, max: 20 }),
      riseMs: fc.integer({ min: firstMs - 400 * DAY, max: endMs + 40 * DAY }),
      seats: fc.integer({ min: 1, max: 5 }),
      negotiated: fc.integer({ min: 1, max: 15 }),
    })
    .chain((drawn) =>
      fc.integer({ min: 0, max: drawn.endDay - 3 }).map((day) => {
        const first = new Date(firstMs);
        const months = drawn.term === 'P1M' ? 1 : 12;
        const orderedMs = Date.UTC(
          first.getUTCFullYear(),
          first.getUTCMonth() - months,
          drawn.endDay,
          drawn.hour,
        );
        return {
          term: drawn.term,
          cycle: 'monthly' as const,
          orderedMs,
          quantity: drawn.quantity,
          before: drawn.monthly * months,
          after: Math.round((drawn.monthly * (100 + drawn.rise)) / 100) * months,
          riseMs: drawn.riseMs,
          added: { day, seats: drawn.seats },
          negotiated: drawn.negotiated,
        };
      }),
    );

/**
 * A subscription whose annual term billed monthly ends early in the month, or in the next, into
 * its Extended Service Term (EST-3): bought on day 3 to 8 a year or eleven months before, its end
 * of term set to the Extended Service Term. Fetched after that, the resource is in its Extended
 * Service Term and is read back through its months to the committed term (REC-5).
 */
const estOf = (firstMs: number): fc.Arbitrary<Drawn> =>
  fc
    .record({
      endDay: fc.integer({ min: 3, max: 8 }),
      hour: fc.integer({ min: 0, max: 23 }),
      quantity: fc.integer({ min: 1, max: 40 }),
      monthly: fc.integer({ min: 100, max: 5000 }),
      // 12: its term ended in the month; 11: its last month is the month's, EST begins the next
      monthsBack: fc.constantFrom(11, 12),
    })
    .map((drawn) => {
      const first = new Date(firstMs);
      return {
        term: 'P1Y' as const,
        cycle: 'monthly' as const,
        orderedMs: Date.UTC(
          first.getUTCFullYear(),
          first.getUTCMonth() - drawn.monthsBack,
          drawn.endDay,
          drawn.hour,
        ),
        quantity: drawn.quantity,
        before: drawn.monthly * 12,
        after: drawn.monthly * 12,
        riseMs: firstMs - 400 * DAY,
        added: null,
        est: true as const,
      };
    });

/**
 * Files of one billing month as a finance team holds them (REC-5): up to four subscriptions of
 * P1M, P1Y or P3Y terms billed monthly or yearly, bought up to three years before, at a price list
 * that rises some day, seats added in the month; some bought at a price negotiated under the
 * list's, their first term ending early in the month (the file's `UnitPrice` alone prices it); the month's lines as the rules bill them with
 * some planted wrong by a few cents; and each resource as fetched at any instant.
 *
 * @param constraints - `planted: false` for files as the rules bill them (a forecast's lines);
 *   `months`, the billing months drawn from.
 * @returns An arbitrary of `FetchedFile`.
 */
export function fetchedFiles(
  constraints: { readonly planted?: boolean; readonly months?: readonly string[] } = {},
): fc.Arbitrary<FetchedFile> {
  const maxPlanted = constraints.planted === false ? 0 : 3;
  return fc
    .constantFrom(...(constraints.months ?? ['2026-09', '2026-10', '2026-11', '2027-02']))
    .chain((period) => {
      const [year, monthNo] = period.split('-').map(Number) as [number, number];
      const firstMs = Date.UTC(year, monthNo - 1, 1);
      const endMs = Date.UTC(year, monthNo, 1);
      return fc.record({
        period: fc.constant(period),
        firstMs: fc.constant(firstMs),
        endMs: fc.constant(endMs),
        subscriptions: fc.array(
          fc.oneof(
            { weight: 4, arbitrary: drawnOf(firstMs, endMs) },
            { weight: 1, arbitrary: negotiatedOf(firstMs, endMs) },
            { weight: 1, arbitrary: estOf(firstMs) },
          ),
          { minLength: 1, maxLength: 4 },
        ),
        plant: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 500 })), {
          maxLength: maxPlanted,
        }),
      });
    })
    .map(({ period, firstMs, endMs, subscriptions, plant }) => {
      const lines: InvoiceLine[] = [];
      const fetchers: ((fetchedMs: number) => Record<string, unknown>)[] = [];
      const prices: Record<string, string>[] = [];
      subscriptions.forEach((drawn, i) => {
        const id = `${SUBSCRIPTION_ID}${i}`;
        const rows = priceRows(drawn);
        // one product per subscription: each its own SKU
        const sku = String(i + 1).padStart(4, '0');
        const own = rows.map((row) => ({ ...row, SkuId: sku }));
        prices.push(...own);
        const list = readPriceList(own.map((row) => ({ ...row })));
        const effects = month(drawn, sku, firstMs, endMs, list);
        lines.push(...invoiceLines(effects, { subscriptionId: id }));
        fetchers.push((fetchedMs) => {
          // the state at the fetch: the rules taken to that instant from the last change before it
          let state = bought(drawn, sku);
          if (drawn.added !== null) {
            const atMs = Math.max(firstMs + drawn.added.day * DAY + 3_600_000, drawn.orderedMs + 1);
            if (atMs < endMs && atMs <= fetchedMs) {
              state = newCommerce.advance(state, iso(atMs), { priceList: list })
                .subscription as State;
              const result = newCommerce.transition(
                state,
                {
                  type: 'change-quantity',
                  at: iso(atMs),
                  quantity: state.quantity + drawn.added.seats,
                },
                { priceList: list },
              );
              if (!result.ok) throw new Error(result.message);
              state = result.subscription as State;
            }
          }
          if (Date.parse(state.asOf) < fetchedMs)
            state = newCommerce.advance(state, iso(fetchedMs), { priceList: list })
              .subscription as State;
          return {
            ...resourceOf(state, id, drawn.orderedMs),
            offerId: `CFQ7TTC0LDPB:${sku}:CFQ7TTC0K5RF`,
          };
        });
      });
      const rows = lines.map((line) =>
        Object.fromEntries(Object.entries(line).map(([key, value]) => [key, String(value)])),
      );
      // the planted errors: a few cents more on distinct rows, none of a subscription in its
      // Extended Service Term (its every finding's remedy is to convert or cancel, REC-6)
      const inEst = new Set(
        subscriptions.flatMap((drawn, i) => (drawn.est === true ? [`${SUBSCRIPTION_ID}${i}`] : [])),
      );
      const plantable = rows.flatMap((row, at) =>
        inEst.has(row.SubscriptionId as string) ? [] : [at],
      );
      const planted = new Map<number, number>();
      if (plantable.length > 0)
        for (const [pick, extra] of plant)
          planted.set(plantable[pick % plantable.length] as number, extra);
      for (const [at, extra] of planted) {
        const row = rows[at] as Record<string, string>;
        row.Subtotal = plus(row.Subtotal as string, extra);
      }
      return {
        period,
        monthEndMs: endMs,
        bornMs: Math.max(...subscriptions.map((drawn) => drawn.orderedMs)),
        rows,
        prices,
        resources: (fetchedMs: number) => fetchers.map((fetch) => fetch(fetchedMs)),
        planted: [...planted]
          .sort(([a], [b]) => a - b)
          .map(([at, extra]) => ({ row: at + 1, cents: extra })),
      };
    });
}
