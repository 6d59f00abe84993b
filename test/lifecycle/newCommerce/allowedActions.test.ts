import fc from 'fast-check';
import type {
  NewCommerceEvent,
  NewCommerceSubscription,
  NewCommerceSubscriptionInput,
} from 'subscription-rules';
import {
  access,
  advance,
  allowedActions,
  createSubscription,
  nextCharge,
  nextDeadline,
  refundableQuantity,
  transition,
  upgrade,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../../_contracts.ts';
import { errorOf } from '../../_errors.ts';
import {
  apply,
  DAY,
  eventAt,
  iso,
  licence,
  newCommerceInput,
  newCommerceState,
} from './_states.ts';

const bought = createSubscription(licence);

const usd = (amount: number) => ({ amount, currency: 'USD' }) as const;

describe('allowedActions (New Commerce)', () => {
  it('EST-2: on a term set to cancel at its end (auto-renew already off) the Extended Service Term option says to continue into it, never to turn auto-renew off', () => {
    const at = '2026-12-01T00:00:00Z';
    const cancelling = transition(bought, { type: 'set-end-of-term', at, action: 'cancel' });
    if (!cancelling.ok) throw new Error(cancelling.message);
    expect(cancelling.subscription.autoRenew).toBe(false);
    const option = allowedActions(cancelling.subscription, at).find(
      (a) => a.type === 'set-end-of-term' && a.action === 'extended-service-term',
    );
    expect(option?.description).toMatch(/^continue into the Extended Service Term: from /);
    expect(option?.description).not.toMatch(/auto-renew/);
  });

  it('EST-2, NCE-11: renewing at the term’s end, offered beside the Extended Service Term, says what the new term bills: $12.50 a seat, $125.00 a billing period for 10 seats', () => {
    const at = '2026-12-01T00:00:00Z';
    const renew = (state: NewCommerceSubscription) =>
      allowedActions(state, at).find((a) => a.type === 'set-end-of-term' && a.action === 'renew');
    const off = transition(bought, { type: 'set-auto-renew', at, enabled: false });
    if (!off.ok) throw new Error(off.message);
    expect(renew(off.subscription)?.description).toBe(
      'renew at the term’s end on 2027-11-20T00:00:00.000Z: a new term at $12.50 a seat, $125.00 a billing period (the price list’s price on that date applies)',
    );
  });

  it('MID-1, EST-4: a term change whose credit is known and whose new price is not says both sides: the credit for the unused days and that the new term is charged from now', () => {
    const change = allowedActions(bought, '2026-11-23T09:00:00Z').find(
      (a) => a.type === 'change-term',
    );
    expect(change?.description).toBe(
      'move to a P3Y term now, billed monthly: credit $108.30 for the unused days, and the new term is charged from now at its own price (give the change its price to see the amount)',
    );
  });

  it('NCE-10: says what each action would do: the credit and until when, the seats to reduce', () => {
    const actions = allowedActions(bought, '2026-11-23T09:00:00Z');
    expect(actions.map((a) => a.description)).toEqual([
      'cancel for a prorated credit of $108.30 until 2026-11-28T00:00:00.000Z',
      'add seats (next charge $125.00 on 2026-12-20T00:00:00.000Z), or reduce up to 9 seats for a credit of $97.47 until 2026-11-28T00:00:00.000Z',
      // the two other end-of-term options (EST-2), once each: this term ends after 2026-05-04, and
      // turning auto-renew off is the first of them
      'continue into the Extended Service Term: from 2027-11-20T00:00:00.000Z it continues month to month in a paid Extended Service Term until cancelled (give it a basePrice to see the amount)',
      'cancel at the term’s end: service stops on 2027-11-20T00:00:00.000Z and nothing more is billed',
      'schedule changes for the renewal on 2027-11-20T00:00:00.000Z',
      'suspend (still billed; auto-renew turns off)',
      'move to a P3Y term now, billed monthly: credit $108.30 for the unused days, and the new term is charged from now at its own price (give the change its price to see the amount)',
    ]);
    expect(actions[0]).toMatchObject({
      outcome: 'prorated-credit',
      credit: { amount: 10830, currency: 'USD' },
    });
  });

  it('MID-1, NCE-10: a longer term now, with its credit, and from a caller’s plans what it then costs: "move to a P1Y term now: credit $70.00, then $1,500.00 a year"', () => {
    const monthly = createSubscription({ ...licence, term: 'P1M', price: usd(1500) });
    const at = '2026-12-05T09:00:00Z';
    // D = 30, U = 16: 15000 − r(500·16/10)·10 = 7000, as change-term credits it
    const plans = [
      { term: 'P1Y', billingFrequency: 'annual', price: usd(15000) },
      { term: 'P3Y', billingFrequency: 'monthly', price: usd(1190) },
      { term: 'P1M', billingFrequency: 'monthly', price: usd(1500) },
    ] as const;
    const offered = allowedActions(monthly, at, { plans }).filter((a) => a.type === 'change-term');
    expect(offered).toEqual([
      {
        type: 'change-term',
        term: 'P1Y',
        billingFrequency: 'annual',
        credit: usd(7000),
        price: usd(15000),
        description: 'move to a P1Y term now: credit $70.00, then $1,500.00 a year',
        messageId: 'action.nce.change-term.annual',
        params: { term: 'P1Y', credit: usd(7000), charge: usd(150000) },
      },
      expect.objectContaining({
        term: 'P3Y',
        description: 'move to a P3Y term now: credit $70.00, then $119.00 a month',
      }),
    ]);
    const result = transition(monthly, { type: 'change-term', at, ...plans[0] });
    expect(result.ok && result.effects[0]).toMatchObject({ credit: usd(7000) });
    // without plans: each longer term the product is sold with, billed as now
    expect(
      allowedActions(monthly, at)
        .filter((a) => a.type === 'change-term')
        .map((a) => a.description),
    ).toEqual([
      'move to a P1Y term now, billed monthly: credit $70.00 for the unused days, and the new term is charged from now at its own price (give the change its price to see the amount)',
      'move to a P3Y term now, billed monthly: credit $70.00 for the unused days, and the new term is charged from now at its own price (give the change its price to see the amount)',
    ]);
    // a P3Y term has none longer; another product none at all
    const longest = createSubscription({ ...licence, term: 'P3Y' });
    expect(allowedActions(longest, at).some((a) => a.type === 'change-term')).toBe(false);
  });

  it('MID-4, NCE-10: an upgrade to an offer a caller\u2019s plan names, with its credit and charge: 10 seats on day 11 of 30, 12.50 → 22.00 USD, credit 12500 − r(417·11/10)·10 = 79.10, charge r(733·19/10)·10 = 139.30', () => {
    const at = '2026-11-30T12:00:00Z';
    const standard = {
      offerId: 'CFQ7TTC0LDPB:0001',
      term: 'P1Y',
      billingFrequency: 'monthly',
      price: usd(2200),
    } as const;
    const offered = allowedActions(bought, at, { plans: [standard] }).filter(
      (a) => a.type === 'upgrade',
    );
    expect(offered).toEqual([
      {
        type: 'upgrade',
        offerId: 'CFQ7TTC0LDPB:0001',
        term: 'P1Y',
        billingFrequency: 'monthly',
        price: usd(2200),
        credit: usd(7910),
        charge: usd(13930),
        description:
          'upgrade all 10 seats to CFQ7TTC0LDPB:0001 now: credit $79.10, charge $139.30, then $220.00 a month',
        messageId: 'action.nce.upgrade.amount.monthly',
        params: {
          quantity: 10,
          offerId: 'CFQ7TTC0LDPB:0001',
          credit: usd(7910),
          now: usd(13930),
          charge: usd(22000),
        },
      },
    ]);
    // the same money as the upgrade itself
    const result = upgrade(bought, { at, to: standard });
    expect(
      result.ok &&
        result.effects.map((e) =>
          e.type === 'credit' ? e.credit : e.type === 'charge' ? e.amount : e.type,
        ),
    ).toEqual([usd(7910), usd(13930)]);
    // the subscription's own offer is a term or frequency plan, not an upgrade
    const own = { ...bought, offerId: 'CFQ7TTC0LDPB:0001' };
    expect(allowedActions(own, at, { plans: [standard] }).some((a) => a.type === 'upgrade')).toBe(
      false,
    );
    // unpriced: what the new plan bills, without the credit and charge
    const { price: _, ...unpriced } = licence;
    expect(
      allowedActions(createSubscription(unpriced), at, { plans: [standard] }).find(
        (a) => a.type === 'upgrade',
      )?.description,
    ).toBe('upgrade all 10 seats to CFQ7TTC0LDPB:0001 now: $220.00 a month');
    // a shorter term than the source's is not offered (MID-4), nor outside `active`
    expect(
      allowedActions(createSubscription({ ...licence, term: 'P3Y' }), at, {
        plans: [standard],
      }).some((a) => a.type === 'upgrade'),
    ).toBe(false);
    const suspended = apply(bought, { type: 'suspend', at, reason: 'fraud' });
    expect(
      allowedActions(suspended, at, { plans: [standard] }).some((a) => a.type === 'upgrade'),
    ).toBe(false);
    expect(
      errorOf(() => allowedActions(bought, at, { plans: [{ ...standard, offerId: '' }] })),
    ).toMatchObject({ path: 'options.plans.0.offerId' });
  });

  it('MID-2, NCE-10: a billing frequency from the next period where the policy allows it, until that period starts (±1 ms)', () => {
    const triennial = createSubscription({
      ...licence,
      term: 'P3Y',
      orderedAt: '2024-11-20T10:00:00Z',
    });
    const offer = (at: string) =>
      allowedActions(triennial, at, {
        plans: [{ term: 'P3Y', billingFrequency: 'annual', price: usd(14000) }],
      }).find((a) => a.type === 'change-billing-frequency');
    expect(offer('2024-12-19T23:59:59.999Z')).toEqual({
      type: 'change-billing-frequency',
      billingFrequency: 'annual',
      from: '2024-12-20T00:00:00.000Z',
      until: '2024-12-20T00:00:00.000Z',
      price: usd(14000),
      description: 'bill annually from 2024-12-20T00:00:00.000Z: $1,400.00 a year',
      messageId: 'action.nce.change-billing-frequency.annual',
      params: { from: '2024-12-20T00:00:00.000Z', charge: usd(140000) },
    });
    expect(offer('2024-12-20T00:00:00.000Z')?.from).toBe('2025-01-20T00:00:00.000Z');
    // under partner-center-nce-2025-04, none
    expect(offer('2025-04-01T00:00:00.000Z')).toBeUndefined();
    expect(
      allowedActions(triennial, '2024-12-01T00:00:00Z').find(
        (a) => a.type === 'change-billing-frequency',
      )?.description,
    ).toBe('switch to annual billing from 2024-12-20T00:00:00.000Z');
  });

  it('MID-1, MID-2: plans are checked: a list of plans the product is sold with, in the subscription’s currency (RuleError)', () => {
    const at = '2026-12-01T00:00:00Z';
    expect(errorOf(() => allowedActions(bought, at, { plans: 'P1Y' as never }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.plans',
    });
    expect(
      errorOf(() =>
        allowedActions(bought, at, {
          plans: [{ term: 'P2Y', billingFrequency: 'monthly', price: usd(1) }],
        }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'options.plans.0.term' });
    expect(
      errorOf(() =>
        allowedActions(bought, at, {
          plans: [
            { term: 'P3Y', billingFrequency: 'monthly', price: { amount: 1, currency: 'EUR' } },
          ],
        }),
      ),
    ).toEqual({ code: 'CURRENCY_MISMATCH', path: 'options.plans.0.price.currency' });
  });

  it('NCE-10, CHG-3: "reduce up to 3 seats for a credit of 13.74 USD until …" for seats added mid-term, with the next charge; after the window, only additions (±1 ms)', () => {
    const more = apply(bought, {
      type: 'change-quantity',
      at: '2026-12-01T12:00:00Z',
      quantity: 13,
    });
    const seats = allowedActions(more, '2026-12-08T23:59:59.999Z').find(
      (a) => a.type === 'change-quantity',
    );
    // 3 of 3750 charged from 12-01; 19 of 30 days used by 12-08: 3750 − r(125·19/3)·3 = 1374 back;
    // the next cycle bills all 13 seats
    const next = { amount: usd(16250), at: '2026-12-20T00:00:00.000Z' };
    expect(seats).toEqual({
      type: 'change-quantity',
      maxReduction: 3,
      until: '2026-12-09T00:00:00.000Z',
      credit: usd(1374),
      nextCharge: next,
      description:
        'add seats (next charge $162.50 on 2026-12-20T00:00:00.000Z), or reduce up to 3 seats for a credit of $13.74 until 2026-12-09T00:00:00.000Z',
      messageId: 'action.nce.reduce-seats.amount.next',
      params: {
        charge: usd(16250),
        at: '2026-12-20T00:00:00.000Z',
        total: 3,
        credit: usd(1374),
        until: '2026-12-09T00:00:00.000Z',
      },
    });
    // what removing them credits is what the event credits
    const removed = transition(more, {
      type: 'change-quantity',
      at: '2026-12-08T23:59:59.999Z',
      quantity: 10,
    });
    expect(removed.ok && removed.effects.at(-1)).toMatchObject({ credit: usd(1374) });
    const later = allowedActions(more, '2026-12-09T00:00:00Z').find(
      (a) => a.type === 'change-quantity',
    );
    expect(later).toEqual({
      type: 'change-quantity',
      maxReduction: 0,
      nextCharge: next,
      description: 'add seats (next charge $162.50 on 2026-12-20T00:00:00.000Z)',
      messageId: 'action.nce.add-seats.amount',
      params: { charge: usd(16250), at: '2026-12-20T00:00:00.000Z' },
    });
    // unpriced: the amounts need the unit price, and the action says how to give it
    const { price: _, ...unpricedInput } = licence;
    const unpriced = createSubscription(unpricedInput);
    expect(
      allowedActions(unpriced, '2026-11-23T09:00:00Z')
        .slice(0, 2)
        .map((a) => [a.description, 'credit' in a, 'nextCharge' in a]),
    ).toEqual([
      [
        'cancel for a prorated credit until 2026-11-28T00:00:00.000Z (give the subscription its unit price to see the amount)',
        false,
        false,
      ],
      [
        'add seats, or reduce up to 9 seats until 2026-11-28T00:00:00.000Z (give the subscription its unit price to see the amount)',
        false,
        false,
      ],
    ]);
    expect(
      allowedActions(unpriced, '2026-11-28T00:00:00Z').find((a) => a.type === 'change-quantity')
        ?.description,
    ).toBe('add seats');
    expect(allowedActions(more, '2026-12-09T00:00:00Z').some((a) => a.type === 'cancel')).toBe(
      false,
    );
  });

  it('NCE-6, NCE-10: a reduction offered keeps one seat, with the credit of those seats: 10 seats on 2026-11-23 reduce up to 9 for 97.47 USD (11250 − r(r(11250/30)·4/9)·9), which change-quantity to 1 credits; 1 seat offers only additions (found by review)', () => {
    const at = '2026-11-23T09:00:00Z';
    const offered = allowedActions(bought, at).find((a) => a.type === 'change-quantity');
    expect(offered).toMatchObject({ maxReduction: 9, credit: usd(9747) });
    // what it offers, transition does: down to 10 − 9 = 1 seat, for that credit
    const done = transition(bought, { type: 'change-quantity', at, quantity: 1 });
    expect(done.ok && done.effects).toEqual([expect.objectContaining({ credit: usd(9747) })]);
    // one more seat is cancelling, which is its own action (a quantity of 0 is bad input)
    expect(errorOf(() => transition(bought, { type: 'change-quantity', at, quantity: 0 }))).toEqual(
      {
        code: 'INVALID_QUANTITY',
        path: 'event.quantity',
      },
    );
    const one = createSubscription({ ...licence, quantity: 1 });
    expect(allowedActions(one, at).find((a) => a.type === 'change-quantity')).toMatchObject({
      maxReduction: 0,
      messageId: 'action.nce.add-seats.amount',
    });
    // refundableQuantity keeps Partner Center's field: every seat in its window
    expect(refundableQuantity(bought, at).total).toBe(10);
  });

  it('NCE-10: a full credit on the first day; a SaaS cancellation scheduled after its window; a trial', () => {
    expect(allowedActions(bought, '2026-11-20T23:59:59.999Z')[0]?.description).toBe(
      'cancel for a full credit of $125.00 until 2026-11-21T00:00:00.000Z',
    );
    const saas = createSubscription({ ...licence, product: 'marketplace-saas', term: 'P1M' });
    expect(allowedActions(saas, '2026-11-23T10:00:00Z')[0]).toMatchObject({
      outcome: 'cancel-at-renewal',
      description: 'schedule the cancellation for 2026-12-20T00:00:00.000Z',
    });
    const trial = createSubscription({ ...licence, trial: {} });
    expect(allowedActions(trial, '2026-11-21T00:00:00Z').map((a) => a.type)).toEqual([
      'set-auto-renew',
    ]);
    const suspended = apply(bought, {
      type: 'suspend',
      at: '2026-12-01T00:00:00Z',
      reason: 'nonpayment',
    });
    expect(allowedActions(suspended, '2026-12-02T00:00:00Z')).toEqual([
      {
        type: 'reactivate',
        until: '2027-11-20T00:00:00.000Z',
        description: 'reactivate before 2027-11-20T00:00:00.000Z',
        messageId: 'action.reactivate',
        params: { until: '2027-11-20T00:00:00.000Z' },
      },
    ]);
  });

  it('NCE-10: a state that is not a New Commerce state throws RuleError naming the field', () => {
    expect(errorOf(() => allowedActions({ ...bought, seats: [] }, '2027-01-01T00:00:00Z'))).toEqual(
      { code: 'INVALID_ARGUMENT', path: 'subscription.seats' },
    );
    expect(
      errorOf(() =>
        transition({ ...bought, policyId: 'nope' }, { type: 'cancel', at: '2027-01-01T00:00:00Z' }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'subscription.policyId' });
    expect(
      errorOf(() => advance({ ...bought, termEnd: '2027-11-20' }, '2027-01-01T00:00:00Z')),
    ).toEqual({ code: 'INVALID_INSTANT', path: 'subscription.termEnd' });
    expect(errorOf(() => nextDeadline({ ...bought, term: 'P2Y' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'subscription.term',
    });
    expect(errorOf(() => access({ ...bought, status: 'paused' } as never))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'subscription.status',
    });
  });
});

describe('the state check (New Commerce)', () => {
  it('NCE-7, ERR-1: a running state with no term is refused at the field that is missing, by every function alike', () => {
    const trial = JSON.parse(
      JSON.stringify(createSubscription({ ...licence, trial: {} } as NewCommerceSubscriptionInput)),
    ) as Record<string, unknown>;
    for (const status of ['active', 'suspended']) {
      const broken = { ...trial, status } as unknown as NewCommerceSubscription;
      const at = trial.asOf as string;
      for (const run of [
        () => allowedActions(broken, at),
        () => nextDeadline(broken),
        () => advance(broken, at),
        () => refundableQuantity(broken, at),
        () => transition(broken, { type: 'cancel', at }),
      ]) {
        expect(errorOf(run)).toMatchObject({ path: 'subscription.termAnchor' });
      }
    }
  });
});

describe('properties', () => {
  it('the actions listed are exactly the event types transition accepts, and an upgrade exactly when upgrade accepts it', () => {
    let priced = 0;
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 40 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const price = state.price ?? { amount: 0, currency: 'USD' };
        const to =
          state.product === 'license-based' &&
          state.term !== null &&
          state.billingFrequency !== null
            ? {
                offerId: 'CFQ7TTC0LDPB:0001',
                term: state.term,
                billingFrequency: state.billingFrequency,
                price,
              }
            : undefined;
        const actions = allowedActions(state, at, to === undefined ? {} : { plans: [to] });
        const listed = new Set(actions.map((a) => a.type));
        if (to !== undefined) {
          const done = upgrade(state, { at, to });
          expect(listed.has('upgrade')).toBe(done.ok);
          const offered = actions.find((a) => a.type === 'upgrade');
          if (done.ok && offered !== undefined && state.price !== null) {
            // the money offered is the money the upgrade bills (no charge on the period's last day)
            let credit = 0;
            let charge = 0;
            for (const e of done.effects) {
              if (e.type === 'credit' && e.kind === 'upgrade-source')
                credit += e.credit?.amount ?? 0;
              if (e.type === 'charge' && e.kind === 'upgrade') charge += e.amount.amount;
            }
            expect([offered.credit?.amount, offered.charge?.amount]).toEqual([credit, charge]);
            priced++;
          }
        }
        for (const action of actions) {
          const { type } = action;
          if (type === 'upgrade') continue;
          const probe: NewCommerceEvent =
            type === 'change-term'
              ? {
                  type,
                  at,
                  term: action.term ?? 'P3Y',
                  billingFrequency: action.billingFrequency ?? 'monthly',
                  price,
                }
              : type === 'change-billing-frequency'
                ? { type, at, billingFrequency: action.billingFrequency ?? 'annual', price }
                : type === 'change-quantity'
                  ? { type, at, quantity: advance(state, at).subscription.quantity }
                  : type === 'set-auto-renew'
                    ? { type, at, enabled: !advance(state, at).subscription.autoRenew }
                    : type === 'schedule-renewal'
                      ? { type, at, quantity: 1 }
                      : type === 'suspend'
                        ? { type, at, reason: 'fraud' }
                        : type === 'set-end-of-term'
                          ? { type, at, action: action.action ?? 'renew' }
                          : { type, at };
          expect(transition(state, probe).ok).toBe(true);
        }
        for (const type of ['cancel', 'suspend', 'reactivate'] as const) {
          if (listed.has(type)) continue;
          const event: NewCommerceEvent =
            type === 'suspend' ? { type, at, reason: 'fraud' } : { type, at };
          expect(transition(state, event).ok).toBe(false);
        }
      }),
    );
    // the states drawn reach priced upgrades
    expect(priced).toBeGreaterThan(0);
  });

  it('what an action offers, transition does: every credit, charge and limit it states is what the event gives, over every state the arbitraries reach (found by review)', () => {
    const seen = { reduce: 0, cancel: 0, term: 0 };
    const credited = (state: NewCommerceSubscription, event: NewCommerceEvent): number => {
      const result = transition(state, event);
      expect(result.ok).toBe(true);
      if (!result.ok) return Number.NaN;
      let sum = 0;
      for (const e of result.effects) if (e.type === 'credit') sum += e.credit?.amount ?? 0;
      return sum;
    };
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 40 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const held = advance(state, at).subscription;
        for (const action of allowedActions(state, at)) {
          if (action.type === 'change-quantity') {
            const most = action.maxReduction ?? 0;
            if (most > 0) {
              // the most offered is accepted, for the credit offered; one more seat is not
              const credit = credited(state, {
                type: 'change-quantity',
                at,
                quantity: held.quantity - most,
              });
              if (action.credit !== undefined) expect(credit).toBe(action.credit.amount);
              seen.reduce++;
            }
            if (held.quantity - most > 1) {
              const more = transition(state, {
                type: 'change-quantity',
                at,
                quantity: held.quantity - most - 1,
              });
              // refused: past the batches' windows, or a product that takes no reduction
              expect(['REDUCTION_NOT_ALLOWED', 'NOT_SUPPORTED']).toContain(
                more.ok ? 'ok' : more.code,
              );
            }
            const next = held.price === null ? null : nextCharge(state, at);
            expect(action.nextCharge).toEqual(
              next === null ? undefined : { amount: next.amount, at: next.at },
            );
          }
          if (action.type === 'cancel' && action.credit !== undefined) {
            expect(credited(state, { type: 'cancel', at })).toBe(action.credit.amount);
            seen.cancel++;
          }
          if (action.type === 'change-term' && action.credit !== undefined) {
            const event: NewCommerceEvent = {
              type: 'change-term',
              at,
              term: action.term ?? 'P3Y',
              billingFrequency: action.billingFrequency ?? 'monthly',
              price: held.price ?? { amount: 0, currency: 'USD' },
            };
            expect(credited(state, event)).toBe(action.credit.amount);
            seen.term++;
          }
          if (action.type === 'schedule-renewal') expect(action.until).toBe(held.termEnd);
        }
      }),
    );
    // the states drawn reach each kind of offer
    expect(Math.min(seen.reduce, seen.cancel, seen.term)).toBeGreaterThan(0);
  });

  it('a state survives a JSON round trip: the copy answers every event as the original', () => {
    fc.assert(
      fc.property(newCommerceState, fc.integer({ min: 0, max: 40 * DAY }), (state, wait) => {
        const at = iso(Date.parse(state.asOf) + wait);
        const copy = JSON.parse(JSON.stringify(state)) as typeof state;
        expect(copy).toEqual(state);
        fc.assert(
          fc.property(eventAt(at), (event) => {
            expect(transition(copy, event)).toEqual(transition(state, event));
          }),
          { numRuns: 5 },
        );
        expect(allowedActions(copy, at)).toEqual(allowedActions(state, at));
      }),
      { numRuns: 40 },
    );
  });

  itKeepsTheContract(
    'createSubscription (new-commerce)',
    (input: NewCommerceSubscriptionInput) => createSubscription(input),
    newCommerceInput.map((input) => [input] as [typeof input]),
  );
  itKeepsTheContract(
    'transition (new-commerce)',
    (state: NewCommerceSubscription, event: NewCommerceEvent) => transition(state, event),
    newCommerceState.chain((state) =>
      eventAt(iso(Date.parse(state.asOf) + DAY)).map(
        (event) => [state, event] as [typeof state, NewCommerceEvent],
      ),
    ),
  );
  const stateAndLater = newCommerceState.chain((state) =>
    fc
      .integer({ min: 0, max: 500 * DAY })
      .map((wait) => [state, iso(Date.parse(state.asOf) + wait)] as [typeof state, string]),
  );
  itKeepsTheContract(
    'advance (new-commerce)',
    (state: NewCommerceSubscription, to: string) => advance(state, to),
    stateAndLater,
  );
  itKeepsTheContract(
    'allowedActions (new-commerce)',
    (state: NewCommerceSubscription, at: string) => allowedActions(state, at),
    stateAndLater,
  );
  itKeepsTheContract('refundableQuantity', refundableQuantity, stateAndLater);
  itKeepsTheContract(
    'nextDeadline (new-commerce)',
    (state: NewCommerceSubscription) => nextDeadline(state),
    newCommerceState.map((s) => [s] as [typeof s]),
  );
  itKeepsTheContract(
    'access (new-commerce)',
    access,
    newCommerceState.map((s) => [s] as [typeof s]),
  );
});
