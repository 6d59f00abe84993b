import * as fc from 'fast-check';
import { requireOneOf } from '../kernel/requireOneOf.ts';
import { MS_PER_DAY } from '../kernel/units.ts';
import type { PartnerCenterSubscription } from '../partnerCenter/PartnerCenterSubscription.ts';
import { NEW_COMMERCE_BILLING } from '../policy/vocabulary/newCommerceBilling.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../policy/vocabulary/newCommerceTerms.ts';
import { PROGRAMS, type Program } from '../policy/vocabulary/programs.ts';
import { newCommerceTermEndAt } from '../time/newCommerceTermEndAt.ts';
import { termEndAt } from '../time/termEndAt.ts';
import { readConstraints } from './_internal/readConstraints.ts';

/** Options of {@link partnerCenterSubscription}. */
export interface PartnerCenterSubscriptionConstraints {
  /**
   * Which program's resources, the same values every arbitrary takes: `'legacy'` (marketplace
   * SaaS, 2019–2021) or `'new-commerce'` (licence-based, software subscriptions, marketplace SaaS,
   * 2022–2026).
   *
   * @defaultValue both programs, about half each
   */
  readonly program?: Program | undefined;
}

const STATUSES = ['active', 'active', 'active', 'suspended', 'expired', 'disabled', 'deleted'];

/** An instant as the API writes it: 7 fractional digits and `Z` or `+00:00`, or 3 and `Z`. */
function wire(ms: number, form: number): string {
  const text = new Date(ms).toISOString();
  if (form === 0) return text;
  const seven = `${text.slice(0, 23)}${String(ms % 7919).padStart(4, '0')}`;
  return form === 1 ? `${seven}Z` : `${seven}+00:00`;
}

/** `value` with its first letter capitalised (`upper`), as some API fields write enum values. */
const cased = (value: string, upper: boolean): string =>
  upper ? value.charAt(0).toUpperCase() + value.slice(1) : value;

const legacy: fc.Arbitrary<PartnerCenterSubscription> = fc
  .record({
    start: fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2021, 11, 31) }),
    annual: fc.boolean(),
    status: fc.constantFrom('active', 'active', 'expired', 'deleted'),
    autoRenew: fc.boolean(),
    form: fc.integer({ min: 0, max: 2 }),
    full: fc.boolean(),
  })
  .map(({ start, annual, status, autoRenew, form, full }) => ({
    id: `legacy-${start}`,
    quantity: 1,
    unitType: 'Licenses',
    effectiveStartDate: wire(start, form),
    commitmentEndDate: wire(termEndAt(start, annual ? 'P1Y' : 'P1M', 1), form),
    status,
    autoRenewEnabled: autoRenew,
    isTrial: false,
    billingType: 'license',
    billingCycle: annual ? 'annual' : 'monthly',
    termDuration: annual ? 'P1Y' : 'P1M',
    isMicrosoftProduct: false,
    ...(full
      ? { refundOptions: [{ type: 'Full', expiresAt: wire(start + MS_PER_DAY, form) }] }
      : {}),
  }));

