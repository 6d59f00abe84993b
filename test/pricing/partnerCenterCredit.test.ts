import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  billingPeriodCredit,
  parseInstant,
  partnerCenterCharge,
  partnerCenterCredit,
} from '../_private.ts';

/** Partner Center's formula on exact rationals (bigint), written from its definition. */
function reference(p: bigint, q: bigint, d: bigint, u: bigint): bigint {
  const round = (n: bigint, m: bigint): bigint => (2n * n + m) / (2n * m); // n, m ≥ 0: half up
  return round(round(p * q, d) * u, q) * q;
}

describe('partnerCenterCharge and partnerCenterCredit', () => {
  it('NCE-5: 10 seats at 12.50 USD, D = 30, U = 4: charged r(r(12500 / 30) · 4 / 10) · 10 = 1670, credit 10830', () => {
    expect(partnerCenterCharge(1250, 10, 30, 4)).toBe(1670);
    expect(partnerCenterCredit(1250, 10, 30, 4)).toBe(10830);
  });

  it('NCE-5: rounds half away from zero at each step, as ROUND(…, 2) does', () => {
    // r(100 · 1 / 8) = r(12.5) = 13; r(13 · 1 / 1) = 13.
    expect(partnerCenterCharge(100, 1, 8, 1)).toBe(13);
    // r(5 · 3 / 2) = r(7.5) = 8 ; r(8 · 1 / 3) = r(2.67) = 3; · 3 = 9.
    expect(partnerCenterCharge(5, 3, 2, 1)).toBe(9);
  });

  it('NCE-5: on the last day the rounding may charge more than the price (12510 > 12500), and the credit stops at 0', () => {
    expect(partnerCenterCharge(1250, 10, 30, 30)).toBe(12510);
    expect(partnerCenterCredit(1250, 10, 30, 30)).toBe(0);
  });

  it('NCE-5: exact where P·Q·U passes 2^53 (bigint steps)', () => {
    const p = 2 ** 40;
    const q = 4000;
    const charged = partnerCenterCharge(p, q, 1096, 1000);
    expect(BigInt(charged)).toBe(reference(BigInt(p), BigInt(q), 1096n, 1000n));
  });

  it('NCE-5: billingPeriodCredit finds the period and counts the day of the request as used', () => {
    const start = parseInstant('2026-11-20T10:00:00Z', 'start');
    const at = parseInstant('2026-11-23T09:00:00Z', 'at');
    const term = {
      startMs: start,
      endMs: parseInstant('2027-11-20T00:00:00Z', 'end'),
    };
    expect(billingPeriodCredit(1250, 10, term, 1, at)).toBe(10830);
    // The first day: U = 1, charged r(417 · 1 / 10) · 10 = 420.
    expect(billingPeriodCredit(1250, 10, term, 1, start)).toBe(12500 - 420);
  });

  describe('properties', () => {
    const inputs = fc
      .record({
        p: fc.integer({ min: 0, max: 10_000_000 }),
        q: fc.integer({ min: 1, max: 5000 }),
        d: fc.integer({ min: 28, max: 1096 }),
      })
      .chain((x) => fc.integer({ min: 1, max: x.d }).map((u) => ({ ...x, u })));

    it('NCE-5: the charge equals the formula on exact rationals (bigint reference)', () => {
      fc.assert(
        fc.property(inputs, ({ p, q, d, u }) => {
          expect(BigInt(partnerCenterCharge(p, q, d, u))).toBe(
            reference(BigInt(p), BigInt(q), BigInt(d), BigInt(u)),
          );
        }),
      );
    });

    it('NCE-5: a credit is never negative and never more than what was charged for the period (P·Q)', () => {
      fc.assert(
        fc.property(inputs, ({ p, q, d, u }) => {
          const credit = partnerCenterCredit(p, q, d, u);
          return Number.isSafeInteger(credit) && credit >= 0 && credit <= p * q;
        }),
      );
    });

    it('NCE-5: a later day never credits more than an earlier one', () => {
      fc.assert(
        fc.property(inputs, ({ p, q, d, u }) => {
          return u === d || partnerCenterCredit(p, q, d, u + 1) <= partnerCenterCredit(p, q, d, u);
        }),
      );
    });
  });
});
