import { fixedRefundMessages } from './en/fixedRefunds.ts';
import { legacyActionMessages } from './en/legacy/actions.ts';
import { legacyRefundMessages } from './en/legacy/refunds.ts';
import { lifecycleMessages } from './en/lifecycle.ts';
import { offerMessages } from './en/offers.ts';
import { resourceMessages } from './en/resource.ts';
import { softwareMessages } from './en/software.ts';
import type { LegacyMessageId } from './MessageId.ts';

/**
 * Every English template a legacy result can carry (MSG-1, NCE-1): what a legacy-only locale falls
 * back to, so it carries none of New Commerce's sentences.
 */
export const englishLegacyMessages: { readonly [Id in LegacyMessageId]: string } =
  /* @__PURE__ */ Object.assign(
    {},
    legacyRefundMessages,
    fixedRefundMessages,
    lifecycleMessages,
    offerMessages,
    softwareMessages,
    legacyActionMessages,
    resourceMessages,
  );
