import type { NewCommercePurchase } from '../index.ts';
import { parsePriceFlag } from './parsePriceFlag.ts';
import { UsageError } from './UsageError.ts';

/** The flags of `refund --program new-commerce`, as `parseArgs` read them. */
export interface NewCommerceFlags {
  readonly product: string;
  readonly ordered: string;
  readonly term?: string | undefined;
  readonly billingFrequency?: string | undefined;
  readonly quantity?: string | undefined;
  readonly termStart?: string | undefined;
  readonly termEnd?: string | undefined;
  readonly price?: string | undefined;
  readonly currency?: string | undefined;
}

/** A whole number of seats ≥ 1 from `--quantity`, or a `UsageError` naming the flag. */
function quantityOf(text: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(text)) {
    throw new UsageError(
      `--quantity: expected a whole number of seats ≥ 1, got ${JSON.stringify(text)}`,
    );
  }
  return Number(text);
}

/**
 * The New Commerce purchase the flags describe (NCE-2, NCE-4); the library checks the product,
 * term and billing-frequency combination, and its errors are then told in flag names.
 */
export function newCommercePurchase(flags: NewCommerceFlags): NewCommercePurchase {
  const { price, currency } = flags;
  return {
    program: 'new-commerce',
    product: flags.product,
    orderedAt: flags.ordered,
    ...(flags.term === undefined ? {} : { term: flags.term }),
    ...(flags.billingFrequency === undefined ? {} : { billingFrequency: flags.billingFrequency }),
    ...(flags.quantity === undefined ? {} : { quantity: quantityOf(flags.quantity) }),
    ...(flags.termStart === undefined ? {} : { termStart: flags.termStart }),
    ...(flags.termEnd === undefined ? {} : { currentTermEnd: flags.termEnd }),
    ...(price === undefined ? {} : { price: parsePriceFlag(price, currency) }),
  } as unknown as NewCommercePurchase;
}
