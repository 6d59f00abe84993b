// The work each benchmark does, on our side and on the peer's, built once before timing starts.
// Every workload is `{ name, group, run }` where `run()` does ONE unit of work and returns
// something the caller keeps (so nothing is optimised away). Inputs are made up front: the timed
// part never builds strings, dates or objects the peer would not build too.
import { dinero, allocate as dineroAllocate, toSnapshot } from 'dinero.js';
import { AUD } from 'dinero.js/currencies';
import countries from 'i18n-iso-countries';
import {
  interpret,
  reduce,
  createMachine as robotMachine,
  transition as robotTransition,
  state,
} from 'robot3';
import { assign, createMachine, initialTransition, transition as xstateTransition } from 'xstate';
import {
  advance,
  cancellationDecision,
  chargesBetween,
  createSubscription,
  fromPartnerCenterSubscription,
  purchaseCharges,
  quote,
  reservationRefund,
  resolveMarket,
  transition,
  upgrade,
} from '../dist/index.js';
import { invoiceLines, reconcile } from '../dist/reconciliation.js';

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString();
const START = Date.UTC(2026, 0, 5, 9);

// --- lifecycle: the same four events, in the same order, with increasing `at` -----------------

/** 4 000 events: suspend, reactivate, change quantity, toggle auto-renew, one hour apart. */
const EVENT_COUNT = 4_000;
const events = [];
for (let i = 0; i < EVENT_COUNT; i++) {
  const at = iso(START + 30 * DAY + i * 3_600_000);
  switch (i % 4) {
    case 0:
      events.push({ type: 'suspend', at, reason: 'customer-request' });
      break;
    case 1:
      events.push({ type: 'reactivate', at });
      break;
    case 2:
      events.push({ type: 'change-quantity', at, quantity: 2 + (i % 7) });
      break;
    default:
      events.push({ type: 'set-auto-renew', at, enabled: i % 8 === 3 });
  }
}
const upperEvents = events.map((event) => ({ ...event, type: event.type.toUpperCase() }));

function cycle(make, step) {
  let current = make();
  let i = 0;
  return () => {
    if (i === EVENT_COUNT) {
      current = make();
      i = 0;
    }
    current = step(current, i++);
    return current;
  };
}

const annual = () =>
  createSubscription({
    product: 'marketplace-saas',
    billingCycle: 'annual',
    quantity: 1,
    orderedAt: iso(START),
    accountOpenedAt: iso(START - 400 * DAY),
    firstBillingPeriodStart: iso(START - 380 * DAY),
    price: { amount: 36_500, currency: 'USD' },
  });

const ours = cycle(annual, (sub, i) => {
  const result = transition(sub, events[i]);
  if (!result.ok) throw new Error(`refused: ${result.code} at event ${i}`);
  return result.subscription;
});

/**
 * The same 4 000 transitions, each on a JSON copy of the state (as read from storage): the state
 * was not made by this process, so every field is checked (ERR-1). Copies are made up front.
 */
const copies = [];
{
  let state = annual();
  for (let i = 0; i < EVENT_COUNT; i++) {
    copies.push(JSON.parse(JSON.stringify(state)));
    state = transition(state, events[i]).subscription;
  }
}
let c = 0;
const fromStorage = () => {
  const i = c++ % EVENT_COUNT;
  return transition(copies[i], events[i]);
};

// --- New Commerce: the same rhythm on a licence-based seat subscription ------------------------
// suspend, reactivate, auto-renew back on (a suspension turns it off), schedule the renewal's seats

const nceEvents = events.map((event, i) =>
  i % 4 === 2
    ? { type: 'set-auto-renew', at: event.at, enabled: true }
    : i % 4 === 3
      ? { type: 'schedule-renewal', at: event.at, quantity: 2 + (i % 7) }
      : event,
);
const seats = () =>
  createSubscription({
    program: 'new-commerce',
    product: 'license-based',
    term: 'P1Y',
    billingFrequency: 'monthly',
    quantity: 5,
    orderedAt: iso(START),
    price: { amount: 1_250, currency: 'USD' },
  });
const newCommerce = cycle(seats, (sub, i) => {
  const result = transition(sub, nceEvents[i]);
  if (!result.ok) throw new Error(`refused: ${result.code} at New Commerce event ${i}`);
  return result.subscription;
});
const nceCopies = [];
{
  let state = seats();
  for (let i = 0; i < EVENT_COUNT; i++) {
    nceCopies.push(JSON.parse(JSON.stringify(state)));
    state = transition(state, nceEvents[i]).subscription;
  }
}
let nc = 0;
const newCommerceFromStorage = () => {
  const i = nc++ % EVENT_COUNT;
  return transition(nceCopies[i], nceEvents[i]);
};

