import fc from 'fast-check';

/** A value nested `levels` deep: `{ a: { a: … } }` or `[[…]]`, built without recursion. */
function nested(levels: number, asArray: boolean): unknown {
  let value: unknown = asArray ? [] : {};
  for (let i = 0; i < levels; i++) value = asArray ? [value] : { a: value };
  return value;
}

const HUGE = 'x'.repeat(1_000_000);
const HUGE_DIGITS = `2026-11-20T10:00:00.${'1'.repeat(1_000_000)}Z`;

/**
 * Hostile values, each built fresh by a thunk so a call that mutated one cannot change the next:
 * wrong types, NaN, ±Infinity, -0, unsafe integers, bigint, huge and empty strings, Invalid Date,
 * dates outside the valid range, deep nesting, own `__proto__`/`constructor`/`prototype` keys,
 * arrays where objects belong, symbols, functions and frozen objects.
 */
const HOSTILE: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => true,
  () => false,
  () => 0,
  () => -0,
  () => 1,
  () => -1,
  () => 0.5,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => Number.MAX_SAFE_INTEGER + 1,
  () => -(2 ** 53) - 2,
  () => Number.MAX_VALUE,
  () => Number.MIN_VALUE,
  () => 10n,
  () => -(2n ** 70n),
  () => '',
  () => ' ',
  () => '\u0000',
  () => '\uD800',
  () => 'NaN',
  () => 'Infinity',
  () => '__proto__',
  () => 'constructor',
  () => HUGE,
  () => HUGE_DIGITS,
  () => '2026-02-30T00:00:00Z',
  () => '+275760-09-13T00:00:00.000Z',
  () => '-000001-01-01T00:00:00.000Z',
  () => '0000-01-01T00:00:00.000Z',
  () => '9999-12-31T23:59:59.999Z',
  () => '2026-11-20T10:00:00+99:99',
  () => new Date(Number.NaN),
  () => new Date(8.64e15),
  () => new Date(-8.64e15),
  () => new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)),
  () => new Date(Date.UTC(-1, 0, 1)),
  () => Symbol('hostile'),
  () => () => 1,
  () => [],
  () => [1, 2, 3],
  () => [{}],
  () => ({}),
  () => Object.create(null),
  () => Object.freeze({ amount: 1, currency: 'USD' }),
  () => nested(10_000, false),
  () => nested(10_000, true),
  () =>
    JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
    ),
  () => JSON.parse('{"prototype": {"polluted": "yes"}, "amount": 1, "currency": "USD"}'),
  () => new Map([['a', 1]]),
  () => new Set([1]),
  () => /regex/,
  () => new Error('not ours'),
];

/** Any hostile value, made fresh on each draw. */
export const hostile: fc.Arbitrary<unknown> = fc
  .integer({ min: 0, max: HOSTILE.length - 1 })
  .map((i) => (HOSTILE[i] as () => unknown)());

/** Paths inside a value: every own key of every plain object or array, to a depth of 6. */
function pathsOf(
  value: unknown,
  prefix: readonly (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  if (prefix.length >= 6 || typeof value !== 'object' || value === null) return out;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return out;
  for (const key of Object.keys(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    pathsOf((value as Record<string, unknown>)[key], path, out);
  }
  return out;
}

/**
 * A JSON-like deep copy of plain objects and arrays, 40 levels deep (deeper values, and anything
 * that is not a plain object or array, are shared, not copied).
 */
function copy(value: unknown, depth = 0): unknown {
  if (depth > 40) return value;
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1));
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: copy(item, depth + 1),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return out;
  }
  return value;
}

type Change =
  | { readonly kind: 'replace'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'add'; readonly pick: number; readonly key: string; readonly value: unknown };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: hostile }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', 'toString', 'valueOf'),
    value: hostile,
  }),
);

/** Applies one change at one path of a copy of `args`; the whole argument list when it has none. */
function applyChange(args: readonly unknown[], edit: Change): unknown[] {
  const out = copy(args) as unknown[];
  const paths = pathsOf(out);
  const path = paths[edit.pick % Math.max(1, paths.length)] ?? [
    edit.pick % Math.max(1, out.length + 1),
  ];
  let parent: Record<string | number, unknown> = out as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (edit.kind === 'replace') parent[last] = edit.value;
  else if (edit.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, edit.key, {
        value: edit.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    } else parent[last] = edit.value;
  }
  return out;
}

/**
 * Argument lists for one export: mostly valid arguments with one hostile change at a random path
 * (a field replaced, removed, or an extra or `__proto__` key added), sometimes every argument
 * replaced by hostile values, sometimes the valid arguments as they are.
 */
export function hostileArguments(
  valid: fc.Arbitrary<unknown[]>,
  arity: number,
): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    {
      arbitrary: fc.tuple(valid, change).map(([args, edit]) => applyChange(args, edit)),
      weight: 6,
    },
    {
      arbitrary: fc
        .tuple(valid, fc.array(change, { minLength: 2, maxLength: 4 }))
        .map(([args, edits]) =>
          edits.reduce<unknown[]>((acc, edit) => applyChange(acc, edit), args),
        ),
      weight: 2,
    },
    { arbitrary: fc.array(hostile, { minLength: 0, maxLength: Math.max(1, arity) }), weight: 3 },
    { arbitrary: valid, weight: 1 },
  );
}
