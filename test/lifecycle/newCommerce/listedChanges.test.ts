import {
  advance,
  chargesBetween,
  createSubscription,
  type NewCommerceSubscription,
  type PriceList,
  type PriceStateKey,
  readPriceList,
  transition,
} from 'subscription-rules';
import { upgrade } from 'subscription-rules/new-commerce';
import { describe, expect, it } from 'vitest';
import { errorOf, ruleErrorOf } from '../../_errors.ts';
import { basic, csv } from '../../prices/_lists.ts';
import { DAY, iso, licence } from './_states.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
const priceKey: PriceStateKey = {
  ProductId: 'CFQ7TTC0LH18',
  SkuId: '0001',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};
const e3Key: PriceStateKey = { ...priceKey, ProductId: 'CFQ7TTC0LFLX' };
const JULY = Date.UTC(2026, 6, 1);

/**
 * Business Basic: P1Y monthly 75.60 → 88.20 and P1M 7.20 → 8.40 at `at`; a P3Y row for the
 * frequency change; E3 (another product) 432.00 → 468.00 a year billed monthly. The old rows end
 * 1 ms before `at` (PL-7: consecutive rows leave no gap).
 */
const listAt = (at: number) => {
  const end = iso(at - 1);
  const rows = (fields: Parameters<typeof basic>[0], before: string, after: string) => [
    basic({
      ...fields,
      UnitPrice: before,
      EffectiveStartDate: '2/1/2023 0:00',
      EffectiveEndDate: end,
    }),
    basic({
      ...fields,
      UnitPrice: after,
      EffectiveStartDate: iso(at),
      EffectiveEndDate: '11/30/9999 11:59 PM',
    }),
  ];
  return readPriceList(
    csv([
      ...rows({}, '75.60', '88.20'),
      ...rows({ TermDuration: 'P1M' }, '7.20', '8.40'),
      ...rows({ TermDuration: 'P3Y', BillingPlan: 'Annual' }, '216.00', '252.00'),
      ...rows({ TermDuration: 'P3Y', BillingPlan: 'Monthly' }, '226.80', '264.60'),
      ...rows({ ProductId: 'CFQ7TTC0LFLX', ProductTitle: 'Office 365 E3' }, '432.00', '468.00'),
    ]),
  );
};
const priceList = listAt(JULY);

/** 10 seats of Business Basic month to month at 7.20, bought 2026-06-10. */
const monthly = createSubscription({
  ...licence,
  term: 'P1M',
  orderedAt: '2026-06-10T00:00:00Z',
  price: usd(720),
  priceKey,
});

