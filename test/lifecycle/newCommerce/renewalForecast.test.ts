import fc from 'fast-check';
import {
  advance,
  chargesBetween,
  createSubscription,
  formatMessage,
  type NewCommerceSubscription,
  nextCharge,
  overlayPriceList,
  type PriceStateKey,
  readPriceList,
  renewalForecast,
  transition,
} from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import * as newCommerce from 'subscription-rules/new-commerce';
import { parseSubscriptionInput } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../_errors.ts';
import { basic, csv, priceRows } from '../../prices/_lists.ts';
import { newCommerceState } from './_states.ts';

const priceKey: PriceStateKey = {
  ProductId: 'CFQ7TTC0LH18',
  SkuId: '0001',
  Market: 'US',
  Currency: 'USD',
  Segment: 'Commercial',
};

/** Business Basic before and after July 2026; the new row starting at `july`. */
const listFrom = (july: string) =>
  readPriceList(
    csv([
      basic({
        UnitPrice: '75.60',
        EffectiveStartDate: '2/1/2023 0:00',
        EffectiveEndDate: new Date(Date.parse(july) - 1).toISOString(),
      }),
      basic({
        UnitPrice: '88.20',
        EffectiveStartDate: july,
        EffectiveEndDate: '11/30/9999 11:59 PM',
      }),
      basic({
        BillingPlan: 'Annual',
        UnitPrice: '72.00',
        EffectiveStartDate: '2/1/2023 0:00',
        EffectiveEndDate: '6/30/2026 11:59 PM',
      }),
      basic({
        BillingPlan: 'Annual',
        UnitPrice: '84.00',
        EffectiveStartDate: '7/1/2026 0:00',
        EffectiveEndDate: '11/30/9999 11:59 PM',
      }),
    ]),
  );
const priceList = listFrom('2026-07-01T00:00:00.000Z');

/** 10 seats of Business Basic, a year billed monthly at 6.30, ordered at `orderedAt`. */
const bought = (orderedAt: string, key: PriceStateKey | null = priceKey): NewCommerceSubscription =>
  createSubscription({
    program: 'new-commerce',
    product: 'license-based',
    term: 'P1Y',
    billingFrequency: 'monthly',
    quantity: 10,
    orderedAt,
    price: { amount: 630, currency: 'USD' },
    ...(key === null ? {} : { priceKey: key }),
  });

