import type { extendedServiceTermMessages } from './extendedServiceTerm.ts';
import type { extendedServiceTermNotes } from './extendedServiceTermNotes.ts';
import type { PriceMessageId } from './prices.ts';
import type { promotionNotes } from './promotionNotes.ts';

/**
 * The English sentences of New Commerce's refusals of a change made mid-term (MID-1, MID-2,
 * MSG-1), by message ID: a longer term now, a billing frequency from the next period. New Commerce's own, so a legacy bundle carries none of them. `{termEnd}` and the other
 * instants are ISO 8601 UTC strings.
 */
export const midTermMessages = {
  'lifecycle.nce.refused.term-not-longer':
    'A {term} term cannot change to {to} mid-term: only a longer term can start now; schedule {to} for the renewal on {termEnd}.',
  'lifecycle.nce.refused.term-change-product':
    'A {product} subscription cannot move to a longer term mid-term: schedule the new term for the renewal on {termEnd}.',
  'lifecycle.nce.refused.frequency-not-allowed':
    'The billing frequency of a {term} term cannot change mid-term under {policyId}: schedule it for the renewal on {termEnd} (schedule-renewal).',
  'lifecycle.nce.refused.frequency-last-period':
    'The term’s last billing period has begun: schedule the billing frequency for the renewal on {termEnd} (schedule-renewal).',
  'lifecycle.nce.refused.frequency-same': 'The subscription is already billed {billingFrequency}.',
} as const;

/**
 * The English sentences of an upgrade's refusals (MID-4, MSG-1), apart from the events' so that a
 * bundle without `upgrade` carries none of them.
 */
export const upgradeMessages = {
  'lifecycle.nce.refused.upgrade-product': 'A {product} subscription cannot be upgraded.',
  'lifecycle.nce.refused.upgrade-shorter-term':
    'The target’s term {to} is shorter than the source subscription’s term {term}: an upgrade never shortens the term.',
  'lifecycle.nce.refused.upgrade-ends-earlier':
    'The target subscription’s term ends {targetEnd}, before the source’s ends {termEnd}: an upgrade never ends earlier.',
  'lifecycle.nce.refused.upgrade-new-term':
    'An upgrade into a new subscription keeps the source’s term and billing frequency ({term}, {billingFrequency}): upgrade into an existing {to} subscription, or change the term after.',
} as const;

/**
 * The message ID of a refusal of a mid-term change (MSG-1, MID-1 … MID-4), and of the refusals and
 * warnings of the end of a term (EST-1 … EST-4).
 *
 * @category Messages
 */
export type MidTermMessageId =
  | keyof typeof midTermMessages
  | keyof typeof upgradeMessages
  | keyof typeof extendedServiceTermMessages
  | keyof typeof extendedServiceTermNotes
  | keyof typeof promotionNotes
  | PriceMessageId;
