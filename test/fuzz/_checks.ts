/**
 * What the fuzz suite asserts about one call, apart from "a result or a RuleError": no NaN and no
 * invalid instant in what it returns, no change to what it was given, and no new key on
 * `Object.prototype` or `Array.prototype`.
 */

/** A description of a value deep enough to notice a change, 60 levels deep; cycles are marked. */
export function snapshot(value: unknown, depth = 0, seen: Set<object> = new Set()): unknown {
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : Number.isNaN(value) ? 'NaN' : value;
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return `symbol:${value.description ?? ''}`;
    case 'function':
      return 'function';
    case 'string':
      return value.length > 64 ? `string(${value.length}):${value.slice(0, 64)}` : value;
    case 'object': {
      if (value === null) return null;
      if (depth > 60) return 'deep';
      if (seen.has(value)) return 'cycle';
      seen.add(value);
      if (value instanceof Date) return `Date:${value.getTime()}`;
      if (value instanceof Map)
        return ['Map', ...[...value].map((entry) => snapshot(entry, depth + 1, seen))];
      if (value instanceof Set)
        return ['Set', ...[...value].map((item) => snapshot(item, depth + 1, seen))];
      // Pairs, not an object: an own `__proto__` key must be recorded, not set the prototype.
      const out: unknown[] = [
        Array.isArray(value) ? 'array' : Object.prototype.toString.call(value),
        Object.isFrozen(value),
      ];
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        out.push([
          String(key),
          descriptor !== undefined && 'value' in descriptor
            ? snapshot(descriptor.value, depth + 1, seen)
            : 'accessor',
        ]);
      }
      seen.delete(value);
      return out;
    }
    default:
      return value;
  }
}

/** Every object reachable from `value`, 60 levels deep: what a result may hand back untouched. */
export function objectsOf(value: unknown, out: Set<unknown> = new Set(), depth = 0): Set<unknown> {
  if (typeof value !== 'object' || value === null || depth > 60 || out.has(value)) return out;
  out.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && 'value' in descriptor)
      objectsOf(descriptor.value, out, depth + 1);
  }
  return out;
}

// A field name (an identifier) that holds an instant; a key with spaces is a message's text (the
// locales' tables are keyed by English templates such as 'expected asOf at or after orderedAt').
const INSTANT_KEY =
  /^(?:[a-z][A-Za-z0-9]*At|at|asOf|termEnd|termStart|termAnchor|inForceFrom|currentTermEnd|firstBillingPeriodStart)$/;
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The problems in a result: a NaN anywhere, an invalid `Date`, or an instant field (`at`, `…At`,
 * `asOf`, `termEnd`, …) that is not a valid canonical ISO instant. Objects the caller passed in are
 * skipped: handing an input back is not making a value.
 */
export function problemsIn(result: unknown, inputs: Set<unknown>): string[] {
  const problems: string[] = [];
  const seen = new Set<unknown>();
  let visited = 0;
  const visit = (value: unknown, path: string, key: string, depth: number): void => {
    if (visited++ > 50_000 || depth > 60) return;
    if (typeof value === 'number' && Number.isNaN(value)) problems.push(`${path} is NaN`);
    if (typeof value === 'string' && INSTANT_KEY.test(key)) {
      if (!CANONICAL.test(value) || new Date(value).toISOString() !== value) {
        problems.push(`${path} is not a valid instant: ${value.slice(0, 80)}`);
      }
    }
    if (typeof value !== 'object' || value === null || seen.has(value) || inputs.has(value)) return;
    seen.add(value);
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) problems.push(`${path} is an Invalid Date`);
      return;
    }
    for (const child of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, child);
      if (descriptor !== undefined && 'value' in descriptor) {
        visit(descriptor.value, `${path}.${String(child)}`, String(child), depth + 1);
      }
    }
  };
  visit(result, 'result', '', 0);
  return problems;
}

const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort().join(',');

/** A new key on `Object.prototype` or `Array.prototype`, or `undefined` when there is none. */
export function pollution(): string | undefined {
  const object = Object.getOwnPropertyNames(Object.prototype).sort().join(',');
  const array = Object.getOwnPropertyNames(Array.prototype).sort().join(',');
  if (object !== objectKeys) return `Object.prototype now has ${object}`;
  if (array !== arrayKeys) return `Array.prototype now has ${array}`;
  if (({} as Record<string, unknown>).polluted !== undefined)
    return 'every object has a polluted key';
  return undefined;
}
