import type { NewCommercePolicy, NewCommercePolicyRules, PolicySource } from '../../types.ts';
import {
  partnerCenterReservationRefunds,
  partnerCenterRoles,
  partnerCenterTaxInclusiveMarkets,
  partnerCenterUnavailableMarkets,
} from '../programFree.ts';
import {
  sourceEst,
  sourceNce202203,
  sourceNce202207,
  sourceNce202301,
  sourceNce202504,
  sourceNceCancel,
  sourceNcePreview,
  sourceReservations,
} from '../sources.ts';
import { partnerCenterOrders } from './orders.ts';
import { rulesNce2021 } from './rulesNce2021.ts';
import { rulesNce202203, rulesNce202207, rulesNce202301, rulesNce202504 } from './rulesNceLater.ts';

/** A whole New Commerce policy from its decision rules; the other sections are the 2021 ones. */
function nce(
  rules: NewCommercePolicyRules,
  title: string,
  sources: readonly PolicySource[],
): NewCommercePolicy {
  return {
    program: 'new-commerce',
    id: rules.id,
    title,
    inForceFrom: rules.inForceFrom,
    sources: [...sources, sourceReservations],
    products: rules.products,
    trialDays: rules.trialDays,
    suspension: rules.suspension,
    downloadLinks: null,
    taxInclusiveMarkets: partnerCenterTaxInclusiveMarkets,
    unavailableMarkets: partnerCenterUnavailableMarkets,
    roles: partnerCenterRoles,
    reservationRefunds: partnerCenterReservationRefunds,
    ...(rules.extendedServiceTerm === undefined
      ? {}
      : { extendedServiceTerm: rules.extendedServiceTerm }),
    orders: partnerCenterOrders,
  };
}

/**
 * `partner-center-nce-2021-10` (NCE-1): the New Commerce preview's rules, in force for every
 * instant before 2022-03-18T00:00:00Z.
 *
 * @category Policies
 */
export const partnerCenterNce2021: NewCommercePolicy = /* @__PURE__ */ nce(
  rulesNce2021,
  'Partner Center New Commerce rules of the 2021 preview',
  [sourceNcePreview, sourceNceCancel],
);

/**
 * `partner-center-nce-2022-03` (NCE-1): licence-based 7 calendar days, from 2022-03-18T00:00:00Z.
 *
 * @category Policies
 */
export const partnerCenterNce202203: NewCommercePolicy = /* @__PURE__ */ nce(
  rulesNce202203,
  'Partner Center New Commerce rules from 2022-03-18',
  [sourceNce202203, sourceNceCancel],
);

/**
 * `partner-center-nce-2022-07` (NCE-1): software subscriptions 7 calendar days, from
 * 2022-07-11T00:00:00Z.
 *
 * @category Policies
 */
export const partnerCenterNce202207: NewCommercePolicy = /* @__PURE__ */ nce(
  rulesNce202207,
  'Partner Center New Commerce rules from 2022-07-11',
  [sourceNce202203, sourceNce202207, sourceNceCancel],
);

/**
 * `partner-center-nce-2023-01` (NCE-1): marketplace SaaS 72 hours, from 2023-01-18T00:00:00Z.
 *
 * @category Policies
 */
export const partnerCenterNce202301: NewCommercePolicy = /* @__PURE__ */ nce(
  rulesNce202301,
  'Partner Center New Commerce rules from 2023-01-18',
  [sourceNce202203, sourceNce202207, sourceNce202301, sourceNceCancel],
);

/**
 * `partner-center-nce-2025-04` (MID-2): no billing frequency changes mid-term, from
 * 2025-04-01T00:00:00Z; the windows of `partner-center-nce-2023-01`.
 *
 * @category Policies
 */
export const partnerCenterNce202504: NewCommercePolicy = /* @__PURE__ */ nce(
  rulesNce202504,
  'Partner Center New Commerce rules from 2025-04-01',
  [sourceNce202203, sourceNce202207, sourceNce202301, sourceNce202504, sourceNceCancel, sourceEst],
);
