import { isRuleError } from '../../errors/isRuleError.ts';
import type { RuleError } from '../../errors/RuleError.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type { PromotionOptions } from '../../prices/types.ts';
import type { NewCommerceRules } from '../replayTypes.ts';
import { errorText } from './errorText.ts';
import type { SourceNames } from './SourceNames.ts';
import { sentence, textsFor } from './texts/textsFor.ts';

/**
 * The problem of a resource the reader refuses (REC-3, ERR-2): which item (the subscription's,
 * in the list the names give) and why it cannot be read, in the reader's own words — its field
 * and what it expected.
 *
 * @param error - What the reader threw.
 * @param names - How the list is named (`--subscriptions`, `the resource list`).
 * @param options - `{ locale }`.
 * @returns The problem, or `undefined` for an error that is not of the resource itself.
 */
export function resourceFaultText(
  error: RuleError,
  names: SourceNames,
  options: MessageOptions,
): string | undefined {
  if (typeof error.path !== 'string' || !/^resource(?:\.|$)/.test(error.path)) return undefined;
  return sentence(textsFor(options.locale), 'resource-unread', {
    resources: names.resources,
    reason: errorText(error, options),
  });
}

/**
 * Whether a resource reads at all (REC-3), without a price: a subscription left without one is
 * told what is wrong with its resource first, since a price would not make it read.
 *
 * @param rules - The rules whose reader reads it.
 * @param resource - The resource, as fetched.
 * @param asOf - The instant it is read at.
 * @param names - How the list is named.
 * @param options - `{ locale }` and the promotions the reader takes a named one from.
 * @returns The problem ({@link resourceFaultText}), or `undefined` when it reads.
 */
export function resourceFault(
  rules: NewCommerceRules,
  resource: Readonly<Record<string, unknown>>,
  asOf: string,
  names: SourceNames,
  options: MessageOptions & PromotionOptions,
): string | undefined {
  try {
    rules.fromPartnerCenterSubscription(resource as never, { asOf, ...options });
    return undefined;
  } catch (error) {
    if (!isRuleError(error)) throw error;
    return resourceFaultText(error, names, options);
  }
}
