import * as fc from 'fast-check';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { END_OF_INSTANTS } from '../../kernel/units.ts';
import { policyInForceAt } from '../../policy/policyInForceAt.ts';
import type { BillingCycle, LegacyPolicy, Product } from '../../policy/types.ts';
import type { CurrencyCode } from '../../pricing/CurrencyCode.ts';
import type { Money } from '../../pricing/money.ts';
import type { LegacyPurchase } from '../../refunds/Purchase.ts';
import { formatInstant } from '../../time/formatInstant.ts';
import type { Term } from '../../time/Term.ts';
import { money } from '../money.ts';

/**
 * Legacy purchases (REF-1 … REF-11) ordered in [from, to]: a product, a billing cycle where the
 * policy requires one (and sometimes where it does not), sometimes a term from the product's list
 * and a price, with `currentTermEnds` sometimes a `currentTermEnd` after `to`, and with `stated`
 * draws sometimes the full-credit end Partner Center states (PCR-1). `fixed` is the caller's
 * policy; without one, the policy in force at each order.
 */
export function legacyPurchase(
  products: readonly Product[],
  from: number,
  to: number,
  currencies: readonly CurrencyCode[] | undefined,
  fixed: LegacyPolicy | undefined,
  currentTermEnds: boolean,
  termEndAfter: fc.Arbitrary<number | undefined>,
  stated: fc.Arbitrary<readonly [number, number] | undefined>,
): fc.Arbitrary<LegacyPurchase> {
  return fc
    .record({
      product: fc.constantFrom(...products),
      orderedMs: fc.oneof(
        { arbitrary: fc.integer({ min: from, max: to }), weight: 8 },
        { arbitrary: fc.constantFrom(from, to), weight: 1 },
      ),
      cycle: fc.constantFrom<BillingCycle>('monthly', 'annual'),
      withCycle: fc.boolean(),
      term: fc.nat(),
      withTerm: fc.boolean(),
      price: fc.option(money({ currencies }), { nil: undefined }),
      termEndAfter,
      stated,
    })
    .map((draw) => {
      const policy = fixed ?? policyInForceAt(draw.orderedMs);
      const rules = policy.products[draw.product];
      if (rules === undefined) {
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'constraints.policy',
          'expected rules for {product}',
          policy.id,
          draw.product,
        );
      }
      const terms = rules.terms ?? [];
      const out: {
        product: Product;
        orderedAt: string;
        billingCycle?: BillingCycle;
        term?: Term;
        price?: Money;
        currentTermEnd?: string;
        fullCreditUntil?: string;
      } = { product: draw.product, orderedAt: formatInstant(draw.orderedMs, 'orderedAt') };
      if (rules.billingCycleRequired || draw.withCycle) out.billingCycle = draw.cycle;
      if (terms.length > 0 && draw.withTerm) out.term = terms[draw.term % terms.length] as Term;
      if (draw.price !== undefined) out.price = draw.price;
      if (
        currentTermEnds &&
        terms.length > 0 &&
        draw.termEndAfter !== undefined &&
        to + draw.termEndAfter < END_OF_INSTANTS
      ) {
        out.currentTermEnd = formatInstant(to + draw.termEndAfter, 'currentTermEnd');
      }
      if (draw.stated !== undefined && draw.orderedMs + draw.stated[1] < END_OF_INSTANTS)
        out.fullCreditUntil = formatInstant(draw.orderedMs + draw.stated[1], 'fullCreditUntil');
      return out;
    });
}
