import fc from 'fast-check';
import {
  advance,
  cancellationDecision,
  fromPartnerCenterSubscription,
  type Purchase,
  partnerCenterPolicies,
  transition,
} from 'subscription-rules';
import { partnerCenterSubscription, purchase, subscription } from 'subscription-rules/arbitraries';
import { parsePurchase, parseSubscription } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { readableAsOf } from '../partnerCenter/_samples.ts';
import { accepted } from './_check.ts';

const DAY = 86_400_000;

/** How many of `drawn` are of each program, and how many New Commerce ones hold more than one seat. */
function shares(drawn: readonly object[]): {
  legacy: number;
  newCommerce: number;
  severalSeats: number;
} {
  const nce = drawn.filter((value) => programOf(value) === 'new-commerce');
  return {
    legacy: drawn.filter((value) => programOf(value) === 'legacy').length,
    newCommerce: nce.length,
    severalSeats: nce.filter((value) => ((value as { quantity?: number }).quantity ?? 1) > 1)
      .length,
  };
}

/** A value's program: `program`, absent meaning `legacy` (NCE-1). */
const programOf = (value: object): string => (value as { program?: string }).program ?? 'legacy';

/** A fair share of 300 draws: a binomial(300, ½) count falls outside 100 … 200 about once in 10⁸. */
const FAIR = [100, 200] as const;

/** The start of a purchase's current term: `termStart`, else `orderedAt` (NCE-4). */
const termStartOf = (bought: Purchase): string =>
  String(('termStart' in bought ? bought.termStart : undefined) ?? bought.orderedAt);

/** The cents a decision credits, 0 when it credits nothing. */
const creditOf = (bought: Purchase, at: string): number => {
  const decision = cancellationDecision(bought, at);
  return 'credit' in decision ? (decision.credit?.amount ?? 0) : 0;
};

