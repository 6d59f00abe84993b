import type { LegacyPolicy } from '../../types.ts';
import {
  partnerCenterReservationRefunds,
  partnerCenterRoles,
  partnerCenterTaxInclusiveMarkets,
  partnerCenterUnavailableMarkets,
} from '../programFree.ts';
import { source000, source001, source003, sourceReservations } from '../sources.ts';
import { rules2020 } from './rules2020.ts';

/**
 * The Partner Center rules documented on 2020-01-21 (`003`) together with the subscription rules of
 * 2019-11-27 (`000`) and the suspension text of 2018-08 (`001`). In force for every instant before
 * 2021-03-08T00:00:00Z, including instants before its documents' dates (the catalog, decided).
 *
 * @category Policies
 */
export const partnerCenter2020: LegacyPolicy = /* @__PURE__ */ (() => ({
  program: 'legacy',
  id: rules2020.id,
  title: 'Partner Center CSP rules as documented on 2020-01-21',
  inForceFrom: rules2020.inForceFrom,
  sources: [source000, source001, source003, sourceReservations],
  products: rules2020.products,
  trialDays: rules2020.trialDays,
  suspension: rules2020.suspension,
  downloadLinks: { validDays: 14, maxDownloads: 50 },
  taxInclusiveMarkets: partnerCenterTaxInclusiveMarkets,
  unavailableMarkets: partnerCenterUnavailableMarkets,
  roles: partnerCenterRoles,
  reservationRefunds: partnerCenterReservationRefunds,
}))();
