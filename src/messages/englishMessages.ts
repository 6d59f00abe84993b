import { actionMessages } from './en/actions.ts';
import { lifecycleMessages } from './en/lifecycle.ts';
import { extendedServiceTermMessages } from './en/newCommerce/extendedServiceTerm.ts';
import { extendedServiceTermNotes } from './en/newCommerce/extendedServiceTermNotes.ts';
import { midTermMessages, upgradeMessages } from './en/newCommerce/midTerm.ts';
import { priceMessages } from './en/newCommerce/prices.ts';
import { promotionNotes } from './en/newCommerce/promotionNotes.ts';
import { offerMessages } from './en/offers.ts';
import { orderMessages } from './en/orders.ts';
import { refundMessages } from './en/refunds.ts';
import {
  reservationExchangeMessages,
  reservationMessages,
  savingsPlanMessages,
} from './en/reservations.ts';
import { resourceMessages } from './en/resource.ts';
import { softwareMessages } from './en/software.ts';
import type { LocaleMessages } from './types.ts';

/**
 * Every English template, by message ID: the catalog every other locale translates (MSG-1). Made
 * by a call marked pure (an object spread is not), so a bundle that never reads it drops it and
 * keeps only the tables of the areas it uses.
 */
export const englishMessages: LocaleMessages = /* @__PURE__ */ Object.assign(
  {},
  refundMessages,
  lifecycleMessages,
  midTermMessages,
  upgradeMessages,
  extendedServiceTermMessages,
  extendedServiceTermNotes,
  promotionNotes,
  priceMessages,
  offerMessages,
  softwareMessages,
  actionMessages,
  resourceMessages,
  reservationMessages,
  reservationExchangeMessages,
  savingsPlanMessages,
  orderMessages,
);
