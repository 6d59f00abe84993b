import fc from 'fast-check';
import type { NewCommerceSubscription, Subscription } from 'subscription-rules';
import {
  allowedActions,
  fromPartnerCenterSubscription,
  isRuleError,
  nextDeadline,
  RuleError,
  transition,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { m365_2021, saas2019, software2021 } from './_samples.ts';

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

function read(resource: unknown, asOf: string) {
  return fromPartnerCenterSubscription(resource as never, { asOf });
}

function errorOf(run: () => unknown): RuleError {
  try {
    run();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('expected a RuleError');
}

describe('fromPartnerCenterSubscription', () => {
  it('PCR-1: the 2019 marketplace SaaS resource is legacy, ordered at effectiveStartDate, its Full refund the REF-1 window (no note on it)', () => {
    const { subscription: s, notes } = read(saas2019, '2019-01-09T06:00:00Z');
    expect(s).toMatchObject({
      status: 'active',
      product: 'marketplace-saas',
      orderedAt: '2019-01-09T00:21:45.926Z',
      term: 'P1M',
      billingCycle: 'monthly',
      autoRenew: false,
      termEnd: '2019-02-08T00:21:45.926Z',
    });
    expect('program' in s).toBe(false);
    expect(notes.filter((n) => n.path.startsWith('resource.refundOptions'))).toEqual([]);
    const cancel = allowedActions(s as Subscription, s.asOf).find((a) => a.type === 'cancel');
    expect(cancel).toMatchObject({ outcome: 'full-credit', until: '2019-01-10T00:21:45.926Z' });
  });

  it('PCR-1: the 2021 software subscription ends its term at 2024-09-14 and its stated 23:59 window agrees with the computed one', () => {
    const { subscription: s, notes } = read(software2021, '2021-09-15T00:00:00Z');
    expect(s).toMatchObject({
      program: 'new-commerce',
      product: 'software-subscription',
      term: 'P3Y',
      billingFrequency: 'triennial',
      orderedAt: '2021-09-14T16:44:03.460Z',
      termEnd: '2024-09-14T00:00:00.000Z',
      scheduled: { quantity: 1, term: 'P3Y', billingFrequency: 'annual', price: null },
    });
    expect(notes.filter((n) => n.path === 'resource.cancellationAllowedUntilDate')).toEqual([]);
    const cancel = allowedActions(s as NewCommerceSubscription, s.asOf).find(
      (a) => a.type === 'cancel',
    );
    expect(cancel?.until).toBe('2021-10-15T00:00:00.000Z');
  });

  it('PCR-1: the 2021 Microsoft 365 resource ends its term at 2022-01-14, its Full refund is NCE-4 first day, cancellable for 72 hours exactly', () => {
    const { subscription: s, notes } = read(m365_2021, '2021-01-14T18:00:00Z');
    expect(s).toMatchObject({
      program: 'new-commerce',
      product: 'license-based',
      quantity: 10,
      termEnd: '2022-01-14T00:00:00.000Z',
      policyId: 'partner-center-nce-2021-10',
    });
    expect(notes).toEqual([]);
    const sub = s as NewCommerceSubscription;
    const cancel = allowedActions(sub, sub.asOf).find((a) => a.type === 'cancel');
    expect(cancel).toMatchObject({ outcome: 'full-credit', until: '2021-01-15T00:00:00.000Z' });
    const end = Date.parse('2021-01-14T16:57:14.498Z') + 72 * HOUR;
    expect(transition(sub, { type: 'cancel', at: iso(end - 1) }).ok).toBe(true);
    expect(transition(sub, { type: 'cancel', at: iso(end) })).toMatchObject({
      ok: false,
      code: 'NOT_CANCELLABLE',
    });
  });

  it('PCR-1: a stated window that disagrees with the computed one is a note naming the field', () => {
    const r = {
      ...m365_2021,
      refundOptions: [{ type: 'full', expiresAt: '2021-01-16T00:00:00Z' }],
    };
    const { notes } = read(r, '2021-01-14T18:00:00Z');
    expect(notes.map((n) => n.path)).toEqual(['resource.refundOptions.0.expiresAt']);
    const late = { ...software2021, cancellationAllowedUntilDate: null };
    expect(read(late, '2021-09-15T00:00:00Z').notes.map((n) => n.path)).toContain(
      'resource.cancellationAllowedUntilDate',
    );
  });

  it('PCR-1: refundableQuantity details become seat batches, the rest one batch no longer reducible', () => {
    const r = {
      ...m365_2021,
      refundableQuantity: {
        totalQuantity: 3,
        details: [{ quantity: 3, allowedUntilDateTime: '2021-01-17T16:57:14.4982520Z' }],
      },
    };
    const s = read(r, '2021-01-14T18:00:00Z').subscription as NewCommerceSubscription;
    expect(s.seats).toEqual([
      { quantity: 7, addedAt: '2021-01-14T16:57:14.498Z', reducibleUntil: null },
      {
        quantity: 3,
        addedAt: '2021-01-14T16:57:14.498Z',
        reducibleUntil: '2021-01-17T16:57:14.498Z',
      },
    ]);
  });

  it('PCR-1: deleted reads as cancelled with a note; a trial reads as trial; unknown fields are ignored', () => {
    const del = read({ ...m365_2021, status: 'Deleted', extra: { a: 1 } }, '2021-02-01T00:00:00Z');
    expect(del.subscription.status).toBe('cancelled');
    expect(del.notes.map((n) => n.path)).toContain('resource.status');
    const trial = read(
      { ...m365_2021, isTrial: true, billingCycle: 'none' },
      '2021-01-20T00:00:00Z',
    );
    expect(trial.subscription).toMatchObject({
      status: 'trial',
      trialEndsAt: '2021-02-13T16:57:14.498Z',
    });
  });

  it('PCR-1: what the rules need and cannot read is a RuleError naming the field', () => {
    const at = '2021-02-01T00:00:00Z';
    const cases: [unknown, string, string][] = [
      [
        { ...m365_2021, effectiveStartDate: 'soon' },
        'resource.effectiveStartDate',
        'INVALID_INSTANT',
      ],
      [{ ...m365_2021, status: 'pending' }, 'resource.status', 'INVALID_ARGUMENT'],
      [{ ...m365_2021, billingCycle: 'one_time' }, 'resource.billingCycle', 'INVALID_ARGUMENT'],
      [{ ...m365_2021, quantity: 0 }, 'resource.quantity', 'INVALID_QUANTITY'],
      [
        { ...m365_2021, commitmentEndDate: undefined },
        'resource.commitmentEndDate',
        'MISSING_FIELD',
      ],
      [
        { ...saas2019, isMicrosoftProduct: true },
        'resource.isMicrosoftProduct',
        'INVALID_ARGUMENT',
      ],
      [{ ...m365_2021, autoRenewEnabled: 'yes' }, 'resource.autoRenewEnabled', 'INVALID_ARGUMENT'],
      [null, 'resource', 'INVALID_ARGUMENT'],
    ];
    for (const [r, path, code] of cases) {
      const e = errorOf(() => read(r, at));
      expect([e.path, e.code]).toEqual([path, code]);
    }
  });

  it('PCR-1: asOf before effectiveStartDate is OUT_OF_ORDER', () => {
    const e = errorOf(() => read(m365_2021, '2021-01-14T16:00:00Z'));
    expect([e.code, e.path]).toEqual(['OUT_OF_ORDER', 'options.asOf']);
  });

  describe('properties', () => {
    const samples = [saas2019, software2021, m365_2021];
    it('PCR-1: a hostile resource throws nothing but RuleError, and what it reads is a valid state', () => {
      const hostile = fc.tuple(
        fc.constantFrom(...samples),
        fc.dictionary(
          fc.constantFrom(
            'status',
            'quantity',
            'billingCycle',
            'termDuration',
            'commitmentEndDate',
            'effectiveStartDate',
            'isTrial',
            'refundOptions',
            'refundableQuantity',
            'scheduledNextTermInstructions',
            'productType',
            'cancellationAllowedUntilDate',
            'autoRenewEnabled',
            'isMicrosoftProduct',
            'billingType',
            '__proto__',
          ),
          fc.oneof(
            fc.jsonValue(),
            fc.constantFrom('Active', 'suspended', 'P1M', 'annual', '2021-02-01T23:59:30Z'),
          ),
        ),
      );
      fc.assert(
        fc.property(hostile, ([base, patch]) => {
          const r = { ...base, ...patch };
          try {
            const { subscription } = read(r, '2026-01-01T00:00:00Z');
            nextDeadline(subscription as Subscription);
            expect(JSON.parse(JSON.stringify(subscription))).toEqual(subscription);
          } catch (e) {
            expect(isRuleError(e)).toBe(true);
          }
        }),
      );
    });
  });
});
