import * as fc from 'fast-check';
import { readConstraints } from './_internal/readConstraints.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';

/** Options of {@link promotionResource}. */
export interface PromotionResourceConstraints {
  /**
   * The most required products of a promotion.
   *
   * @defaultValue `3`
   */
  readonly maxProducts?: number | undefined;
}

/** The terms and billing cycles a promotion names, as Partner Center writes them. */
const TERMS = [
  ['P1M', 'Monthly'],
  ['P1Y', 'Monthly'],
  ['P1Y', 'Annual'],
  ['P3Y', 'Annual'],
] as const;
const DAY = 86_400_000;
const FIRST = Date.UTC(2023, 0, 1);

/** An instant as the promotion resource writes one: seconds and `+00:00`. */
const written = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}+00:00`;

/**
 * Partner Center promotion resources (PL-5) as the promotions API returns them, for property tests
 * of what reads and applies them: an id of three parts, a window of whole days (`startDate` at
 * midnight, `endDate` at the last second of its day), one to `maxProducts` required products with
 * a term and billing cycle, and one `PercentDiscount` policy each — its type under `type` or under
 * `policyType` (the documentation and the JSON disagree), its value a fraction as text from
 * `"0.01"` to `"0.5"` — plus keys the reader keeps (`name`, `description`). Every resource drawn
 * is one `parsePromotion` reads.
 *
 * @param constraints - `{ maxProducts }`.
 * @returns The arbitrary.
 * @throws `RuleError` `INVALID_ARGUMENT` at `constraints` or `constraints.maxProducts.max` for
 *   bad constraints.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { parsePromotion } from 'subscription-rules/schemas';
 * import { promotionResource } from 'subscription-rules/arbitraries';
 * const [resource] = fc.sample(promotionResource(), { seed: 1, numRuns: 1 });
 * parsePromotion(resource).ok;
 * //=> true
 * ```
 * @category Prices over time
 */
export function promotionResource(
  constraints?: PromotionResourceConstraints,
): fc.Arbitrary<Record<string, unknown>> {
  const options = readConstraints(constraints);
  const [, maxProducts] = readIntegerRange(
    1,
    options.maxProducts,
    [1, 3],
    'constraints.maxProducts',
    1,
  );
  const product = fc.record({
    product: fc.integer({ min: 0, max: 99 }),
    sku: fc.integer({ min: 1, max: 9 }),
    term: fc.constantFrom(...TERMS),
    percent: fc.integer({ min: 1, max: 50 }),
    key: fc.constantFrom('type', 'policyType'),
  });
  return fc
    .record({
      id: fc.stringMatching(/^[0-9A-Z]{12}$/),
      start: fc.integer({ min: 0, max: 1500 }),
      days: fc.integer({ min: 1, max: 120 }),
      products: fc.array(product, { minLength: 1, maxLength: maxProducts }),
      name: fc.constantFrom('New customers', 'Visio Plan 1', 'Annual, billed monthly'),
    })
    .map(({ id, start, days, products, name }) => {
      const startMs = FIRST + start * DAY;
      return {
        id: `${id}:0001:${id.split('').reverse().join('')}`,
        name,
        description: `${name}: a discount for a limited time`,
        startDate: written(startMs),
        endDate: written(startMs + days * DAY - 1000),
        requiredProducts: products.map((p) => ({
          productId: `CFQ7TTC0${String(p.product).padStart(4, '0')}`,
          skuId: String(p.sku).padStart(4, '0'),
          term: { duration: p.term[0], billingCycle: p.term[1] },
          pricingPolicies: [
            {
              [p.key]: 'PercentDiscount',
              value: `0.${String(p.percent).padStart(2, '0')}`,
            },
          ],
        })),
      };
    });
}
