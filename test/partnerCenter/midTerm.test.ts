import fc from 'fast-check';
import type { NewCommerceSubscription, PartnerCenterSubscription } from 'subscription-rules';
import {
  advance,
  fromPartnerCenterSubscription,
  toPartnerCenterPatch,
  transition,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { ruleErrorOf } from '../_errors.ts';
import { m365_2021 } from './_samples.ts';

/** Microsoft 365 bought 2026-11-20T10:00Z for a year, aligned to end with the calendar month. */
const aligned: PartnerCenterSubscription = {
  ...m365_2021,
  effectiveStartDate: '2026-11-20T10:00:00Z',
  commitmentEndDate: '2027-10-31T00:00:00Z',
  refundOptions: [],
};
const read = (r: PartnerCenterSubscription, asOf = '2026-12-01T00:00:00Z') => {
  const { subscription, notes } = fromPartnerCenterSubscription(r, { asOf });
  return { state: subscription as NewCommerceSubscription, notes };
};

describe('Partner Center resources and mid-term changes (MID-3, MID-4)', () => {
  it('MID-3: a first term whose commitmentEndDate is before its nominal end is read as aligned — a note, not a disagreement — and renews nominally from its end', () => {
    const { state, notes } = read(aligned);
    expect(state).toMatchObject({
      termStart: '2026-11-20T10:00:00.000Z',
      termEnd: '2027-11-01T00:00:00.000Z',
      termNumber: 1,
    });
    expect(notes.filter((n) => n.path === 'resource.commitmentEndDate')).toEqual([
      {
        path: 'resource.commitmentEndDate',
        messageId: 'resource.aligned-term',
        params: { stated: '2027-11-01T00:00:00.000Z', computed: '2027-11-20T00:00:00.000Z' },
        message:
          'the first term ends at 2027-11-01T00:00:00.000Z, before its nominal end 2027-11-20T00:00:00.000Z: read as a term aligned to an end date; the terms after it are nominal',
      },
    ]);
    expect(advance(state, '2027-11-01T00:00:00Z').subscription.termEnd).toBe(
      '2028-11-01T00:00:00.000Z',
    );
  });

  it('MID-3: scheduledNextTermInstructions.customTermEndDate is read, in the date or the API\u2019s midnight form, and written back by the PATCH', () => {
    for (const date of ['2028-10-31', '2028-10-31T00:00:00', '2028-10-31T00:00:00Z']) {
      const { state } = read({
        ...aligned,
        commitmentEndDate: '2027-11-19T00:00:00Z',
        scheduledNextTermInstructions: { quantity: 12, customTermEndDate: date },
      });
      expect(state.scheduled).toEqual({
        quantity: 12,
        term: null,
        billingFrequency: null,
        price: null,
        customTermEndDate: '2028-10-31',
      });
    }
    const { state } = read({ ...aligned, commitmentEndDate: '2027-11-19T00:00:00Z' });
    const scheduled = transition(state, {
      type: 'schedule-renewal',
      at: '2026-12-02T00:00:00Z',
      customTermEndDate: '2028-10-31',
    });
    if (!scheduled.ok) throw new Error(scheduled.message);
    expect(toPartnerCenterPatch(state, scheduled.subscription)).toEqual({
      scheduledNextTermInstructions: { product: {}, customTermEndDate: '2028-10-31' },
    });
  });

  it('MID-3: a scheduled end date outside the next term, or not a date, is a RuleError at its field', () => {
    for (const date of ['2027-11-20', '2028-11-20', '31/10/2028', '2028-02-30'])
      expect(
        ruleErrorOf(() =>
          read({
            ...aligned,
            commitmentEndDate: '2027-11-19T00:00:00Z',
            scheduledNextTermInstructions: { customTermEndDate: date },
          }),
        ).path,
      ).toBe('resource.scheduledNextTermInstructions.customTermEndDate');
  });

  it('MID-4: the resource\u2019s offerId is kept as the state\u2019s offerId; an empty one is refused', () => {
    expect(read(aligned).state.offerId).toBe('CFQ7TTC0LH18:0001:CFQ7TTC0KHS3');
    expect(ruleErrorOf(() => read({ ...aligned, offerId: '' })).path).toBe('resource.offerId');
  });
});

describe('properties', () => {
  it('MID-3: any commitmentEndDate inside the first nominal term reads as that term\u2019s end, and the next term is nominal from it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 364 }), (days) => {
        const end = new Date(Date.UTC(2026, 10, 20) + days * 86_400_000).toISOString();
        const { state } = read({ ...aligned, commitmentEndDate: end }, '2026-11-20T12:00:00Z');
        const endMs = Date.UTC(2026, 10, 21) + days * 86_400_000;
        expect(Date.parse(state.termEnd as string)).toBe(endMs);
        const next = advance(state, state.termEnd as string).subscription;
        const d = new Date(endMs);
        expect(next.termEnd).toBe(
          new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate())).toISOString(),
        );
      }),
    );
  });
});
