import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPriceList, UsageError } from '../../_private.ts';
import { tempFolder } from '../../_tempFolder.ts';

const dir = tempFolder('prices-');
let n = 0;
function file(text: string): string {
  const path = join(dir, `prices-${n++}.csv`);
  writeFileSync(path, text);
  return path;
}

const m365 = {
  offerId: 'CFQ7TTC0LDPB:0001:CFQ7TTC0K5RF',
  termDuration: 'P1Y',
  billingCycle: 'monthly',
};

/**
 * Partner Center's price list, its columns trimmed to a few, filtered to two markets; each
 * UnitPrice the whole term's (PL-2).
 */
const partnerCenter = [
  '\uFEFFProductTitle,ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice',
  'Microsoft 365 Business Standard,CFQ7TTC0LDPB,0001,P1Y,Monthly,US,USD,150.0000',
  'Microsoft 365 Business Standard,CFQ7TTC0LDPB,0001,P1Y,Annual,US,USD,142.8600',
  'Microsoft 365 Business Standard,CFQ7TTC0LDPB,0001,P1M,Monthly,US,USD,15.0000',
  'Microsoft 365 Business Standard,CFQ7TTC0LDPB,0001,P1Y,Monthly,DE,EUR,138.0000',
].join('\r\n');

describe('readPriceList', () => {
  it('REC-3, PL-2: Partner Center’s price list: the row of the resource’s product, SKU, term, plan and currency, with its term and plan (its price the whole term’s)', async () => {
    const prices = await readPriceList(file(partnerCenter));
    const row = (UnitPrice: string, Currency: string, BillingPlan = 'monthly') => ({
      price: { UnitPrice, Currency, TermDuration: 'P1Y', BillingPlan },
      from: '--prices',
    });
    expect(prices.priceOf('s1', m365, 'USD')).toEqual(row('150.0000', 'USD'));
    expect(prices.priceOf('s1', m365, 'EUR')).toEqual(row('138.0000', 'EUR'));
    expect(prices.priceOf('s1', { ...m365, billingCycle: 'annual' }, 'USD')).toEqual(
      row('142.8600', 'USD', 'annual'),
    );
    // the currency and the market unknown (no line in the file): two markets' rows remain (PL-7)
    expect(prices.priceOf('s1', m365, undefined)).toEqual({
      missing:
        '--prices holds 2 markets (DE, US) and no line of it names its customer’s country (CustomerCountry): give --market to price it',
      noMarket: ['DE', 'US'],
    });
    expect(prices.priceOf('s1', m365, undefined, 'de')).toEqual(row('138.0000', 'EUR'));
    expect(prices.priceOf('s1', { ...m365, offerId: 'CFQ7TTC0LH18:0001' }, 'USD')).toEqual({
      missing: '--prices has no row for ProductId CFQ7TTC0LH18, SkuId 0001 (offerId) in USD',
    });
  });

  it('PL-1, PL-3: Partner Center’s list with its dates: the row valid when the current term began (the lock), ±1 ms at a row’s end', async () => {
    const prices = await readPriceList(
      file(
        [
          'ProductId,SkuId,TermDuration,BillingPlan,Market,Currency,UnitPrice,EffectiveStartDate,EffectiveEndDate',
          'CFQ7TTC0LDPB,0001,P1Y,Monthly,US,USD,138.0000,2/1/2023 12:00 AM,6/30/2026 11:59 PM',
          'CFQ7TTC0LDPB,0001,P1Y,Monthly,US,USD,150.0000,7/1/2026 12:00 AM,11/30/9999 11:59 PM',
        ].join('\r\n'),
      ),
    );
    const term = (effectiveStartDate: string, commitmentEndDate: string) =>
      prices.priceOf('s1', { ...m365, effectiveStartDate, commitmentEndDate }, 'USD');
    const row = (UnitPrice: string) => ({
      price: { UnitPrice, Currency: 'USD', TermDuration: 'P1Y', BillingPlan: 'monthly' },
      from: '--prices',
    });
    expect(term('2026-11-20T10:00:00Z', '2027-11-19T00:00:00Z')).toEqual(row('150.0000'));
    expect(term('2026-07-01T00:00:00Z', '2027-06-30T00:00:00Z')).toEqual(row('150.0000'));
    expect(term('2026-06-30T23:59:59.999Z', '2027-06-29T00:00:00Z')).toEqual(row('138.0000'));
    // renewed 2025-08-01: the current term began before July 2026, its price is the old row's
    expect(term('2024-08-01T00:00:00Z', '2026-07-31T00:00:00Z')).toEqual(row('138.0000'));
    expect(term('2022-01-01T00:00:00Z', '2022-12-31T00:00:00Z')).toEqual({
      missing:
        '--prices has no row for ProductId CFQ7TTC0LDPB, SkuId 0001 (offerId) in USD valid at its term’s start 2022-01-01T00:00:00.000Z',
    });
  });

  it('REC-3: the smallest list: a subscription’s own row, which wins over its product’s', async () => {
    const prices = await readPriceList(file(`SubscriptionId,UnitPrice,Currency\ns1,'12.50,USD\n`));
    expect(prices.priceOf('S1', m365, 'USD')).toEqual({
      price: { UnitPrice: '12.50', Currency: 'USD' },
      from: '--prices',
    });
    expect(prices.priceOf('s3', m365, 'USD')).toEqual({
      missing: '--prices has no row for ProductId CFQ7TTC0LDPB, SkuId 0001 (offerId) in USD',
    });
  });

  it('ERR-2: a list without its columns names --prices', async () => {
    await expect(readPriceList(file('ProductId,UnitPrice\nx,1\n'))).rejects.toThrow(UsageError);
    await expect(readPriceList(file('ProductId,UnitPrice\nx,1\n'))).rejects.toThrow(
      '--prices: expected the columns UnitPrice, Currency and SubscriptionId, or ProductId and SkuId',
    );
  });

  describe('properties', () => {
    it('REC-3, PL-2: a resource’s answer is the same asked first or after any others, whatever case its fields are written in and whatever its name says', async () => {
      const path = file(partnerCenter);
      const flip = (text: string, upper: boolean) =>
        upper ? text.toUpperCase() : text.toLowerCase();
      const resource = fc
        .record({
          offer: fc.constantFrom(m365.offerId, 'CFQ7TTC0LH18:0001', 'P:S'),
          term: fc.constantFrom('P1Y', 'P1M'),
          cycle: fc.constantFrom('monthly', 'annual'),
          currency: fc.constantFrom('USD', 'EUR', undefined),
          est: fc.boolean(),
          upper: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        })
        .map(({ offer, term, cycle, currency, est, upper }) => ({
          currency,
          resource: {
            offerId: flip(offer, upper[0] === true),
            termDuration: flip(term, upper[1] === true),
            billingCycle: flip(cycle, upper[2] === true),
            offerName: est ? 'Microsoft 365 Business Standard Extended Service Term' : 'M365',
          },
        }));
      await fc.assert(
        fc.asyncProperty(fc.array(resource, { minLength: 1, maxLength: 12 }), async (asked) => {
          const shared = await readPriceList(path);
          for (const { resource, currency } of asked) {
            const alone = await readPriceList(path);
            expect(shared.priceOf('s1', resource, currency)).toEqual(
              alone.priceOf('s1', resource, currency),
            );
          }
        }),
        { numRuns: 40 },
      );
    });

    it('a price written with more trailing zeros is the same price, never two', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 99_999 }), fc.nat(4), async (cents, zeros) => {
          const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
          const prices = await readPriceList(
            file(
              `ProductId,SkuId,UnitPrice,Currency\nP,S,${text},USD\nP,S,${text}${'0'.repeat(zeros)},USD\n`,
            ),
          );
          expect(prices.priceOf('x', { offerId: 'P:S' }, 'USD')).toEqual({
            price: { UnitPrice: text, Currency: 'USD' },
            from: '--prices',
          });
        }),
        { numRuns: 30 },
      );
    });
  });
});
