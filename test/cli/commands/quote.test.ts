import { quote } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { run } from '../_run.ts';

describe('subscription-rules quote', () => {
  it('PRICE-4: prints net, tax and gross formatted for the market and in minor units', () => {
    const { code, out, err } = run(
      'quote',
      '3.33',
      'AUD',
      '--market',
      'au',
      '--tax-rate',
      '0.1',
      '--quantity',
      '3',
    );
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain(
      '3 × 3.33 AUD in AU, tax rate 0.1 (half-up): the list price includes tax',
    );
    expect(out).toMatch(/net +\$9\.08 +908 minor units/);
    expect(out).toMatch(/tax +\$0\.91 +91 minor units/);
    expect(out).toMatch(/gross +\$9\.99 +999 minor units/);
  });

  it('MKT-2, PRICE-4: a market given by name and a currency in lower case are read as the library reads them', () => {
    const { code, out, err } = run(
      'quote',
      '10.99',
      'aud',
      '--market',
      'Australia',
      '--tax-rate',
      '0.1',
    );
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain(
      '1 × 10.99 AUD in AU, tax rate 0.1 (half-up): the list price includes tax',
    );
    expect(out).toMatch(/net +\$9\.99 +999 minor units/);
    expect(out).toMatch(/tax +\$1\.00 +100 minor units/);
  });

  it('PRICE-4, PRICE-5: --json prints exactly the library result, with the rounding mode given', () => {
    const { code, out } = run(
      'quote',
      '10.00',
      'USD',
      '--market',
      'US',
      '--tax-rate',
      '0.0725',
      '--rounding',
      'half-even',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(
      quote({
        listPrice: { amount: 1000, currency: 'USD' },
        market: 'US',
        taxRate: '0.0725',
        rounding: 'half-even',
      }),
    );
    expect(JSON.parse(out).tax).toEqual({ amount: 72, currency: 'USD' });
  });

  it('ERR-1: bad input exits 2 with one error line naming the argument or flag', () => {
    const base = ['--market', 'US', '--tax-rate', '0.1'];
    const cases: [string[], string][] = [
      [
        ['quote', '1.234', 'USD', ...base],
        'error: <amount>: expected decimal text with at most 2 decimals',
      ],
      [
        ['quote', '1.00', 'xyz', ...base],
        'error: <currency>: expected an active ISO 4217 currency code such as USD, EUR or JPY (any case), got "xyz"',
      ],
      [['quote', '1.00', 'USD', '--market', 'ZZ', '--tax-rate', '0.1'], 'error: --market: '],
      [['quote', '1.00', 'USD', '--market', 'US', '--tax-rate', '1e-7'], 'error: --tax-rate: '],
      [['quote', '1.00', 'USD', ...base, '--quantity', '0'], 'error: --quantity: '],
      [['quote', '1.00', 'USD', ...base, '--quantity', '1.5'], 'error: --quantity: '],
      [['quote', '1.00', 'USD', ...base, '--rounding', 'nearest'], 'error: --rounding: '],
      [
        ['quote', '1.00', 'USD', '--tax-rate', '0.1'],
        'error: --market: required, a market code or English name, e.g. --market AU',
      ],
      [
        ['quote', '1.00', 'USD', '--market', 'US'],
        'error: --tax-rate: required, the tax rate as a fraction of 1, e.g. --tax-rate 0.1 for 10 %',
      ],
      [['quote', '1.00', ...base], 'error: expected exactly two arguments'],
      [['quote', '1.00', 'USD', 'extra', ...base], 'error: expected exactly two arguments'],
      [['quote', '90071992547409.91', 'USD', ...base], 'error: <amount>: expected the gross'],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = run(...argv);
      expect({ argv, code, out }).toEqual({ argv, code: 2, out: '' });
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err.startsWith(message)).toBe(true);
    }
  });

  it('lists quote in the help and prints its usage', () => {
    expect(run('--help').out).toContain('quote');
    expect(run('quote', '--help').out).toContain(
      'Usage: subscription-rules quote <amount> <currency> --market <m> --tax-rate <r>',
    );
  });
});
