import fc from 'fast-check';
import type {
  NewCommerceCreditEffect,
  NewCommerceEffect,
  NewCommerceSubscription,
} from 'subscription-rules';
import {
  access,
  advance,
  allowedActions,
  chargesBetween,
  createSubscription,
  formatMessage,
  nextDeadline,
  policyAt,
  transition,
  upgrade,
} from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { transition as transitionNewCommerce } from 'subscription-rules/new-commerce';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { subscriptionSchema } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../_errors.ts';
import { apply, DAY, iso, licence, prorated } from './_states.ts';

const usd = (amount: number) => ({ amount, currency: 'USD' as const });
/** 50 seats of a P1Y monthly licence at 5.00, bought 2026-11-20T10:00Z: its term ends 2027-11-20. */
const fifty = createSubscription({ ...licence, quantity: 50, price: usd(500) });
const TERM_END = Date.UTC(2027, 10, 20);
/** The same with the Extended Service Term chosen at a base of 4.00 USD (the P1M price). */
const chosen = apply(fifty, {
  type: 'set-end-of-term',
  at: '2027-01-01T00:00:00Z',
  action: 'extended-service-term',
  basePrice: usd(400),
});
const inEst = advance(chosen, iso(TERM_END)).subscription;

/** The old path: expired at the term's end, disabled 30 days later, deleted 90 days after that. */
function expectsOldPath(state: NewCommerceSubscription, end: number): void {
  expect(advance(state, iso(end - 1)).subscription.status).not.toBe('expired');
  expect(advance(state, iso(end)).subscription.status).toBe('expired');
  expect(advance(state, iso(end + 30 * DAY - 1)).subscription.status).toBe('expired');
  expect(advance(state, iso(end + 30 * DAY)).subscription.status).toBe('disabled');
  expect(advance(state, iso(end + 120 * DAY - 1)).subscription.status).toBe('disabled');
  expect(advance(state, iso(end + 120 * DAY)).subscription.status).toBe('deleted');
}

