import { parseInstant } from '../time/parseInstant.ts';
import { rememberCatalog } from './_internal/verified.ts';
import { rulesNce2021 } from './data/newCommerce/rulesNce2021.ts';
import {
  rulesNce202203,
  rulesNce202207,
  rulesNce202301,
  rulesNce202504,
} from './data/newCommerce/rulesNceLater.ts';
import type { NewCommercePolicyRules } from './types.ts';

/** The New Commerce catalog's decision rules, oldest first, in the order of the catalog. */
export const newCommerceCatalogRules: readonly NewCommercePolicyRules[] = [
  rulesNce2021,
  rulesNce202203,
  rulesNce202207,
  rulesNce202301,
  rulesNce202504,
];

/** When each New Commerce policy came into force, in epoch ms; read from the data on first use. */
let starts: number[] | undefined;

/**
 * The index among the New Commerce policies of the one in force at `ms` (NCE-1): the newest whose
 * start is at or before `ms`; `partner-center-nce-2021-10` for every earlier instant. On first use it
 * marks the New Commerce catalog's sections as checked (they are module constants nobody else holds).
 *
 * @param ms - Epoch milliseconds.
 * @returns An index into `newCommerceCatalogRules`.
 */
export function newCommerceIndexAt(ms: number): number {
  starts ??= newCommerceCatalogRules.map((rules) => {
    rememberCatalog(rules);
    return rules.inForceFrom === null
      ? Number.NEGATIVE_INFINITY
      : parseInstant(rules.inForceFrom, 'inForceFrom');
  });
  let i = starts.length - 1;
  while (i > 0 && ms < (starts[i] as number)) i--;
  return i;
}

/**
 * The decision rules of the New Commerce policy in force at `ms` (NCE-1, NCE-11: a New Commerce
 * decision passes its term's start), without the rest of the policy.
 *
 * @param ms - Epoch milliseconds.
 * @returns The rules in force.
 */
export function newCommerceRulesInForceAt(ms: number): NewCommercePolicyRules {
  return newCommerceCatalogRules[newCommerceIndexAt(ms)] as NewCommercePolicyRules;
}
