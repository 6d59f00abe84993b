import { partnerCenter2020 } from './data/legacy/partnerCenter2020.ts';
import { partnerCenter2021 } from './data/legacy/partnerCenter2021.ts';
import {
  partnerCenterNce2021,
  partnerCenterNce202203,
  partnerCenterNce202207,
  partnerCenterNce202301,
  partnerCenterNce202504,
} from './data/newCommerce/partnerCenterNce.ts';
import type { LegacyPolicy, NewCommercePolicy } from './types.ts';

/**
 * The embedded catalog of Partner Center policies (the catalog, NCE-1): the legacy ones first,
 * oldest first — `partner-center-2020-01` (every instant before 2021-03-08T00:00:00Z) and
 * `partner-center-2021-03` (from then on) — then the New Commerce ones, oldest first:
 * `partner-center-nce-2021-10` (before 2022-03-18T00:00:00Z), `partner-center-nce-2022-03`,
 * `partner-center-nce-2022-07`, `partner-center-nce-2023-01` and `partner-center-nce-2025-04`. Each is plain JSON data with its
 * `program`; a JSON copy of one works wherever a policy is accepted.
 *
 * @example
 * ```ts
 * import { partnerCenterPolicies } from 'subscription-rules';
 * partnerCenterPolicies.map((policy) => `${policy.program} ${policy.id}`);
 * //=> ['legacy partner-center-2020-01', 'legacy partner-center-2021-03',
 * //    'new-commerce partner-center-nce-2021-10', 'new-commerce partner-center-nce-2022-03',
 * //    'new-commerce partner-center-nce-2022-07', 'new-commerce partner-center-nce-2023-01',
 * //    'new-commerce partner-center-nce-2025-04']
 * ```
 * @category Policies
 */
export const partnerCenterPolicies: readonly [
  LegacyPolicy,
  LegacyPolicy,
  NewCommercePolicy,
  NewCommercePolicy,
  NewCommercePolicy,
  NewCommercePolicy,
  NewCommercePolicy,
] = [
  partnerCenter2020,
  partnerCenter2021,
  partnerCenterNce2021,
  partnerCenterNce202203,
  partnerCenterNce202207,
  partnerCenterNce202301,
  partnerCenterNce202504,
];
