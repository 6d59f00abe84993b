import fc from 'fast-check';
import { createSubscription, transition } from 'subscription-rules';
import {
  parseCustomer,
  parseDownloadLink,
  parseEvent,
  parseMoney,
  parseOffer,
  parsePurchase,
  parseQuoteInput,
  parseSubscription,
  parseSubscriptionInput,
} from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { reachableSubscription } from '../lifecycle/_states.ts';

const paths = (result: { ok: boolean; issues?: readonly { path: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.path);

describe('the parseX functions', () => {
  it('ERR-2: a valid purchase comes back in canonical form (instants in UTC)', () => {
    expect(
      parsePurchase({
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        orderedAt: '2026-11-20T21:00:00+11:00',
        currentTermEnd: '2026-12-20T10:00Z',
      }),
    ).toEqual({
      ok: true,
      value: {
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        orderedAt: '2026-11-20T10:00:00.000Z',
        currentTermEnd: '2026-12-20T10:00:00.000Z',
      },
    });
  });

  it('ERR-2: every bad field of a purchase is an issue with its path, unknown keys included', () => {
    const result = parsePurchase({
      product: 'office',
      orderedAt: '2026-02-30T00:00:00Z',
      price: { amount: 1.5, currency: 'US$' },
      extra: true,
    });
    expect(paths(result)).toEqual(
      expect.arrayContaining(['product', 'orderedAt', 'price.amount', 'price.currency', '']),
    );
    expect(
      result.ok
        ? []
        : result.issues.every(
            (issue) => issue.message.length > 0 && issue.message !== 'Invalid input',
          ),
    ).toBe(true);
  });

  it('ERR-2: __proto__ and constructor keys are rejected, and nothing is polluted', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "amount": 1, "currency": "USD"}');
    expect(paths(parseMoney(hostile))).toContain('__proto__');
    expect(
      paths(parseOffer({ id: 'x', publisher: 'partner', billingType: 'license', constructor: 1 })),
    ).toContain('constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ERR-2: non-objects are one issue at the root', () => {
    for (const input of [null, 7, 'text', [], undefined])
      expect(paths(parseEvent(input))).toEqual(['']);
  });

  it('ERR-2, LC-11: events are discriminated by type, with their own fields, instants canonical', () => {
    expect(
      parseEvent({ type: 'suspend', at: '2026-12-01T09:00:00+01:00', reason: 'nonpayment' }),
    ).toEqual({
      ok: true,
      value: { type: 'suspend', at: '2026-12-01T08:00:00.000Z', reason: 'nonpayment' },
    });
    expect(
      parseEvent({ type: 'change-quantity', at: '2026-12-01T09:00:00Z', quantity: 0 }).ok,
    ).toBe(false);
    expect(parseEvent({ type: 'set-auto-renew', at: '2026-12-01T09:00:00Z' }).ok).toBe(false);
    expect(parseEvent({ type: 'pause', at: '2026-12-01T09:00:00Z' }).ok).toBe(false);
    expect(parseEvent({ type: 'cancel', at: '2026-12-01T09:00:00Z', reason: 'fraud' }).ok).toBe(
      false,
    );
  });

  it('ERR-2, MKT-2: markets come back as codes: offers, customers and quotes', () => {
    expect(parseCustomer({ segment: 'education', billingCountry: 'Swaziland' })).toEqual({
      ok: true,
      value: { segment: 'education', billingCountry: 'SZ' },
    });
    expect(
      parseOffer({
        id: 'crm',
        publisher: 'partner',
        billingType: 'license',
        supportedCountries: ['Germany', 'fr'],
      }),
    ).toEqual({
      ok: true,
      value: {
        id: 'crm',
        publisher: 'partner',
        billingType: 'license',
        supportedCountries: ['DE', 'FR'],
      },
    });
    expect(
      parseQuoteInput({
        listPrice: { amount: 1099, currency: 'AUD' },
        market: 'Australia',
        taxRate: 0.1,
      }),
    ).toEqual({
      ok: true,
      value: { listPrice: { amount: 1099, currency: 'AUD' }, market: 'AU', taxRate: '0.1' },
    });
    expect(
      paths(
        parseQuoteInput({
          listPrice: { amount: 1099, currency: 'AUD' },
          market: 'Atlantis',
          taxRate: '0.1234567',
        }),
      ),
    ).toEqual(['market', 'taxRate']);
    expect(paths(parseCustomer({ segment: 'retail', billingCountry: 'Atlantis' }))).toEqual([
      'segment',
      'billingCountry',
    ]);
  });

  it('ERR-2, SW-1: a stored download link has revokedAt exactly when revoked', () => {
    expect(
      parseDownloadLink({
        issuedAt: '2020-06-01T00:00:00Z',
        downloads: 3,
        revoked: false,
        policyId: 'partner-center-2020-01',
      }),
    ).toEqual({
      ok: true,
      value: {
        issuedAt: '2020-06-01T00:00:00.000Z',
        downloads: 3,
        revoked: false,
        policyId: 'partner-center-2020-01',
      },
    });
    expect(
      paths(
        parseDownloadLink({
          issuedAt: '2020-06-01T00:00:00Z',
          downloads: 3,
          revoked: true,
          policyId: 'p',
        }),
      ),
    ).toEqual(['revokedAt']);
    expect(
      paths(
        parseDownloadLink({
          issuedAt: '2020-06-01T00:00:00Z',
          downloads: -1,
          revoked: false,
          policyId: 'p',
        }),
      ),
    ).toEqual(['downloads']);
  });

  it('ERR-2, §5: a stored state that breaks a cross-field rule is refused with the field it breaks', () => {
    const sub = createSubscription({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-01T00:00:00Z',
    });
    expect(parseSubscription(JSON.parse(JSON.stringify(sub)))).toEqual({ ok: true, value: sub });
    expect(paths(parseSubscription({ ...sub, status: 'suspended' }))).toEqual(['suspension']);
    expect(paths(parseSubscription({ ...sub, term: null }))).toEqual(['term', 'termEnd']);
    expect(paths(parseSubscription({ ...sub, status: 'trial' }))).toEqual(['trialEndsAt']);
    expect(paths(parseSubscription({ ...sub, id: 42 }))).toEqual(['']);
  });

  it('ERR-2, LC-1: a creation input is checked and canonical; the product rules stay createSubscription’s', () => {
    expect(
      parseSubscriptionInput({
        product: 'marketplace-usage',
        quantity: 1,
        orderedAt: '2026-01-01T10:00:00+10:00',
      }),
    ).toEqual({
      ok: true,
      value: { product: 'marketplace-usage', quantity: 1, orderedAt: '2026-01-01T00:00:00.000Z' },
    });
    expect(
      paths(
        parseSubscriptionInput({
          product: 'software-perpetual',
          quantity: 0,
          orderedAt: '2026-01-01T00:00:00Z',
        }),
      ),
    ).toEqual(['product', 'quantity']);
  });

  describe('properties', () => {
    it('ERR-2, PURE-1: every reachable state, stored as JSON, parses back to itself', () => {
      fc.assert(
        fc.property(reachableSubscription, (state) => {
          expect(parseSubscription(JSON.parse(JSON.stringify(state)))).toEqual({
            ok: true,
            value: state,
          });
        }),
      );
    });

    it('ERR-2: a parsed event is accepted by transition exactly as the raw one is', () => {
      const sub = createSubscription({
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        quantity: 1,
        orderedAt: '2026-01-01T00:00:00Z',
        accountOpenedAt: '2025-01-01T00:00:00Z',
        firstBillingPeriodStart: '2025-01-01T00:00:00Z',
      });
      const events = fc.oneof(
        fc.constant({ type: 'cancel' }),
        fc
          .constantFrom('customer-request', 'nonpayment', 'fraud')
          .map((reason) => ({ type: 'suspend', reason })),
        fc.boolean().map((enabled) => ({ type: 'set-auto-renew', enabled })),
        fc.integer({ min: 1, max: 99 }).map((quantity) => ({ type: 'change-quantity', quantity })),
      );
      fc.assert(
        fc.property(
          events,
          fc.integer({ min: 0, max: 400 * 86_400_000 }),
          fc.integer({ min: -600, max: 600 }),
          (shape, wait, offset) => {
            const ms = Date.UTC(2026, 0, 1) + wait;
            const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
            const sign = offset < 0 ? '-' : '+';
            const at = `${local}${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
            const parsed = parseEvent({ ...shape, at });
            expect(parsed.ok).toBe(true);
            if (
              parsed.ok &&
              parsed.value.type !== 'schedule-renewal' &&
              parsed.value.type !== 'change-term' &&
              parsed.value.type !== 'change-billing-frequency' &&
              parsed.value.type !== 'set-end-of-term'
            )
              expect(transition(sub, parsed.value)).toEqual(
                transition(sub, { ...shape, at } as never),
              );
          },
        ),
      );
    });
  });

  it('REF-6, LC-1: a negative unit price is refused by parsePurchase, parseSubscriptionInput and parseSubscription at price.amount', () => {
    const price = { amount: -5, currency: 'USD' };
    const purchase = parsePurchase({
      product: 'software-perpetual',
      orderedAt: '2026-01-10T00:00:00Z',
      price,
    });
    const input = parseSubscriptionInput({
      product: 'marketplace-saas',
      billingCycle: 'monthly',
      quantity: 1,
      orderedAt: '2026-01-10T00:00:00Z',
      price,
    });
    const state = JSON.parse(
      JSON.stringify(
        createSubscription({
          product: 'marketplace-saas',
          billingCycle: 'monthly',
          quantity: 1,
          orderedAt: '2026-01-10T00:00:00Z',
          price: { amount: 5, currency: 'USD' },
        }),
      ),
    );
    state.price.amount = -5;
    for (const result of [purchase, input, parseSubscription(state)]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.map((issue) => issue.path)).toEqual(['price.amount']);
    }
  });
});
