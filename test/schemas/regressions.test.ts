import fc from 'fast-check';
import { createSubscription, fromPartnerCenterSubscription, transition } from 'subscription-rules';
import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
import {
  parsePartnerCenterSubscription,
  parsePurchase,
  parseSubscription,
  parseSubscriptionInput,
} from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { lastReadable, m365_2021, saas2019 } from '../partnerCenter/_samples.ts';

const licence = createSubscription({
  program: 'new-commerce',
  product: 'license-based',
  term: 'P1Y',
  billingFrequency: 'monthly',
  quantity: 10,
  orderedAt: '2026-11-20T10:00:00Z',
  price: { amount: 1250, currency: 'USD' },
});
const saas = createSubscription({
  product: 'marketplace-saas',
  billingCycle: 'monthly',
  quantity: 2,
  orderedAt: '2026-11-20T10:00:00Z',
});
const pathsOf = (result: ReturnType<typeof parseSubscription>): string[] =>
  result.ok ? [] : result.issues.map((issue) => issue.path);

describe('parseSubscription (found by review)', () => {
  it('NCE-11: a New Commerce state whose term ends at or before its start, or starts after asOf, is refused by parse and by the functions alike (±1 ms)', () => {
    const ends = { ...licence, termEnd: licence.termStart as string };
    expect(pathsOf(parseSubscription(ends))).toEqual(['termEnd']);
    expect(errorOf(() => transition(ends, { type: 'cancel', at: licence.asOf }))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'subscription.termEnd',
    });
    const oneMs = { ...licence, termEnd: '2026-11-20T10:00:00.001Z' };
    expect(parseSubscription(oneMs).ok).toBe(true);
    const later = { ...licence, termStart: '2026-11-20T10:00:00.001Z' };
    expect(pathsOf(parseSubscription(later))).toEqual(['termStart']);
    expect(errorOf(() => transition(later, { type: 'cancel', at: licence.asOf }))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'subscription.termStart',
    });
    // legacy alike
    const legacyLater = { ...saas, termStart: '2026-11-20T10:00:00.001Z' };
    expect(pathsOf(parseSubscription(legacyLater))).toEqual(['termStart']);
  });

  it('ERR-2: a legacy state that says program: "legacy" parses, to the state the functions return', () => {
    const said = { ...saas, program: 'legacy' };
    expect(parseSubscription(said)).toEqual({ ok: true, value: saas });
    expect(transition(said as never, { type: 'cancel', at: '2026-11-20T11:00:00Z' }).ok).toBe(true);
    expect(pathsOf(parseSubscription({ ...saas, program: 'old' }))).toEqual(['program']);
  });

  it('PRICE-1: a stored state with a negative price, or one whose total leaves the safe integers, is refused by parse as by the functions', () => {
    const negative = { ...licence, price: { amount: -1, currency: 'USD' } };
    expect(pathsOf(parseSubscription(negative))).toEqual(['price.amount']);
    const huge = { ...licence, price: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' } };
    expect(pathsOf(parseSubscription(huge))).toEqual(['price.amount']);
    const legacyHuge = { ...saas, price: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' } };
    expect(pathsOf(parseSubscription(legacyHuge))).toEqual(['price.amount']);
  });
});

describe('parsePurchase (found by review)', () => {
  it('ERR-2: every issue at once — a bad orderedAt does not hide a missing billingCycle or a bad price', () => {
    const parsed = parsePurchase({
      product: 'marketplace-saas',
      orderedAt: 'yesterday',
      price: { amount: -5, currency: 'USD' },
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issues.map((issue) => issue.path).sort()).toEqual([
        'billingCycle',
        'orderedAt',
        'price.amount',
      ]);
  });
});

describe('every issue at once, New Commerce (found by review)', () => {
  it('ERR-2, NCE-2: a term and billing frequency not sold together are reported beside a bad orderedAt', () => {
    for (const parse of [parsePurchase, parseSubscriptionInput]) {
      const parsed = parse({
        program: 'new-commerce',
        product: 'license-based',
        term: 'P1M',
        billingFrequency: 'annual',
        quantity: 1,
        orderedAt: 'yesterday',
      });
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.issues.map((issue) => issue.path).sort()).toEqual([
          'billingFrequency',
          'orderedAt',
        ]);
    }
  });
});

