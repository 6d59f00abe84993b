import fc from 'fast-check';
import {
  checkOrder,
  createSubscription,
  definePolicy,
  type Holding,
  type NewCommercePolicy,
  type Order,
  partnerCenterPolicies,
  policyAt,
} from 'subscription-rules';
import {
  holdings as holdingsArbitrary,
  order as orderArbitrary,
} from 'subscription-rules/arbitraries';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';

const AT = '2026-11-20T10:00:00Z';
const at = { at: AT };

const e3p3y = (
  quantity: number,
  billingFrequency: Order['billingFrequency'] = 'annual',
): Order => ({
  offer: 'microsoft-365-e3',
  quantity,
  term: 'P3Y',
  billingFrequency,
});

/** `[code, limit, actual, constraintId]` of each refusal; `[]` when allowed. */
function refusals(result: ReturnType<typeof checkOrder>): unknown[] {
  return result.ok ? [] : result.refusals.map((r) => [r.code, r.limit, r.actual, r.constraintId]);
}

/** The newest catalog New Commerce policy as editable JSON. */
function catalogCopy(): NewCommercePolicy {
  return JSON.parse(JSON.stringify(policyAt(AT, { program: 'new-commerce' })));
}

describe('checkOrder', () => {
  it('ORD-1: an offer is a catalog key or one of its product IDs, in any case; an unlisted one is checked against nothing, with a note', () => {
    const policy = catalogCopy();
    const edited = definePolicy({
      ...policy,
      id: 'with-ids',
      orders: {
        ...policy.orders,
        products: {
          ...policy.orders?.products,
          'microsoft-365-e3': { productIds: ['CFQ7TTC0LFLX'] },
        },
      },
    });
    const byId = checkOrder({ ...e3p3y(99), offer: 'cfq7ttc0lflx' }, [], {
      at: AT,
      policy: edited,
    });
    expect(refusals(byId)).toEqual([['below-minimum', 100, 99, 'p3y-minimum-suites']]);
    // a holding named by Partner Center's offerId counts towards the same offer
    const held = checkOrder(
      { offer: 'microsoft-365-copilot', quantity: 51, term: 'P1Y', billingFrequency: 'annual' },
      [{ offerId: 'CFQ7TTC0LFLX:0001:CFQ7TTC0K821', quantity: 50 }],
      { at: AT, policy: edited },
    );
    expect(refusals(held)).toEqual([['add-on-over-base', 50, 51, 'copilot-base']]);
    const unlisted = checkOrder(
      { offer: 'dynamics-365-sales', quantity: 10, term: 'P3Y', billingFrequency: 'monthly' },
      [],
      at,
    );
    expect(unlisted.ok).toBe(true);
    expect(unlisted.notes.map((n) => n.code)).toEqual(['offer-not-listed']);
    expect(unlisted.notes[0]?.message).toBe(
      'dynamics-365-sales is not among the offers of the policy’s order rules: no constraint was checked.',
    );
  });

  it('ORD-1: a New Commerce state with its offerId is a holding as it is', () => {
    const state = createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 151,
      orderedAt: '2026-11-01T00:00:00Z',
      offerId: 'microsoft-365-business-premium',
    });
    const order: Order = {
      offer: 'microsoft-365-business-standard',
      quantity: 150,
      term: 'P1Y',
      billingFrequency: 'monthly',
    };
    expect(refusals(checkOrder(order, [state as Holding], at))).toEqual([
      ['family-cap-exceeded', 300, 301, 'business-family-300'],
    ]);
  });

  it('ORD-1: holdings count when active, suspended or trial, not expired, disabled, cancelled or deleted', () => {
    const order: Order = {
      offer: 'microsoft-365-business-standard',
      quantity: 150,
      term: 'P1Y',
      billingFrequency: 'monthly',
    };
    for (const status of ['active', 'suspended', 'trial'] as const)
      expect(
        checkOrder(order, [{ offer: 'microsoft-365-business-premium', quantity: 151, status }], at)
          .ok,
      ).toBe(false);
    for (const status of ['expired', 'disabled', 'cancelled', 'deleted'] as const)
      expect(
        checkOrder(order, [{ offer: 'microsoft-365-business-premium', quantity: 151, status }], at)
          .ok,
      ).toBe(true);
  });

  it('ORD-2: every New Commerce catalog policy carries the one list of constraints, in force by its dates', () => {
    const nce = partnerCenterPolicies.filter((p) => p.program === 'new-commerce');
    expect(nce).toHaveLength(5);
    const first = (nce[0] as NewCommercePolicy).orders;
    for (const p of nce) expect((p as NewCommercePolicy).orders).toEqual(first);
    expect(first?.constraints.map((c) => c.id)).toEqual([
      'p3y-minimum-suites',
      'p3y-minimum-mini-suites',
      'p3y-billing-suites',
      'p3y-billing-mini-suites',
      'business-family-300',
      'copilot-business-300',
      'copilot-business-base',
      'copilot-base',
      'multi-geo-share',
      'multi-geo-term',
      'copilot-business-term',
      'trials',
    ]);
    expect(Object.keys(first?.products ?? {})).toContain('microsoft-365-apps-for-business');
    for (const p of nce)
      expect(definePolicy(JSON.parse(JSON.stringify(p)))).toEqual(JSON.parse(JSON.stringify(p)));
  });

  it('ORD-2: definePolicy refuses an unknown offer, min above max, a percent outside 1..100 and a constraint id twice', () => {
    const policy = catalogCopy();
    const orders = policy.orders as NonNullable<NewCommercePolicy['orders']>;
    const broken = (constraints: unknown[]) =>
      errorOf(() => definePolicy({ ...policy, orders: { ...orders, constraints } }));
    expect(
      broken([
        { id: 'x', kind: 'family-cap', offers: ['no-such-offer'], max: 3, effectiveFrom: null },
      ]),
    ).toEqual({
      code: 'INVALID_POLICY',
      path: 'orders.constraints.0.offers.0',
    });
    expect(
      broken([
        {
          id: 'x',
          kind: 'quantity',
          offers: ['microsoft-365-e3'],
          min: 5,
          max: 4,
          effectiveFrom: null,
        },
      ]),
    ).toEqual({
      code: 'INVALID_POLICY',
      path: 'orders.constraints.0.min',
    });
    for (const percent of [0, 101, 5.5])
      expect(
        broken([
          {
            id: 'x',
            kind: 'add-on',
            offers: ['microsoft-365-copilot'],
            baseOffers: ['microsoft-365-e3'],
            maxPercentOfBase: percent,
            effectiveFrom: null,
          },
        ]),
      ).toEqual({ code: 'INVALID_POLICY', path: 'orders.constraints.0.maxPercentOfBase' });
    const twice = orders.constraints.slice(0, 1);
    expect(broken([...twice, ...twice])).toEqual({
      code: 'INVALID_POLICY',
      path: 'orders.constraints.1.id',
    });
    expect(
      errorOf(() =>
        definePolicy({ ...JSON.parse(JSON.stringify(partnerCenterPolicies[1])), orders }),
      ),
    ).toEqual({
      code: 'INVALID_POLICY',
      path: 'orders',
    });
  });

  it('ORD-3: every refusal, in the policy’s order, with its code, rule, constraint, limit and actual', () => {
    const result = checkOrder(e3p3y(99, 'monthly'), [], at);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.policyId).toBe('partner-center-nce-2025-04');
    expect(result.refusals.map((r) => [r.code, r.rule, r.constraintId, r.limit, r.actual])).toEqual(
      [
        ['below-minimum', 'ORD-5', 'p3y-minimum-suites', 100, 99],
        ['billing-not-allowed', 'ORD-5', 'p3y-billing-suites', ['annual', 'triennial'], 'monthly'],
      ],
    );
    expect(result.refusals[0]?.messageId).toBe('order.below-minimum');
  });

  it('ORD-4: a change counts its holding at the new quantity once; an unknown subscriptionId is bad input', () => {
    const holdings: Holding[] = [
      { id: 's1', offer: 'microsoft-365-business-premium', quantity: 151 },
      { id: 's2', offer: 'microsoft-365-business-standard', quantity: 149 },
    ];
    const change = (id: string, offer: string, quantity: number): Order => ({
      offer,
      quantity,
      term: 'P1Y',
      billingFrequency: 'monthly',
      subscriptionId: id,
    });
    expect(checkOrder(change('s2', 'microsoft-365-business-standard', 149), holdings, at).ok).toBe(
      true,
    );
    expect(
      refusals(checkOrder(change('s2', 'microsoft-365-business-standard', 150), holdings, at)),
    ).toEqual([['family-cap-exceeded', 300, 301, 'business-family-300']]);
    expect(
      errorOf(() => checkOrder(change('s9', 'microsoft-365-business-standard', 1), holdings, at)),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'order.subscriptionId',
    });
  });

  it('ORD-4: a change towards a bound is allowed while still outside it; away from it, refused (99 → 100 → 99)', () => {
    const held = (quantity: number): Holding[] => [
      { id: 'p', offer: 'microsoft-365-e3', quantity, term: 'P3Y', billingFrequency: 'annual' },
    ];
    const to = (quantity: number): Order => ({ ...e3p3y(quantity), subscriptionId: 'p' });
    expect(checkOrder(to(90), held(80), at).ok).toBe(true);
    expect(refusals(checkOrder(to(79), held(80), at))).toEqual([
      ['below-minimum', 100, 79, 'p3y-minimum-suites'],
    ]);
    expect(checkOrder(to(100), held(99), at).ok).toBe(true);
    expect(refusals(checkOrder(to(99), held(100), at))).toEqual([
      ['below-minimum', 100, 99, 'p3y-minimum-suites'],
    ]);
    // a three-year monthly plan bought before its billing constraint keeps changing seats
    const monthly: Holding[] = [
      {
        id: 'p',
        offer: 'microsoft-365-e3',
        quantity: 120,
        term: 'P3Y',
        billingFrequency: 'monthly',
      },
    ];
    expect(checkOrder({ ...e3p3y(130, 'monthly'), subscriptionId: 'p' }, monthly, at).ok).toBe(
      true,
    );
  });

  it('ORD-5: an add-on’s max bound runs on a decrease of its base; buying more base seats never needs more add-on', () => {
    const holdings: Holding[] = [
      { id: 'e3', offer: 'microsoft-365-e3', quantity: 200 },
      { id: 'geo', offer: 'microsoft-365-multi-geo', quantity: 10 },
    ];
    expect(
      checkOrder(
        {
          offer: 'microsoft-365-e3',
          quantity: 300,
          term: 'P1Y',
          billingFrequency: 'annual',
          subscriptionId: 'e3',
        },
        holdings,
        at,
      ).ok,
    ).toBe(true);
    expect(
      checkOrder(
        { offer: 'microsoft-365-e3', quantity: 50, term: 'P1Y', billingFrequency: 'annual' },
        holdings,
        at,
      ).ok,
    ).toBe(true);
  });

  it('ORD-6 (checkOrder’s part): a trial order runs only the trial constraint', () => {
    expect(checkOrder({ ...e3p3y(20), trial: true }, [], at).ok).toBe(true);
  });

  it('ORD-8: every refusal code has its message in English, Korean, Simplified and Traditional Chinese', () => {
    const result = checkOrder(e3p3y(99), [], at);
    const korean = checkOrder(e3p3y(99), [], { at: AT, locale: ko });
    expect(result.ok || result.refusals[0]?.message).toBe(
      'A P3Y subscription of microsoft-365-e3 needs at least 100 seats; the order has 99.',
    );
    expect(korean.ok || korean.refusals[0]?.message).toBe(
      'microsoft-365-e3의 P3Y 구독에는 최소 100개의 라이선스가 필요합니다. 주문 수량은 99개입니다.',
    );
    const hans = checkOrder(e3p3y(99), [], { at: AT, locale: zhHans });
    expect(hans.ok || hans.refusals[0]?.message).toBe(
      'microsoft-365-e3 的 P3Y 订阅至少需要 100 个许可证;此订单为 99 个。',
    );
    const hant = checkOrder(e3p3y(99), [], { at: AT, locale: zhHant });
    expect(hant.ok || hant.refusals[0]?.message).toBe(
      'microsoft-365-e3 的 P3Y 訂閱至少需要 100 個授權;此訂單為 99 個。',
    );
  });

  it('ORD-9: bad input throws at the caller’s field', () => {
    const good = e3p3y(100);
    expect(errorOf(() => checkOrder(good, [], {} as never))).toEqual({
      code: 'MISSING_FIELD',
      path: 'options.at',
    });
    expect(errorOf(() => checkOrder({ ...good, term: 'P2Y' as never }, [], at))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'order.term',
    });
    expect(
      errorOf(() => checkOrder({ ...good, billingFrequency: 'weekly' as never }, [], at)),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'order.billingFrequency' });
    expect(errorOf(() => checkOrder({ ...good, term: undefined as never }, [], at))).toEqual({
      code: 'MISSING_FIELD',
      path: 'order.term',
    });
    expect(
      errorOf(() => checkOrder({ ...good, term: 'P1M', billingFrequency: 'annual' }, [], at)),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'order.billingFrequency' });
    // a quantity left out is no positive safe integer either (ORD-9), for an order and a holding
    expect(errorOf(() => checkOrder({ ...good, quantity: undefined as never }, [], at))).toEqual({
      code: 'INVALID_QUANTITY',
      path: 'order.quantity',
    });
    expect(errorOf(() => checkOrder(good, [{ offer: 'microsoft-365-e3' } as never], at))).toEqual({
      code: 'INVALID_QUANTITY',
      path: 'holdings[0].quantity',
    });
    for (const quantity of [0, -1, 1.5, 2 ** 53, Number.NaN])
      expect(errorOf(() => checkOrder({ ...good, quantity }, [], at))).toEqual({
        code: 'INVALID_QUANTITY',
        path: 'order.quantity',
      });
    expect(
      errorOf(() =>
        checkOrder(
          good,
          [
            { offer: 'microsoft-365-e3', quantity: 1 },
            { offer: 'x', quantity: -1 },
          ],
          at,
        ),
      ),
    ).toEqual({
      code: 'INVALID_QUANTITY',
      path: 'holdings[1].quantity',
    });
    expect(checkOrder(good, [{ offer: 'microsoft-365-e3', quantity: 0 }], at).ok).toBe(true);
    for (const offer of ['', 3, null])
      expect(errorOf(() => checkOrder({ ...good, offer: offer as never }, [], at))).toEqual({
        code: 'INVALID_ARGUMENT',
        path: 'order.offer',
      });
  });

  it('ORD-11 worked 1: E3 P3Y annual 99 seats → below-minimum; 100 → ok', () => {
    expect(refusals(checkOrder(e3p3y(99), [], at))).toEqual([
      ['below-minimum', 100, 99, 'p3y-minimum-suites'],
    ]);
    expect(checkOrder(e3p3y(100), [], at)).toEqual({
      ok: true,
      policyId: 'partner-center-nce-2025-04',
      notes: [],
    });
  });

  it('ORD-11 worked 2: E5 P3Y monthly → billing-not-allowed; triennial → ok; an unlisted offer P3Y monthly → ok with a note', () => {
    const e5 = {
      offer: 'microsoft-365-e5',
      quantity: 100,
      term: 'P3Y',
      billingFrequency: 'monthly',
    } as const;
    expect(refusals(checkOrder(e5, [], at))).toEqual([
      ['billing-not-allowed', ['annual', 'triennial'], 'monthly', 'p3y-billing-suites'],
    ]);
    expect(checkOrder({ ...e5, billingFrequency: 'triennial' }, [], at).ok).toBe(true);
    const dynamics = checkOrder({ ...e5, offer: 'dynamics-365-sales', quantity: 10 }, [], at);
    expect([dynamics.ok, dynamics.notes.length]).toEqual([true, 1]);
  });

  it('ORD-11 worked 3: Business Premium 151 held, Standard 150 → family-cap-exceeded (300, 301); 149 → ok; a cap of 350 → ok', () => {
    const holdings: Holding[] = [{ offer: 'microsoft-365-business-premium', quantity: 151 }];
    const standard = (quantity: number): Order => ({
      offer: 'microsoft-365-business-standard',
      quantity,
      term: 'P1Y',
      billingFrequency: 'monthly',
    });
    expect(refusals(checkOrder(standard(150), holdings, at))).toEqual([
      ['family-cap-exceeded', 300, 301, 'business-family-300'],
    ]);
    expect(checkOrder(standard(149), holdings, at).ok).toBe(true);
    const policy = catalogCopy();
    const orders = policy.orders as NonNullable<NewCommercePolicy['orders']>;
    const roomier = definePolicy({
      ...policy,
      id: 'roomier',
      orders: {
        ...orders,
        constraints: orders.constraints.map((c) =>
          c.id === 'business-family-300' ? { ...c, max: 350 } : c,
        ),
      },
    });
    expect(checkOrder(standard(150), holdings, { at: AT, policy: roomier })).toEqual({
      ok: true,
      policyId: 'roomier',
      notes: [],
    });
  });

  it('ORD-11 worked 4: Copilot bounded by its base, Multi-Geo at least ⌈B·5/100⌉ of its base (10 at 200, 11 at 201), one-year only', () => {
    const copilot = (quantity: number): Order => ({
      offer: 'microsoft-365-copilot',
      quantity,
      term: 'P1Y',
      billingFrequency: 'annual',
    });
    const e3 = (quantity: number): Holding[] => [{ id: 'e3', offer: 'microsoft-365-e3', quantity }];
    expect(refusals(checkOrder(copilot(51), e3(50), at))).toEqual([
      ['add-on-over-base', 50, 51, 'copilot-base'],
    ]);
    expect(checkOrder(copilot(50), e3(50), at).ok).toBe(true);
    expect(refusals(checkOrder(copilot(50), [], at))).toEqual([
      ['add-on-without-base', 1, 0, 'copilot-base'],
    ]);
    const withCopilot: Holding[] = [
      ...e3(50),
      { id: 'c', offer: 'microsoft-365-copilot', quantity: 50 },
    ];
    expect(
      refusals(
        checkOrder(
          {
            offer: 'microsoft-365-e3',
            quantity: 40,
            term: 'P1Y',
            billingFrequency: 'annual',
            subscriptionId: 'e3',
          },
          withCopilot,
          at,
        ),
      ),
    ).toEqual([['add-on-over-base', 40, 50, 'copilot-base']]);
    const geo = (quantity: number, term: Order['term'] = 'P1Y'): Order => ({
      offer: 'microsoft-365-multi-geo',
      quantity,
      term,
      billingFrequency: 'monthly',
    });
    expect(refusals(checkOrder(geo(9), e3(200), at))).toEqual([
      ['add-on-under-share', 10, 9, 'multi-geo-share'],
    ]);
    expect(checkOrder(geo(10), e3(200), at).ok).toBe(true);
    expect(refusals(checkOrder(geo(10), e3(201), at))).toEqual([
      ['add-on-under-share', 11, 10, 'multi-geo-share'],
    ]);
    expect(checkOrder(geo(11), e3(201), at).ok).toBe(true);
    expect(refusals(checkOrder(geo(10, 'P1M'), e3(200), at))).toEqual([
      ['term-not-allowed', ['P1Y'], 'P1M', 'multi-geo-term'],
    ]);
  });

  it('ORD-11 worked 5: the three-year minimum is in force from 2025-06-01T00:00:00.000Z (mini suites 2025-07-01), not 1 ms before', () => {
    expect(checkOrder(e3p3y(99), [], { at: '2025-05-31T23:59:59.999Z' }).ok).toBe(true);
    expect(refusals(checkOrder(e3p3y(99), [], { at: '2025-06-01T00:00:00.000Z' }))).toEqual([
      ['below-minimum', 100, 99, 'p3y-minimum-suites'],
    ]);
    const security = {
      offer: 'microsoft-365-e5-security',
      quantity: 99,
      term: 'P3Y',
      billingFrequency: 'annual',
    } as const;
    expect(checkOrder(security, [], { at: '2025-06-15T00:00:00Z' }).ok).toBe(true);
    expect(checkOrder(security, [], { at: '2025-06-30T23:59:59.999Z' }).ok).toBe(true);
    expect(refusals(checkOrder(security, [], { at: '2025-07-01T00:00:00Z' }))).toEqual([
      ['below-minimum', 100, 99, 'p3y-minimum-mini-suites'],
    ]);
  });

  it('ORD-11 worked 6: a trial has at most 25 seats, is the first of its offer, and never an add-on', () => {
    const trial = (offer: string, quantity: number): Order => ({
      offer,
      quantity,
      term: 'P1Y',
      billingFrequency: 'monthly',
      trial: true,
    });
    const premium = 'microsoft-365-business-premium';
    expect(checkOrder(trial(premium, 25), [], at).ok).toBe(true);
    expect(refusals(checkOrder(trial(premium, 26), [], at))).toEqual([
      ['trial-over-limit', 25, 26, 'trials'],
    ]);
    expect(
      refusals(
        checkOrder(
          trial(premium, 25),
          [{ id: 'old', offer: premium, quantity: 3, status: 'cancelled' }],
          at,
        ),
      ),
    ).toEqual([['trial-not-eligible', 0, 'old', 'trials']]);
    expect(
      checkOrder(
        trial(premium, 25),
        [{ id: 'old', offer: premium, quantity: 3, status: 'deleted' }],
        at,
      ).ok,
    ).toBe(true);
    expect(refusals(checkOrder(trial('microsoft-365-copilot', 5), [], at))).toEqual([
      ['trial-not-eligible', 0, 'add-on', 'trials'],
    ]);
  });

  it('ORD-11 worked 7: changes across the Business family: s1 151 → 140 ok (291); s2 150 → 160 refused (311)', () => {
    const holdings: Holding[] = [
      { id: 's1', offer: 'microsoft-365-business-premium', quantity: 151 },
      { id: 's2', offer: 'microsoft-365-business-standard', quantity: 150 },
    ];
    const plan = { term: 'P1Y', billingFrequency: 'monthly' } as const;
    expect(
      checkOrder(
        { ...plan, offer: 'microsoft-365-business-premium', quantity: 140, subscriptionId: 's1' },
        holdings,
        at,
      ).ok,
    ).toBe(true);
    expect(
      refusals(
        checkOrder(
          {
            ...plan,
            offer: 'microsoft-365-business-standard',
            quantity: 160,
            subscriptionId: 's2',
          },
          holdings,
          at,
        ),
      ),
    ).toEqual([['family-cap-exceeded', 300, 311, 'business-family-300']]);
  });

  it('ORD-12: the family cap at 300/301; a percent bound in integers for any safe count of seats', () => {
    const standard = (quantity: number): Order => ({
      offer: 'microsoft-365-business-standard',
      quantity,
      term: 'P1Y',
      billingFrequency: 'monthly',
    });
    const basic: Holding[] = [{ offer: 'microsoft-365-business-basic', quantity: 100 }];
    expect(checkOrder(standard(200), basic, at).ok).toBe(true);
    expect(refusals(checkOrder(standard(201), basic, at))).toEqual([
      ['family-cap-exceeded', 300, 301, 'business-family-300'],
    ]);
    const huge = Number.MAX_SAFE_INTEGER - 10;
    const geo = checkOrder(
      { offer: 'microsoft-365-multi-geo', quantity: 1, term: 'P1Y', billingFrequency: 'annual' },
      [{ offer: 'microsoft-365-e3', quantity: huge }],
      at,
    );
    // ⌈(2^53 − 11)·5/100⌉ exactly, with no float on the way
    expect(refusals(geo)).toEqual([
      ['add-on-under-share', Number((BigInt(huge) * 5n + 99n) / 100n), 1, 'multi-geo-share'],
    ]);
  });

  it('ORD-12: the policy’s instants are returned in ISO UTC form', () => {
    const policy = catalogCopy();
    const orders = policy.orders as NonNullable<NewCommercePolicy['orders']>;
    const mine = definePolicy({
      ...policy,
      orders: {
        ...orders,
        constraints: [
          {
            ...orders.constraints[0],
            effectiveFrom: '2025-06-01T00:00:00Z',
            effectiveUntil: '2030-01-01T00:00:00Z',
          },
        ],
      },
    }) as NewCommercePolicy;
    expect(mine.orders?.constraints[0]).toMatchObject({
      effectiveFrom: '2025-06-01T00:00:00.000Z',
      effectiveUntil: '2030-01-01T00:00:00.000Z',
    });
    expect(checkOrder(e3p3y(99), [], { at: '2030-01-01T00:00:00Z', policy: mine }).ok).toBe(true);
    expect(checkOrder(e3p3y(99), [], { at: '2029-12-31T23:59:59.999Z', policy: mine }).ok).toBe(
      false,
    );
  });

  describe('properties', () => {
    const instant = fc
      .date({
        min: new Date('2023-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());

    it('ORD-5: monotone in the quantity: a purchase refused by a minimum is refused with fewer seats, by a maximum or cap with more', () => {
      fc.assert(
        fc.property(
          orderArbitrary({ trials: false }),
          holdingsArbitrary(),
          instant,
          (order, holdings, when) => {
            const codes = (q: number) => {
              const r = checkOrder({ ...order, quantity: q }, holdings, { at: when });
              return r.ok ? [] : r.refusals.map((x) => `${x.constraintId}/${x.code}`);
            };
            const here = codes(order.quantity);
            const more = codes(order.quantity + 1);
            const less = order.quantity > 1 ? codes(order.quantity - 1) : [];
            for (const c of here) {
              if (/below-minimum|add-on-under-share/.test(c) && order.quantity > 1)
                expect(less).toContain(c);
              if (/above-maximum|family-cap|add-on-over-base|add-on-without-base/.test(c))
                expect(more).toContain(c);
            }
          },
        ),
      );
    });

    it('ORD-4: a change toward a bound is never refused by it', () => {
      fc.assert(
        fc.property(
          holdingsArbitrary(),
          fc.nat(),
          fc.integer({ min: 1, max: 400 }),
          instant,
          (holdings, pick, target, when) => {
            fc.pre(holdings.length > 0);
            const h = holdings[pick % holdings.length] as Holding;
            fc.pre(h.quantity > 0 && (h.status ?? 'active') === 'active');
            const order: Order = {
              offer: h.offer as string,
              quantity: target,
              term: 'P1Y',
              billingFrequency: 'annual',
              subscriptionId: h.id,
            };
            const before = checkOrder({ ...order, quantity: h.quantity }, holdings, { at: when });
            const after = checkOrder(order, holdings, { at: when });
            // the holding as it is is never refused by a seat bound: a step changes nothing
            if (!before.ok) for (const r of before.refusals) expect(r.code).toMatch(/term|billing/);
            if (after.ok) return;
            for (const r of after.refusals) {
              if (r.code === 'below-minimum' || r.code === 'add-on-under-share')
                expect(target).toBeLessThan(h.quantity);
              if (/above-maximum|family-cap|add-on-without-base/.test(r.code))
                expect(target).toBeGreaterThan(h.quantity);
            }
          },
        ),
      );
    });

    it('ORD-2: a user policy without orders refuses nothing', () => {
      const policy = catalogCopy();
      delete (policy as { orders?: unknown }).orders;
      const none = definePolicy({ ...policy, id: 'no-orders' });
      fc.assert(
        fc.property(orderArbitrary(), holdingsArbitrary(), instant, (order, holdings, when) => {
          expect(checkOrder(order, holdings, { at: when, policy: none })).toEqual({
            ok: true,
            policyId: 'no-orders',
            notes: [],
          });
        }),
      );
    });

    itKeepsTheContract(
      'checkOrder',
      (order: Order, holdings: Holding[], when: string) =>
        checkOrder(order, holdings, { at: when }),
      fc.tuple(orderArbitrary(), holdingsArbitrary(), instant),
    );
  });
});
