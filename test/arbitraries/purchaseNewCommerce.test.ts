import fc from 'fast-check';
import { cancellationDecision } from 'subscription-rules';
import { purchase } from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';

const DAY = 86_400_000;

/** The start of the purchase's current term: `termStart`, else `orderedAt` (NCE-4). */
function termStartOf(p: object): string {
  const fields = p as { termStart?: string; orderedAt: string };
  return fields.termStart ?? fields.orderedAt;
}

describe('purchase({ program: "new-commerce" })', () => {
  it('NCE-2: every sample is a New Commerce purchase; every product comes up, renewed terms too', () => {
    const samples = fc.sample(purchase({ program: 'new-commerce', renewals: true }), {
      seed: 7,
      numRuns: 300,
    });
    expect(new Set(samples.map((p) => p.product)).size).toBe(5);
    for (const p of samples) expect((p as { program?: string }).program).toBe('new-commerce');
    expect(samples.some((p) => 'termStart' in p)).toBe(true);
  });

  it('ERR-1: a legacy product with program new-commerce is a RuleError naming the field', () => {
    expect(
      errorOf(() => purchase({ program: 'new-commerce', products: ['windows-7-esu' as never] })),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'constraints.products.0' });
  });

  describe('properties', () => {
    it('NCE-4: cancellationDecision answers every sample, never throws, for any at from the term start on', () => {
      fc.assert(
        fc.property(
          purchase({ program: 'new-commerce', renewals: true }),
          fc.integer({ min: 0, max: 4 * 366 * DAY }),
          (p, wait) => {
            const at = new Date(Date.parse(termStartOf(p)) + wait).toISOString();
            const decision = cancellationDecision(p, at);
            expect(decision.message.length).toBeGreaterThan(0);
          },
        ),
      );
    });

    it('NCE-4: with currentTermEnds, the decision answers for any at from the term start to `to`', () => {
      const to = '2026-01-01T00:00:00.000Z';
      fc.assert(
        fc.property(
          purchase({
            program: 'new-commerce',
            from: '2023-01-01T00:00:00Z',
            to,
            currentTermEnds: true,
          }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (p, share) => {
            const start = Date.parse(termStartOf(p));
            const at = new Date(start + Math.floor((Date.parse(to) - start) * share)).toISOString();
            expect(cancellationDecision(p, at).message.length).toBeGreaterThan(0);
          },
        ),
      );
    });
  });
});
