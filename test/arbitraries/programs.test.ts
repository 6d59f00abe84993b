import fc from 'fast-check';
import { fromPartnerCenterSubscription } from 'subscription-rules';
import {
  partnerCenterSubscription,
  policy,
  purchase,
  subscription,
  subscriptionEvent,
} from 'subscription-rules/arbitraries';
import { describe, expect, it } from 'vitest';
import { ruleErrorOf } from '../_errors.ts';

/** Every arbitrary that takes a program, called with one. */
const takers: readonly [string, (program: never) => fc.Arbitrary<unknown>][] = [
  ['policy', (program) => policy({ program })],
  ['purchase', (program) => purchase({ program })],
  ['subscription', (program) => subscription({ program })],
  ['subscriptionEvent', (program) => subscriptionEvent({ program })],
  ['partnerCenterSubscription', (program) => partnerCenterSubscription({ program })],
];

describe('program', () => {
  it('NCE-1: every arbitrary takes the same program values, legacy and new-commerce, and refuses any other the same way', () => {
    for (const [name, make] of takers) {
      for (const program of ['legacy', 'new-commerce'] as never[])
        expect(fc.sample(make(program), { numRuns: 3, seed: 1 }), name).toHaveLength(3);
      for (const other of ['any', 'newCommerce', 'Legacy', ''] as never[]) {
        const error = ruleErrorOf(() => make(other));
        expect([name, error.code, error.path, error.message]).toEqual([
          name,
          'INVALID_ARGUMENT',
          'constraints.program',
          `constraints.program: expected one of "legacy", "new-commerce", got ${JSON.stringify(other)}`,
        ]);
      }
    }
  });

  describe('properties', () => {
    it('NCE-1: a resource drawn for a program is read as that program', () => {
      for (const program of ['legacy', 'new-commerce'] as const)
        fc.assert(
          fc.property(partnerCenterSubscription({ program }), (resource) => {
            const asOf = new Date(Date.parse(resource.effectiveStartDate) + 86_400_000);
            expect(fromPartnerCenterSubscription(resource, { asOf }).subscription.program).toBe(
              program,
            );
          }),
          { numRuns: 50 },
        );
    });
  });
});