const xstateMachine = createMachine({
  id: 'subscription',
  initial: 'active',
  context: { quantity: 1, autoRenew: true, asOf: iso(START), suspendedAt: null },
  states: {
    active: {
      on: {
        SUSPEND: {
          target: 'suspended',
          actions: assign({ asOf: ({ event }) => event.at, suspendedAt: ({ event }) => event.at }),
        },
        'CHANGE-QUANTITY': {
          actions: assign({
            asOf: ({ event }) => event.at,
            quantity: ({ event }) => event.quantity,
          }),
        },
        'SET-AUTO-RENEW': {
          actions: assign({
            asOf: ({ event }) => event.at,
            autoRenew: ({ event }) => event.enabled,
          }),
        },
      },
    },
    suspended: {
      on: {
        REACTIVATE: {
          target: 'active',
          actions: assign({ asOf: ({ event }) => event.at, suspendedAt: null }),
        },
      },
    },
  },
});
const xstate = cycle(
  () => initialTransition(xstateMachine)[0],
  (snapshot, i) => xstateTransition(xstateMachine, snapshot, upperEvents[i])[0],
);

const robotContext = () => ({ quantity: 1, autoRenew: true, asOf: iso(START), suspendedAt: null });
const robot = robotMachine(
  {
    active: state(
      robotTransition(
        'SUSPEND',
        'suspended',
        reduce((ctx, event) => ({ ...ctx, asOf: event.at, suspendedAt: event.at })),
      ),
      robotTransition(
        'CHANGE-QUANTITY',
        'active',
        reduce((ctx, event) => ({ ...ctx, asOf: event.at, quantity: event.quantity })),
      ),
      robotTransition(
        'SET-AUTO-RENEW',
        'active',
        reduce((ctx, event) => ({ ...ctx, asOf: event.at, autoRenew: event.enabled })),
      ),
    ),
    suspended: state(
      robotTransition(
        'REACTIVATE',
        'active',
        reduce((ctx, event) => ({ ...ctx, asOf: event.at, suspendedAt: null })),
      ),
    ),
  },
  robotContext,
);
const robotService = cycle(
  () => interpret(robot, () => {}),
  (service, i) => {
    service.send(upperEvents[i]);
    return service;
  },
);

/** The floor: a hand-written reducer over a 4-field object that checks nothing. */
function reducer(s, event) {
  switch (event.type) {
    case 'suspend':
      return { status: 'suspended', quantity: s.quantity, autoRenew: s.autoRenew, asOf: event.at };
    case 'reactivate':
      return { status: 'active', quantity: s.quantity, autoRenew: s.autoRenew, asOf: event.at };
    case 'change-quantity':
      return { status: s.status, quantity: event.quantity, autoRenew: s.autoRenew, asOf: event.at };
    default:
      return { status: s.status, quantity: s.quantity, autoRenew: event.enabled, asOf: event.at };
  }
}
const floor = cycle(
  () => ({ status: 'active', quantity: 1, autoRenew: true, asOf: iso(START) }),
  (s, i) => reducer(s, events[i]),
);

/** The same reducer written the usual way, with object spread (slower in V8 than the literal). */
function spreadReducer(s, event) {
  switch (event.type) {
    case 'suspend':
      return { ...s, status: 'suspended', asOf: event.at };
    case 'reactivate':
      return { ...s, status: 'active', asOf: event.at };
    case 'change-quantity':
      return { ...s, quantity: event.quantity, asOf: event.at };
    default:
      return { ...s, autoRenew: event.enabled, asOf: event.at };
  }
}
const spread = cycle(
  () => ({ status: 'active', quantity: 1, autoRenew: true, asOf: iso(START) }),
  (s, i) => spreadReducer(s, events[i]),
);

// --- cancellationDecision against two Date.parse calls and a comparison ------------------------

const purchases = [
  [
    { product: 'marketplace-saas', billingCycle: 'monthly', orderedAt: '2026-11-20T10:00:00Z' },
    '2026-11-21T09:59:59.999Z',
  ],
  [
    {
      product: 'software-subscription',
      orderedAt: '2021-03-07T12:00:00Z',
      price: { amount: 36_500, currency: 'USD' },
    },
    '2021-04-20T08:00:00Z',
  ],
  [
    { product: 'software-perpetual', orderedAt: '2026-11-20T10:00:00+10:00' },
    '2026-11-21T10:00:00.000Z',
  ],
];
let p = 0;