const newCommerce: fc.Arbitrary<PartnerCenterSubscription> = fc
  .constantFrom(
    ...Object.entries(NEW_COMMERCE_BILLING).flatMap(([product, terms]) =>
      Object.entries(terms).flatMap(([term, cycles]) =>
        (cycles as readonly string[]).map((cycle) => ({ product, term, cycle })),
      ),
    ),
  )
  .chain((sold) =>
    fc.record({
      sold: fc.constant(sold),
      start: fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2026, 11, 31) }),
      quantity: fc.integer({ min: 1, max: sold.product === 'license-based' ? 300 : 5 }),
      status: fc.constantFrom(...STATUSES),
      autoRenew: fc.boolean(),
      form: fc.integer({ min: 0, max: 2 }),
      upper: fc.boolean(),
      scheduled: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
      // the stated cancellation window in days (null: not cancellable), and a stated full refund
      window: fc.constantFrom<number | null>(7, 7, 3, 30, null),
      full: fc.boolean(),
      // seats still reducible, a batch each: the days after the start their windows end
      batches: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
    }),
  )
  .map(
    ({
      sold,
      start,
      quantity,
      status,
      autoRenew,
      form,
      upper,
      scheduled,
      window,
      full,
      batches,
    }) => {
      const months = NEW_COMMERCE_TERM_MONTHS[sold.term as keyof typeof NEW_COMMERCE_TERM_MONTHS];
      const lastDay = newCommerceTermEndAt(start, months, 1) - MS_PER_DAY;
      return {
        id: `nce-${start}`,
        quantity,
        unitType: 'Licenses',
        productType:
          sold.product === 'software-subscription'
            ? { id: 'Software', displayName: 'Software' }
            : { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
        effectiveStartDate: wire(start, form),
        commitmentEndDate: `${new Date(lastDay).toISOString().slice(0, 10)}T00:00:00Z`,
        cancellationAllowedUntilDate:
          window === null
            ? null
            : `${new Date(start + window * MS_PER_DAY).toISOString().slice(0, 10)}T23:59:00Z`,
        ...(full
          ? {
              refundOptions: [
                {
                  type: 'Full',
                  expiresAt: `${new Date(start + MS_PER_DAY).toISOString().slice(0, 10)}T00:00:00Z`,
                },
              ],
            }
          : {}),
        // Partner Center lists the reducible batches newest first
        ...(sold.product === 'license-based' && batches.length > 0 && batches.length <= quantity
          ? {
              refundableQuantity: {
                totalQuantity: batches.length,
                details: [...batches]
                  .sort((a, b) => b - a)
                  .map((days) => ({
                    quantity: 1,
                    allowedUntilDateTime: wire(start + days * MS_PER_DAY, form),
                  })),
              },
            }
          : {}),
        status: cased(status, upper),
        autoRenewEnabled: autoRenew,
        isTrial: false,
        billingType: 'license',
        billingCycle: cased(sold.cycle, upper),
        termDuration: sold.term,
        isMicrosoftProduct: sold.product !== 'marketplace-saas',
        ...(scheduled === undefined
          ? {}
          : {
              scheduledNextTermInstructions: {
                product: { billingCycle: cased(sold.cycle, true), termDuration: sold.term },
                quantity: sold.product === 'license-based' ? scheduled : 1,
              },
            }),
      };
    },
  );

/**
 * Partner Center Subscription resources as the API returns them (PCR-1), of both programs by
 * default, about half each: legacy marketplace SaaS (one seat) and New Commerce licence-based
 * (1 to 300 seats), software and SaaS subscriptions in every status the reader takes, with sold
 * term and billing combinations, instants in the API's 7-digit forms, enum values sometimes
 * capitalised, scheduled renewals, stated windows (`cancellationAllowedUntilDate`, some `null`,
 * some other than the rules'; a `Full` entry of `refundOptions`) and the API's extra fields. The
 * resource is the API's JSON whatever its program, so the type is one: the reader tells the
 * programs apart by their fields.
 *
 * @param constraints - Which program.
 * @returns An arbitrary of resources that `fromPartnerCenterSubscription` reads at any instant
 *   from their `effectiveStartDate` on — for an `active` or `suspended` one, before the end of
 *   the term its `commitmentEndDate` states (the resource was fetched while it ran).
 * @throws `RuleError` `INVALID_ARGUMENT` for an unknown program.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { fromPartnerCenterSubscription } from 'subscription-rules';
 * import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
 * fc.sample(partnerCenterSubscription({ program: 'legacy' }), 1)[0]?.billingType;
 * //=> 'license'
 * const programs = fc
 *   .sample(partnerCenterSubscription(), { seed: 1, numRuns: 100 })
 *   .map((resource) => {
 *     const asOf = new Date(Date.parse(resource.effectiveStartDate) + 86_400_000);
 *     return fromPartnerCenterSubscription(resource, { asOf }).subscription.program;
 *   });
 * [...new Set(programs)].sort();
 * //=> ['legacy', 'new-commerce']
 * ```
 * @category Arbitraries
 */
export function partnerCenterSubscription(
  constraints?: PartnerCenterSubscriptionConstraints,
): fc.Arbitrary<PartnerCenterSubscription> {
  const given = readConstraints(constraints).program;
  const program =
    given === undefined ? undefined : requireOneOf(given, PROGRAMS, 'constraints.program');
  return program === 'legacy'
    ? legacy
    : program === 'new-commerce'
      ? newCommerce
      : fc.oneof(legacy, newCommerce);
}
