import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPriceList, UsageError } from '../../_private.ts';

const dir = mkdtempSync(join(tmpdir(), 'prices-'));
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
    });
    expect(prices.priceOf('s1', m365, 'USD')).toEqual(row('150.0000', 'USD'));
    expect(prices.priceOf('s1', m365, 'EUR')).toEqual(row('138.0000', 'EUR'));
    expect(prices.priceOf('s1', { ...m365, billingCycle: 'annual' }, 'USD')).toEqual(
      row('142.8600', 'USD', 'annual'),
    );
    // the currency unknown (no line in the file): two rows remain
    expect(prices.priceOf('s1', m365, undefined)).toEqual({
      missing:
        '--prices has 2 prices for ProductId CFQ7TTC0LDPB, SkuId 0001 (offerId): 150.0000 USD, 138.0000 EUR',
    });
    expect(prices.priceOf('s1', { ...m365, offerId: 'CFQ7TTC0LH18:0001' }, 'USD')).toEqual({
      missing: '--prices has no row for ProductId CFQ7TTC0LH18, SkuId 0001 (offerId) in USD',
    });
  });

  it('REC-3: the smallest list: a subscription’s own row, which wins over its product’s', async () => {
    const prices = await readPriceList(file(`SubscriptionId,UnitPrice,Currency\ns1,'12.50,USD\n`));
    expect(prices.priceOf('S1', m365, 'USD')).toEqual({
      price: { UnitPrice: '12.50', Currency: 'USD' },
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
          });
        }),
        { numRuns: 30 },
      );
    });
  });
});
