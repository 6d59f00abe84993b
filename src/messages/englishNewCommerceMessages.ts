import { fixedRefundMessages } from './en/fixedRefunds.ts';
import { lifecycleMessages } from './en/lifecycle.ts';
import { newCommerceActionMessages } from './en/newCommerce/actions.ts';
import { extendedServiceTermMessages } from './en/newCommerce/extendedServiceTerm.ts';
import { extendedServiceTermNotes } from './en/newCommerce/extendedServiceTermNotes.ts';
import { midTermMessages, upgradeMessages } from './en/newCommerce/midTerm.ts';
import { priceMessages } from './en/newCommerce/prices.ts';
import { promotionNotes } from './en/newCommerce/promotionNotes.ts';
import { newCommerceRefundMessages } from './en/newCommerce/refunds.ts';
import { offerMessages } from './en/offers.ts';
import { orderMessages } from './en/orders.ts';
import { resourceMessages } from './en/resource.ts';
import { softwareMessages } from './en/software.ts';
import type { NewCommerceMessageId } from './MessageId.ts';

/**
 * Every English template a New Commerce result can carry (MSG-1, NCE-1): what a New Commerce-only
 * locale falls back to, so it carries none of the legacy sentences.
 */
export const englishNewCommerceMessages: { readonly [Id in NewCommerceMessageId]: string } =
  /* @__PURE__ */ Object.assign(
    {},
    newCommerceRefundMessages,
    fixedRefundMessages,
    lifecycleMessages,
    midTermMessages,
    upgradeMessages,
    extendedServiceTermMessages,
    extendedServiceTermNotes,
    promotionNotes,
    priceMessages,
    offerMessages,
    softwareMessages,
    newCommerceActionMessages,
    resourceMessages,
    orderMessages,
  );
