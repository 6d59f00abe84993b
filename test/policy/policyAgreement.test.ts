import fc from 'fast-check';
import { definePolicy, partnerCenterPolicies } from 'subscription-rules';
import { policy as policyArbitrary } from 'subscription-rules/arbitraries';
import { parsePolicy } from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';

type Json = unknown;

/** Every path of a JSON-like value, the root first. */
function pathsOf(value: Json, path: readonly (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [[...path]];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) paths.push(...pathsOf(value[i], [...path, i]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  }
  return paths;
}

/** Values a policy author gets wrong: other types, edge numbers, near-miss texts, wrong shapes. */
const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    0,
    -1,
    1,
    1.5,
    2 ** 53,
    Number.NaN,
    '',
    'x',
    'P2Y',
    'QQ',
    'au',
    'AU',
    'REF-1',
    'ref-1',
    'window',
    'fixed',
    'full-credit',
    'nonpayment',
    'global-admin',
    '2021-03-08',
    '2021-03-08T00:00:00Z',
    '2021-02-30T00:00:00Z',
    [],
    ['AU'],
    ['AU', 'AU'],
    {},
    { hours: 24 },
    { days: 0 },
    { hours: 24, days: 1 },
    { type: 'fixed', outcome: 'no-refund', rule: 'REF-4' },
    { type: 'fixed', outcome: 'no-refund', rule: 'REF-4', reason: 'Bad Reason' },
  ),
  fc.integer({ min: -5, max: 5 }),
  fc.string({ maxLength: 4 }),
);

type Break =
  | { kind: 'nudge'; at: number; how: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; at: number; key: string; value: Json }
  | { kind: 'duplicate'; at: number };

const breakArbitrary: fc.Arbitrary<Break> = fc.oneof(
  fc.record({ kind: fc.constant('nudge' as const), at: fc.nat(), how: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', 'reason', 'hours', 'type', 'monthly', 'azure-x', 'Bad Key'),
    value: replacement,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

/** A value next to `value`, where a check's boundary is: one less, a fraction, another case. */
function nudged(value: Json, how: number): Json {
  if (typeof value === 'number') return [value - 1, -1, value + 0.5, 0, 2 ** 53, value * 2][how];
  if (typeof value === 'string') {
    return [
      value.toUpperCase(),
      value.toLowerCase(),
      `${value} `,
      value.slice(1),
      value.slice(0, -1),
      '',
    ][how];
  }
  if (typeof value === 'boolean') return [String(value), !value, 1, null, undefined, 0][how];
  if (Array.isArray(value)) return [[], [...value, ...value], [value[0], 'x'], {}, null, [[]]][how];
  return [null, [], {}, 'x', undefined, 0][how];
}

/**
 * The paths of a value grouped by field (list indexes as `*`), so each field of a policy is as
 * likely to be broken as any other, however long its lists.
 */
function fieldsOf(value: Json): (string | number)[][][] {
  const groups = new Map<string, (string | number)[][]>();
  for (const path of pathsOf(value)) {
    const field = path.map((part) => (typeof part === 'number' ? '*' : part)).join('.');
    groups.set(field, [...(groups.get(field) ?? []), path]);
  }
  return [...groups.values()];
}

/** A JSON copy of `policy` with each break applied at a path chosen among the copy's own fields. */
function broken(policy: unknown, breaks: readonly Break[]): Json {
  const root: { value: Json } = { value: JSON.parse(JSON.stringify(policy)) };
  for (const change of breaks) {
    const fields = fieldsOf(root.value);
    const paths = fields[change.at % fields.length] ?? [[]];
    const path = paths[Math.floor(change.at / fields.length) % paths.length] ?? [];
    let parent: Record<string | number, Json> = root as unknown as Record<string, Json>;
    let key: string | number = 'value';
    for (const part of path) {
      parent = parent[key] as Record<string | number, Json>;
      key = part;
    }
    const target = parent[key];
    if (change.kind === 'nudge') parent[key] = nudged(target, change.how);
    else if (change.kind === 'replace') parent[key] = change.value;
    else if (change.kind === 'remove') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (change.kind === 'add') {
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
        (target as Record<string, Json>)[change.key] = change.value;
      }
    } else if (Array.isArray(target) && target.length > 0) target.push(target[0]);
  }
  return root.value;
}

function defineAccepts(input: Json): boolean {
  try {
    definePolicy(input);
    return true;
  } catch {
    return false;
  }
}

describe('definePolicy and parsePolicy', () => {
  it('POL-1: a catalog policy with one field broken is rejected by both, at the same first path', () => {
    const bad = JSON.parse(JSON.stringify(partnerCenterPolicies[1]));
    bad.products['software-plan'].cancellation.rule = 'not a rule id';
    const parsed = parsePolicy(bad);
    expect(parsed.ok).toBe(false);
    expect(defineAccepts(bad)).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((issue) => issue.path)).toEqual([
        'products.software-plan.cancellation.rule',
      ]);
    }
  });

  it('POL-1: every field of each catalog policy, nudged past each boundary, is judged alike by both', () => {
    let cases = 0;
    for (const policy of partnerCenterPolicies) {
      const fields = fieldsOf(JSON.parse(JSON.stringify(policy)));
      for (let at = 0; at < fields.length; at++) {
        for (let how = 0; how < 6; how++) {
          const input = broken(policy, [{ kind: 'nudge', at, how }]);
          expect(defineAccepts(input), JSON.stringify(fields[at]?.[0])).toBe(parsePolicy(input).ok);
          cases++;
        }
      }
    }
    expect(cases).toBeGreaterThan(1000);
  });

  describe('properties', () => {
    it('POL-1: both accept every valid policy, and return the same policy', () => {
      fc.assert(
        fc.property(policyArbitrary(), (policy) => {
          const copy = JSON.parse(JSON.stringify(policy));
          const parsed = parsePolicy(copy);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.value).toEqual(definePolicy(copy));
        }),
      );
    });

    it('POL-1: both accept and reject exactly the same inputs, for policies broken at random paths', () => {
      let rejected = 0;
      fc.assert(
        fc.property(
          fc.oneof(policyArbitrary(), fc.constantFrom(...partnerCenterPolicies)),
          fc.array(breakArbitrary, { minLength: 1, maxLength: 3 }),
          (policy, breaks) => {
            const input = broken(policy, breaks);
            const byParse = parsePolicy(input).ok;
            if (!byParse) rejected++;
            expect(defineAccepts(input)).toBe(byParse);
          },
        ),
        { numRuns: 2000 },
      );
      // The breaks must mostly break: a generator that left every input valid would prove nothing.
      expect(rejected).toBeGreaterThan(1000);
    });
  });
});
