import { partnerCenter2020 } from './data/partnerCenter2020.ts';
import { partnerCenter2021 } from './data/partnerCenter2021.ts';
import type { Policy } from './types.ts';

/**
 * The embedded catalog of Partner Center policies, oldest first (the catalog): `partner-center-2020-01`
 * (every instant before 2021-03-08T00:00:00Z) and `partner-center-2021-03` (from then on). Each is
 * plain JSON data; a JSON copy of one works wherever a `Policy` is accepted.
 *
 * @example
 * ```ts
 * import { partnerCenterPolicies } from 'subscription-rules';
 * partnerCenterPolicies.map((policy) => policy.id);
 * //=> ['partner-center-2020-01', 'partner-center-2021-03']
 * ```
 * @category Policies
 */
export const partnerCenterPolicies: readonly [Policy, Policy] = [
  partnerCenter2020,
  partnerCenter2021,
];
