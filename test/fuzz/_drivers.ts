import fc from 'fast-check';
import * as root from 'subscription-rules';
import * as arbitraries from 'subscription-rules/arbitraries';
import * as legacy from 'subscription-rules/legacy';
import { en as legacyEn } from 'subscription-rules/legacy/locales/en';
import { ko as legacyKo } from 'subscription-rules/legacy/locales/ko';
import { zhHans as legacyZhHans } from 'subscription-rules/legacy/locales/zh-Hans';
import { zhHant as legacyZhHant } from 'subscription-rules/legacy/locales/zh-Hant';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import * as newCommerce from 'subscription-rules/new-commerce';
import { en as nceEn } from 'subscription-rules/new-commerce/locales/en';
import { ko as nceKo } from 'subscription-rules/new-commerce/locales/ko';
import { zhHans as nceZhHans } from 'subscription-rules/new-commerce/locales/zh-Hans';
import { zhHant as nceZhHant } from 'subscription-rules/new-commerce/locales/zh-Hant';
import * as reconciliation from 'subscription-rules/reconciliation';
import * as resale from 'subscription-rules/resale';
import * as schemas from 'subscription-rules/schemas';
import * as usage from 'subscription-rules/usage';
import {
  SUBSCRIPTION,
  WORKED,
  resource as workedResource,
} from '../cli/commands/_reconcileFiles.ts';
import { g24135Rows, resource as invoiceResource } from '../invoices/_worked.ts';
import { subscriptionInput } from '../lifecycle/_states.ts';
import { eventAt, newCommerceInput, newCommerceState } from '../lifecycle/newCommerce/_states.ts';
import { readableAsOf } from '../partnerCenter/_samples.ts';
import { csv, priceRows } from '../prices/_lists.ts';
import { lifeEffects } from '../reconciliation/_effects.ts';
import {
  contosoBilled as resaleBilled,
  contosoCost as resaleCost,
  map as resaleMap,
  contosoSeats as resaleSeats,
} from '../resale/_worked.ts';
import { reconRow, usageRow } from '../usage/_rows.ts';

/**
 * How to call each export with VALID arguments; the fuzz suite then breaks them. `arity` is how
 * many arguments the export reads; `construct` marks a class; `sample` asks for samples of a
 * returned arbitrary, since an arbitrary's constraints are only really used when it draws.
 */
export interface Driver {
  readonly arity: number;
  readonly valid: fc.Arbitrary<unknown[]>;
  readonly construct?: true;
  readonly sample?: true;
}

/** The public entries, by name as a user imports them. */
export const entries: Readonly<Record<string, Record<string, unknown>>> = {
  'subscription-rules': root,
  'subscription-rules/schemas': schemas,
  'subscription-rules/arbitraries': arbitraries,
  'subscription-rules/locales/en': { en },
  'subscription-rules/locales/ko': { ko },
  'subscription-rules/locales/zh-Hans': { zhHans },
  'subscription-rules/locales/zh-Hant': { zhHant },
  'subscription-rules/new-commerce': newCommerce,
  'subscription-rules/legacy': legacy,
  'subscription-rules/new-commerce/locales/en': { en: nceEn },
  'subscription-rules/new-commerce/locales/ko': { ko: nceKo },
  'subscription-rules/new-commerce/locales/zh-Hans': { zhHans: nceZhHans },
  'subscription-rules/new-commerce/locales/zh-Hant': { zhHant: nceZhHant },
  'subscription-rules/legacy/locales/en': { en: legacyEn },
  'subscription-rules/legacy/locales/ko': { ko: legacyKo },
  'subscription-rules/legacy/locales/zh-Hans': { zhHans: legacyZhHans },
  'subscription-rules/legacy/locales/zh-Hant': { zhHant: legacyZhHant },
  'subscription-rules/reconciliation': reconciliation,
  'subscription-rules/usage': usage,
  'subscription-rules/resale': resale,
};

const DAY = 86_400_000;
const priceList = priceRows.map((rows) => root.readPriceList(csv(rows)));
const priceKey = {
  ProductId: 'CFQ7TTC0LH18',
  SkuId: '0001',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};
const priceListOption = fc.option(
  priceList.map((list) => ({ priceList: list })),
  { nil: undefined },
);
const {
  instant,
  market,
  money,
  offer,
  customer,
  policy,
  purchase,
  refundHistory,
  subscription,
  subscriptionEvent,
  taxRate,
} = arbitraries;

const ROLES = ['admin-agent', 'billing-admin', 'global-admin', 'helpdesk-agent', 'sales-agent'];
const ACTIONS = Object.keys(root.partnerCenterPolicies[1].roles);
const code = market({ forms: ['code'] });
const later = (from: string, maxDays = 400): fc.Arbitrary<string> =>
  fc
    .integer({ min: 0, max: maxDays * DAY })
    .map((ms) => new Date(Date.parse(from) + ms).toISOString());
const withPolicy = fc.option(
  fc.constantFrom(...root.partnerCenterPolicies).map((p) => ({ policy: p })),
  { nil: undefined },
);
const options = <T extends unknown[]>(args: fc.Arbitrary<T>): fc.Arbitrary<unknown[]> =>
  fc.tuple(args, withPolicy).map(([list, opts]) => (opts === undefined ? list : [...list, opts]));
