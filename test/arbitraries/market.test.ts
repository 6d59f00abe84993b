import fc from 'fast-check';
import { resolveMarket } from 'subscription-rules';
import { market } from 'subscription-rules/arbitraries';
import { parseCustomer } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { marketNames } from '../_private.ts';
import { accepted, sameSamplesForOneSeed } from './_check.ts';

describe('market()', () => {
  it('MKT-2: every sample resolves, and parseCustomer accepts it as a billing country', () => {
    fc.assert(
      fc.property(market(), (text) => {
        const code = resolveMarket(text);
        expect(accepted(parseCustomer, { segment: 'commercial', billingCountry: text })).toEqual({
          segment: 'commercial',
          billingCountry: code,
        });
      }),
    );
  });

  it('MKT-2: every form of every market resolves back to that market', () => {
    for (const code of Object.keys(marketNames) as (keyof typeof marketNames)[]) {
      const samples = fc.sample(market({ codes: [code] }), { seed: 11, numRuns: 12 });
      for (const text of samples) expect(resolveMarket(text)).toBe(code);
    }
  });

  it('MKT-2: the four forms all come up: codes, names, aliases and odd casing', () => {
    const samples = fc.sample(market({ codes: ['SZ', 'CI'] }), { seed: 2, numRuns: 400 });
    expect(samples).toContain('SZ');
    expect(samples).toContain('Eswatini');
    expect(samples).toContain('Swaziland');
    expect(samples.some((text) => text !== text.trim())).toBe(true);
    expect(samples.some((text) => /[a-z]/.test(text) && /[A-Z]/.test(text.slice(1)))).toBe(true);
    expect(
      fc
        .sample(market({ forms: ['code'] }), { seed: 2, numRuns: 50 })
        .every((t) => /^[A-Z]{2}$/.test(t)),
    ).toBe(true);
  });

  it('determinism: one seed, one sequence of samples', () => {
    sameSamplesForOneSeed(() => market());
  });

  it('ERR-1: bad constraints are a RuleError naming the field', () => {
    expect(errorOf(() => market({ codes: ['ZZ' as never] }))).toEqual({
      code: 'UNKNOWN_MARKET',
      path: 'constraints.codes.0',
    });
    expect(errorOf(() => market({ forms: ['emoji' as never] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.forms.0',
    });
    expect(errorOf(() => market({ codes: [] }))).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'constraints.codes',
    });
  });
});
