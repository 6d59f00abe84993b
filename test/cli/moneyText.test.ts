import type { Money } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { moneyText } from '../_private.ts';

describe('moneyText', () => {
  it('PRICE-1: an amount past the safe integers prints its digits, never an exponent', () => {
    // 2^70 is a double held exactly: its digits, not 1.1805916207174113e+21
    expect(moneyText({ amount: 2 ** 70, currency: 'USD' } as Money)).toBe(
      '11805916207174113034.24 USD',
    );
    expect(moneyText({ amount: 1.7e33, currency: 'USD' } as Money)).not.toMatch(/e/);
    expect(moneyText({ amount: -1e21, currency: 'JPY' } as Money)).toBe(
      '-1000000000000000000000 JPY',
    );
    expect(moneyText({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' } as Money)).toBe(
      '90071992547409.91 USD',
    );
    expect(moneyText({ amount: -5, currency: 'BHD' } as Money)).toBe('-0.005 BHD');
  });
});
