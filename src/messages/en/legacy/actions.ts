/**
 * The English descriptions of what a legacy subscription's allowed action would do (LC-12,
 * MSG-1), exactly as earlier releases wrote them: a cancel names its refund outcome by its code
 * (`full-credit until …`); no action on a usage product speaks of licences or refunds (PCR-1).
 * Instants are ISO 8601 UTC strings.
 */
import { sharedActionMessages } from '../sharedActions.ts';

const own = {
  'action.cancel.full-credit': 'full-credit until {until}',
  'action.cancel.prorated-credit': 'prorated-credit until {until}',
  'action.cancel.cancel-at-renewal': 'cancel-at-renewal on {termEnd}',
  'action.cancel.no-refund': 'cancel now (usage is billed as it happens)',
  'action.suspend': 'suspend',
  'action.suspend.needs': 'suspend (needs {field})',
  'action.suspend.needs-both': 'suspend (needs accountOpenedAt and firstBillingPeriodStart)',
  'action.change-quantity': 'change the number of licenses',
  'action.change-quantity.usage': 'change the quantity',
} as const;

/** Every description a legacy allowed action can have: its own and the ones both programs share. */
export const legacyActionMessages: typeof own & typeof sharedActionMessages =
  /* @__PURE__ */ (() => ({ ...own, ...sharedActionMessages }))();
