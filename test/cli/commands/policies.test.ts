import fc from 'fast-check';
import { partnerCenterPolicies } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { run } from '../_run.ts';

describe('subscription-rules policies', () => {
  it('NCE-1: lists the policies of both programs, each row starting with its program', () => {
    const { code, out } = run('policies');
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}legacy {2}partner-center-2020-01 /m);
    expect(out).toMatch(/^ {2}new-commerce {2}partner-center-nce-2021-10 +every earlier instant/m);
    expect(out).toMatch(
      /^ {2}new-commerce {2}partner-center-nce-2022-03 +from 2022-03-18T00:00:00\.000Z +licence 7 calendar days$/m,
    );
    expect(out).toContain('software sub. 30 calendar days  SaaS monthly 24 hours, annual 14 days');
    expect(out).toContain('software sub. 7 calendar days   SaaS 72 hours');
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('NCE-1: --program new-commerce keeps only the New Commerce policies, in --json too', () => {
    const { out } = run('policies', '--program', 'new-commerce');
    expect(out).not.toContain('legacy');
    expect(out).toContain('partner-center-nce-2023-01');
    const json = JSON.parse(run('policies', '--program', 'new-commerce', '--json').out);
    expect(json).toEqual(partnerCenterPolicies.filter((p) => p.program === 'new-commerce'));
    const legacy = JSON.parse(run('policies', '--program', 'legacy', '--json').out);
    expect(legacy.map((p: { id: string }) => p.id)).toEqual([
      'partner-center-2020-01',
      'partner-center-2021-03',
    ]);
  });

  it('NCE-1: an unknown --program is a usage error that suggests the closest program', () => {
    const { code, out, err } = run('policies', '--program', 'new-comerce');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(
      '--program: expected one of legacy, new-commerce, got "new-comerce" (did you mean new-commerce?)',
    );
  });

  describe('properties', () => {
    it('NCE-1: each program filter lists exactly the policies of that program', () => {
      fc.assert(
        fc.property(fc.constantFrom('legacy', 'new-commerce'), (program) => {
          const listed = JSON.parse(run('policies', '--program', program, '--json').out);
          return (
            listed.length ===
            partnerCenterPolicies.filter((p) => (p.program ?? 'legacy') === program).length
          );
        }),
      );
    });
  });
});