describe('the end of a term (EST-2)', () => {
  it('EST-2, EST-7: turning auto-renew off warns once, in one warning, priced or not; allowedActions offers each end-of-term option once and no set-auto-renew beside them', () => {
    const off = { type: 'set-auto-renew', at: '2027-01-01T00:00:00Z', enabled: false } as const;
    const priced = apply(fifty, {
      type: 'set-end-of-term',
      at: '2027-01-01T00:00:00Z',
      action: 'renew',
    });
    for (const state of [fifty, priced, chosen]) {
      const result = transition(state, off);
      const warnings = result.ok ? (result.warnings ?? []) : [];
      expect(warnings.filter((w) => w.code === 'EXTENDED_SERVICE_TERM')).toHaveLength(1);
    }
    for (const state of [fifty, chosen, apply(fifty, off)]) {
      const actions = allowedActions(state, '2027-01-05T00:00:00Z');
      const offers = actions.map((a) =>
        a.type === 'set-end-of-term'
          ? `end:${a.action}`
          : a.type === 'set-auto-renew'
            ? `auto:${a.enabled}`
            : a.type,
      );
      expect(new Set(offers).size).toBe(offers.length);
      expect(offers.some((o) => o.startsWith('auto:'))).toBe(false);
    }
  });

  it('EST-7, PURE-1: the warnings of two results for one term end are equal but share no object, each warning has its own params, and a state with another term end is warned with its own', () => {
    const off = { type: 'set-auto-renew', at: '2027-01-01T00:00:00Z', enabled: false } as const;
    const first = transition(fifty, off);
    const second = transition(fifty, off);
    const a = first.ok ? (first.warnings ?? []) : [];
    const b = second.ok ? (second.warnings ?? []) : [];
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b[0]).not.toBe(a[0]);
    expect(b[0]?.params).not.toBe(a[0]?.params);
    // writing to one result's warning changes no other result
    (a[0]?.params as Record<string, unknown>).termEnd = 'changed';
    expect(b[0]?.params).toEqual({ termEnd: '2027-11-20T00:00:00.000Z' });
    // a term bought a day later ends a day later: its sentences name its own term end
    const later = createSubscription({
      ...licence,
      quantity: 50,
      price: usd(500),
      orderedAt: '2026-11-21T10:00:00Z',
    });
    const other = transition(later, off);
    expect(
      other.ok &&
        other.warnings?.map((w) => [w.params, w.message.includes('2027-11-21T00:00:00.000Z')]),
    ).toEqual([[{ termEnd: '2027-11-21T00:00:00.000Z' }, true]]);
    const again = transition(fifty, off);
    expect(again.ok && again.warnings?.[0]?.message).toBe(
      'Auto-renew is off: from 2027-11-20T00:00:00.000Z it continues month to month in a paid Extended Service Term, which has no price yet (give set-end-of-term a basePrice); to stop it then, send set-end-of-term with action cancel.',
    );
  });

  it('EST-2, MSG-1: the warnings of turning auto-renew off come in the { locale } given (Korean, Simplified and Traditional Chinese), from either entry, each rendered from its messageId and params; without a locale, English', () => {
    const off = { type: 'set-auto-renew', at: '2027-01-01T00:00:00Z', enabled: false } as const;
    const english = transition(fifty, off);
    const en = english.ok ? (english.warnings ?? []) : [];
    expect(en.map((w) => w.messageId)).toEqual([
      'lifecycle.nce.warning.auto-renew-off-est-unpriced',
    ]);
    for (const locale of [ko, zhHans, zhHant]) {
      for (const send of [transition, transitionNewCommerce]) {
        const result = send(fifty, off, { locale });
        const warnings = result.ok ? (result.warnings ?? []) : [];
        expect(warnings.map((w) => [w.code, w.messageId, w.params])).toEqual(
          en.map((w) => [w.code, w.messageId, w.params]),
        );
        for (const [i, warning] of warnings.entries()) {
          expect(warning.message).toBe(formatMessage(en[i] as never, locale));
          expect(warning.message).not.toBe(en[i]?.message);
          expect(warning.message).not.toMatch(/Auto-renew|Extended Service Term|month to month/);
          expect(warning.message).toContain('2027');
        }
      }
    }
    // the English result is the one made: a locale's copy changes nothing in it
    expect(transition(fifty, off)).toEqual(english);
  });

  it('EST-2: a new subscription renews: endOfTerm renew, auto-renew on', () => {
    expect([fifty.endOfTerm, fifty.autoRenew]).toEqual(['renew', true]);
  });

  it('EST-2: auto-renew off on an eligible term means the Extended Service Term, with a warning naming the explicit cancel', () => {
    const result = transition(fifty, {
      type: 'set-auto-renew',
      at: '2027-01-01T00:00:00Z',
      enabled: false,
    });
    expect(result.ok && [result.subscription.endOfTerm, result.subscription.autoRenew]).toEqual([
      'extended-service-term',
      false,
    ]);
    // a year's term is no base for the months: the one warning also says which price is needed
    expect(result.ok && result.warnings).toEqual([
      {
        code: 'EXTENDED_SERVICE_TERM',
        messageId: 'lifecycle.nce.warning.auto-renew-off-est-unpriced',
        params: { termEnd: '2027-11-20T00:00:00.000Z' },
        message:
          'Auto-renew is off: from 2027-11-20T00:00:00.000Z it continues month to month in a paid Extended Service Term, which has no price yet (give set-end-of-term a basePrice); to stop it then, send set-end-of-term with action cancel.',
      },
    ]);
    const on = transition(result.ok ? result.subscription : fifty, {
      type: 'set-auto-renew',
      at: '2027-01-02T00:00:00Z',
      enabled: true,
    });
    expect(on.ok && [on.subscription.endOfTerm, on.subscription.autoRenew, on.warnings]).toEqual([
      'renew',
      true,
      undefined,
    ]);
  });

  it('EST-2: auto-renew off on a term that is not eligible is a cancel at the term’s end, without a warning', () => {
    const software = createSubscription({ ...licence, product: 'software-subscription' });
    const result = transition(software, {
      type: 'set-auto-renew',
      at: '2027-01-01T00:00:00Z',
      enabled: false,
    });
    expect(result.ok && [result.subscription.endOfTerm, result.warnings]).toEqual([
      'cancel',
      undefined,
    ]);
  });

  it('EST-2: set-end-of-term: renew keeps the scheduled changes, the other options drop them', () => {
    const scheduled = apply(fifty, {
      type: 'schedule-renewal',
      at: '2027-01-01T00:00:00Z',
      quantity: 40,
    });
    const at = '2027-01-02T00:00:00Z';
    const cancel = apply(scheduled, { type: 'set-end-of-term', at, action: 'cancel' });
    expect([cancel.endOfTerm, cancel.autoRenew, cancel.scheduled]).toEqual(['cancel', false, null]);
    const renew = apply(scheduled, { type: 'set-end-of-term', at, action: 'renew' });
    expect([renew.endOfTerm, renew.autoRenew, renew.scheduled?.quantity]).toEqual([
      'renew',
      true,
      40,
    ]);
  });

  it('EST-2, EST-1: the Extended Service Term is refused, in words, to a term started 2025-03-31T23:59:59.999Z and to a trial', () => {
    const early = createSubscription({
      ...licence,
      term: 'P3Y',
      orderedAt: '2025-03-31T23:59:59.999Z',
    });
    const refused = transition(early, {
      type: 'set-end-of-term',
      at: '2025-05-01T00:00:00Z',
      action: 'extended-service-term',
    });
    expect(refused).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED',
      messageId: 'lifecycle.nce.refused.est-not-eligible',
      params: { reason: 'no-policy-section' },
      message:
        'The subscription does not continue into an Extended Service Term (no-policy-section): choose renew or cancel.',
    });
    const trial = createSubscription({ ...licence, trial: {} });
    const at = '2026-11-25T00:00:00Z';
    expect(
      transition(trial, { type: 'set-end-of-term', at, action: 'extended-service-term' }),
    ).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    const cancelled = apply(trial, { type: 'set-end-of-term', at, action: 'cancel' });
    expect([cancelled.endOfTerm, cancelled.autoRenew]).toEqual(['cancel', false]);
    expect(advance(cancelled, '2026-12-20T10:00:00Z').subscription.status).toBe('expired');
  });

  it('EST-2: a suspension sets the option as auto-renew off does; still suspended at the term’s end it expires (decided)', () => {
    const suspended = apply(fifty, {
      type: 'suspend',
      at: '2027-01-01T00:00:00Z',
      reason: 'nonpayment',
    });
    expect([suspended.endOfTerm, suspended.autoRenew]).toEqual(['extended-service-term', false]);
    expect(nextDeadline(suspended)).toEqual({ type: 'expired', at: iso(TERM_END) });
  });

  it('EST-2: a bad set-end-of-term is a RuleError naming the field', () => {
    const at = '2027-01-01T00:00:00Z';
    expect(
      errorOf(() => transition(fifty, { type: 'set-end-of-term', at, action: 'lapse' as never })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'event.action' });
    expect(
      errorOf(() =>
        transition(fifty, { type: 'set-end-of-term', at, action: 'renew', basePrice: usd(400) }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'event.basePrice' });
    expect(
      errorOf(() =>
        transition(fifty, {
          type: 'set-end-of-term',
          at,
          action: 'extended-service-term',
          basePrice: { amount: 400, currency: 'EUR' },
        }),
      ),
    ).toEqual({ code: 'CURRENCY_MISMATCH', path: 'event.basePrice.currency' });
  });
});