describe('both programs by default', () => {
  it('PCR details: 300 draws of purchase() hold both programs, a fair share each, New Commerce ones with several seats among them', () => {
    const { legacy, newCommerce, severalSeats } = shares(
      fc.sample(purchase(), { seed: 20_261_128, numRuns: 300 }),
    );
    expect(legacy + newCommerce).toBe(300);
    expect(legacy).toBeGreaterThanOrEqual(FAIR[0]);
    expect(newCommerce).toBeGreaterThanOrEqual(FAIR[0]);
    expect(newCommerce).toBeLessThanOrEqual(FAIR[1]);
    expect(severalSeats).toBeGreaterThan(newCommerce / 2);
  });

  it('PCR details: 300 draws of subscription() hold both programs, a fair share each, New Commerce ones with several seats among them', () => {
    const { legacy, newCommerce, severalSeats } = shares(
      fc.sample(subscription(), { seed: 20_261_128, numRuns: 300 }),
    );
    expect(legacy + newCommerce).toBe(300);
    expect(legacy).toBeGreaterThanOrEqual(FAIR[0]);
    expect(newCommerce).toBeGreaterThanOrEqual(FAIR[0]);
    expect(newCommerce).toBeLessThanOrEqual(FAIR[1]);
    expect(severalSeats).toBeGreaterThan(newCommerce / 2);
  });

  it('PCR details: 300 draws of partnerCenterSubscription() hold both programs, a fair share each, New Commerce ones with several seats among them', () => {
    const read = fc
      .sample(partnerCenterSubscription(), { seed: 20_261_128, numRuns: 300 })
      .map((resource) => {
        const asOf = new Date(Date.parse(resource.effectiveStartDate) + DAY);
        const { program } = fromPartnerCenterSubscription(resource, { asOf }).subscription;
        return { program, quantity: resource.quantity };
      });
    const { legacy, newCommerce, severalSeats } = shares(read);
    expect(legacy + newCommerce).toBe(300);
    expect(legacy).toBeGreaterThanOrEqual(FAIR[0]);
    expect(newCommerce).toBeGreaterThanOrEqual(FAIR[0]);
    expect(newCommerce).toBeLessThanOrEqual(FAIR[1]);
    expect(severalSeats).toBeGreaterThan(newCommerce / 2);
  });

  it('PCR details: { program } keeps to that program; products without a program go to the programs that sell them', () => {
    const programsOf = (drawn: readonly object[]) => [...new Set(drawn.map(programOf))].sort();
    const draw = { seed: 5, numRuns: 100 };
    expect(programsOf(fc.sample(purchase({ program: 'legacy' }), draw))).toEqual(['legacy']);
    expect(programsOf(fc.sample(purchase({ program: 'new-commerce' }), draw))).toEqual([
      'new-commerce',
    ]);
    expect(programsOf(fc.sample(subscription({ program: 'legacy' }), draw))).toEqual(['legacy']);
    expect(programsOf(fc.sample(subscription({ program: 'new-commerce' }), draw))).toEqual([
      'new-commerce',
    ]);
    // windows-7-esu is sold under the legacy program only, license-based under New Commerce only
    expect(programsOf(fc.sample(purchase({ products: ['windows-7-esu'] }), draw))).toEqual([
      'legacy',
    ]);
    expect(programsOf(fc.sample(purchase({ products: ['license-based'] }), draw))).toEqual([
      'new-commerce',
    ]);
    expect(
      programsOf(fc.sample(purchase({ products: ['marketplace-saas', 'windows-7-esu'] }), draw)),
    ).toEqual(['legacy', 'new-commerce']);
    expect(
      programsOf(fc.sample(subscription({ products: ['windows-7-esu'], maxEvents: 0 }), draw)),
    ).toEqual(['legacy']);
    expect(
      programsOf(fc.sample(subscription({ products: ['license-based'], maxEvents: 0 }), draw)),
    ).toEqual(['new-commerce']);
    // a policy is one program's: a purchase follows it, a state under a policy is a legacy one
    const [legacyPolicy, , newCommercePolicy] = partnerCenterPolicies;
    expect(programsOf(fc.sample(purchase({ policy: legacyPolicy }), draw))).toEqual(['legacy']);
    expect(programsOf(fc.sample(purchase({ policy: newCommercePolicy }), draw))).toEqual([
      'new-commerce',
    ]);
    expect(
      programsOf(fc.sample(subscription({ policy: legacyPolicy, maxEvents: 0 }), draw)),
    ).toEqual(['legacy']);
  });

  it('ERR-1: a product no program sells is a RuleError naming it, with or without a program', () => {
    for (const program of [undefined, 'legacy', 'new-commerce'] as const) {
      expect(errorOf(() => purchase({ program, products: ['office' as never] }))).toEqual({
        code: 'INVALID_ARGUMENT',
        path: 'constraints.products.0',
      });
      expect(
        errorOf(() => subscription({ program, products: ['software-perpetual' as never] })),
      ).toEqual({ code: 'INVALID_ARGUMENT', path: 'constraints.products.0' });
    }
  });

  describe('properties', () => {
    it('PCR details: every drawn purchase, of either program, is accepted unchanged by parsePurchase and answered by cancellationDecision from its term start on', () => {
      fc.assert(
        fc.property(purchase(), fc.integer({ min: 0, max: 4 * 366 * DAY }), (bought, wait) => {
          expect(accepted(parsePurchase, bought)).toEqual(bought);
          const at = new Date(Date.parse(termStartOf(bought)) + wait).toISOString();
          expect(cancellationDecision(bought, at).message.length).toBeGreaterThan(0);
        }),
      );
    });

    it('PCR details: a credit is never negative nor more than the price paid for every seat, in both programs', () => {
      fc.assert(
        fc.property(purchase(), fc.nat({ max: 400 * DAY }), (bought, wait) => {
          const at = new Date(Date.parse(termStartOf(bought)) + wait).toISOString();
          const cents = creditOf(bought, at);
          expect(cents).toBeGreaterThanOrEqual(0);
          expect(cents).toBeLessThanOrEqual((bought.price?.amount ?? 0) * (bought.quantity ?? 1));
        }),
      );
    });

    it('PCR details: a law that forgets the seats (a credit is at most one seat’s price) fails, and on a New Commerce purchase', () => {
      const run = fc.check(
        fc.property(purchase(), (bought) => {
          return creditOf(bought, termStartOf(bought)) <= (bought.price?.amount ?? 0);
        }),
        { seed: 20_261_122, numRuns: 1_000 },
      );
      expect(run.failed).toBe(true);
      expect(run.counterexample?.[0]).toMatchObject({ program: 'new-commerce' });
      // the same wrong law over legacy purchases alone never meets a second seat
      expect(
        fc.check(
          fc.property(purchase({ program: 'legacy' }), (bought) => {
            return creditOf(bought, termStartOf(bought)) <= (bought.price?.amount ?? 0);
          }),
          { seed: 20_261_122, numRuns: 1_000 },
        ).failed,
      ).toBe(false);
    });

    it('PCR details: every drawn state, of either program, is accepted unchanged by parseSubscription and keeps its program through transition and advance', () => {
      fc.assert(
        fc.property(subscription(), fc.nat({ max: 400 * DAY }), (state, wait) => {
          expect(accepted(parseSubscription, state)).toEqual(state);
          const at = new Date(Date.parse(state.asOf) + wait).toISOString();
          const cancelled = transition(state, { type: 'cancel', at });
          if (cancelled.ok) expect(cancelled.subscription.program).toBe(state.program);
          expect(advance(state, at).subscription.program).toBe(state.program);
        }),
      );
    });

    it('PCR details: drawn resources read with fromPartnerCenterSubscription, legacy and New Commerce alike, at any instant from their start that their status allows', () => {
      fc.assert(
        fc.property(
          partnerCenterSubscription(),
          fc.integer({ min: 0, max: 900 * DAY }),
          (resource, after) => {
            // an active or suspended resource was fetched before the term it states ended
            const asOf = readableAsOf(resource, after);
            const { subscription: state } = fromPartnerCenterSubscription(resource, { asOf });
            expect(['legacy', 'new-commerce']).toContain(state.program);
            expect(state.quantity).toBe(resource.quantity);
          },
        ),
      );
    });
  });
});
