import { fc } from '@fast-check/vitest';
import { reconRow } from '../../usage/_rows.ts';

/**
 * An invoice file's usage row of one of a few Azure plans (one written in capitals, one of no
 * plan), invoices and products: a row of no meter is a usage line when its product is the usage
 * file's, any plan's (USG-4).
 *
 * @param plans - The plans' SubscriptionIds the rows name.
 * @returns The arbitrary.
 */
export function invoiceLine(plans: readonly string[]): fc.Arbitrary<Record<string, string>> {
  return fc
    .record({
      plan: fc.constantFrom(...plans),
      subtotal: fc.integer({ min: 0, max: 2_000 }),
      invoice: fc.constantFrom('G000000001', 'G000000003'),
      other: fc.boolean(),
      meter: fc.boolean(),
    })
    .map((r) =>
      reconRow({
        SubscriptionId: r.plan,
        InvoiceNumber: r.invoice,
        EffectiveUnitPrice: '0.17',
        Subtotal: (r.subtotal / 100).toFixed(2),
        ...(r.other ? { ProductId: 'DZH318Z0BQ4B' } : {}),
        ...(r.meter ? {} : { MeterDescription: '' }),
      }),
    );
}