describe('the term’s end (EST-3)', () => {
  it('EST-3: 50 seats at a base of 4.00 USD: from the term’s end (±1 ms) one-month terms at 4.12 a seat, 206.00 USD a month, renewed month after month', () => {
    const before = advance(chosen, iso(TERM_END - 1));
    expect(before.subscription.extendedServiceTerm).toBeUndefined();
    const at = advance(chosen, iso(TERM_END));
    expect(at.events).toEqual([{ type: 'extended-service-term', at: iso(TERM_END) }]);
    expect(at.subscription).toMatchObject({
      status: 'active',
      term: 'P1M',
      billingFrequency: 'monthly',
      autoRenew: false,
      endOfTerm: 'extended-service-term',
      quantity: 50,
      price: usd(412),
      termStart: iso(TERM_END),
      termEnd: '2027-12-20T00:00:00.000Z',
      extendedServiceTerm: { since: iso(TERM_END), basePrice: usd(400), uplift: 0.03 },
      seats: [{ quantity: 50, addedAt: iso(TERM_END), reducibleUntil: null }],
    });
    expect(at.effects.at(-1)).toMatchObject({
      type: 'charge',
      kind: 'extended-service-term',
      quantity: 50,
      unitPrice: usd(412),
      amount: usd(20600),
      basePrice: usd(400),
      uplift: 0.03,
      periodStart: iso(TERM_END),
      periodEnd: '2027-12-20T00:00:00.000Z',
      rule: 'EST-5',
    });
    const months = advance(chosen, '2028-02-20T00:00:00.000Z');
    expect(months.events.map((e) => [e.type, e.at])).toEqual([
      ['extended-service-term', '2027-11-20T00:00:00.000Z'],
      ['renewed', '2027-12-20T00:00:00.000Z'],
      ['renewed', '2028-01-20T00:00:00.000Z'],
      ['renewed', '2028-02-20T00:00:00.000Z'],
    ]);
    const est = months.effects.filter((e) => e.kind === 'extended-service-term');
    expect(est.map((e) => [e.at, e.amount.amount])).toEqual([
      ['2027-11-20T00:00:00.000Z', 20600],
      ['2027-12-20T00:00:00.000Z', 20600],
      ['2028-01-20T00:00:00.000Z', 20600],
      ['2028-02-20T00:00:00.000Z', 20600],
    ]);
    expect(access(months.subscription)).toEqual({ users: true, admins: true });
  });

  it('EST-3: uplift is a fraction, 0.03 (0.23 without a monthly plan), in the state, its charges and the policy; the invoice line prints it as 3 %; a state saved in whole percent (3, 23) reads as the fraction, priced alike', () => {
    const month = advance(chosen, iso(TERM_END));
    expect(month.subscription.extendedServiceTerm?.uplift).toBe(0.03);
    const charge = month.effects.at(-1);
    expect(charge?.type === 'charge' && charge.uplift).toBe(0.03);
    expect(policyAt(iso(TERM_END), { program: 'new-commerce' }).extendedServiceTerm).toMatchObject({
      monthlyPlanUplift: 0.03,
      noMonthlyPlanUplift: 0.23,
    });
    expect(invoiceLines([charge as NewCommerceEffect])[0]?.PriceAdjustmentDescription).toBe(
      'Extended Service Terms 3% Fee Applied',
    );
    // saved before, in whole percent: read as 0.03, and its next month priced the same (4.12)
    for (const [saved, fraction] of [
      [3, 0.03],
      [23, 0.23],
    ] as const) {
      const old = {
        ...month.subscription,
        extendedServiceTerm: { ...month.subscription.extendedServiceTerm, uplift: saved },
      } as NewCommerceSubscription;
      const next = advance(old, '2027-12-20T00:00:00.000Z');
      expect(next.subscription.extendedServiceTerm?.uplift).toBe(fraction);
      expect(next.effects.map((e) => e.type === 'charge' && [e.uplift, e.amount.amount])).toEqual([
        [fraction, 20_600],
      ]);
      expect(subscriptionSchema().parse(old)).toMatchObject({
        extendedServiceTerm: { uplift: fraction },
      });
    }
    // what is neither: the caller's field, never a silently wrong price
    for (const uplift of [-0.01, 1.5, 0.0000001, '3', 100]) {
      const bad = {
        ...month.subscription,
        extendedServiceTerm: { ...month.subscription.extendedServiceTerm, uplift },
      } as unknown as NewCommerceSubscription;
      expect(errorOf(() => advance(bad, '2027-12-20T00:00:00Z'))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        path: 'subscription.extendedServiceTerm.uplift',
      });
    }
  });

  it('EST-3: a term ending exactly 2026-05-04T00:00Z continues into it at that instant (±1 ms); a SKU with no monthly plan at 60.00 a year → 5.00 → 6.15', () => {
    const annual = createSubscription({
      ...licence,
      billingFrequency: 'annual',
      orderedAt: '2025-05-04T10:00:00Z',
      price: usd(6000),
    });
    const off = apply(annual, {
      type: 'set-end-of-term',
      at: '2025-06-01T00:00:00Z',
      action: 'extended-service-term',
      // the annual price's month, 60.00 ÷ 12 (EST-7: the base is always one month)
      basePrice: usd(500),
      monthlyPlan: false,
    });
    const end = Date.UTC(2026, 4, 4);
    expect(advance(off, iso(end - 1)).subscription.extendedServiceTerm).toBeUndefined();
    expect(advance(off, iso(end)).subscription).toMatchObject({
      price: usd(615),
      extendedServiceTerm: { since: iso(end), basePrice: usd(500), uplift: 0.23 },
    });
  });

  it('EST-3: cancel at the term’s end on an eligible term: disabled at once (±1 ms), nothing billed, deleted 90 days later', () => {
    const cancel = apply(fifty, {
      type: 'set-end-of-term',
      at: '2027-01-01T00:00:00Z',
      action: 'cancel',
    });
    expect(advance(cancel, iso(TERM_END - 1)).subscription.status).toBe('active');
    const ended = advance(cancel, iso(TERM_END));
    expect(ended.events).toEqual([{ type: 'disabled', at: iso(TERM_END) }]);
    expect(ended.subscription).toMatchObject({ status: 'disabled', disabledAt: iso(TERM_END) });
    expect(ended.effects.filter((e) => e.at === iso(TERM_END))).toEqual([]);
    expect(access(ended.subscription)).toEqual({ users: false, admins: true });
    const deleted = TERM_END + 90 * DAY;
    expect(advance(cancel, iso(deleted - 1)).subscription.status).toBe('disabled');
    expect(advance(cancel, iso(deleted)).subscription.status).toBe('deleted');
  });

  it('EST-3: without a base price the months are unpriced, and the choice warns which price is needed; a monthly term’s own price is its base', () => {
    const result = transition(fifty, {
      type: 'set-end-of-term',
      at: '2027-01-01T00:00:00Z',
      action: 'extended-service-term',
    });
    expect(result.ok && result.warnings?.map((w) => [w.code, w.messageId])).toEqual([
      ['EXTENDED_SERVICE_TERM', 'lifecycle.nce.warning.est-unpriced'],
    ]);
    const later = advance(result.ok ? result.subscription : fifty, '2027-12-01T00:00:00Z');
    expect(later.unpriced).toBe(true);
    expect(later.subscription).toMatchObject({
      price: null,
      extendedServiceTerm: { basePrice: null, uplift: 0.03 },
    });
    expect(later.effects.some((e) => e.kind === 'extended-service-term')).toBe(false);
    const monthly = createSubscription({ ...licence, term: 'P1M', quantity: 50, price: usd(400) });
    const off = apply(monthly, {
      type: 'set-auto-renew',
      at: '2026-11-25T00:00:00Z',
      enabled: false,
    });
    expect(advance(off, '2026-12-20T00:00:00Z').subscription.price).toEqual(usd(412));
  });

  it('EST-3: the old path stays for what is not eligible: a term started 2025-03-31T23:59:59.999Z, a trial, a software subscription', () => {
    const early = createSubscription({
      ...licence,
      term: 'P3Y',
      orderedAt: '2025-03-31T23:59:59.999Z',
    });
    expectsOldPath(
      apply(early, { type: 'set-auto-renew', at: '2025-06-01T00:00:00Z', enabled: false }),
      Date.UTC(2028, 2, 31),
    );
    const trial = createSubscription({ ...licence, trial: {} });
    expectsOldPath(
      apply(trial, { type: 'set-auto-renew', at: '2026-11-25T00:00:00Z', enabled: false }),
      Date.UTC(2026, 11, 20, 10),
    );
    const software = createSubscription({ ...licence, product: 'software-subscription' });
    expectsOldPath(
      apply(software, { type: 'set-end-of-term', at: '2027-01-01T00:00:00Z', action: 'cancel' }),
      TERM_END,
    );
  });
});

