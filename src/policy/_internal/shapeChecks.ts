import type { RuleIssue } from '../../errors/RuleError.ts';

/**
 * The small checks `policyIssues` is built from. Each reads one value, pushes an issue at its path
 * when the value is not what a policy needs, and never throws; together they accept exactly what
 * the zod schema of the schemas entry accepts (a property test compares the two).
 */
export type Issues = RuleIssue[];

/** The dot path of `key` under `path`. */
export function child(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/**
 * An object with exactly the given keys: anything else (not an object, an array) is one issue,
 * and every enumerable key outside `keys` is named in one more.
 */
export function objectOf(
  value: unknown,
  path: string,
  keys: readonly string[],
  issues: Issues,
): Readonly<Record<string, unknown>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ path, message: 'expected object' });
    return undefined;
  }
  const unknownKeys: string[] = [];
  for (const key in value) if (!keys.includes(key)) unknownKeys.push(key);
  if (unknownKeys.length > 0) {
    const names = unknownKeys.map((key) => JSON.stringify(key)).join(', ');
    issues.push({ path, message: `unknown key${unknownKeys.length > 1 ? 's' : ''} ${names}` });
  }
  return value as Readonly<Record<string, unknown>>;
}

/** A string, matching `pattern` when one is given (`minLength` 1 is `/./` on a non-empty string). */
export function text(value: unknown, path: string, issues: Issues, pattern?: RegExp): void {
  if (typeof value !== 'string') issues.push({ path, message: 'expected string' });
  else if (pattern !== undefined && !pattern.test(value)) {
    issues.push({ path, message: `expected text matching ${String(pattern)}` });
  }
}

/** A safe integer ≥ `min`. */
export function whole(value: unknown, path: string, min: number, issues: Issues): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    issues.push({ path, message: typeof value === 'number' ? 'expected int' : 'expected number' });
  } else if (value < min) issues.push({ path, message: `expected a value ≥ ${min}` });
}

/** `true` or `false`. */
export function flag(value: unknown, path: string, issues: Issues): void {
  if (typeof value !== 'boolean') issues.push({ path, message: 'expected boolean' });
}

/** One of `allowed`. */
export function oneOf(
  value: unknown,
  allowed: readonly string[],
  path: string,
  issues: Issues,
): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    const list = allowed.map((item) => JSON.stringify(item)).join(', ');
    issues.push({
      path,
      message: allowed.length > 12 ? 'expected a known value' : `expected one of ${list}`,
    });
  }
}

/** A list whose every item passes `item`. */
export function listOf(
  value: unknown,
  path: string,
  issues: Issues,
  item: (value: unknown, path: string, issues: Issues) => void,
): readonly unknown[] | undefined {
  if (!Array.isArray(value)) {
    issues.push({ path, message: 'expected array' });
    return undefined;
  }
  for (let i = 0; i < value.length; i++) item(value[i], child(path, i), issues);
  return value;
}

/**
 * The first of `options` that finds no issue; when none passes, the issues of the one `pick`
 * names (the shape the value most looks like), so the message speaks of the right fields.
 */
export function anyOf(
  value: unknown,
  path: string,
  issues: Issues,
  options: readonly ((value: unknown, path: string, issues: Issues) => void)[],
  pick: number,
): void {
  let chosen: Issues = [];
  for (let i = 0; i < options.length; i++) {
    const found: Issues = [];
    options[i]?.(value, path, found);
    if (found.length === 0) return;
    if (i === pick) chosen = found;
  }
  issues.push(...chosen);
}