describe('prices over time in the lifecycle', () => {
  it('PL-4, PL-3: a renewal at 2026-07-01T00:00Z takes the new row, and its charge names it', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    const renewal = chargesBetween(sub, sub.asOf, '2026-07-01T00:00:00Z', { priceList }).at(-1);
    expect(renewal).toMatchObject({
      kind: 'renewal',
      at: '2026-07-01T00:00:00.000Z',
      unitPrice: { amount: 735, currency: 'USD' },
      amount: { amount: 7350, currency: 'USD' },
      priceFrom: {
        effectiveStartDate: '2026-07-01T00:00:00.000Z',
        unitPrice: '88.20',
        periodPrice: { amount: 735, currency: 'USD' },
      },
    });
    const renewed = advance(sub, '2026-07-01T00:00:00Z', { priceList }).subscription;
    expect(renewed.price).toEqual({ amount: 735, currency: 'USD' });
    expect(nextCharge(sub, '2026-06-15T00:00:00Z', { priceList })).toMatchObject({
      kind: 'renewal',
      unitPrice: { amount: 735 },
    });
  });

  it('PL-4, PL-3: a new row that starts 1 ms after the renewal leaves the old price for the whole new term', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    const later = listFrom('2026-07-01T00:00:00.001Z');
    const year = chargesBetween(sub, sub.asOf, '2027-06-30T00:00:00Z', { priceList: later });
    const term = year.filter((c) => c.at >= '2026-07-01');
    expect(term.map((c) => c.kind)).toEqual(['renewal', ...Array(11).fill('cycle')]);
    expect(new Set(term.map((c) => c.unitPrice.amount))).toEqual(new Set([630]));
    expect(term[0]?.priceFrom).toMatchObject({
      unitPrice: '75.60',
      effectiveStartDate: '2023-02-01T00:00:00.000Z',
    });
  });

  it('PL-4, PL-3: seats added mid-term are charged at the term’s locked price, whatever the list says', () => {
    const sub = bought('2025-06-01T00:00:00Z');
    const renewed = advance(sub, '2026-07-15T00:00:00Z', { priceList });
    expect(renewed.effects.find((c) => c.kind === 'renewal')?.unitPrice.amount).toBe(630);
    const added = transition(
      renewed.subscription,
      { type: 'change-quantity', at: '2026-08-10T00:00:00Z', quantity: 15 },
      { priceList },
    );
    expect(
      added.ok &&
        added.effects.map((e) => [
          e.type,
          'kind' in e && e.kind,
          'unitPrice' in e && e.unitPrice?.amount,
        ]),
    ).toEqual([
      ['charge', 'cycle', 630],
      ['charge', 'add-quantity', 630],
    ]);
  });

  it('PL-4: without a price list a renewal keeps the term’s price and says so; a key the list lacks says why', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    const assumed = chargesBetween(sub, sub.asOf, '2026-07-01T00:00:00Z').at(-1);
    expect(assumed).toMatchObject({
      kind: 'renewal',
      unitPrice: { amount: 630 },
      priceAssumed: true,
    });
    expect(assumed?.message).toBe(
      'renewed at 2026-07-01T00:00:00.000Z at the term’s price, without a price list: Partner Center renews at the price list’s price on that day (pass options.priceList and give the subscription a priceKey)',
    );
    const noKey = chargesBetween(
      bought('2025-07-01T00:00:00Z', null),
      sub.asOf,
      '2026-07-01T00:00:00Z',
      { priceList },
    ).at(-1);
    expect(noKey?.message).toContain('without the subscription’s priceKey');
    const gb = bought('2025-07-01T00:00:00Z', { ...priceKey, Market: 'GB' });
    const missing = chargesBetween(gb, gb.asOf, '2026-07-01T00:00:00Z', { priceList }).at(-1);
    expect(missing).toMatchObject({ priceAssumed: true, unitPrice: { amount: 630 } });
    expect(missing?.message).toContain(
      'The price list has no row for CFQ7TTC0LH18 0001 P1Y Monthly GB USD Commercial',
    );
  });

  it('PL-4, MSG-1: the assumed price’s message has an ID and parameters: formatMessage says it in Korean, Chinese and back in English', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    const assumed = chargesBetween(sub, sub.asOf, '2026-07-01T00:00:00Z').at(-1);
    expect(assumed).toMatchObject({
      messageId: 'lifecycle.nce.price.assumed.no-list',
      params: { at: '2026-07-01T00:00:00.000Z' },
    });
    const charge = assumed as unknown as Parameters<typeof formatMessage>[0];
    expect(formatMessage(charge)).toBe(assumed?.message);
    expect(formatMessage(JSON.parse(JSON.stringify(charge)), ko)).toBe(
      '2026년 7월 1일 00:00 UTC에 약정 기간의 가격으로 갱신되었습니다(가격표 없음). 파트너 센터는 그날의 가격표 가격으로 갱신합니다(options.priceList를 전달하고 구독에 priceKey를 지정하세요)',
    );
    expect(formatMessage(charge, zhHans)).toContain('已于 2026年7月1日 UTC 00:00 按本期价格续订');
    expect(formatMessage(charge, zhHant)).toContain('以本期價格續訂（沒有價目表）');
    const gb = bought('2025-07-01T00:00:00Z', { ...priceKey, Market: 'GB' });
    const missing = chargesBetween(gb, gb.asOf, '2026-07-01T00:00:00Z', { priceList }).at(-1);
    const row = missing as unknown as Parameters<typeof formatMessage>[0];
    expect(missing).toMatchObject({ messageId: 'lifecycle.nce.price.assumed.product-rows' });
    expect(formatMessage(row)).toBe(missing?.message);
    expect(formatMessage(row, ko)).toContain(
      '2026년 7월 1일 00:00 UTC에 약정 기간의 가격으로 갱신되었습니다. 가격표에 CFQ7TTC0LH18 0001 P1Y Monthly GB USD Commercial의 행이 없습니다. 해당 제품과 SKU의 행: 2행: P1Y Monthly US USD Commercial 75.60 USD, 2023년 2월 1일 00:00 UTC부터 2026년 6월 30일 23시 59분 59초 UTC까지, 3행: ',
    );
  });

  it('PL-4, NCE-11: a price scheduled for the renewal wins over the list', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    const scheduled = transition(sub, {
      type: 'schedule-renewal',
      at: '2026-01-01T00:00:00Z',
      price: { amount: 700, currency: 'USD' },
    });
    if (!scheduled.ok) throw new Error(scheduled.message);
    const renewal = chargesBetween(
      scheduled.subscription,
      scheduled.subscription.asOf,
      '2026-07-01T00:00:00Z',
      { priceList },
    ).at(-1);
    expect(renewal?.unitPrice.amount).toBe(700);
    expect(renewal?.priceFrom).toBeUndefined();
    expect(
      renewalForecast(scheduled.subscription, { priceList, to: '2026-07-02T00:00:00Z' }).renewals[0]
        ?.rule,
    ).toBe('NCE-11');
  });

  it('PL-4: renewalForecast: each renewal in [from, to) with the price before and after, the change in percent and a year’s money', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    const { renewals } = renewalForecast(sub, {
      priceList,
      from: '2026-01-01T00:00:00Z',
      to: '2028-07-01T00:00:00Z',
    });
    expect(renewals).toEqual([
      {
        at: '2026-07-01T00:00:00.000Z',
        endOfTerm: 'renew',
        subscriptionTerm: { term: 'P1Y', billingFrequency: 'monthly' },
        seats: 10,
        before: { amount: 630, currency: 'USD' },
        after: { amount: 735, currency: 'USD' },
        changePercent: '16.67',
        perYear: { amount: 12_600, currency: 'USD' },
        priceFrom: {
          effectiveStartDate: '2026-07-01T00:00:00.000Z',
          unitPrice: '88.20',
          periodPrice: { amount: 735, currency: 'USD' },
        },
        rule: 'PL-3',
      },
      {
        at: '2027-07-01T00:00:00.000Z',
        endOfTerm: 'renew',
        subscriptionTerm: { term: 'P1Y', billingFrequency: 'monthly' },
        seats: 10,
        before: { amount: 735, currency: 'USD' },
        after: { amount: 735, currency: 'USD' },
        changePercent: '0.00',
        perYear: { amount: 0, currency: 'USD' },
        priceFrom: {
          effectiveStartDate: '2026-07-01T00:00:00.000Z',
          unitPrice: '88.20',
          periodPrice: { amount: 735, currency: 'USD' },
        },
        rule: 'PL-3',
      },
    ]);
    // the window is half-open: a renewal at `to` is not in it, one at `from` is
    expect(renewalForecast(sub, { priceList, to: '2026-07-01T00:00:00Z' }).renewals).toEqual([]);
    expect(
      renewalForecast(sub, {
        priceList,
        from: '2026-07-01T00:00:00Z',
        to: '2026-07-01T00:00:00.001Z',
      }).renewals,
    ).toHaveLength(1);
    const assumed = renewalForecast(sub, { to: '2026-07-02T00:00:00Z' }).renewals[0];
    expect(assumed).toMatchObject({ priceAssumed: true, changePercent: '0.00', rule: 'PL-4' });
  });

  it('PL-8, EST-3: a term ending in the window is listed with what happens then: the Extended Service Term’s price a seat a month and its change, or what a cancellation stops billing (±1 ms at the term end)', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    const set = (action: 'extended-service-term' | 'cancel') => {
      const done = transition(sub, { type: 'set-end-of-term', at: '2025-08-01T00:00:00Z', action });
      if (!done.ok) throw new Error(done.message);
      return done.subscription as NewCommerceSubscription;
    };
    const window = { priceList, from: '2026-06-01T00:00:00Z', to: '2026-09-01T00:00:00Z' };
    // no P1M row: the annual plan's month as base, 84.00 ÷ 12 = 7.00, + 23 % = 8.61 (EST-3, PL-3);
    // its first month (the months after it are each listed too, below)
    const first = { ...window, to: '2026-08-01T00:00:00Z' };
    expect(renewalForecast(set('extended-service-term'), first).renewals).toEqual([
      {
        at: '2026-07-01T00:00:00.000Z',
        endOfTerm: 'extended-service-term',
        subscriptionTerm: { term: 'P1M', billingFrequency: 'monthly' },
        seats: 10,
        before: { amount: 630, currency: 'USD' },
        after: { amount: 861, currency: 'USD' },
        changePercent: '36.67',
        perYear: { amount: 27_720, currency: 'USD' },
        rule: 'EST-3',
      },
    ]);
    // eligible: disabled at the term end, 10 × 6.30 a month stop being billed
    expect(renewalForecast(set('cancel'), window).renewals).toEqual([
      {
        at: '2026-07-01T00:00:00.000Z',
        endOfTerm: 'cancel',
        subscriptionTerm: { term: 'P1Y', billingFrequency: 'monthly' },
        seats: 10,
        before: { amount: 630, currency: 'USD' },
        after: { amount: 0, currency: 'USD' },
        changePercent: '-100.00',
        perYear: { amount: -75_600, currency: 'USD' },
        rule: 'EST-3',
      },
    ]);
    // not eligible (its term ended before 2026-05-04): it expires (NCE-8)
    const old = transition(bought('2024-07-01T00:00:00Z'), {
      type: 'set-auto-renew',
      at: '2024-08-01T00:00:00Z',
      enabled: false,
    });
    if (!old.ok) throw new Error(old.message);
    expect(
      renewalForecast(old.subscription as NewCommerceSubscription, {
        priceList,
        from: '2025-07-01T00:00:00Z',
        to: '2025-07-01T00:00:00.001Z',
      }).renewals.map((r) => [r.at, r.endOfTerm, r.rule]),
    ).toEqual([['2025-07-01T00:00:00.000Z', 'cancel', 'NCE-8']]);
    const before = { priceList, from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' };
    expect(renewalForecast(set('cancel'), before).renewals).toEqual([]);
    expect(
      renewalForecast(set('cancel'), { ...before, to: '2026-07-01T00:00:00.001Z' }).renewals,
    ).toHaveLength(1);
  });

  it('PL-8, EST-3: every Extended Service Term month that begins in the window is listed, each a one-month term at its price a seat a month, not only the first (±1 ms at the window’s end)', () => {
    const done = transition(bought('2025-07-01T00:00:00Z'), {
      type: 'set-end-of-term',
      at: '2025-08-01T00:00:00Z',
      action: 'extended-service-term',
    });
    if (!done.ok) throw new Error(done.message);
    const est = done.subscription as NewCommerceSubscription;
    const window = { priceList, from: '2026-06-01T00:00:00Z', to: '2026-09-01T00:00:00Z' };
    // each month 84.00 ÷ 12 = 7.00 + 23 % = 8.61 a seat; the first against 6.30, the next against
    // the month before it: 0.00 % and nothing added a year
    const month = (at: string, before: number, changePercent: string, perYear: number) => ({
      at,
      endOfTerm: 'extended-service-term',
      subscriptionTerm: { term: 'P1M', billingFrequency: 'monthly' },
      seats: 10,
      before: { amount: before, currency: 'USD' },
      after: { amount: 861, currency: 'USD' },
      changePercent,
      perYear: { amount: perYear, currency: 'USD' },
      rule: 'EST-3',
    });
    expect(renewalForecast(est, window).renewals).toEqual([
      month('2026-07-01T00:00:00.000Z', 630, '36.67', 27_720),
      month('2026-08-01T00:00:00.000Z', 861, '0.00', 0),
    ]);
    // a month starting exactly at the window's end is left out; 1 ms later it is in
    const ats = (to: string) =>
      renewalForecast(est, { ...window, to }).renewals.map((r) => r.at.slice(0, 10));
    expect(ats('2026-08-01T00:00:00.000Z')).toEqual(['2026-07-01']);
    expect(ats('2026-08-01T00:00:00.001Z')).toEqual(['2026-07-01', '2026-08-01']);
    // a state already in its Extended Service Term lists its months from the window's start
    const inEst = advance(est, '2026-07-15T00:00:00Z', { priceList }).subscription;
    expect(
      renewalForecast(inEst, { priceList, to: '2026-10-01T00:00:00Z' }).renewals.map((r) => [
        r.at.slice(0, 10),
        r.endOfTerm,
        r.before.amount,
        r.after.amount,
      ]),
    ).toEqual([
      ['2026-08-01', 'extended-service-term', 861, 861],
      ['2026-09-01', 'extended-service-term', 861, 861],
    ]);
  });

  it('PL-4: subscription-rules/new-commerce forecasts as the root entry does', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    const options = { priceList, to: '2028-01-01T00:00:00Z' };
    expect(newCommerce.renewalForecast(sub, options)).toEqual(renewalForecast(sub, options));
  });

  it('ERR-1: a bad price list, key or window is a RuleError naming the caller’s field', () => {
    const sub = bought('2025-07-01T00:00:00Z');
    expect(
      errorOf(() =>
        chargesBetween(sub, sub.asOf, '2027-01-01T00:00:00Z', { priceList: { rows: 1 } as never }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'options.priceList' });
    // a list the reader did not return (a JSON copy) carries no lookup: read its rows again
    const copy = JSON.parse(JSON.stringify(priceList));
    expect(errorOf(() => advance(sub, '2027-01-01T00:00:00Z', { priceList: copy }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.priceList',
    });
    expect(
      advance(sub, '2027-01-01T00:00:00Z', { priceList: overlayPriceList(copy, copy) }).subscription
        .price,
    ).toEqual(advance(sub, '2027-01-01T00:00:00Z', { priceList }).subscription.price);
    expect(errorOf(() => bought('2025-07-01T00:00:00Z', { ...priceKey, Currency: 'EUR' }))).toEqual(
      {
        code: 'CURRENCY_MISMATCH',
        path: 'input.priceKey.Currency',
      },
    );
    // the schema refuses what createSubscription refuses, and reads what it reads
    const input = {
      program: 'new-commerce',
      product: 'license-based',
      term: 'P1Y',
      billingFrequency: 'monthly',
      quantity: 10,
      orderedAt: '2025-07-01T00:00:00Z',
      price: { amount: 630, currency: 'USD' },
      priceKey,
    };
    const parsed = parseSubscriptionInput({ ...input, priceKey: { ...priceKey, Currency: 'EUR' } });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual([
      'priceKey.Currency',
    ]);
    const read = parseSubscriptionInput(input);
    expect(read.ok && createSubscription(read.value)).toEqual(bought('2025-07-01T00:00:00Z'));
    expect(errorOf(() => bought('2025-07-01T00:00:00Z', { ...priceKey, SkuId: '' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'input.priceKey.SkuId',
    });
    expect(errorOf(() => renewalForecast(sub, { to: '2025-01-01T00:00:00Z' }))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'options.to',
    });
    expect(errorOf(() => renewalForecast(sub, {} as never))).toEqual({
      code: 'MISSING_FIELD',
      path: 'options.to',
    });
    expect(
      errorOf(() =>
        advance({ ...sub, priceKey: { ...priceKey, Market: 1 } } as never, '2027-01-01T00:00:00Z'),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'subscription.priceKey.Market' });
  });

  describe('properties', () => {
    const keyed = newCommerceState.map((s) => ({ ...s, priceKey }) as NewCommerceSubscription);
    const lists = priceRows.map((rows) => readPriceList(csv(rows)));

    it('the lock: a state’s charges within its term never change with the price list', () => {
      fc.assert(
        fc.property(keyed, lists, (s, list) => {
          if (s.termEnd === null || s.termEnd <= s.asOf) return;
          const end = new Date(Date.parse(s.termEnd) - 1).toISOString();
          expect(chargesBetween(s, s.asOf, end, { priceList: list })).toEqual(
            chargesBetween(s, s.asOf, end),
          );
        }),
      );
    });

    it('renewalForecast agrees with chargesBetween under the same list: one renew entry per renewal, its price after the renewal’s; nothing is billed after a cancel entry (PL-8)', () => {
      fc.assert(
        fc.property(keyed, lists, fc.integer({ min: 1, max: 1500 }), (s, list, days) => {
          const to = new Date(Date.parse(s.asOf) + days * 86_400_000).toISOString();
          const charges = chargesBetween(s, s.asOf, new Date(Date.parse(to) - 1).toISOString(), {
            priceList: list,
          });
          const renewals = charges.filter((c) => c.kind === 'renewal');
          const forecast = renewalForecast(s, { priceList: list, to }).renewals;
          expect(
            forecast.filter((r) => r.endOfTerm === 'renew').map((r) => [r.at, r.after, r.seats]),
          ).toEqual(renewals.map((c) => [c.at, c.unitPrice, c.quantity]));
          for (const stop of forecast.filter((r) => r.endOfTerm === 'cancel'))
            expect(charges.filter((c) => c.at >= stop.at)).toEqual([]);
        }),
      );
    });

    it('renewalForecast lists exactly the Extended Service Term months whose start is in [from, to), each at the price chargesBetween bills it (PL-8, EST-3)', () => {
      const done = transition(bought('2025-07-01T00:00:00Z'), {
        type: 'set-end-of-term',
        at: '2025-08-01T00:00:00Z',
        action: 'extended-service-term',
      });
      if (!done.ok) throw new Error(done.message);
      const est = done.subscription as NewCommerceSubscription;
      const ms = (n: number) => new Date(Date.parse('2025-08-01T00:00:00Z') + n).toISOString();
      const span = 800 * 86_400_000;
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: span }),
          fc.integer({ min: 1, max: span }),
          lists,
          (a, b, list) => {
            const [from, to] = [ms(a), ms(a + b)];
            const months = chargesBetween(est, est.asOf, ms(a + b - 1), { priceList: list })
              .filter((c) => c.kind === 'extended-service-term' && c.at >= from && c.at < to)
              .map((c) => [c.at, c.unitPrice, c.quantity]);
            const listed = renewalForecast(est, { priceList: list, from, to })
              .renewals.filter((r) => r.endOfTerm === 'extended-service-term')
              .map((r) => [r.at, r.after, r.seats]);
            expect(listed).toEqual(months);
          },
        ),
      );
    });

    it('advancing with a list in two steps bills as advancing once', () => {
      fc.assert(
        fc.property(
          keyed,
          lists,
          fc.integer({ min: 0, max: 800 }),
          fc.integer({ min: 0, max: 800 }),
          (s, list, a, b) => {
            const mid = new Date(Date.parse(s.asOf) + a * 86_400_000).toISOString();
            const end = new Date(Date.parse(mid) + b * 86_400_000).toISOString();
            const once = advance(s, end, { priceList: list });
            const first = advance(s, mid, { priceList: list });
            const second = advance(first.subscription, end, { priceList: list });
            expect([...first.effects, ...second.effects]).toEqual(once.effects);
            expect(second.subscription).toEqual(once.subscription);
          },
        ),
      );
    });
  });
});
