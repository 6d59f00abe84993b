import { parseInstant } from '../time/parseInstant.ts';
import { rememberCatalog } from './_internal/verified.ts';
import { rules2020 } from './data/legacy/rules2020.ts';
import { rules2021 } from './data/legacy/rules2021.ts';
import type { PolicyRules } from './types.ts';

/** The catalog's decision rules, oldest first, in the order of `partnerCenterPolicies`. */
export const catalogRules: readonly PolicyRules[] = [rules2020, rules2021];

let remembered = false;

/**
 * The catalog's decision rules, its sections marked as checked on first use (they are module
 * constants nobody else holds), as the New Commerce catalog marks its own.
 *
 * @returns `catalogRules`.
 */
export function legacyCatalogRules(): readonly PolicyRules[] {
  if (!remembered) {
    for (const rules of catalogRules) rememberCatalog(rules);
    remembered = true;
  }
  return catalogRules;
}

/** When each catalog policy came into force, in epoch ms; read from the data on first use. */
let starts: number[] | undefined;

/**
 * The index in the catalog of the policy in force at `ms` (POL-2): the newest whose start is at or
 * before `ms`; `partner-center-2020-01` for every earlier instant (the catalog, decided).
 *
 * @param ms - Epoch milliseconds.
 * @returns An index into `catalogRules` and `partnerCenterPolicies`.
 */
export function catalogIndexAt(ms: number): number {
  starts ??= legacyCatalogRules().map((rules) =>
    rules.inForceFrom === null
      ? Number.NEGATIVE_INFINITY
      : parseInstant(rules.inForceFrom, 'inForceFrom'),
  );
  let i = starts.length - 1;
  while (i > 0 && ms < (starts[i] as number)) i--;
  return i;
}

/**
 * The decision rules of the catalog policy in force at `ms`, without the rest of the policy: what a
 * refund or a lifecycle reads, so their bundles carry no titles, sources, roles or market lists.
 *
 * @param ms - Epoch milliseconds.
 * @returns The rules in force.
 */
export function rulesInForceAt(ms: number): PolicyRules {
  return catalogRules[catalogIndexAt(ms)] as PolicyRules;
}