/** The same three questions of New Commerce purchases: prorated, SaaS 72 h, software 7 days. */
const newCommercePurchases = [
  [
    {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
      quantity: 10,
      price: { amount: 1_250, currency: 'USD' },
    },
    '2026-11-23T09:00:00Z',
  ],
  [
    {
      program: 'new-commerce',
      product: 'marketplace-saas',
      term: 'P1M',
      billingFrequency: 'monthly',
      orderedAt: '2026-11-20T10:00:00Z',
    },
    '2026-11-21T09:00:00Z',
  ],
  [
    {
      program: 'new-commerce',
      product: 'software-subscription',
      term: 'P1Y',
      billingFrequency: 'annual',
      orderedAt: '2026-11-20T10:00:00Z',
      price: { amount: 36_500, currency: 'USD' },
    },
    '2026-11-24T09:00:00Z',
  ],
];
let q = 0;

// --- quote: an Australian tax-inclusive price, against dinero.js allocate ----------------------

const quoteInput = { listPrice: { amount: 1099, currency: 'AUD' }, market: 'AU', taxRate: '0.1' };
const dineroPrice = dinero({ amount: 1099, currency: AUD });

// --- resolveMarket, by name and by code --------------------------------------------------------

const names = ['Australia', 'germany', 'United States', 'Eswatini', 'Viet Nam', 'New Zealand'];
const codes = ['AU', 'DE', 'US', 'SZ', 'VN', 'NZ'];
let n = 0;

// --- advance over three years of monthly renewals ----------------------------------------------

const monthly = createSubscription({
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  quantity: 3,
  orderedAt: iso(START),
  price: { amount: 1_000, currency: 'USD' },
});
const threeYears = iso(Date.UTC(2029, 0, 5, 9, 30));

/** The 2021 Microsoft 365 resource of the Partner Center reference, as the API returns it. */
const m365Resource = {
  id: 'e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10',
  offerName: 'Microsoft 365 Business Basic',
  quantity: 10,
  unitType: 'Licenses',
  productType: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
  creationDate: '2021-01-14T16:57:15.0966728Z',
  effectiveStartDate: '2021-01-14T16:57:14.498252Z',
  commitmentEndDate: '2022-01-13T00:00:00Z',
  status: 'active',
  autoRenewEnabled: true,
  isTrial: false,
  billingType: 'license',
  billingCycle: 'monthly',
  termDuration: 'P1Y',
  isMicrosoftProduct: true,
  refundOptions: [{ type: 'Full', expiresAt: '2021-01-15T00:00:00Z' }],
};
const m365AsOf = { asOf: '2021-01-14T18:00:00Z' };

/** Every side-by-side comparison; the first row of a group is ours, the rest are yardsticks. */
/** 10 seats of a P1Y subscription billed monthly at 12.50 USD: 36 charges in three years. */
// --- reservations: a refund read against a year of a customer's earlier refunds ---------------

/** Microsoft's example: three years at 100 USD a month, refunded in its 12th month (RES-1). */
const reservation = {
  id: 'vm-3y',
  type: 'virtual-machines',
  term: 'P3Y',
  billingPlan: 'monthly',
  purchasedAt: '2026-01-15T00:00:00Z',
  price: { amount: 360_000, currency: 'USD' },
};
const reservationAt = '2026-12-20T00:00:00Z';
/** One refund a month before it, every third in euros at its own rate: most still counted. */
const reservationRefunds = Array.from({ length: 12 }, (_, i) => ({
  at: iso(Date.UTC(2026, i - 1, 10)),
  cancelledCommitment: { amount: 10_000 + i * 1_000, currency: i % 3 === 0 ? 'EUR' : 'USD' },
  ...(i % 3 === 0 ? { usdRate: '1.0825' } : {}),
}));

const pricedYearly = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1250, currency: 'USD' },
});