const legacyAndLater = subscription({ program: 'legacy' }).chain((state) =>
  fc.tuple(fc.constant(state), later(state.asOf)),
);
/** States as the Partner Center reader makes them, from resources of both programs (PCR-1). */
const readerState = fc
  .tuple(arbitraries.partnerCenterSubscription(), fc.nat({ max: 2000 * 3_600_000 }))
  .map(
    ([r, after]) =>
      root.fromPartnerCenterSubscription(r, { asOf: readableAsOf(r, after) }).subscription,
  );
const readerAndLater = readerState.chain((state) =>
  fc.tuple(fc.constant(state), later(state.asOf)),
);
const newCommerceAndLater = newCommerceState.chain((state) =>
  fc.tuple(fc.constant(state), later(state.asOf)),
);
const stateAndLater = fc.oneof(legacyAndLater, newCommerceAndLater, readerAndLater);

/** Drivers of the New Commerce-only exports, the same in the root entry and the program's. */
const newCommerceOnly = {
  extendedServiceTermEligible: { arity: 2, valid: newCommerceState.map((s) => [s]) },
  extendedServiceTermPrice: {
    arity: 2,
    valid: fc
      .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.option(fc.boolean(), { nil: undefined }))
      .map(([amount, monthlyPlan]) => [
        {
          basePrice: { amount, currency: 'USD' },
          ...(monthlyPlan === undefined ? {} : { monthlyPlan }),
        },
      ]),
  },
  customTermEndDates: {
    arity: 1,
    valid: fc
      .tuple(
        fc.constantFrom(['P1M', 'monthly'], ['P1Y', 'annual'], ['P3Y', 'triennial']),
        instant(),
        fc.array(newCommerceState, { maxLength: 2 }),
      )
      .map(([[term, billingFrequency], startDate, states]) => [
        {
          term,
          billingFrequency,
          startDate,
          subscriptions: states.map((subscription, i) => ({ id: `s${i}`, subscription })),
        },
      ]),
  },
  chargesBetween: {
    arity: 4,
    valid: newCommerceAndLater.chain(([state, at]) =>
      fc
        .tuple(later(at), priceListOption)
        .map(([to, options]) => [{ ...state, priceKey }, at, to, options] as unknown[]),
    ),
  },
  upgrade: {
    arity: 3,
    valid: newCommerceAndLater.chain(([state, at]) =>
      fc.integer({ min: 1, max: 30 }).map((quantity) => [
        state,
        {
          at,
          quantity,
          to: { offerId: 'CFQ7TTC0LDPB:0001', price: { amount: 2200, currency: 'USD' } },
        },
      ]),
    ),
  },
  renewalForecast: {
    arity: 2,
    valid: fc
      .tuple(newCommerceAndLater, fc.option(priceList, { nil: undefined }))
      .map(([[state, to], list]) => [
        { ...state, priceKey: { ...priceKey } },
        list === undefined ? { to } : { priceList: list, to },
      ]),
  },
  nextCharge: {
    arity: 3,
    valid: fc
      .tuple(newCommerceAndLater, priceListOption)
      .map(([[state, at], options]) => [{ ...state, priceKey }, at, options]),
  },
  purchaseCharges: { arity: 1, valid: newCommerceState.map((s) => [s]) },
};

const legacyTransition = subscription({ program: 'legacy' }).chain((state) =>
  subscriptionEvent({
    from: state.asOf,
    to: new Date(Date.parse(state.asOf) + 400 * DAY).toISOString(),
  }).map((event) => {
    if (event.type === 'suspend' && state.accountOpenedAt === null) {
      return [
        state,
        {
          ...event,
          accountOpenedAt: state.orderedAt,
          firstBillingPeriodStart: state.orderedAt,
        },
      ];
    }
    return [state, event];
  }),
);
/** A reservation bought in 2028 and an instant inside its first year (RES-1, RES-2). */
const reservationAndLater = arbitraries
  .reservation({ from: '2028-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' })
  .chain((r) => fc.tuple(fc.constant(r), later(r.purchasedAt, 300)));
const link = instant().map((at) => root.issueDownloadLink(at));
const linkAndLater = link.chain((l) => fc.tuple(fc.constant(l), later(l.issuedAt, 40)));
const supportRequest = fc.record({
  customer: fc.constantFrom(
    { tenantId: '6B29FC40-CA47-1067-B31D-00DD010662DA' },
    { domain: 'contoso.onmicrosoft.com' },
  ),
  orderId: fc.constantFrom('ORD-2020-0001', 'A1'),
  reason: fc.constantFrom('Bought for the wrong customer', 'Duplicate order'),
  amountRequested: money({ currencies: ['USD', 'EUR'] }),
  contact: fc.constant({
    name: 'Ana Silva',
    email: 'ana@fabrikam.example',
    phone: '+1 425 555 0100',
  }),
});
const constraintsOf = <T>(record: fc.Arbitrary<T>): fc.Arbitrary<unknown[]> =>
  fc.option(record, { nil: undefined }).map((c) => (c === undefined ? [] : [c]));
