import * as fc from 'fast-check';
import { END_OF_INSTANTS } from '../../kernel/units.ts';
import type { BILLING_FREQUENCY_MONTHS } from '../../policy/vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_BILLING } from '../../policy/vocabulary/newCommerceBilling.ts';
import type { NewCommerceProduct } from '../../policy/vocabulary/newCommerceProducts.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../policy/vocabulary/newCommerceTerms.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import type { NewCommercePurchase } from '../../refunds/Purchase.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import { newCommerceTermEndAt } from '../../time/newCommerceTermEndAt.ts';
import { money } from '../money.ts';

/**
 * New Commerce purchases (NCE-2, NCE-4) ordered in [from, to]: a product, for a subscription a
 * term and billing frequency of the NCE-2 table and, with `renewals`, sometimes a renewed term's
 * `termStart` (one or two terms after the order), sometimes a quantity and a unit price (their product a safe
 * integer), with `currentTermEnds` sometimes a `currentTermEnd` after `to`, and with `stated`
 * draws sometimes the windows Partner Center states (PCR-1).
 */
export function newCommercePurchase(
  products: readonly NewCommerceProduct[],
  from: number,
  to: number,
  currencies: readonly CurrencyCode[] | undefined,
  currentTermEnds: boolean,
  renewals: boolean,
  termEndAfter: fc.Arbitrary<number | undefined>,
  stated: fc.Arbitrary<readonly [number, number] | undefined>,
): fc.Arbitrary<NewCommercePurchase> {
  return fc
    .record({
      product: fc.constantFrom(...products),
      orderedMs: fc.oneof(
        { arbitrary: fc.integer({ min: from, max: to }), weight: 8 },
        { arbitrary: fc.constantFrom(from, to), weight: 1 },
      ),
      pick: fc.nat(),
      renewals: fc.nat({ max: 2 }),
      quantity: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
      price: fc.option(money({ currencies, min: 0, max: 100_000_000 }), { nil: undefined }),
      termEndAfter,
      stated,
    })
    .map((draw) => {
      const out: Record<string, unknown> = {
        program: 'new-commerce',
        product: draw.product,
        orderedAt: formatInstant(draw.orderedMs, 'orderedAt'),
      };
      if (draw.product !== 'software-perpetual' && draw.product !== 'marketplace-usage') {
        const table: Readonly<Record<string, readonly string[]>> =
          NEW_COMMERCE_BILLING[draw.product];
        const terms = Object.keys(table) as (keyof typeof NEW_COMMERCE_TERM_MONTHS)[];
        const term = terms[draw.pick % terms.length] as keyof typeof NEW_COMMERCE_TERM_MONTHS;
        const frequencies = table[term] as (keyof typeof BILLING_FREQUENCY_MONTHS)[];
        out.term = term;
        out.billingFrequency = frequencies[Math.floor(draw.pick / 4) % frequencies.length];
        if (renewals && draw.renewals > 0) {
          const months = NEW_COMMERCE_TERM_MONTHS[term];
          const startMs = newCommerceTermEndAt(draw.orderedMs, months, draw.renewals);
          if (startMs <= to) out.termStart = formatInstant(startMs, 'termStart');
        }
        if (currentTermEnds && draw.termEndAfter !== undefined) {
          out.currentTermEnd = formatInstant(to + draw.termEndAfter, 'currentTermEnd');
        }
        const startMs =
          out.termStart === undefined ? draw.orderedMs : Date.parse(out.termStart as string);
        // stated windows (PCR-1): kind 0 not cancellable, 1 a cancellation end, 2 a full-credit
        // end, 3 both (the full credit ending first)
        if (draw.stated !== undefined && startMs + draw.stated[1] < END_OF_INSTANTS) {
          const [kind, after] = draw.stated;
          if (kind === 0) out.cancellableUntil = null;
          if (kind === 1 || kind === 3)
            out.cancellableUntil = formatInstant(startMs + after, 'cancellableUntil');
          if (kind >= 2)
            out.fullCreditUntil = formatInstant(
              startMs + Math.floor(after / (kind - 1)),
              'fullCreditUntil',
            );
        }
      }
      if (draw.quantity !== undefined) out.quantity = draw.quantity;
      if (draw.price !== undefined) out.price = draw.price;
      return out as unknown as NewCommercePurchase;
    });
}