/** A partial upgrade (MID-4): 4 of the 10 seats, on the 11th day of the first period. */
const upgradeRequest = {
  at: '2026-11-30T12:00:00.000Z',
  quantity: 4,
  to: { offerId: 'CFQ7TTC0LDPB:0001', price: { amount: 2200, currency: 'USD' } },
};
/**
 * Three years of the priced subscription's charges, with 5 seats added in its first month, and
 * the rows Partner Center's export would hold for them: its 48 columns in its order, Excel's
 * apostrophes and 18 decimals, `0E-20` taxes, charge types in mixed case, US dates on odd rows.
 */
const reconciledEffects = [
  ...purchaseCharges(pricedYearly),
  ...(() => {
    const added = transition(pricedYearly, {
      type: 'change-quantity',
      at: '2026-12-05T00:00:00Z',
      quantity: 15,
    });
    if (!added.ok) throw new Error('the addition was refused');
    return [
      ...added.effects,
      ...chargesBetween(added.subscription, added.subscription.asOf, '2029-11-19T00:00:00.000Z'),
    ];
  })(),
];
const EXPORT_COLUMNS =
  `PartnerId,PartnerName,CustomerId,CustomerName,CustomerDomainName,CustomerCountry,InvoiceNumber,MpnId,Tier2MpnId,OrderId,OrderDate,ProductId,SkuId,AvailabilityId,SkuName,ProductName,PublisherName,PublisherId,SubscriptionDescription,SubscriptionId,ChargeStartDate,ChargeEndDate,TermAndBillingCycle,EffectiveUnitPrice,UnitType,Quantity,Subtotal,TaxTotal,Total,Currency,PriceAdjustmentDescription,PublisherDiscount,DiscountDetails,ChargeType,UnitPrice,BillableQuantity,PricingCurrency,PCToBCExchangeRate,PCToBCExchangeRateDate,MeterDescription,ReservationOrderId,CreditReasonCode,SubscriptionStartDate,SubscriptionEndDate,ReferenceId,ProductQualifiers,PromotionId,ProductCategory`.split(
    ',',
  );
const usDate = (day) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}/${day.slice(0, 4)}`;
const reconciledRows = invoiceLines(reconciledEffects, { subscriptionId: 'S1' }).map((line, i) => {
  const cells = {
    ...line,
    ChargeType: i % 2 ? line.ChargeType.toUpperCase() : line.ChargeType,
    ChargeStartDate: i % 2 ? usDate(line.ChargeStartDate) : line.ChargeStartDate,
    EffectiveUnitPrice: `'${line.EffectiveUnitPrice}0000000000000000`,
    Subtotal: `'${line.Subtotal}0000000000000000`,
    BillableQuantity: `'${line.BillableQuantity}.0000`,
    TaxTotal: "'0E-20",
  };
  return Object.fromEntries(EXPORT_COLUMNS.map((name) => [name, cells[name] ?? '']));
});

