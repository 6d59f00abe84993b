import fc from 'fast-check';
import type { NewCommerceSubscription, Subscription } from 'subscription-rules';
import {
  advance,
  allowedActions,
  fromPartnerCenterSubscription,
  isRuleError,
  nextDeadline,
  RuleError,
  refundableQuantity,
  transition,
} from 'subscription-rules';
import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
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
    expect(s.program).toBe('legacy');
    expect(notes.filter((n) => n.path.startsWith('resource.refundOptions'))).toEqual([]);
    const cancel = allowedActions(s as Subscription, s.asOf).find((a) => a.type === 'cancel');
    expect(cancel).toMatchObject({ outcome: 'full-credit', until: '2019-01-10T00:21:45.926Z' });
  });

  it('PCR-1: a legacy P1M resource in the 2019 sample’s shape (commitmentEndDate = start + 30 days) started in February or on 30/31 January: the first term is [effectiveStartDate, commitmentEndDate) as stated, with a note; it ends there (±1 ms) (found by review)', () => {
    const DAY = 86_400_000;
    for (const start of [
      '2019-02-09T00:21:45.926Z',
      '2019-01-30T00:21:45.926Z',
      '2019-01-31T00:21:45.926Z',
      '2020-02-01T00:00:00.000Z',
    ]) {
      const startMs = Date.parse(start);
      const end = iso(startMs + 30 * DAY);
      const resource = {
        ...saas2019,
        creationDate: iso(startMs - DAY),
        effectiveStartDate: start,
        commitmentEndDate: end,
        refundOptions: [{ type: 'Full', expiresAt: iso(startMs + DAY) }],
      };
      const { subscription: s, notes } = read(resource, iso(startMs + 6 * HOUR));
      expect([s.termStart, s.termEnd]).toEqual([start, end]);
      const stated = notes.find((n) => n.path === 'resource.commitmentEndDate');
      expect(stated?.message).toContain(`the resource ends the term at ${end}`);
      // read 1 ms before the stated end it is still in its first term; at the end it is stale
      expect(read(resource, iso(Date.parse(end) - 1)).subscription.termStart).toBe(start);
      expect(errorOf(() => read(resource, end))).toMatchObject({
        code: 'OUT_OF_ORDER',
        path: 'resource.commitmentEndDate',
      });
      // auto-renew off: it expires at the stated end, not a day or two after a second term
      expect(advance(s, iso(Date.parse(end) - 1)).subscription.status).toBe('active');
      expect(advance(s, end).subscription.status).toBe('expired');
    }
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
      // the scheduled P3Y is the current term: only the billing cycle changes (PCR details)
      scheduled: { quantity: 1, term: null, billingFrequency: 'annual', price: null },
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

  it('PCR-1: the samples keep their stated windows in the state, and each holds to the millisecond', () => {
    // 2019 SaaS: Full expiresAt = the REF-1 window, kept
    const saas = read(saas2019, '2019-01-09T06:00:00Z').subscription as Subscription;
    const full = '2019-01-10T00:21:45.926Z';
    expect(saas.fullCreditUntil).toBe(full);
    expect(transition(saas, { type: 'cancel', at: iso(Date.parse(full) - 1) })).toMatchObject({
      ok: true,
      subscription: { status: 'cancelled' },
    });
    expect(transition(saas, { type: 'cancel', at: full })).toMatchObject({
      ok: true,
      subscription: { status: 'active', cancelAtRenewal: true },
    });
    // 2021 software: the stated 23:59 end is the next 00:00:00Z, kept
    const sw = read(software2021, '2021-09-15T00:00:00Z').subscription as NewCommerceSubscription;
    const until = '2021-10-15T00:00:00.000Z';
    expect(sw.cancellableUntil).toBe(until);
    expect(sw.fullCreditUntil).toBeUndefined();
    expect(transition(sw, { type: 'cancel', at: iso(Date.parse(until) - 1) }).ok).toBe(true);
    expect(transition(sw, { type: 'cancel', at: until })).toMatchObject({
      ok: false,
      code: 'NOT_CANCELLABLE',
    });
    // 2021 M365: the Full refund ends at midnight after the purchase, kept
    const m365 = read(m365_2021, '2021-01-14T18:00:00Z').subscription as NewCommerceSubscription;
    const day = '2021-01-15T00:00:00.000Z';
    expect(m365.fullCreditUntil).toBe(day);
    expect('cancellableUntil' in m365).toBe(false);
    const before = allowedActions(m365, iso(Date.parse(day) - 1)).find((a) => a.type === 'cancel');
    expect(before).toMatchObject({ outcome: 'full-credit', until: day });
    const after = allowedActions(m365, day).find((a) => a.type === 'cancel');
    expect(after).toMatchObject({ outcome: 'prorated-credit', until: '2021-01-17T16:57:14.498Z' });
  });

  it('PCR-1: a stated window that disagrees wins: null is not cancellable, a later end is cancellable until it', () => {
    const none = read({ ...m365_2021, cancellationAllowedUntilDate: null }, '2021-01-14T18:00:00Z');
    const closed = none.subscription as NewCommerceSubscription;
    expect(closed.cancellableUntil).toBeNull();
    expect(none.notes).toEqual([
      {
        path: 'resource.cancellationAllowedUntilDate',
        message:
          "the resource allows no cancellation, the rules until 2021-01-17T16:57:14.498Z; the resource's window is kept",
        messageId: 'resource.cancel-window.stated-none',
        params: { computed: '2021-01-17T16:57:14.498Z' },
      },
    ]);
    expect(transition(closed, { type: 'cancel', at: '2021-01-14T18:00:00Z' })).toMatchObject({
      ok: false,
      code: 'NOT_CANCELLABLE',
    });
    expect(allowedActions(closed, '2021-01-14T18:00:00Z').some((a) => a.type === 'cancel')).toBe(
      false,
    );
    expect(refundableQuantity(closed, '2021-01-14T18:00:00Z').total).toBe(0);

    const later = { ...m365_2021, cancellationAllowedUntilDate: '2021-01-24T23:59:00Z' };
    const { subscription, notes } = read(later, '2021-01-14T18:00:00Z');
    const open = subscription as NewCommerceSubscription;
    const end = '2021-01-25T00:00:00.000Z';
    expect(open.cancellableUntil).toBe(end);
    expect(notes.map((n) => n.message)).toEqual([
      "the resource allows cancelling until 2021-01-25T00:00:00.000Z, the rules until 2021-01-17T16:57:14.498Z; the resource's window is kept",
    ]);
    expect(transition(open, { type: 'cancel', at: iso(Date.parse(end) - 1) })).toMatchObject({
      ok: true,
      effects: [{ type: 'credit', outcome: 'prorated-credit' }],
    });
    expect(transition(open, { type: 'cancel', at: end })).toMatchObject({
      ok: false,
      code: 'NOT_CANCELLABLE',
    });
    expect(refundableQuantity(open, iso(Date.parse(end) - 1))).toEqual({
      total: 10,
      details: [{ quantity: 10, allowedUntil: end }],
    });
    expect(refundableQuantity(open, end).total).toBe(0);
  });

  it('PCR-1: the stated windows describe the term the resource is in: a renewal drops them', () => {
    const r = { ...m365_2021, cancellationAllowedUntilDate: null };
    const s = read(r, '2021-01-14T18:00:00Z').subscription as NewCommerceSubscription;
    const { subscription: renewed } = advance(s, '2022-01-14T00:00:00Z');
    expect(renewed.status).toBe('active');
    expect('cancellableUntil' in renewed || 'fullCreditUntil' in renewed).toBe(false);
    expect(transition(renewed, { type: 'cancel', at: '2022-01-14T00:00:00Z' })).toMatchObject({
      ok: true,
      effects: [{ type: 'credit', outcome: 'full-credit' }],
    });
    // a legacy window counts from the order (REF-11): it stays
    const saas = read(saas2019, '2019-01-09T06:00:00Z').subscription as Subscription;
    const on = transition(saas, { type: 'set-auto-renew', at: saas.asOf, enabled: true });
    if (!on.ok) throw new Error(on.message);
    const next = advance(on.subscription, '2019-02-08T00:21:45.926Z').subscription;
    expect(next).toMatchObject({ status: 'active', fullCreditUntil: '2019-01-10T00:21:45.926Z' });
  });

  it('PCR-1: a legacy software subscription stating a Full refund gets a full credit until it (±1 ms), then REF-5 prorated', () => {
    const full = '2019-01-12T00:21:45.926Z';
    const r = {
      ...saas2019,
      productType: { id: 'Software' },
      termDuration: 'P1Y',
      billingCycle: 'annual',
      commitmentEndDate: '2020-01-09T00:21:45.9263727+00:00',
      refundOptions: [{ type: 'Full', expiresAt: full }],
    };
    const { subscription, notes } = read(r, '2019-01-09T06:00:00Z');
    const s = subscription as Subscription;
    expect(s).toMatchObject({ product: 'software-subscription', fullCreditUntil: full });
    expect(notes.map((n) => n.path)).toEqual(['resource.refundOptions.0.expiresAt']);
    const before = allowedActions(s, iso(Date.parse(full) - 1)).find((a) => a.type === 'cancel');
    expect(before).toMatchObject({ outcome: 'full-credit', until: full });
    const after = allowedActions(s, full).find((a) => a.type === 'cancel');
    expect(after?.outcome).toBe('prorated-credit');
  });

  it('PCR-1: the state check reads the stated windows: a broken one is a RuleError naming it, JSON keeps them', () => {
    const nce = read(m365_2021, '2021-01-14T18:00:00Z').subscription as NewCommerceSubscription;
    expect(JSON.parse(JSON.stringify(nce))).toEqual(nce);
    expect(nextDeadline(JSON.parse(JSON.stringify(nce)))).toEqual(nextDeadline(nce));
    for (const [state, path] of [
      [{ ...nce, fullCreditUntil: '2021-01-15T00:00:00Z' }, 'subscription.fullCreditUntil'],
      [{ ...nce, cancellableUntil: 7 }, 'subscription.cancellableUntil'],
      [
        { ...nce, status: 'trial', termStart: null, trialEndsAt: nce.asOf },
        'subscription.cancellableUntil',
      ],
    ] as const) {
      const e = errorOf(() => nextDeadline(state as unknown as NewCommerceSubscription));
      expect(e.path).toBe(path);
    }
    const legacy = read(saas2019, '2019-01-09T06:00:00Z').subscription as Subscription;
    const e = errorOf(() => nextDeadline({ ...legacy, fullCreditUntil: 'tomorrow' }));
    expect(e.path).toBe('subscription.fullCreditUntil');
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
    it('PCR-1: a legacy P1M resource whose stated end is within days of its first month is read as its first term, [effectiveStartDate, commitmentEndDate), whatever the start', () => {
      const DAY = 86_400_000;
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2021, 11, 31) }),
          fc.integer({ min: 27 * DAY, max: 34 * DAY }),
          (startMs, length) => {
            // no stated refund window: only the term is read here
            const { refundOptions: _, ...stated } = saas2019;
            const resource = {
              ...stated,
              creationDate: iso(startMs - DAY),
              effectiveStartDate: iso(startMs),
              commitmentEndDate: iso(startMs + length),
            };
            const { subscription } = read(resource, iso(startMs));
            expect([subscription.termStart, subscription.termEnd]).toEqual([
              iso(startMs),
              iso(startMs + length),
            ]);
          },
        ),
      );
    });

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
          let subscription: Subscription | NewCommerceSubscription;
          try {
            subscription = read(r, '2026-01-01T00:00:00Z').subscription;
          } catch (e) {
            expect(isRuleError(e)).toBe(true);
            return;
          }
          // outside the try: a state it returns passes the lifecycle's own check
          nextDeadline(subscription as Subscription);
          expect(JSON.parse(JSON.stringify(subscription))).toEqual(subscription);
        }),
      );
    });

    it('PCR-1: a drawn resource with hostile terms, cycles, windows and scheduled changes reads to a state the lifecycle check accepts, or throws a RuleError', () => {
      const enumText = fc.constantFrom(
        'P1M',
        'P1Y',
        'P2Y',
        'P3Y',
        'P5Y',
        'monthly',
        'Annual',
        'triennial',
        'none',
        'x',
      );
      const hostile = fc.tuple(
        partnerCenterSubscription(),
        fc.record(
          {
            termDuration: enumText,
            billingCycle: enumText,
            isTrial: fc.boolean(),
            quantity: fc.integer({ min: -1, max: 40 }),
            cancellationAllowedUntilDate: fc.oneof(
              fc.constant(null),
              fc
                .integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2028, 0, 1) })
                .map((ms) => new Date(ms).toISOString()),
            ),
            refundOptions: fc.array(
              fc.record({
                type: fc.constantFrom('Full', 'Partial'),
                expiresAt: fc.constantFrom('2024-01-01T23:59:30Z', '2022-03-01T00:00:00Z'),
              }),
              { maxLength: 2 },
            ),
            scheduledNextTermInstructions: fc.record(
              {
                product: fc.record(
                  { termDuration: enumText, billingCycle: enumText },
                  { requiredKeys: [] },
                ),
                quantity: fc.integer({ min: 0, max: 30 }),
              },
              { requiredKeys: [] },
            ),
            refundableQuantity: fc.record({
              details: fc.array(
                fc.record({
                  quantity: fc.integer({ min: 0, max: 20 }),
                  allowedUntilDateTime: fc.constantFrom(
                    '2024-01-01T23:59:30Z',
                    '2022-03-01T00:00:00Z',
                  ),
                }),
                { maxLength: 2 },
              ),
            }),
          },
          { requiredKeys: [] },
        ),
        fc.integer({ min: 0, max: 4000 * 24 * 3_600_000 }),
      );
      let readCount = 0;
      fc.assert(
        fc.property(hostile, ([base, patch, after]) => {
          const asOf = new Date(Date.parse(base.effectiveStartDate) + after).toISOString();
          let subscription: Subscription | NewCommerceSubscription;
          try {
            subscription = read({ ...base, ...patch }, asOf).subscription;
          } catch (e) {
            expect(isRuleError(e)).toBe(true);
            return;
          }
          readCount++;
          // outside the try: the state passes the lifecycle's own check, also as stored JSON
          nextDeadline(JSON.parse(JSON.stringify(subscription)));
        }),
        { numRuns: 1000 },
      );
      expect(readCount).toBeGreaterThan(50);
    });
  });
});