describe('PL-3: a change of term, frequency or product is priced by the target’s row at the change', () => {
  it('PL-3: a term change at the row’s EffectiveEndDate takes the old row, 1 ms later the new one (MID-1)', () => {
    const change = (at: number) =>
      transition(
        monthly,
        { type: 'change-term', at: iso(at), term: 'P1Y', billingFrequency: 'monthly' },
        { priceList },
      );
    const before = change(JULY - 1);
    const after = change(JULY);
    const charge = (r: ReturnType<typeof change>) =>
      r.ok ? r.effects.find((e) => e.type === 'charge' && e.kind === 'term-change') : undefined;
    expect(charge(before)).toMatchObject({
      unitPrice: usd(630),
      amount: usd(6300),
      priceFrom: {
        effectiveStartDate: '2023-02-01T00:00:00.000Z',
        unitPrice: '75.60',
        periodPrice: usd(630),
      },
    });
    expect(before.ok && before.subscription.price).toEqual(usd(630));
    expect(charge(after)).toMatchObject({
      unitPrice: usd(735),
      priceFrom: { effectiveStartDate: '2026-07-01T00:00:00.000Z', unitPrice: '88.20' },
    });
    expect(after.ok && after.subscription.price).toEqual(usd(735));
  });

  it('PL-3: a row that starts 1 ms after the change does not price it; its EffectiveStartDate exactly does', () => {
    const change = (list: PriceList) =>
      transition(
        monthly,
        { type: 'change-term', at: iso(JULY), term: 'P1Y', billingFrequency: 'monthly' },
        { priceList: list },
      );
    const late = change(listAt(JULY + 1));
    expect(late.ok && late.subscription.price).toEqual(usd(630));
    const onTime = change(listAt(JULY));
    expect(onTime.ok && onTime.subscription.price).toEqual(usd(735));
  });

  it('PL-3: a price the event gives wins over the list, and its charge names no row', () => {
    const given = transition(
      monthly,
      {
        type: 'change-term',
        at: iso(JULY),
        term: 'P1Y',
        billingFrequency: 'monthly',
        price: usd(600),
      },
      { priceList },
    );
    expect(given.ok && given.subscription.price).toEqual(usd(600));
    const charge = given.ok ? given.effects.find((e) => e.type === 'charge') : undefined;
    expect(charge).toMatchObject({ unitPrice: usd(600) });
    expect(charge && 'priceFrom' in charge).toBe(false);
  });

  it('PL-3: without a price, a list or a row for the plan, a term change is a MISSING_FIELD at event.price', () => {
    const event = {
      type: 'change-term',
      at: iso(JULY),
      term: 'P1Y',
      billingFrequency: 'monthly',
    } as const;
    expect(errorOf(() => transition(monthly, event))).toMatchObject({
      code: 'MISSING_FIELD',
      path: 'event.price',
    });
    const noRow = readPriceList(csv([basic({ TermDuration: 'P1M', UnitPrice: '7.20' })]));
    const missing = ruleErrorOf(() => transition(monthly, event, { priceList: noRow }));
    expect(missing).toMatchObject({ code: 'MISSING_FIELD', path: 'event.price' });
    expect(missing.message).toContain('options.priceList has no row for the plan at the change');
    expect(missing.message).toContain('CFQ7TTC0LH18 0001 P1Y Monthly US USD Commercial');
    const { priceKey: _, ...keyless } = monthly;
    expect(
      errorOf(() => transition(keyless as NewCommerceSubscription, event, { priceList })),
    ).toMatchObject({ code: 'MISSING_FIELD', path: 'event.price' });
  });

  it('PL-3: a billing frequency change takes the new frequency’s row at the request (±1 ms), and the first period at it names the row (MID-2)', () => {
    // a P3Y term billed monthly, bought before 2025-04-01 while its frequency could still change
    const april = Date.UTC(2025, 2, 1);
    const list = listAt(april);
    const triennial = createSubscription({
      ...licence,
      term: 'P3Y',
      orderedAt: '2024-06-10T00:00:00Z',
      price: usd(630),
      priceKey,
    });
    const change = (at: number) =>
      transition(
        triennial,
        { type: 'change-billing-frequency', at: iso(at), billingFrequency: 'annual' },
        { priceList: list },
      );
    const before = change(april - 1);
    const after = change(april);
    expect(before.ok && before.subscription.pendingBillingFrequency).toMatchObject({
      billingFrequency: 'annual',
      price: usd(7200),
      from: '2025-03-10T00:00:00.000Z',
      priceFrom: { unitPrice: '216.00', effectiveStartDate: '2023-02-01T00:00:00.000Z' },
    });
    expect(after.ok && after.subscription.pendingBillingFrequency).toMatchObject({
      price: usd(8400),
      priceFrom: { unitPrice: '252.00', effectiveStartDate: '2025-03-01T00:00:00.000Z' },
    });
    const state = after.ok ? after.subscription : triennial;
    const first = chargesBetween(state, state.asOf, '2025-03-10T00:00:00Z').at(-1);
    expect(first).toMatchObject({
      kind: 'cycle',
      billingFrequency: 'annual',
      unitPrice: usd(8400),
      priceFrom: { unitPrice: '252.00', periodPrice: usd(8400) },
    });
  });

  it('PL-3: an upgrade without a price takes the target’s row at the upgrade (±1 ms) and its key (MID-4)', () => {
    const sub = createSubscription({
      ...licence,
      orderedAt: '2026-06-10T00:00:00Z',
      price: usd(630),
      priceKey,
    });
    const up = (at: number) =>
      upgrade(
        sub,
        { at: iso(at), to: { offerId: 'CFQ7TTC0LFLX:0001', priceKey: e3Key } },
        { priceList },
      );
    const before = up(JULY - 1);
    const after = up(JULY);
    expect(before.ok && before.target.price).toEqual(usd(3600));
    expect(before.ok && before.target.priceKey).toEqual(e3Key);
    expect(before.ok && before.effects.find((e) => e.type === 'charge')).toMatchObject({
      kind: 'upgrade',
      full: true,
      unitPrice: usd(3600),
      priceFrom: { unitPrice: '432.00', periodPrice: usd(3600) },
    });
    expect(after.ok && after.target.price).toEqual(usd(3900));
    // a price the request gives wins
    const given = upgrade(
      sub,
      { at: iso(JULY), to: { offerId: 'CFQ7TTC0LFLX:0001', priceKey: e3Key, price: usd(3700) } },
      { priceList },
    );
    expect(given.ok && given.target.price).toEqual(usd(3700));
    // without a price and a list, the price is missing
    expect(
      errorOf(() =>
        upgrade(sub, { at: iso(JULY), to: { offerId: 'CFQ7TTC0LFLX:0001', priceKey: e3Key } }),
      ),
    ).toMatchObject({ code: 'MISSING_FIELD', path: 'request.to.price' });
  });

  it('PL-3: seats moved into a running subscription pay its locked price, not the list’s', () => {
    const sub = createSubscription({
      ...licence,
      orderedAt: '2026-06-10T00:00:00Z',
      price: usd(630),
      priceKey,
    });
    const e3 = createSubscription({
      ...licence,
      orderedAt: '2026-06-10T00:00:00Z',
      price: usd(3500),
      priceKey: e3Key,
      offerId: 'CFQ7TTC0LFLX:0001',
    });
    const moved = upgrade(
      sub,
      { at: iso(JULY), quantity: 2, into: e3, to: { offerId: 'CFQ7TTC0LFLX:0001' } },
      { priceList },
    );
    expect(moved.ok && moved.target.price).toEqual(usd(3500));
    expect(
      moved.ok && moved.effects.find((e) => e.type === 'charge' && e.kind === 'upgrade'),
    ).toMatchObject({
      unitPrice: usd(3500),
    });
  });

  it('PL-3: a trial converts at the row at its end: at the row’s EffectiveEndDate the old, 1 ms later the new', () => {
    const trialAt = (orderedAt: number) =>
      createSubscription({
        ...licence,
        orderedAt: iso(orderedAt),
        price: usd(630),
        priceKey,
        trial: {},
      });
    const convert = (sub: NewCommerceSubscription) =>
      advance(sub, iso(JULY + 40 * DAY), { priceList }).effects.find(
        (e) => e.type === 'charge' && e.kind === 'trial-conversion',
      );
    const before = trialAt(JULY - 30 * DAY - 1);
    expect(before.trialEndsAt).toBe(iso(JULY - 1));
    expect(convert(before)).toMatchObject({
      unitPrice: usd(630),
      priceFrom: { unitPrice: '75.60' },
    });
    const after = trialAt(JULY - 30 * DAY);
    expect(convert(after)).toMatchObject({
      at: iso(JULY),
      unitPrice: usd(735),
      priceFrom: { unitPrice: '88.20', effectiveStartDate: iso(JULY) },
    });
    expect(advance(after, iso(JULY), { priceList }).subscription.price).toEqual(usd(735));
    // without a list, the price it was bought with, as before
    expect(convert(after) && advance(after, iso(JULY)).subscription.price).toEqual(usd(630));
  });
});