export const workloads = [
  { group: 'lifecycle transition', name: 'subscription-rules transition()', run: ours },
  {
    group: 'lifecycle transition',
    name: 'subscription-rules transition(), state read from JSON',
    run: fromStorage,
  },
  { group: 'lifecycle transition', name: 'xstate 5 transition() (pure)', run: xstate },
  {
    group: 'New Commerce transition',
    name: 'subscription-rules transition(), New Commerce',
    run: newCommerce,
  },
  {
    group: 'New Commerce transition',
    name: 'subscription-rules transition(), New Commerce, state read from JSON',
    run: newCommerceFromStorage,
  },
  { group: 'lifecycle transition', name: 'robot3 interpret().send', run: robotService },
  { group: 'lifecycle transition', name: 'hand-written 4-field reducer (floor)', run: floor },
  { group: 'lifecycle transition', name: 'the same reducer with object spread', run: spread },
  {
    group: 'refund decision',
    name: 'subscription-rules cancellationDecision()',
    run: () => {
      const [purchase, at] = purchases[p++ % 3];
      return cancellationDecision(purchase, at);
    },
  },
  {
    group: 'refund decision',
    name: 'two Date.parse and a comparison (floor)',
    run: () => {
      const [purchase, at] = purchases[p++ % 3];
      return Date.parse(at) - Date.parse(purchase.orderedAt) < 72 * 3_600_000;
    },
  },
  {
    group: 'New Commerce refund decision',
    name: 'subscription-rules cancellationDecision(), New Commerce',
    run: () => {
      const [purchase, at] = newCommercePurchases[q++ % 3];
      return cancellationDecision(purchase, at);
    },
  },
  {
    group: 'New Commerce refund decision',
    name: 'two Date.parse and a comparison (floor)',
    run: () => {
      const [purchase, at] = newCommercePurchases[q++ % 3];
      return Date.parse(at) - Date.parse(purchase.orderedAt) < 72 * 3_600_000;
    },
  },
  {
    group: 'tax-inclusive quote (AU)',
    name: 'subscription-rules quote()',
    run: () => quote(quoteInput),
  },
  {
    group: 'tax-inclusive quote (AU)',
    name: 'dinero.js 2 allocate([10, 1])',
    run: () => dineroAllocate(dineroPrice, [10, 1]),
  },
  {
    group: 'market by name',
    name: 'subscription-rules resolveMarket()',
    run: () => resolveMarket(names[n++ % 6]),
  },
  {
    group: 'market by name',
    name: 'i18n-iso-countries getSimpleAlpha2Code()',
    run: () => countries.getSimpleAlpha2Code(names[n++ % 6], 'en'),
  },
  {
    group: 'market by code',
    name: 'subscription-rules resolveMarket()',
    run: () => resolveMarket(codes[n++ % 6]),
  },
  {
    group: 'market by code',
    name: 'i18n-iso-countries isValid()',
    run: () => countries.isValid(codes[n++ % 6]),
  },
  {
    group: 'Partner Center resource',
    name: 'subscription-rules fromPartnerCenterSubscription()',
    run: () => fromPartnerCenterSubscription(m365Resource, m365AsOf),
  },
  {
    group: 'Partner Center resource',
    name: 'JSON.parse(JSON.stringify(resource)) (yardstick)',
    run: () => JSON.parse(JSON.stringify(m365Resource)),
  },
  {
    group: 'advance, 36 monthly renewals',
    name: 'subscription-rules advance()',
    run: () => advance(monthly, threeYears),
  },
  {
    group: 'chargesBetween, 3 years of monthly periods (target ≤ 20 µs)',
    name: 'subscription-rules chargesBetween()',
    run: () => chargesBetween(pricedYearly, pricedYearly.asOf, '2029-11-20T00:00:00.000Z'),
  },
  {
    group: 'upgrade, 4 of 10 seats mid-period (target ≤ 2 µs)',
    name: 'subscription-rules upgrade()',
    run: () => upgrade(pricedYearly, upgradeRequest),
  },
  {
    group:
      'reservationRefund, a monthly reservation and 12 earlier refunds (4 in other currencies)',
    name: 'subscription-rules reservationRefund()',
    run: () => reservationRefund(reservation, reservationAt, { refunds: reservationRefunds }),
  },
  {
    group: 'reconcile, 37 rows of the 48-column export',
    name: 'subscription-rules reconcile() (exact decimals, groups, messages)',
    run: () => reconcile(reconciledEffects, reconciledRows, { subscriptionId: 'S1' }),
  },
  {
    group: 'reconcile, 37 rows of the 48-column export',
    name: 'Number() of each Subtotal, summed by a string key (floor: inexact, no checks)',
    run: () => {
      const sums = new Map();
      for (const row of reconciledRows) {
        const key = `${row.ChargeType}|${row.ChargeStartDate}|${row.ChargeEndDate}`;
        sums.set(key, (sums.get(key) ?? 0) + Number(row.Subtotal.replace("'", '')));
      }
      return sums;
    },
  },
];

/** What dinero.js and we make of A$10.99 including 10 % GST: the cent dinero.js gets wrong. */
export function gstSplit() {
  const [net, tax] = dineroAllocate(dineroPrice, [10, 1]).map((d) => toSnapshot(d).amount);
  const ourQuote = quote(quoteInput);
  return {
    dinero: { net, tax },
    ours: { net: ourQuote.net.amount, tax: ourQuote.tax.amount },
    exactTax: '1099 / 11 = 99.909…',
  };
}

/** Checks that every workload runs, that `advance` really crosses 36 renewals and 3 years bill 36 times. */
export function sanityCheck() {
  for (const w of workloads) w.run();
  const charges = chargesBetween(pricedYearly, pricedYearly.asOf, '2029-11-20T00:00:00.000Z');
  if (charges.length !== 36) throw new Error(`expected 36 charges, got ${charges.length}`);
  const renewals = advance(monthly, threeYears).events.filter((e) => e.type === 'renewed').length;
  if (renewals !== 36) throw new Error(`expected 36 renewals, got ${renewals}`);
  if (countries.getSimpleAlpha2Code('Australia', 'en') !== 'AU') throw new Error('peer lookup');
  return { renewals };
}
