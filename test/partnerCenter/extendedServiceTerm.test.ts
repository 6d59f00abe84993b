import fc from 'fast-check';
import type { NewCommerceEvent, PartnerCenterSubscription } from 'subscription-rules';
import {
  advance,
  fromPartnerCenterSubscription,
  toPartnerCenterPatch,
  transition,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { m365_2021 } from './_samples.ts';

/** The 2021 sample moved to a P1Y term bought 2026-11-20 (eligible: it ends 2027-11-20). */
const m365: PartnerCenterSubscription = {
  ...m365_2021,
  effectiveStartDate: '2026-11-20T10:00:00Z',
  commitmentEndDate: '2027-11-19T00:00:00Z',
  cancellationAllowedUntilDate: '2026-11-27T23:59:00Z',
  refundOptions: null,
};
const asOf = '2027-01-01T00:00:00Z';
const read = (r: PartnerCenterSubscription) => fromPartnerCenterSubscription(r, { asOf });
const termEnd = (actionType: string) => [{ scheduleType: 'TermEnd', actionType }];

describe('Partner Center resources and the end of a term (EST-6)', () => {
  it('EST-6: scheduledActions’ TermEnd action decides the option, auto-renew in step', () => {
    for (const [actionType, endOfTerm, autoRenew] of [
      ['RenewToNewTerm', 'renew', true],
      ['RenewToExtendedServiceTerm', 'extended-service-term', false],
      ['cancel', 'cancel', false],
    ] as const) {
      const { subscription } = read({
        ...m365,
        autoRenewEnabled: autoRenew,
        scheduledActions: termEnd(actionType),
      });
      expect(
        subscription.program === 'new-commerce' && [subscription.endOfTerm, subscription.autoRenew],
      ).toEqual([endOfTerm, autoRenew]);
    }
  });

  it('EST-6: without an action, auto-renew off on an eligible term is read as the Extended Service Term, and a note says it was inferred', () => {
    const { subscription, notes } = read({ ...m365, autoRenewEnabled: false });
    expect(subscription.program === 'new-commerce' && subscription.endOfTerm).toBe(
      'extended-service-term',
    );
    expect(notes.map((n) => [n.path, n.messageId])).toContainEqual([
      'resource.autoRenewEnabled',
      'resource.nce.end-of-term-inferred',
    ]);
    const old = fromPartnerCenterSubscription(
      { ...m365_2021, autoRenewEnabled: false },
      { asOf: '2021-06-01T00:00:00Z' },
    ).subscription;
    expect(old.program === 'new-commerce' && old.endOfTerm).toBe('cancel');
  });

  it('EST-6: an action that disagrees with autoRenewEnabled is kept, with a note', () => {
    const { subscription, notes } = read({
      ...m365,
      autoRenewEnabled: true,
      scheduledActions: [{ scheduleType: 'Other', actionType: 'x' }, ...termEnd('Cancel')],
    });
    expect(
      subscription.program === 'new-commerce' && [subscription.endOfTerm, subscription.autoRenew],
    ).toEqual(['cancel', false]);
    expect(notes.find((n) => n.messageId === 'resource.nce.end-of-term-disagrees')?.path).toBe(
      'resource.scheduledActions.1.actionType',
    );
    expect(errorOf(() => read({ ...m365, scheduledActions: termEnd('Lapse') }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'resource.scheduledActions.0.actionType',
    });
  });

  it('EST-6, EST-7: a resource named "Extended Service Term" is read as in it, not knowing since when nor its base', () => {
    const est: PartnerCenterSubscription = {
      ...m365,
      offerName: 'Microsoft 365 Business Basic Extended Service Term',
      effectiveStartDate: '2026-01-20T10:00:00Z',
      commitmentEndDate: '2027-01-19T00:00:00Z',
      termDuration: 'P1M',
      autoRenewEnabled: false,
    };
    const { subscription, notes } = read(est);
    expect(subscription).toMatchObject({
      status: 'active',
      term: 'P1M',
      endOfTerm: 'extended-service-term',
      autoRenew: false,
      extendedServiceTerm: { since: null, basePrice: null, uplift: 0.03 },
    });
    expect(notes.map((n) => n.messageId)).toContain('resource.nce.extended-service-term');
    expect(errorOf(() => read({ ...est, termDuration: 'P1Y' }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'resource.termDuration',
    });
  });

  it('EST-6: a PATCH for an end-of-term change always carries the explicit action, never auto-renew off alone', () => {
    const before = read(m365).subscription;
    if (before.program !== 'new-commerce') throw new Error('expected New Commerce');
    const at = '2027-02-01T00:00:00Z';
    const off = transition(before, { type: 'set-auto-renew', at, enabled: false });
    expect(off.ok && toPartnerCenterPatch(before, off.subscription)).toEqual({
      autoRenewEnabled: false,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'RenewToExtendedServiceTerm' }],
    });
    const cancel = transition(before, { type: 'set-end-of-term', at, action: 'cancel' });
    expect(cancel.ok && toPartnerCenterPatch(before, cancel.subscription)).toEqual({
      autoRenewEnabled: false,
      scheduledActions: [{ scheduleType: 'TermEnd', actionType: 'Cancel' }],
    });
  });
});

describe('properties', () => {
  it('EST-6: a state read from the resource its PATCH writes keeps endOfTerm (PCR-2 round trip)', () => {
    const option = fc.constantFrom('renew', 'extended-service-term', 'cancel' as const);
    let seen = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 2, 1), max: Date.UTC(2028, 0, 1) }),
        fc.array(fc.tuple(fc.oneof(option, fc.boolean()), fc.integer({ min: 0, max: 40 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (startMs, steps) => {
          const start = new Date(startMs).toISOString();
          const end = new Date(
            Date.UTC(
              new Date(startMs).getUTCFullYear() + 1,
              new Date(startMs).getUTCMonth(),
              new Date(startMs).getUTCDate(),
            ) - 86_400_000,
          )
            .toISOString()
            .replace('.000Z', 'Z');
          let resource: PartnerCenterSubscription = {
            ...m365,
            effectiveStartDate: start,
            commitmentEndDate: end,
            cancellationAllowedUntilDate: null,
          };
          let day = 1;
          for (const [choice, wait] of steps) {
            day += wait;
            const at = new Date(startMs + day * 3_600_000).toISOString();
            const before = fromPartnerCenterSubscription(resource, { asOf: at }).subscription;
            if (before.program !== 'new-commerce') throw new Error('expected New Commerce');
            const event: NewCommerceEvent =
              typeof choice === 'boolean'
                ? { type: 'set-auto-renew', at, enabled: choice }
                : { type: 'set-end-of-term', at, action: choice };
            const result = transition(before, event);
            if (!result.ok) continue;
            const patch = toPartnerCenterPatch(before, result.subscription);
            resource = { ...resource, ...(patch ?? {}) } as PartnerCenterSubscription;
            const again = fromPartnerCenterSubscription(resource, { asOf: at }).subscription;
            expect(again.program === 'new-commerce' && again.endOfTerm).toBe(
              result.subscription.endOfTerm,
            );
            if (result.subscription.endOfTerm === 'extended-service-term') seen++;
          }
        },
      ),
    );
    // the states drawn reach the Extended Service Term option
    expect(seen).toBeGreaterThan(0);
  });

  it('EST-3, EST-7: the reader’s extendedServiceTermBase prices the months after an eligible term read with auto-renew off', () => {
    const usd = (amount: number) => ({ amount, currency: 'USD' as const });
    const off = { ...m365, autoRenewEnabled: false };
    const { subscription } = fromPartnerCenterSubscription(off, {
      asOf,
      price: usd(500),
      extendedServiceTermBase: { basePrice: usd(400) },
    });
    if (subscription.program !== 'new-commerce') throw new Error('expected New Commerce');
    expect([subscription.endOfTerm, subscription.extendedServiceTermBase]).toEqual([
      'extended-service-term',
      { basePrice: usd(400), monthlyPlan: true },
    ]);
    const months = advance(subscription, '2027-12-20T00:00:00Z');
    expect(months.unpriced).toBeUndefined();
    expect(
      months.effects
        .filter((e) => e.kind === 'extended-service-term')
        .map((e) => [e.at, e.unitPrice, e.amount]),
    ).toEqual([
      ['2027-11-20T00:00:00.000Z', usd(412), usd(412 * m365.quantity)],
      ['2027-12-20T00:00:00.000Z', usd(412), usd(412 * m365.quantity)],
    ]);
    // without it the same months are billed with no money
    const bare = fromPartnerCenterSubscription(off, { asOf, price: usd(500) }).subscription;
    expect(bare.program === 'new-commerce' && advance(bare, '2027-12-20T00:00:00Z').unpriced).toBe(
      true,
    );
    // a resource read as in its Extended Service Term takes it as its base and month's price
    const inEst = fromPartnerCenterSubscription(
      {
        ...m365,
        offerName: 'Microsoft 365 Business Basic Extended Service Term',
        effectiveStartDate: '2026-01-20T10:00:00Z',
        commitmentEndDate: '2027-01-19T00:00:00Z',
        termDuration: 'P1M',
        autoRenewEnabled: false,
      },
      { asOf, extendedServiceTermBase: { basePrice: usd(1000), monthlyPlan: false } },
    ).subscription;
    expect(inEst).toMatchObject({
      price: usd(1230),
      extendedServiceTerm: { since: null, basePrice: usd(1000), uplift: 0.23 },
    });
    // a trial or a software subscription is not eligible: the base is not kept
    const software = fromPartnerCenterSubscription(
      { ...off, productType: { id: 'Software', displayName: 'Software' } },
      { asOf, extendedServiceTermBase: { basePrice: usd(400) } },
    ).subscription;
    expect(software.program === 'new-commerce' && software.extendedServiceTermBase).toBeUndefined();
    expect(
      errorOf(() =>
        fromPartnerCenterSubscription(off, {
          asOf,
          price: usd(500),
          extendedServiceTermBase: { basePrice: { amount: 400, currency: 'EUR' } },
        }),
      ),
    ).toEqual({
      code: 'CURRENCY_MISMATCH',
      path: 'options.extendedServiceTermBase.basePrice.currency',
    });
  });
});