const range = fc.record(
  { from: fc.constant('2024-01-01T00:00:00Z'), to: fc.constant('2026-01-01T00:00:00Z') },
  { requiredKeys: [] },
);

const ruleErrorDriver: Driver = {
  arity: 4,
  construct: true,
  valid: fc.tuple(
    fc.constantFrom(...Object.values(root.RuleErrorCode)),
    fc.string(),
    fc.string(),
    fc.constant([{ path: 'a', message: 'b' }]),
  ),
};
const isRuleErrorDriver: Driver = { arity: 1, valid: fc.anything().map((value) => [value]) };

/** Every export of every entry; the suite fails if an export has no line here. */
export const drivers: Readonly<Record<string, Readonly<Record<string, Driver>>>> = {
  'subscription-rules': {
    can: {
      arity: 3,
      valid: options(fc.tuple(fc.constantFrom(...ROLES), fc.constantFrom(...ACTIONS))),
    },
    rolesFor: { arity: 2, valid: options(fc.tuple(fc.constantFrom(...ACTIONS))) },
    RuleError: ruleErrorDriver,
    RuleErrorCode: { arity: 0, valid: fc.constant([]) },
    isRuleError: isRuleErrorDriver,
    access: {
      arity: 1,
      valid: fc.oneof(subscription(), newCommerceState, readerState).map((s) => [s]),
    },
    advance: { arity: 2, valid: stateAndLater },
    allowedActions: { arity: 3, valid: options(stateAndLater) },
    createSubscription: {
      arity: 2,
      valid: fc.oneof(
        options(subscriptionInput.map((input) => [input] as [unknown])),
        newCommerceInput.map((input) => [input] as unknown[]),
      ),
    },
    nextDeadline: {
      arity: 1,
      valid: fc.oneof(subscription(), newCommerceState, readerState).map((s) => [s]),
    },
    ...newCommerceOnly,
    refundableQuantity: { arity: 2, valid: newCommerceAndLater },
    fromPartnerCenterSubscription: {
      arity: 2,
      valid: fc
        .tuple(
          arbitraries.partnerCenterSubscription(),
          fc.integer({ min: 0, max: 2000 * 3_600_000 }),
        )
        .map(([r, after]) => [r, { asOf: readableAsOf(r, after) }]),
    },
    toPartnerCenterPatch: {
      arity: 2,
      valid: fc.oneof(subscription(), newCommerceState, readerState).map((s) => [s, s]),
    },
    transition: {
      arity: 3,
      valid: fc.oneof(
        newCommerceAndLater.chain(([state, at]) => eventAt(at).map((event) => [state, event])),
        legacyTransition,
        // a state read from a resource, and an event of its program at a later instant
        readerAndLater.chain(
          ([state, at]): fc.Arbitrary<unknown[]> =>
            state.program === 'new-commerce'
              ? eventAt(at).map((event): unknown[] => [state, event])
              : fc.constant([state, { type: 'cancel', at }]),
        ),
      ),
    },
    isAvailableInMarket: {
      arity: 3,
      valid: options(fc.tuple(fc.constant('azure-reservations'), market())),
    },
    marketName: { arity: 2, valid: fc.tuple(code, fc.constantFrom('en', 'de', 'fr-CA', 'ja')) },
    resolveMarket: { arity: 1, valid: market().map((m) => [m]) },
    toIsoCountry: { arity: 1, valid: code.map((c) => [c]) },
    tryResolveMarket: { arity: 1, valid: market().map((m) => [m]) },
    unavailableMarkets: {
      arity: 2,
      valid: options(fc.tuple(fc.constant('azure-reservations'))),
    },
    filterOffers: {
      arity: 2,
      valid: fc.tuple(
        fc.array(offer(), { maxLength: 4 }),
        fc.record(
          {
            publisher: fc.constantFrom('microsoft', 'partner'),
            billingType: fc.constantFrom('license', 'usage'),
            category: fc.constantFrom('enterprise', 'trial'),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    offerAvailability: {
      arity: 2,
      valid: options(
        fc.tuple(
          fc.record({
            offer: offer(),
            customer: customer(),
            partnerId: fc.constantFrom('partner-1', 'partner-9'),
            subscriptions: fc.array(
              fc.record({
                offerId: fc.constantFrom('offer-a', 'offer-b'),
                status: fc.constantFrom('active', 'suspended', 'cancelled'),
              }),
              { maxLength: 3 },
            ),
          }),
        ),
      ),
    },
    definePolicy: { arity: 1, valid: policy().map((p) => [JSON.parse(JSON.stringify(p))]) },
    partnerCenterPolicies: { arity: 0, valid: fc.constant([]) },
    policyAt: {
      arity: 2,
      valid: fc
        .tuple(
          instant({ offsets: true }),
          fc.option(
            fc.constantFrom('legacy', 'new-commerce').map((program) => ({ program })),
            { nil: undefined },
          ),
        )
        .map(([at, opts]) => (opts === undefined ? [at] : [at, opts])),
    },
    allocate: {
      arity: 2,
      valid: fc.tuple(
        money(),
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 5 }),
      ),
    },
    formatMoney: { arity: 2, valid: fc.tuple(money(), fc.constantFrom('en-US', 'de-DE', 'ja-JP')) },
    overlayPriceList: { arity: 2, valid: fc.tuple(priceList, priceList) },
    periodPrice: {
      arity: 1,
      valid: fc.tuple(
        fc.record({
          UnitPrice: fc.constantFrom('75.60', '0', "'3393.9600", '216'),
          Currency: fc.constantFrom('USD', 'GBP', 'JPY'),
          TermDuration: fc.constantFrom('P1M', 'P1Y', 'P3Y'),
          BillingPlan: fc.constantFrom('Monthly', 'None'),
        }),
      ),
    },
    priceAt: {
      arity: 3,
      valid: fc.tuple(
        priceList,
        fc.constant({ ...priceKey, TermDuration: 'P1Y', BillingPlan: 'Monthly' }),
        instant(),
      ),
    },
    readPriceList: {
      arity: 1,
      valid: fc.oneof(
        priceRows.map((rows) => [csv(rows)]),
        priceRows.map((rows) => [rows]),
      ),
    },
    money: {
      arity: 2,
      valid: fc.tuple(
        fc.constantFrom('0', '19.99', '1000', '0.5', '-3.25'),
        fc.constantFrom('USD', 'JPY', 'KWD'),
      ),
    },
    priceIncludesTax: { arity: 2, valid: options(fc.tuple(market())) },
    prorate: {
      arity: 3,
      valid: fc
        .tuple(
          money(),
          instant(),
          fc.integer({ min: DAY, max: 366 * DAY }),
          fc.double({ min: 0, max: 1, noNaN: true }),
        )
        .map(([price, start, length, share]) => {
          const startMs = Date.parse(start);
          return [
            price,
            {
              termStart: start,
              termEnd: new Date(startMs + length).toISOString(),
              at: new Date(startMs + Math.floor(share * length)).toISOString(),
            },
            { rounding: 'half-even' },
          ];
        }),
    },
    quote: {
      arity: 2,
      valid: options(
        fc.tuple(
          fc.record(
            {
              listPrice: money(),
              quantity: fc.integer({ min: 1, max: 100 }),
              market: market(),
              taxRate: taxRate({ form: 'any' }),
              rounding: fc.constantFrom('half-up', 'floor', 'ceiling'),
            },
            { requiredKeys: ['listPrice', 'market', 'taxRate'] },
          ),
        ),
      ),
    },
    sumMoney: {
      arity: 1,
      valid: fc
        .array(fc.integer({ min: -1_000, max: 1_000 }), { maxLength: 5 })
        .map((amounts) => [amounts.map((amount) => ({ amount, currency: 'EUR' }))]),
    },
    cancellationDecision: {
      arity: 3,
      valid: fc.oneof(
        options(
          purchase({ program: 'legacy' }).chain((p) =>
            fc.tuple(fc.constant(p), later(p.orderedAt as string)),
          ),
        ),
        purchase({ program: 'new-commerce', renewals: true }).chain((p) =>
          fc.tuple(
            fc.constant(p),
            later(String(('termStart' in p ? p.termStart : undefined) ?? p.orderedAt)),
            fc.constantFrom(...root.partnerCenterPolicies.slice(2)).map((policy) => ({ policy })),
          ),
        ),
      ),
    },
    formatMessage: {
      arity: 2,
      valid: fc.tuple(
        fc.oneof(
          purchase().chain((p) =>
            later(p.orderedAt as string).map((at) => root.cancellationDecision(p, at)),
          ),
          linkAndLater.map(([l, at]) => root.recordDownload(l, at)).filter((result) => !result.ok),
          legacyTransition
            .map(([state, event]) => root.transition(state as never, event as never))
            .filter((result) => !result.ok),
        ),
        fc.constantFrom(undefined, en, ko, zhHans, zhHant),
      ),
    },
    downloadLinkStatus: { arity: 3, valid: linkAndLater },
    issueDownloadLink: { arity: 2, valid: options(fc.tuple(instant())) },
    recordDownload: { arity: 3, valid: linkAndLater },
    revokeDownloadLink: { arity: 2, valid: linkAndLater },
    checkOrder: {
      arity: 3,
      valid: fc
        .tuple(arbitraries.order(), arbitraries.holdings(), withPolicy)
        .map(([order, holdings, opts]) => [
          order,
          holdings,
          {
            at: '2026-11-20T10:00:00Z',
            ...(opts?.policy.program === 'new-commerce' ? opts : {}),
          },
        ]),
    },
    reservationRefund: {
      arity: 3,
      valid: fc
        .tuple(
          reservationAndLater,
          refundHistory({ from: '2027-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' }),
          withPolicy,
        )
        .map(([[r, at], refunds, opts]) => [r, at, { ...opts, refunds }]),
    },
    reservationExchange: {
      arity: 3,
      valid: fc
        .tuple(
          reservationAndLater,
          fc.option(fc.constantFrom('app-service', 'sql-database'), { nil: undefined }),
        )
        .map(([[r, at], service]) => (service === undefined ? [r, at] : [r, at, { service }])),
    },
    savingsPlanCancellation: {
      arity: 3,
      valid: fc
        .tuple(fc.constantFrom('P1Y', 'P3Y'), instant())
        .chain(([term, purchasedAt]) =>
          later(purchasedAt).map((at) => [{ id: 'sp', term, purchasedAt }, at]),
        ),
    },
    suspensionExpiry: {
      arity: 2,
      valid: options(
        fc
          .tuple(instant(), fc.nat({ max: 2_000 }), fc.nat({ max: 90 }))
          .map(([at, opened, billing]) => {
            const atMs = Date.parse(at);
            return [
              {
                suspendedAt: at,
                accountOpenedAt: new Date(atMs - opened * DAY).toISOString(),
                firstBillingPeriodStart: new Date(
                  atMs - opened * DAY + Math.min(billing, opened) * DAY,
                ).toISOString(),
              },
            ] as [unknown];
          }),
      ),
    },
  },
  'subscription-rules/schemas': {
    policySchema: { arity: 0, valid: fc.constant([]) },
    promotionSchema: { arity: 0, valid: fc.constant([]) },
    parsePromotion: {
      arity: 1,
      valid: fc.constantFrom('policyType', 'type').map((name) => [
        {
          id: '39NFJQT1PJQB:0001:39NFJQT1Q5KN',
          name: 'Visio Plan 1',
          startDate: '2021-09-23T00:00:00+00:00',
          endDate: '2021-10-14T23:59:59+00:00',
          properties: { isAutoApplicable: true },
          requiredProducts: [
            {
              productId: 'CFQ7TTC0HD33',
              skuId: '0003',
              term: { duration: 'P1Y', billingCycle: 'Annual' },
              pricingPolicies: [{ [name]: 'PercentDiscount', value: '0.05' }],
            },
          ],
        },
      ]),
    },
    customerSchema: { arity: 0, valid: fc.constant([]) },
    customTermEndDatesInputSchema: { arity: 0, valid: fc.constant([]) },
    upgradeRequestSchema: { arity: 0, valid: fc.constant([]) },
    downloadLinkSchema: { arity: 0, valid: fc.constant([]) },
    partnerCenterSubscriptionSchema: { arity: 0, valid: fc.constant([]) },
    parsePartnerCenterSubscription: {
      arity: 1,
      valid: arbitraries.partnerCenterSubscription().map((r) => [r]),
    },
    eventSchema: { arity: 0, valid: fc.constant([]) },
    invoiceLineSchema: { arity: 0, valid: fc.constant([]) },
    invoiceSchema: { arity: 0, valid: fc.constant([]) },
    parseInvoice: {
      arity: 1,
      valid: fc
        .constantFrom('2075.89', '-50.00', '0')
        .map((total) => [
          [invoiceResource('G000024135', total), invoiceResource('G000000777', '-50.00')],
        ]),
    },
    newCommerceChargeEffectSchema: { arity: 0, valid: fc.constant([]) },
    newCommerceCreditEffectSchema: { arity: 0, valid: fc.constant([]) },
    parseInvoiceLine: {
      arity: 1,
      valid: lifeEffects
        .map((effects) => reconciliation.invoiceLines(effects))
        .filter((lines) => lines.length > 0)
        .chain((lines) => fc.constantFrom(...lines))
        .map((line) => [line]),
    },
    parseNewCommerceEffect: {
      arity: 1,
      valid: lifeEffects
        .map((effects) => effects.filter((e) => e.type !== 'cancellation-scheduled'))
        .filter((effects) => effects.length > 0)
        .chain((effects) => fc.constantFrom(...effects))
        .map((effect) => [JSON.parse(JSON.stringify(effect)) as unknown]),
    },
    moneySchema: { arity: 0, valid: fc.constant([]) },
    offerSchema: { arity: 0, valid: fc.constant([]) },
    purchaseSchema: { arity: 0, valid: fc.constant([]) },
    quoteInputSchema: { arity: 0, valid: fc.constant([]) },
    subscriptionInputSchema: { arity: 0, valid: fc.constant([]) },
    subscriptionSchema: { arity: 0, valid: fc.constant([]) },
    supportRequestSchema: { arity: 0, valid: fc.constant([]) },
    parseCustomer: { arity: 1, valid: customer().map((c) => [c]) },
    parseUpgradeRequest: {
      arity: 1,
      valid: instant().map((at) => [
        { at, quantity: 2, to: { offerId: 'X:1', price: { amount: 100, currency: 'USD' } } },
      ]),
    },
    parseCustomTermEndDatesInput: {
      arity: 1,
      valid: instant().map((startDate) => [
        { term: 'P1Y', billingFrequency: 'monthly', startDate },
      ]),
    },
    parseDownloadLink: { arity: 1, valid: link.map((l) => [l]) },
    parseEvent: {
      arity: 1,
      valid: fc
        .oneof(
          subscriptionEvent(),
          instant().chain((at) => eventAt(at)),
        )
        .map((e) => [e]),
    },
    parseMoney: { arity: 1, valid: money().map((m) => [m]) },
    parseOffer: { arity: 1, valid: offer().map((o) => [o]) },
    parsePolicy: { arity: 1, valid: policy().map((p) => [p]) },
    parsePurchase: {
      arity: 1,
      valid: fc
        .oneof(purchase(), purchase({ program: 'new-commerce', renewals: true }))
        .map((p) => [p]),
    },
    parseQuoteInput: {
      arity: 1,
      valid: fc
        .tuple(money(), market(), taxRate())
        .map(([listPrice, where, rate]) => [{ listPrice, market: where, taxRate: rate }]),
    },
    parseSubscription: {
      arity: 1,
      valid: fc
        .oneof(
          subscription(),
          newCommerceState.map((s) => JSON.parse(JSON.stringify(s)) as unknown),
        )
        .map((s) => [s]),
    },
    parseSubscriptionInput: {
      arity: 1,
      valid: fc.oneof(subscriptionInput, newCommerceInput).map((i) => [i]),
    },
    parseSupportRequest: { arity: 1, valid: supportRequest.map((r) => [r]) },
    reservationSchema: { arity: 0, valid: fc.constant([]) },
    orderSchema: { arity: 0, valid: fc.constant([]) },
    holdingsSchema: { arity: 0, valid: fc.constant([]) },
    refundHistorySchema: { arity: 0, valid: fc.constant([]) },
    savingsPlanSchema: { arity: 0, valid: fc.constant([]) },
    parseReservation: { arity: 1, valid: arbitraries.reservation().map((r) => [r]) },
    parseOrder: { arity: 1, valid: arbitraries.order().map((o) => [o]) },
    parseHoldings: { arity: 1, valid: arbitraries.holdings().map((h) => [h]) },
    parseRefundHistory: { arity: 1, valid: refundHistory().map((h) => [h]) },
    parseSavingsPlan: {
      arity: 1,
      valid: fc
        .tuple(fc.constantFrom('P1Y', 'P3Y'), instant())
        .map(([term, purchasedAt]) => [{ id: 'sp', term, purchasedAt }]),
    },
  },
  'subscription-rules/arbitraries': {
    promotionResource: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record({ maxProducts: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: [] }),
      ),
    },
    priceListFiles: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record({ maxKeys: fc.integer({ min: 1, max: 4 }) }, { requiredKeys: [] }),
      ),
    },
    reconciliationRows: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record(
          {
            quirks: fc.constant(['apostrophe', 'two-line']),
            maxBroken: fc.constant(2),
            lines: fc.constant([
              {
                ChargeType: 'addQuantity',
                ChargeStartDate: '2026-12-05',
                ChargeEndDate: '2026-12-19',
                BillableQuantity: '5',
                Subtotal: '31.20',
                Currency: 'USD',
              },
            ]),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    newCommerceHistory: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc
          .record(
            {
              products: fc.constant(['license-based']),
              maxEvents: fc.constant(3),
              currencies: fc.constant(['USD']),
            },
            { requiredKeys: [] },
          )
          .chain((o) => range.map((r) => ({ ...o, ...r }))),
      ),
    },
    partnerCenterSubscription: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record({ program: fc.constantFrom('legacy', 'new-commerce', 'any') }),
      ),
    },
    order: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record(
          {
            offers: fc.constant(['microsoft-365-e3']),
            maxQuantity: fc.constant(120),
            trials: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    holdings: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record(
          {
            offers: fc.constant(['microsoft-365-e3']),
            maxLength: fc.constant(3),
            maxQuantity: fc.constant(50),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    reservation: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc
          .record(
            {
              currencies: fc.constant(['USD', 'JPY']),
              types: fc.constant(['red-hat', 'storage']),
              maxPrice: fc.constant(1_000),
            },
            { requiredKeys: [] },
          )
          .chain((o) => range.map((r) => ({ ...o, ...r }))),
      ),
    },
    refundHistory: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc
          .record(
            {
              currencies: fc.constant(['EUR']),
              maxLength: fc.constant(3),
              maxAmount: fc.constant(500),
            },
            { requiredKeys: [] },
          )
          .chain((o) => range.map((r) => ({ ...o, ...r }))),
      ),
    },
    instant: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record({ offsets: fc.boolean() }).chain((o) => range.map((r) => ({ ...o, ...r }))),
      ),
    },
    money: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record(
          { currencies: fc.constant(['USD', 'JPY']), min: fc.constant(0), max: fc.constant(100) },
          { requiredKeys: [] },
        ),
      ),
    },
    taxRate: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record(
          {
            min: fc.constant('0.05'),
            max: fc.constant(0.25),
            form: fc.constantFrom('text', 'number', 'any'),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    market: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record(
          { codes: fc.constant(['DE', 'SZ']), forms: fc.constant(['name', 'alias']) },
          { requiredKeys: [] },
        ),
      ),
    },
    purchase: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc
          .record(
            {
              products: fc.constant(['marketplace-saas']),
              currencies: fc.constant(['EUR']),
              currentTermEnds: fc.boolean(),
              policy: fc.constant(root.partnerCenterPolicies[0]),
              renewals: fc.boolean(),
              program: fc.constantFrom('legacy', 'new-commerce'),
            },
            { requiredKeys: [] },
          )
          .chain((o) => range.map((r) => ({ ...o, ...r }))),
      ),
    },
    offer: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record(
          {
            ids: fc.constant(['o']),
            partners: fc.constant(['p']),
            productFamilies: fc.constant(['f']),
            markets: fc.constant({ codes: ['DE'] }),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    customer: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.record(
          { segments: fc.constant(['education']), markets: fc.constant({ forms: ['code'] }) },
          { requiredKeys: [] },
        ),
      ),
    },
    subscriptionEvent: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc
          .record(
            {
              types: fc.constant(['suspend', 'cancel']),
              maxQuantity: fc.constant(5),
              reasons: fc.constant(['fraud']),
              program: fc.constantFrom('legacy', 'new-commerce'),
            },
            { requiredKeys: [] },
          )
          .chain((o) => range.map((r) => ({ ...o, ...r }))),
      ),
    },
    subscription: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc
          .record(
            {
              products: fc.constant(['marketplace-saas']),
              maxEvents: fc.constant(3),
              currencies: fc.constant(['USD']),
              program: fc.constantFrom('legacy', 'new-commerce'),
            },
            { requiredKeys: [] },
          )
          .chain((o) => range.map((r) => ({ ...o, ...r }))),
      ),
    },
    policy: {
      arity: 1,
      sample: true,
      valid: constraintsOf(
        fc.oneof(
          fc.record({ bases: fc.constant([root.partnerCenterPolicies[1]]) }),
          fc.record({ program: fc.constantFrom('legacy', 'new-commerce') }),
        ),
      ),
    },
  },
  'subscription-rules/locales/en': { en: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/locales/ko': { ko: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/locales/zh-Hans': { zhHans: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/locales/zh-Hant': { zhHant: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/new-commerce': {
    RuleError: ruleErrorDriver,
    isRuleError: isRuleErrorDriver,
    access: { arity: 1, valid: newCommerceState.map((s) => [s]) },
    advance: { arity: 2, valid: newCommerceAndLater },
    allowedActions: { arity: 3, valid: newCommerceAndLater },
    cancellationDecision: {
      arity: 3,
      valid: purchase({ program: 'new-commerce', renewals: true }).chain((p) =>
        fc.tuple(
          fc.constant(p),
          later(String(('termStart' in p ? p.termStart : undefined) ?? p.orderedAt)),
        ),
      ),
    },
    createSubscription: { arity: 1, valid: newCommerceInput.map((input) => [input]) },
    fromPartnerCenterSubscription: {
      arity: 2,
      valid: fc
        .tuple(
          arbitraries.partnerCenterSubscription({ program: 'new-commerce' }),
          fc.integer({ min: 0, max: 2000 * 3_600_000 }),
        )
        .map(([r, after]) => [r, { asOf: readableAsOf(r, after) }]),
    },
    ...newCommerceOnly,
    nextDeadline: { arity: 1, valid: newCommerceState.map((s) => [s]) },
    refundableQuantity: { arity: 2, valid: newCommerceAndLater },
    toPartnerCenterPatch: { arity: 2, valid: newCommerceState.map((s) => [s, s]) },
    transition: {
      arity: 3,
      valid: newCommerceAndLater.chain(([state, at]) => eventAt(at).map((event) => [state, event])),
    },
  },
  'subscription-rules/legacy': {
    RuleError: ruleErrorDriver,
    isRuleError: isRuleErrorDriver,
    access: { arity: 1, valid: subscription({ program: 'legacy' }).map((s) => [s]) },
    advance: { arity: 2, valid: legacyAndLater },
    allowedActions: { arity: 3, valid: options(legacyAndLater) },
    cancellationDecision: {
      arity: 3,
      valid: options(
        purchase({ program: 'legacy' }).chain((p) =>
          fc.tuple(fc.constant(p), later(p.orderedAt as string)),
        ),
      ),
    },
    createSubscription: {
      arity: 2,
      valid: options(subscriptionInput.map((input) => [input] as [unknown])),
    },
    fromPartnerCenterSubscription: {
      arity: 2,
      valid: fc
        .tuple(
          arbitraries.partnerCenterSubscription({ program: 'legacy' }),
          fc.integer({ min: 0, max: 2000 * 3_600_000 }),
        )
        .map(([r, after]) => [r, { asOf: readableAsOf(r, after) }]),
    },
    nextDeadline: { arity: 1, valid: subscription({ program: 'legacy' }).map((s) => [s]) },
    toPartnerCenterPatch: {
      arity: 2,
      valid: subscription({ program: 'legacy' }).map((s) => [s, s]),
    },
    transition: { arity: 3, valid: legacyTransition },
  },
  'subscription-rules/new-commerce/locales/en': { en: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/new-commerce/locales/ko': { ko: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/new-commerce/locales/zh-Hans': {
    zhHans: { arity: 0, valid: fc.constant([]) },
  },
  'subscription-rules/new-commerce/locales/zh-Hant': {
    zhHant: { arity: 0, valid: fc.constant([]) },
  },
  'subscription-rules/legacy/locales/en': { en: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/legacy/locales/ko': { ko: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/legacy/locales/zh-Hans': { zhHans: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/legacy/locales/zh-Hant': { zhHant: { arity: 0, valid: fc.constant([]) } },
  'subscription-rules/reconciliation': {
    findingsCsv: {
      arity: 1,
      valid: fc.constantFrom('31.20', '31.25', '0.00').map((subtotal) => [
        reconciliation.reconcileSubscriptions(
          WORKED.map((row, i) => (i === 1 ? { ...row, Subtotal: subtotal } : { ...row })),
          [workedResource(15)],
          { rules: newCommerce },
        ).findings,
      ]),
    },
    invoiceLines: {
      arity: 2,
      valid: fc
        .tuple(lifeEffects, fc.constantFrom({}, { subscriptionId: 'S1', customerId: 'C1' }))
        .map(([effects, options]) => [effects, options]),
    },
    reconcile: {
      arity: 3,
      valid: fc
        .tuple(lifeEffects, fc.constantFrom(undefined, en, ko, zhHans, zhHant))
        .map(([effects, locale]) => {
          const lines = reconciliation.invoiceLines(effects, { subscriptionId: 'S1' });
          return [effects, lines, { subscriptionId: 'S1', locale }];
        }),
    },
    reconcileSubscriptions: {
      arity: 3,
      valid: fc
        .tuple(
          fc.constantFrom(undefined, en, ko, zhHans, zhHant),
          fc.constantFrom('31.20', '31.25'),
          fc.constantFrom(undefined, [
            { SubscriptionId: SUBSCRIPTION, UnitPrice: '12.50', Currency: 'USD' },
          ]),
        )
        .map(([locale, subtotal, prices]) => [
          WORKED.map((row, i) => (i === 1 ? { ...row, Subtotal: subtotal } : { ...row })),
          [workedResource(15)],
          {
            rules: newCommerce,
            ...(locale === undefined ? {} : { locale }),
            ...(prices === undefined ? {} : { prices }),
          },
        ]),
    },
  },
  'subscription-rules/usage': {
    tieOut: {
      arity: 3,
      valid: fc
        .tuple(fc.constantFrom('2075.89', '2075.90', '2125.89'), fc.constantFrom(undefined, en, ko))
        .map(([total, locale]) => [
          [invoiceResource('G000024135', total)],
          g24135Rows.map((row) => ({ ...row })),
          locale === undefined ? {} : { locale },
        ]),
    },
    createTieOut: {
      arity: 1,
      valid: fc.constantFrom([], [{}], [{ keepRows: false }]),
    },
    createUsageReconciler: {
      arity: 1,
      valid: fc.constantFrom(undefined, en, ko).map((locale) => [{ pecRate: '15', locale }]),
    },
    expectedEffectiveUnitPrice: {
      arity: 1,
      valid: fc.constant([{ unitPrice: '0.10', pecPercentage: '15', creditPercentage: '0' }]),
    },
    readUsageLine: {
      arity: 2,
      valid: fc.constantFrom(
        [usageRow(), 1],
        [
          '{"UsageDate":"2026-11-30","ProductId":"P","SkuId":"S","SubscriptionId":"s","Quantity":1,"EffectiveUnitPrice":0.1,"PCToBCExchangeRate":1,"BillingPreTaxTotal":0.1,"BillingCurrency":"USD"}',
          2,
        ],
      ),
    },
    reconcileUsage: {
      arity: 3,
      valid: fc.constantFrom(undefined, zhHant).map((locale) => [
        [
          usageRow(),
          usageRow({
            UsageDate: '2026-11-29',
            PartnerEarnedCreditPercentage: '0',
            EffectiveUnitPrice: '0.20',
            BillingPreTaxTotal: '4.80',
          }),
        ],
        [reconRow({ EffectiveUnitPrice: '0.17', Subtotal: '8.88' })],
        {
          period: '2026-11',
          prices: [{ MeterId: 'vm-d2s', Tags: '' }],
          minAtStake: '0.01',
          locale,
        },
      ]),
    },
    isCreditedUsageLine: {
      arity: 1,
      valid: fc.constant([(usage.readUsageLine(usageRow(), 1) as { line: usage.UsageLine }).line]),
    },
    usageLineAmount: {
      arity: 1,
      valid: fc.constant([(usage.readUsageLine(usageRow(), 1) as { line: usage.UsageLine }).line]),
    },
    usageTolerance: {
      arity: 1,
      valid: fc.constant([
        { lines: 3, exchangeRate: '150.25', pricingCurrency: 'USD', billingCurrency: 'JPY' },
      ]),
    },
  },
  'subscription-rules/resale': {
    reconcileResale: {
      arity: 1,
      valid: fc.constantFrom(undefined, ko).map((locale) => [
        {
          cost: resaleCost.map((row) => ({ ...row })),
          billed: resaleBilled.map((row) => ({ ...row })),
          map: resaleMap,
          seats: resaleSeats,
          options: { marginFloor: '10%', ...(locale === undefined ? {} : { locale }) },
        },
      ]),
    },
    createResaleReconciler: {
      arity: 1,
      valid: fc.constantFrom(
        [{ map: resaleMap }],
        [{ map: resaleMap, options: { period: '2026-11' } }],
      ),
    },
    exampleMaps: { arity: 0, valid: fc.constant([]) },
  },
};