describe('parsePartnerCenterSubscription (found by review)', () => {
  const base = {
    ...m365_2021,
  } as Record<string, unknown>;
  const cases: [string, Record<string, unknown>, string][] = [
    ['pending status', { status: 'pending' }, 'status'],
    ['none status', { status: 'none' }, 'status'],
    ['unknown status', { status: 'paused' }, 'status'],
    ['one-time billing', { billingCycle: 'one_time' }, 'billingCycle'],
    [
      'a legacy Microsoft licence',
      { productType: undefined, cancellationAllowedUntilDate: undefined },
      'isMicrosoftProduct',
    ],
    ['P1M billed annually', { termDuration: 'P1M', billingCycle: 'annual' }, 'billingCycle'],
    ['P12M', { termDuration: 'P12M' }, 'termDuration'],
    ['an end before the start', { commitmentEndDate: '2020-12-31T00:00:00Z' }, 'commitmentEndDate'],
  ];

  for (const [what, change, path] of cases)
    it(`PCR-1: ${what} is refused by parsePartnerCenterSubscription at ${path}, as the reader refuses it`, () => {
      const r = JSON.parse(JSON.stringify({ ...base, ...change }));
      const parsed = parsePartnerCenterSubscription(r);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.issues.map((issue) => issue.path)).toContain(path);
      expect(
        errorOf(() => fromPartnerCenterSubscription(r, { asOf: '2021-06-01T00:00:00Z' })),
      ).toMatchObject({ path: `resource.${path}` });
    });

  it('LC-1: a legacy usage resource that says expired is refused by parse, as by the reader', () => {
    const usage = { ...saas2019, billingType: 'usage', status: 'expired' };
    const parsed = parsePartnerCenterSubscription(usage);
    expect(parsed.ok === false && parsed.issues.map((issue) => issue.path)).toEqual(['status']);
  });

  describe('properties', () => {
    const mutation = fc.oneof(
      fc.record({
        status: fc.constantFrom('active', 'Suspended', 'pending', 'none', 'x', 'expired'),
      }),
      fc.record({
        billingCycle: fc.constantFrom('monthly', 'Annual', 'one_time', 'triennial', 'none'),
      }),
      fc.record({ termDuration: fc.constantFrom('P1M', 'P1Y', 'P3Y', 'P12M', 'P2Y') }),
      fc.record({ isMicrosoftProduct: fc.boolean() }),
      fc.record({ isTrial: fc.boolean() }),
      fc.record({ billingType: fc.constantFrom('license', 'usage', 'x') }),
      fc.record({
        commitmentEndDate: fc
          .integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2030, 0, 1) })
          .map((ms) => new Date(ms).toISOString()),
      }),
      fc.record({ quantity: fc.integer({ min: -1, max: 5 }) }),
      fc.constant({}),
    );

    it('ERR-2, PCR-1: a resource parses exactly when the reader reads it at an instant of its term (both directions, drawn and mutated resources)', () => {
      fc.assert(
        fc.property(partnerCenterSubscription(), mutation, (drawn, change) => {
          const r = { ...drawn, ...change } as typeof drawn;
          const parsed = parsePartnerCenterSubscription(r);
          const read = errorOf(() => fromPartnerCenterSubscription(r, { asOf: lastReadable(r) }));
          expect(parsed.ok ? 'no error' : parsed.issues).toEqual(
            read === 'no error' ? 'no error' : parsed.ok ? 'an issue' : parsed.issues,
          );
          if (!parsed.ok && read !== 'no error')
            expect(parsed.issues.map((issue) => `resource.${issue.path}`)).toContain(read.path);
        }),
        { numRuns: 300 },
      );
    });
  });
});