describe('inside the Extended Service Term (EST-4)', () => {
  it('EST-4: cancelled on its 10th day of 30: the unused days credited by NCE-5’s formula, the day of the cancellation used', () => {
    // day 1 is 2027-11-20; the 10th is 2027-11-29; D = 30, U = 10
    const result = transition(inEst, { type: 'cancel', at: '2027-11-29T12:00:00Z' });
    const credit = 20600 - prorated(412, 50, 30, 10);
    expect(result.ok && result.subscription.status).toBe('cancelled');
    expect(result.ok && result.effects).toEqual([
      expect.objectContaining({
        type: 'credit',
        kind: 'cancel',
        outcome: 'prorated-credit',
        quantity: 50,
        credit: usd(credit),
        unitPrice: usd(412),
        periodStart: iso(TERM_END),
        periodEnd: '2027-12-20T00:00:00.000Z',
        days: 20,
        periodDays: 30,
        rule: 'EST-4',
      }),
    ]);
    // r(r(412·50 / 30)·10 / 50)·50 = r(687·10 / 50)·50 = 137·50 = 6850; 20600 − 6850
    expect(credit).toBe(13750);
  });

  it('EST-4: cancelled any time, months after it began (no 7-day window)', () => {
    const later = advance(inEst, '2028-03-01T00:00:00Z').subscription;
    expect(transition(later, { type: 'cancel', at: '2028-03-01T00:00:00Z' }).ok).toBe(true);
  });

  it('EST-4: change-term leaves it at `at` with the seats given: the month’s unused days credited, a committed term charged, auto-renew on', () => {
    const at = '2027-11-29T12:00:00Z';
    const result = transition(inEst, {
      type: 'change-term',
      at,
      term: 'P1Y',
      billingFrequency: 'monthly',
      price: usd(500),
      quantity: 40,
    });
    expect(result.ok && result.subscription).toMatchObject({
      status: 'active',
      term: 'P1Y',
      quantity: 40,
      price: usd(500),
      autoRenew: true,
      endOfTerm: 'renew',
      termStart: '2027-11-29T12:00:00.000Z',
      termEnd: '2028-11-29T00:00:00.000Z',
    });
    expect(result.ok && result.subscription.extendedServiceTerm).toBeUndefined();
    expect(
      result.ok &&
        result.effects.map((e) =>
          e.type === 'cancellation-scheduled' ? [e.type] : [e.type, e.kind, e.quantity],
        ),
    ).toEqual([
      ['credit', 'term-change-source', 50],
      ['charge', 'term-change', 40],
    ]);
  });

  it('CHG-1, REC-1: leaving an unpriced Extended Service Term by change-term gives a credit marked unpriced: true, no amount; invoiceLines gives it no line and prints the new term’s charge', () => {
    // the same term with no base for the Extended Service Term: its months are unpriced
    const off = apply(fifty, {
      type: 'set-auto-renew',
      at: '2027-01-01T00:00:00Z',
      enabled: false,
    });
    const unpricedEst = advance(off, iso(TERM_END)).subscription;
    expect(unpricedEst.price).toBe(null);
    const result = transition(unpricedEst, {
      type: 'change-term',
      at: '2027-11-29T12:00:00Z',
      term: 'P1Y',
      billingFrequency: 'monthly',
      price: usd(500),
    });
    if (!result.ok) throw new Error(result.code);
    const credit = result.effects[0];
    expect(credit).toMatchObject({ type: 'credit', kind: 'term-change-source', unpriced: true });
    expect(credit !== undefined && 'credit' in credit).toBe(false);
    expect(invoiceLines(result.effects).map((l) => [l.ChargeType, l.Subtotal])).toEqual([
      ['new', '250.00'],
    ]);
    // a credit that gives money back without saying how much, and not marked unpriced, is still
    // the caller's error, at its own field
    const { unpriced: _, ...unmarked } = credit as NewCommerceCreditEffect;
    expect(errorOf(() => invoiceLines([unmarked]))).toMatchObject({
      code: 'MISSING_FIELD',
      path: 'effects.0.credit',
    });
  });

  it('EST-4, MID-4: an upgrade of every seat leaves it likewise, the same subscription for the new offer', () => {
    const result = upgrade(inEst, {
      at: '2027-11-29T12:00:00Z',
      to: {
        offerId: 'CFQ7TTC0LF8R:0001',
        price: usd(700),
        term: 'P1Y',
        billingFrequency: 'monthly',
      },
    });
    expect(result.ok && result.source).toBe(null);
    expect(result.ok && result.target).toMatchObject({
      offerId: 'CFQ7TTC0LF8R:0001',
      quantity: 50,
      term: 'P1Y',
      endOfTerm: 'renew',
      orderedAt: fifty.orderedAt,
    });
    // 50 seats at 4.12 for the 30-day month from 2027-11-20, U = 10: r(r(20600/30)·10/50)·50 = 6850
    expect(
      result.ok &&
        result.effects.map((e) =>
          e.type === 'credit'
            ? [e.kind, e.quantity, e.credit?.amount, e.seats]
            : e.type === 'charge'
              ? [e.kind, e.quantity, e.amount.amount]
              : [e.type],
        ),
    ).toEqual([
      ['upgrade-source', 50, 20_600 - 6850, 50],
      ['term-change', 50, 35_000],
    ]);
  });

  it('EST-4, MID-4: moving 20 of 50 seats keeps the 30 others on the source, still in its Extended Service Term; only the 20 are credited; the target is ordered at the upgrade', () => {
    const to = { offerId: 'CFQ7TTC0LF8R:0001', price: usd(700), term: 'P1Y' } as const;
    const result = upgrade(inEst, { at: '2027-11-29T12:00:00Z', quantity: 20, to });
    if (!result.ok) throw new Error(result.code);
    expect(result.source).toMatchObject({
      status: 'active',
      quantity: 30,
      seats: [{ quantity: 30, reducibleUntil: null }],
      endOfTerm: 'extended-service-term',
      extendedServiceTerm: { since: '2027-11-20T00:00:00.000Z' },
      price: usd(412),
      term: 'P1M',
    });
    expect(result.target).toMatchObject({
      status: 'active',
      offerId: 'CFQ7TTC0LF8R:0001',
      quantity: 20,
      orderedAt: '2027-11-29T12:00:00.000Z',
      termStart: '2027-11-29T12:00:00.000Z',
      term: 'P1Y',
      billingFrequency: 'monthly',
      endOfTerm: 'renew',
      autoRenew: true,
      price: usd(700),
    });
    expect(result.target.extendedServiceTerm).toBeUndefined();
    // 20 seats at 4.12 for the 30-day month, U = 10: r(r(8240/30)·10/20)·20 = r(137.5)·20 = 2760,
    // credit 8240 − 2760 = 54.80; the target's first month 20 × 7.00 = 140.00
    expect(
      result.effects.map((e) =>
        e.type === 'credit'
          ? [e.kind, e.quantity, e.credit?.amount, e.seats]
          : e.type === 'charge'
            ? [e.kind, e.quantity, e.amount.amount]
            : [e.type],
      ),
    ).toEqual([
      ['upgrade-source', 20, 5480, 30],
      ['term-change', 20, 14_000],
    ]);
    // the source goes on month to month with its 30 seats: its next EST month bills 30 × 4.12
    const next = advance(result.source as NewCommerceSubscription, '2027-12-20T00:00:00Z');
    expect(next.effects.map((e) => e.type === 'charge' && [e.quantity, e.amount.amount])).toEqual([
      [30, 12_360],
    ]);
  });

  it('EST-4: a partial upgrade a millisecond before the EST month’s end credits nothing (U = D), at its end the new month’s unused days (±1 ms)', () => {
    const to = { offerId: 'CFQ7TTC0LF8R:0001', price: usd(700) } as const;
    const before = upgrade(inEst, { at: '2027-12-19T23:59:59.999Z', quantity: 20, to });
    expect(before.ok && before.effects[0]).toMatchObject({ quantity: 20, credit: usd(0) });
    // the month from 2027-12-20 is 31 days, U = 1: r(r(8240/31)·1/20)·20 = r(13.3)·20 = 260
    const at = upgrade(inEst, { at: '2027-12-20T00:00:00.000Z', quantity: 20, to });
    expect(at.ok && at.effects.map((e) => e.type === 'credit' && e.credit?.amount)).toEqual([
      false,
      8240 - 260,
      false,
    ]);
    expect(
      errorOf(() => upgrade(inEst, { at: '2027-12-20T00:00:00Z', quantity: 51, to })),
    ).toMatchObject({
      code: 'INVALID_QUANTITY',
      path: 'request.quantity',
    });
  });

  it('EST-4: everything else is refused NOT_ALLOWED, in words', () => {
    const at = '2027-12-01T00:00:00Z';
    for (const event of [
      { type: 'change-quantity', at, quantity: 60 },
      { type: 'suspend', at, reason: 'nonpayment' },
      { type: 'schedule-renewal', at, quantity: 10 },
      { type: 'set-auto-renew', at, enabled: true },
      { type: 'set-end-of-term', at, action: 'cancel' },
      { type: 'change-billing-frequency', at, billingFrequency: 'monthly', price: usd(1) },
    ] as const) {
      expect(transition(inEst, event)).toEqual({
        ok: false,
        code: 'NOT_ALLOWED',
        messageId: 'lifecycle.nce.refused.in-extended-service-term',
        params: { event: event.type },
        message: `In its Extended Service Term, the subscription can only be cancelled or converted (change-term, upgrade), not take ${event.type}.`,
      });
    }
    // a frequency a month-to-month term is never billed at is bad input, as anywhere (NCE-2)
    expect(
      errorOf(() =>
        transition(inEst, {
          type: 'change-billing-frequency',
          at,
          billingFrequency: 'annual',
          price: usd(1),
        }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'event.billingFrequency' });
    expect(
      transition(fifty, {
        type: 'change-term',
        at,
        term: 'P3Y',
        billingFrequency: 'monthly',
        price: usd(450),
        quantity: 5,
      }),
    ).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('EST-2, EST-4: allowedActions lists the three options with their cost from the term’s end, and in the Extended Service Term only a cancel and conversions', () => {
    const listed = allowedActions(fifty, '2027-01-01T00:00:00Z')
      .filter((a) => a.type === 'set-end-of-term')
      .map((a) => [a.action, a.until]);
    expect(listed).toEqual([
      ['extended-service-term', iso(TERM_END)],
      ['cancel', iso(TERM_END)],
    ]);
    const priced = allowedActions(chosen, '2027-01-01T00:00:00Z').filter(
      (a) => a.type === 'set-end-of-term',
    );
    expect(priced.map((a) => a.action)).toEqual(['renew', 'cancel']);
    const off = apply(fifty, {
      type: 'set-end-of-term',
      at: '2027-01-01T00:00:00Z',
      action: 'cancel',
    });
    const est = allowedActions(
      apply(off, { type: 'set-end-of-term', at: '2027-01-01T00:00:00Z', action: 'cancel' }),
      '2027-01-01T00:00:00Z',
    ).find((a) => a.type === 'set-end-of-term' && a.action === 'extended-service-term');
    expect(est?.description).toContain('continues month to month');
    const withBase = allowedActions(
      apply(chosen, { type: 'set-end-of-term', at: '2027-01-02T00:00:00Z', action: 'renew' }),
      '2027-01-02T00:00:00Z',
    ).find((a) => a.type === 'set-end-of-term' && a.action === 'extended-service-term');
    expect(withBase).toMatchObject({
      price: usd(412),
      charge: usd(20600),
      description:
        'continue into the Extended Service Term: from 2027-11-20T00:00:00.000Z it continues month to month at $4.12 a seat (+3 %), $206.00 a month, until cancelled',
    });
    const inside = allowedActions(inEst, '2027-11-29T12:00:00Z');
    expect(inside[0]).toMatchObject({ type: 'cancel', credit: usd(13750) });
    expect(new Set(inside.map((a) => a.type))).toEqual(new Set(['cancel', 'change-term']));
  });
});

describe('properties', () => {
  const eligibleState = fc
    .record({
      orderedAt: fc.integer({ min: Date.UTC(2025, 3, 1), max: Date.UTC(2029, 0, 1) }),
      term: fc.constantFrom('P1M', 'P1Y', 'P3Y' as const),
      quantity: fc.integer({ min: 1, max: 300 }),
      base: fc.integer({ min: 0, max: 100_000 }),
      monthlyPlan: fc.boolean(),
      action: fc.constantFrom('extended-service-term', 'cancel', 'renew' as const),
      choose: fc.integer({ min: 0, max: 20 * DAY }),
    })
    .map(({ orderedAt, term, quantity, base, monthlyPlan, action, choose }) => {
      const state = createSubscription({
        ...licence,
        term,
        billingFrequency: 'monthly',
        quantity,
        orderedAt: iso(orderedAt),
        price: usd(base),
      });
      const result = transition(state, {
        type: 'set-end-of-term',
        at: iso(orderedAt + choose),
        action,
        ...(action === 'extended-service-term' ? { basePrice: usd(base), monthlyPlan } : {}),
      });
      return result.ok ? result.subscription : state;
    });
  const span = fc.integer({ min: 0, max: 1_200 * DAY });

  it('EST-3: advancing through months of Extended Service Term in two steps equals advancing once', () => {
    fc.assert(
      fc.property(eligibleState, span, span, (state, a, b) => {
        const start = Date.parse(state.asOf);
        const mid = iso(start + Math.min(a, b));
        const end = iso(start + Math.max(a, b));
        const once = advance(state, end);
        const first = advance(state, mid);
        const twice = advance(first.subscription, end);
        expect(twice.subscription).toEqual(once.subscription);
        expect([...first.events, ...twice.events]).toEqual(once.events);
        expect([...first.effects, ...twice.effects]).toEqual(once.effects);
      }),
    );
  });

  it('EST-2: endOfTerm and autoRenew never disagree, whatever the events', () => {
    const at = fc.integer({ min: 0, max: 500 * DAY });
    fc.assert(
      fc.property(
        eligibleState,
        fc.array(
          fc.tuple(
            at,
            fc.constantFrom(
              'set-auto-renew',
              'suspend',
              'reactivate',
              'cancel',
              'renew',
              'extended-service-term',
              'eot-cancel',
            ),
          ),
          { maxLength: 6 },
        ),
        (start, steps) => {
          let state = start;
          for (const [wait, kind] of steps) {
            const when = iso(Date.parse(state.asOf) + wait);
            const result = transition(
              state,
              kind === 'set-auto-renew'
                ? { type: kind, at: when, enabled: wait % 2 === 0 }
                : kind === 'suspend'
                  ? { type: kind, at: when, reason: 'fraud' }
                  : kind === 'reactivate' || kind === 'cancel'
                    ? { type: kind, at: when }
                    : {
                        type: 'set-end-of-term',
                        at: when,
                        action: kind === 'eot-cancel' ? 'cancel' : kind,
                      },
            );
            state = result.ok ? result.subscription : advance(state, when).subscription;
            expect(state.autoRenew).toBe(state.endOfTerm === 'renew');
            if (state.extendedServiceTerm !== undefined)
              expect([state.endOfTerm, state.term]).toEqual(['extended-service-term', 'P1M']);
          }
        },
      ),
    );
  });

  it('EST-5: over any window, the Extended Service Term months charged less the credits are what chargesBetween forecasts', () => {
    fc.assert(
      fc.property(eligibleState, span, span, (state, a, b) => {
        const start = Date.parse(state.asOf);
        const from = iso(start + Math.min(a, b));
        const to = iso(start + Math.max(a, b));
        const at = advance(state, from).subscription;
        const net = (
          effects: readonly {
            type: string;
            kind?: string;
            amount?: { amount: number };
            credit?: { amount: number };
          }[],
        ) =>
          effects.reduce(
            (sum, e) =>
              e.kind === 'extended-service-term'
                ? sum + (e.amount?.amount ?? 0)
                : e.type === 'credit'
                  ? sum - (e.credit?.amount ?? 0)
                  : sum,
            0,
          );
        const forecast = chargesBetween(at, from, to);
        expect(net(advance(at, to).effects)).toBe(net(forecast));
        const months = forecast.filter(
          (e) => e.type === 'charge' && e.kind === 'extended-service-term',
        );
        for (const month of months)
          expect(month.amount.amount).toBe(month.quantity * month.unitPrice.amount);
      }),
    );
  });
});
