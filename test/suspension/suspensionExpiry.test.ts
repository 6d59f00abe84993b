import fc from 'fast-check';
import { suspensionExpiry } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { epochMs } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { codeOf } from '../_errors.ts';

const iso = (ms: number): string => new Date(ms).toISOString();
const DAY = 86_400_000;

describe('suspensionExpiry', () => {
  it('SUS-1: a 10-day account gap gives 100 days', () => {
    expect(
      suspensionExpiry({
        suspendedAt: '2026-03-01T00:00:00Z',
        accountOpenedAt: '2026-01-01T00:00:00Z',
        firstBillingPeriodStart: '2026-01-11T00:00:00Z',
      }),
    ).toEqual({
      expiresAt: '2026-06-09T00:00:00.000Z',
      days: 100,
      policyId: 'partner-center-2021-03',
    });
  });

  it('SUS-1: the gap counts UTC calendar days (TIME-5) and is capped at 30 extra days', () => {
    expect(
      suspensionExpiry({
        suspendedAt: '2026-03-01T12:00:00Z',
        accountOpenedAt: '2026-01-01T23:00:00Z',
        firstBillingPeriodStart: '2026-01-02T01:00:00Z',
      }).days,
    ).toBe(91);
    expect(
      suspensionExpiry({
        suspendedAt: '2026-03-01T12:00:00Z',
        accountOpenedAt: '2025-01-01T00:00:00Z',
        firstBillingPeriodStart: '2026-01-01T00:00:00Z',
      }),
    ).toMatchObject({ days: 120, expiresAt: '2026-06-29T12:00:00.000Z' });
    expect(
      suspensionExpiry({
        suspendedAt: '2020-03-01T12:00:00Z',
        accountOpenedAt: '2020-01-01T00:00:00Z',
        firstBillingPeriodStart: '2020-01-01T00:00:00Z',
      }).policyId,
    ).toBe('partner-center-2020-01');
  });

  it('SUS-2: a first billing period or a suspension before the account opened is OUT_OF_ORDER', () => {
    expect(
      codeOf(() =>
        suspensionExpiry({
          suspendedAt: '2026-03-01T00:00:00Z',
          accountOpenedAt: '2026-01-02T00:00:00Z',
          firstBillingPeriodStart: '2026-01-01T00:00:00Z',
        }),
      ),
    ).toBe('OUT_OF_ORDER');
    expect(
      codeOf(() =>
        suspensionExpiry({
          suspendedAt: '2025-03-01T00:00:00Z',
          accountOpenedAt: '2026-01-01T00:00:00Z',
          firstBillingPeriodStart: '2026-01-01T00:00:00Z',
        }),
      ),
    ).toBe('OUT_OF_ORDER');
    expect(
      codeOf(() =>
        suspensionExpiry({
          suspendedAt: 'now',
          accountOpenedAt: '2026-01-01T00:00:00Z',
          firstBillingPeriodStart: '2026-01-01T00:00:00Z',
        }),
      ),
    ).toBe('INVALID_INSTANT');
  });

  const inputs = fc
    .tuple(epochMs, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 4000 }))
    .map(([opened, gapDays, afterDays]) => ({
      accountOpenedAt: iso(opened),
      firstBillingPeriodStart: iso(opened + gapDays * DAY),
      suspendedAt: iso(opened + afterDays * DAY),
    }));

  describe('properties', () => {
    it('SUS-1: expiresAt − suspendedAt is between 90 and 120 days and grows with the account gap', () => {
      fc.assert(
        fc.property(inputs, fc.integer({ min: 0, max: 40 }), (input, more) => {
          const { expiresAt, days } = suspensionExpiry(input);
          expect(Date.parse(expiresAt) - Date.parse(input.suspendedAt)).toBe(days * DAY);
          expect(days >= 90 && days <= 120).toBe(true);
          const wider = suspensionExpiry({
            ...input,
            firstBillingPeriodStart: iso(Date.parse(input.firstBillingPeriodStart) + more * DAY),
          });
          expect(wider.days >= days).toBe(true);
        }),
      );
    });

    itKeepsTheContract(
      'suspensionExpiry',
      suspensionExpiry,
      inputs.map((input) => [input] as [typeof input]),
    );
  });
});
