import type { LegacyPolicy } from '../../types.ts';
import {
  partnerCenterReservationRefunds,
  partnerCenterRoles,
  partnerCenterTaxInclusiveMarkets,
  partnerCenterUnavailableMarkets,
} from '../programFree.ts';
import { source000, source001, source002, sourceReservations } from '../sources.ts';
import { rules2021 } from './rules2021.ts';

/**
 * The Partner Center rules documented on 2021-03-08 (`002`), in force from 2021-03-08T00:00:00Z.
 * It differs from {@link partnerCenter2020} in three places only: software may be cancelled within
 * 30 days instead of 60; Windows 7 ESU is an ordinary software subscription; and no download-link
 * limit is documented (the catalog).
 *
 * Built by a call marked pure: bundlers treat an object spread as a possible getter call, so a
 * plain `{ ...partnerCenter2020 }` at module level would keep both policies in every bundle of the
 * root entry, even one that only resolves market names.
 *
 * @category Policies
 */
export const partnerCenter2021: LegacyPolicy = /* @__PURE__ */ (() => ({
  program: 'legacy',
  id: rules2021.id,
  title: 'Partner Center CSP rules as documented on 2021-03-08',
  inForceFrom: rules2021.inForceFrom,
  sources: [source000, source001, source002, sourceReservations],
  products: rules2021.products,
  trialDays: rules2021.trialDays,
  suspension: rules2021.suspension,
  downloadLinks: null,
  taxInclusiveMarkets: partnerCenterTaxInclusiveMarkets,
  unavailableMarkets: partnerCenterUnavailableMarkets,
  roles: partnerCenterRoles,
  reservationRefunds: partnerCenterReservationRefunds,
}))();
