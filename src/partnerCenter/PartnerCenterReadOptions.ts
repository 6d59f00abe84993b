import type { MessageOptions } from '../messages/types.ts';
import type { Money } from '../pricing/money.ts';
import type { Instant } from '../time/parseInstant.ts';

/**
 * A row of Partner Center's price list, as its file gives it: the unit price as decimal text
 * (`'12.5000'`; trailing zeros past the currency's decimals are read as what they are) and the
 * currency code.
 *
 * @category Partner Center
 */
export interface PriceListRow {
  /** The price of one seat for the row's term and billing plan, as the file writes it. */
  readonly UnitPrice: string | number;
  /** The ISO 4217 code, upper case. */
  readonly Currency: string;
}

/**
 * What `fromPartnerCenterSubscription` takes beside the resource (PCR-1).
 *
 * @category Partner Center
 */
export interface PartnerCenterReadOptions extends MessageOptions {
  /** When the resource was fetched. */
  readonly asOf: Instant;
  /**
   * The unit price, which the resource does not carry: per seat per billing period for New
   * Commerce (the price list's row for the subscription's term and billing plan), per licence per
   * term for the legacy program. With it the state charges and credits in money; without it, its
   * `price` is `null`.
   */
  readonly price?: Money | PriceListRow | undefined;
}
