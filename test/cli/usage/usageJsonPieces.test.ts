import fc from 'fast-check';
import { reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { usageJson, usageJsonPieces } from '../../_private.ts';
import { reconRow, usageRow } from '../../usage/_rows.ts';

describe('usage --json item by item', () => {
  it('USG-7: the pieces joined by line breaks are JSON.stringify’s bytes, for any file of days, meters, prices and invoices', () => {
    const day = fc.record({
      UsageDate: fc.constantFrom('2026-11-01', '2026-11-15', '2026-11-30', '2026-12-01'),
      EntitlementId: fc.constantFrom('azure-1', 'azure-2'),
      MeterName: fc.constantFrom('D2s v5', 'E4 v5', 'Blob "hot"\nstorage'),
      PartnerEarnedCreditPercentage: fc.constantFrom('0', '15'),
      EffectiveUnitPrice: fc.constantFrom('0.17', '0.20', '0.2'),
      BillingPreTaxTotal: fc.constantFrom('4.08', '4.80', '4.81', 'x'),
    });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 12 }), fc.boolean(), (days, withInvoice) => {
        const result = reconcileUsage(
          days.map((d) => usageRow(d)),
          withInvoice ? [reconRow({ EffectiveUnitPrice: '0.17', Subtotal: '8.88' })] : null,
        );
        expect([...usageJsonPieces(result)].join('\n')).toBe(usageJson(result));
      }),
    );
  });
});
