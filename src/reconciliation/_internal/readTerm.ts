import { isRuleError } from '../../errors/isRuleError.ts';
import type { NewCommerceSubscription } from '../../lifecycle/newCommerce/types.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type {
  PartnerCenterReadOptions,
  PriceListRow,
} from '../../partnerCenter/PartnerCenterReadOptions.ts';
import type { PromotionOptions } from '../../prices/types.ts';
import type { NewCommerceRules } from '../replayTypes.ts';
import { errorText } from './errorText.ts';
import { isoText } from './isoInstants.ts';
import { resourceFaultText } from './resourceFault.ts';
import { LIST_NAMES, type SourceNames } from './SourceNames.ts';
import { sentence, textsFor } from './texts/textsFor.ts';
import { yearsMonth } from './yearsMonth.ts';

/** A term's price, and where it came from (`PriceFound` with a price). */
export interface TermPrice {
  readonly price: PriceListRow;
  readonly from?: string;
  /** The SKU's annual row, for a month of Extended Service Term (`PriceFound`). */
  readonly estAnnual?: { readonly noRow: string } | undefined;
}

/** A term read, or why it cannot be: a problem (its groups unexpected), or left unverified. */
export type TermRead =
  | { readonly subscription: NewCommerceSubscription }
  | { readonly problem: string }
  | { readonly unverified: string };

/**
 * Reads one term of a subscription's resource at `asOfMs` (PCR-1) with its price: a resource read
 * as in its Extended Service Term is priced from a base (EST-5, EST-7: the list's monthly-term
 * row, the annual row ÷ 12, else the caller's); a price or base the reader refuses is a problem
 * naming where it came from (the file's `UnitPrice`, the price list, `--est-base`), never the
 * reader's option path.
 *
 * @param rules - The New Commerce rules.
 * @param resource - The resource of the term, taken back over the file's changes.
 * @param asOfMs - When it is read.
 * @param priced - Its price.
 * @param input - The caller's base for an Extended Service Term and the names of its sources.
 * @param options - `{ locale }`, `promotions`.
 * @returns The state, or why there is none.
 */
export function readTerm(
  rules: NewCommerceRules,
  resource: Readonly<Record<string, unknown>>,
  asOfMs: number,
  priced: TermPrice,
  input: {
    readonly estBase?: PartnerCenterReadOptions['extendedServiceTermBase'];
    readonly names?: SourceNames | undefined;
  },
  options: MessageOptions & PromotionOptions,
): TermRead {
  const { price, from, estAnnual } = priced;
  const read = (base: PartnerCenterReadOptions['extendedServiceTermBase'], withPrice: boolean) =>
    rules.fromPartnerCenterSubscription(resource as never, {
      asOf: isoText(asOfMs),
      ...(withPrice ? { price } : {}),
      ...(base === undefined ? {} : { extendedServiceTermBase: base }),
      ...options,
    }).subscription;
  let subscription: ReturnType<typeof read>;
  try {
    // an annual row found for a month of Extended Service Term prices no term of the resource's
    subscription = read(input.estBase, estAnnual === undefined);
    // a resource read as in its Extended Service Term (EST-6) takes its price as the month's, the
    // uplift in it; but the file's UnitPrice is the base at best and another term's price at worst
    // (EST-5, E6.5), so the month is priced from a base: the price list's monthly-term row (PL-3)
    // when a list priced it, else the caller's; without either nothing of it can be compared
    if (subscription.program === 'new-commerce' && subscription.extendedServiceTerm !== undefined) {
      const month = estAnnual === undefined ? undefined : yearsMonth(price);
      if (estAnnual !== undefined && month === undefined) return { problem: estAnnual.noRow };
      const base =
        month !== undefined
          ? // the SKU has no monthly plan: a year's price ÷ 12, rounded half up (EST-7, PL-3)
            { basePrice: month, monthlyPlan: false }
          : from !== undefined && subscription.price !== null
            ? { basePrice: subscription.price, monthlyPlan: true }
            : input.estBase;
      if (base === undefined) {
        const names = input.names ?? LIST_NAMES;
        return { unverified: names.estBase };
      }
      subscription = read(base, false);
    } else if (estAnnual !== undefined) return { problem: estAnnual.noRow };
  } catch (error) {
    if (!isRuleError(error)) throw error;
    const text = errorText(error, options);
    // the reader's option path means nothing to whoever wrote the file: name where the price came
    // from, the file's own UnitPrice column or the price list (`--prices` on the command line)
    if (typeof error.path === 'string' && error.path.startsWith('options.price')) {
      const { UnitPrice, Currency } = price;
      return {
        problem: sentence(
          textsFor(options.locale),
          from === undefined ? 'price-file' : 'price-list',
          {
            price: `${JSON.stringify(UnitPrice)} ${Currency}`,
            prices: from ?? '',
            reason: text.replace(/^options\.price[\w.]*:\s*/, ''),
          },
        ),
      };
    }
    // the resource itself: which item, and what is wrong with it
    const fault = resourceFaultText(error, input.names ?? LIST_NAMES, options);
    if (fault !== undefined) return { problem: fault };
    // the base is the caller's own: named as they gave it (`--est-base` on the command line)
    return {
      problem: text.replace(
        /options\.extendedServiceTermBase/g,
        (input.names ?? LIST_NAMES).estBase,
      ),
    };
  }
  if (subscription.program !== 'new-commerce')
    return {
      problem: 'the resource reads as a legacy subscription: the file holds New Commerce lines',
    };
  return { subscription };
}
