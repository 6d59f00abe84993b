import { catalogRules } from '../rulesInForceAt.ts';
import { PRODUCTS } from '../vocabulary/products.ts';

/**
 * Sections of policies already checked that cannot have changed since: the catalog's own (module
 * constants nobody else holds) and deep-frozen ones that passed a check once (what `definePolicy`
 * returns). A hit skips a check that could only pass again, so it cannot change an answer; any
 * other object — a JSON copy, a spread, a hand-written policy — is checked at every read.
 */
let verified: WeakSet<object> | undefined;

function seed(): WeakSet<object> {
  const set = new WeakSet<object>();
  for (const rules of catalogRules) {
    set.add(rules.suspension);
    for (const product of PRODUCTS) set.add(rules.products[product]);
  }
  return set;
}

function isDeepFrozen(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value) || depth > 16) return false;
  for (const key of Object.keys(value)) {
    if (!isDeepFrozen((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/**
 * Remembers the sections of catalog rules that are not seeded here (the New Commerce ones, so that
 * legacy bundles carry none of their data): called by their module on first use.
 */
export function rememberCatalog(rules: {
  readonly suspension: object;
  readonly products: object;
}): void {
  verified ??= seed();
  verified.add(rules.suspension);
  for (const section of Object.values(rules.products)) verified.add(section);
}

/** Whether `section` needs no check: a catalog section, or a deep-frozen one checked before. */
export function isVerified(section: unknown): boolean {
  verified ??= seed();
  return typeof section === 'object' && section !== null && verified.has(section);
}

/** Remembers a section that just passed its check, if it is deep-frozen and so cannot change. */
export function rememberVerified(section: unknown): void {
  if (typeof section === 'object' && section !== null && isDeepFrozen(section)) {
    verified ??= seed();
    verified.add(section);
  }
}