describe('PL-3: a month of an Extended Service Term is priced by the list at the month’s start (EST-3)', () => {
  /** 50 seats of a P1Y monthly licence bought 2026-11-20, its term ending 2027-11-20 in EST. */
  const estOf = (list: PriceList, base?: number) => {
    const bought = createSubscription({ ...licence, quantity: 50, price: usd(500), priceKey });
    const chosen = transition(bought, {
      type: 'set-end-of-term',
      at: '2027-01-01T00:00:00Z',
      action: 'extended-service-term',
      ...(base === undefined ? {} : { basePrice: usd(base) }),
    });
    if (!chosen.ok) throw new Error(chosen.message);
    return chargesBetween(chosen.subscription, chosen.subscription.asOf, '2028-01-31T00:00:00Z', {
      priceList: list,
    }).filter((c) => c.kind === 'extended-service-term');
  };
  const DEC = Date.UTC(2027, 11, 20);

  it('PL-3: the P1M row at each month’s start is the base (+3 %): a row from the month’s start prices it, one 1 ms later not', () => {
    const months = (start: number) =>
      estOf(
        readPriceList(
          csv([
            basic({
              TermDuration: 'P1M',
              UnitPrice: '4.00',
              EffectiveStartDate: '2/1/2023 0:00',
              EffectiveEndDate: iso(start - 1),
            }),
            basic({
              TermDuration: 'P1M',
              UnitPrice: '4.40',
              EffectiveStartDate: iso(start),
              EffectiveEndDate: '11/30/9999 11:59 PM',
            }),
          ]),
        ),
      );
    const onTime = months(DEC);
    expect(onTime.map((c) => [c.at, c.basePrice?.amount, c.uplift, c.unitPrice.amount])).toEqual([
      ['2027-11-20T00:00:00.000Z', 400, 0.03, 412],
      ['2027-12-20T00:00:00.000Z', 440, 0.03, 453],
      ['2028-01-20T00:00:00.000Z', 440, 0.03, 453],
    ]);
    expect(onTime[1]?.priceFrom).toEqual({
      effectiveStartDate: '2027-12-20T00:00:00.000Z',
      unitPrice: '4.40',
      periodPrice: usd(440),
    });
    const late = months(DEC + 1);
    expect(late.map((c) => c.unitPrice.amount)).toEqual([412, 412, 453]);
  });

  it('PL-3: without a P1M row the P1Y annual row ÷ 12 (+23 %); the list wins over a basePrice where it has a row, which prices the rest', () => {
    const annual = readPriceList(
      csv([
        basic({
          BillingPlan: 'Annual',
          UnitPrice: '48.00',
          EffectiveStartDate: '2/1/2023 0:00',
          EffectiveEndDate: iso(DEC - 1),
        }),
      ]),
    );
    expect(
      estOf(annual, 300).map((c) => [
        c.basePrice?.amount,
        c.uplift,
        c.unitPrice.amount,
        c.priceFrom?.unitPrice,
      ]),
    ).toEqual([
      [400, 0.23, 492, '48.00'],
      // no row from 2027-12-20: the month keeps the base it had
      [400, 0.23, 492, undefined],
      [400, 0.23, 492, undefined],
    ]);
    // a list without the SKU's rows: the base given by hand (EST-3), every month
    const other = readPriceList(csv([basic({ ProductId: 'CFQ7TTC0LFLX', TermDuration: 'P1M' })]));
    expect(estOf(other, 300).map((c) => [c.unitPrice.amount, 'priceFrom' in c])).toEqual([
      [309, false],
      [309, false],
      [309, false],
    ]);
  });
});
