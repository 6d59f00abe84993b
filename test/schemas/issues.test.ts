import {
  parseCustomer,
  parseEvent,
  parseHoldings,
  parseMoney,
  parsePolicy,
  parsePurchase,
  parseRefundHistory,
} from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const issuesOf = (result: { ok: boolean; issues?: unknown }): unknown =>
  result.ok ? 'accepted' : result.issues;

describe('parse issues', () => {
  it('ERR-2: each issue has the code its function would have thrown, and a sentence a service can return', () => {
    expect(issuesOf(parseMoney({ amount: 1.5, currency: 'ABC' }))).toEqual([
      {
        path: 'amount',
        message: 'expected a whole number',
        code: 'INVALID_AMOUNT',
        messageId: 'expected a whole number',
        params: {},
      },
      {
        path: 'currency',
        message: 'expected an active ISO 4217 currency code, such as USD',
        code: 'UNKNOWN_CURRENCY',
        messageId: 'expected an active ISO 4217 currency code, such as USD',
        params: {},
      },
    ]);
    expect(issuesOf(parseMoney({ currency: 'USD' }))).toEqual([
      {
        path: 'amount',
        message: 'is required',
        code: 'MISSING_FIELD',
        messageId: 'is required',
        params: {},
      },
    ]);
    expect(issuesOf(parseEvent({ type: 'reactivate', at: '2026-02-30T00:00:00Z' }))).toEqual([
      expect.objectContaining({ path: 'at', code: 'INVALID_INSTANT' }),
    ]);
    expect(issuesOf(parseCustomer({ segment: 'commercial', billingCountry: 'Atlantis' }))).toEqual([
      expect.objectContaining({ path: 'billingCountry', code: 'UNKNOWN_MARKET' }),
    ]);
    expect(issuesOf(parseMoney(undefined))).toEqual([
      expect.objectContaining({ path: '', code: 'MISSING_FIELD' }),
    ]);
  });

  it('TIME-1, ERR-2: text that is not an instant gets one issue, not a second one about its day', () => {
    for (const at of ['tomorrow', '2026-11-20', '2026-11-20T10:00:00']) {
      expect(issuesOf(parseEvent({ type: 'cancel', at }))).toEqual([
        {
          path: 'at',
          message: 'expected an ISO 8601 instant with Z or ±HH:mm',
          code: 'INVALID_INSTANT',
          messageId: 'expected an ISO 8601 instant with Z or ±HH:mm',
          params: {},
        },
      ]);
    }
    expect(issuesOf(parseEvent({ type: 'cancel', at: '2026-02-30T00:00:00Z' }))).toEqual([
      {
        path: 'at',
        message: 'expected an instant on a day that exists',
        code: 'INVALID_INSTANT',
        messageId: 'expected an instant on a day that exists',
        params: {},
      },
    ]);
  });

  it('LC-11, NCE-7, ERR-2: an unknown event type is answered with the list of every type, New Commerce schedule-renewal among them', () => {
    expect(issuesOf(parseEvent({ type: 'cancle', at: '2026-01-01T00:00:00Z' }))).toEqual([
      {
        path: 'type',
        message:
          'expected one of "cancel", "suspend", "reactivate", "set-auto-renew", "change-quantity", "schedule-renewal", "change-term", "change-billing-frequency", "set-end-of-term"',
        code: 'INVALID_ARGUMENT',
        messageId: 'expected one of {allowed}',
        params: {
          allowed:
            '"cancel", "suspend", "reactivate", "set-auto-renew", "change-quantity", "schedule-renewal", "change-term", "change-billing-frequency", "set-end-of-term"',
        },
      },
    ]);
  });

  it('ERR-2, POL-1: every issue of parsePolicy is INVALID_POLICY, as definePolicy throws', () => {
    const result = parsePolicy({ id: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(new Set(result.issues.map((issue) => issue.code))).toEqual(
        new Set(['INVALID_POLICY']),
      );
    }
  });

  it("ERR-2: no message lists the whole currency table, and none is zod's bare wording", () => {
    const result = parseMoney({ amount: 'x', currency: 'US$' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      for (const issue of result.issues) {
        expect(issue.message.length).toBeLessThan(80);
        expect(issue.message).not.toMatch(/^expected (int|string|number)$|Invalid input/);
      }
    }
  });
  it("ERR-2, MSG-1: the issues are the library's own words and keys whatever the application set zod's global messages to (a German locale, an error map of its own)", () => {
    const calls = () => [
      parsePurchase({
        product: 'marketplace-saas',
        billingCycle: 'monthly',
        orderedAt: '2026-11-20T10:00:00Z',
        price: { amount: 19.99, currency: 'USD' },
      }),
      parseMoney({ amount: 1.5, currency: 'USD' }),
      parseHoldings([{ offer: 7, quantity: 'many' }]),
      parseRefundHistory([{ at: 5 }]),
    ];
    const own = calls();
    expect(own[0]).toMatchObject({
      ok: false,
      issues: [{ path: 'price.amount', message: 'expected a whole number' }],
    });
    try {
      z.config(z.locales.de());
      expect(calls()).toEqual(own);
      z.config({ customError: () => 'the application’s own words' });
      expect(calls()).toEqual(own);
    } finally {
      // the global config as this test found it: no locale, no error map
      z.config({ localeError: undefined, customError: undefined });
    }
    expect(calls()).toEqual(own);
  });
});
