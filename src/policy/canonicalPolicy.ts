import { formatInstant } from '../time/formatInstant.ts';
import { parseInstant } from '../time/parseInstant.ts';
import type { Policy } from './types.ts';

/**
 * The policy `definePolicy` and `parsePolicy` return for a valid input: a deep copy of plain data
 * (the caller's object is never returned nor frozen, PURE-1), `inForceFrom` and the order constraints' instants in ISO UTC form, deep-
 * frozen so that nobody changes it after it was checked.
 *
 * @param policy - A policy both checks accepted.
 * @returns The canonical policy.
 */
export function canonicalPolicy(policy: Policy): Policy {
  const copy = plainCopy(policy) as Record<string, unknown>;
  if (policy.inForceFrom !== null) {
    copy.inForceFrom = formatInstant(
      parseInstant(policy.inForceFrom, 'inForceFrom'),
      'inForceFrom',
    );
  }
  // the order constraints' instants in ISO UTC form too (ORD-12)
  const orders = copy.orders as { constraints: Record<string, unknown>[] } | undefined;
  if (orders !== undefined)
    for (const c of orders.constraints)
      for (const key of ['effectiveFrom', 'effectiveUntil'])
        if (typeof c[key] === 'string')
          c[key] = formatInstant(parseInstant(c[key], `orders.${key}`), `orders.${key}`);
  freeze(copy);
  return copy as unknown as Policy;
}

function freeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
}

function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) copy[key] = plainCopy(item);
  }
  return copy;
}
