import type { promotionNotes } from '../messages/en/newCommerce/promotionNotes.ts';
import type { ResourceMessageId } from '../messages/en/resource.ts';
import type { Message } from '../messages/types.ts';

/** The reader's notes about the end of a New Commerce term (EST-6). */
type ExtendedServiceTermNoteId =
  | 'resource.nce.end-of-term-inferred'
  | 'resource.nce.end-of-term-disagrees'
  | 'resource.nce.extended-service-term'
  | keyof typeof promotionNotes;
/**
 * A Partner Center Subscription resource as the API returns it (camelCase JSON), reduced to the
 * fields the rules read (PCR-1). The API sends more; extra keys are ignored at run time.
 *
 * @category Partner Center
 */
export interface PartnerCenterSubscription {
  /** The subscription's id. */
  readonly id?: string | undefined;
  /** Seats. */
  readonly quantity: number;
  /** `usage` for a metered product. */
  readonly unitType?: string | undefined;
  /** `{ id, displayName }`, e.g. `OnlineServicesNCE`, `Software`. */
  readonly productType?:
    | {
        /** e.g. `OnlineServicesNCE`, `Software`. */
        readonly id?: string | undefined;
        /** Its name for people. */
        readonly displayName?: string | undefined;
      }
    | undefined;
  /** When the subscription began: its order instant. */
  readonly effectiveStartDate: string;
  /** New Commerce: the term's inclusive last date; legacy: the instant the term ends. */
  readonly commitmentEndDate?: string | undefined;
  /** New Commerce only: the end of the cancellation window, `null` when it may not be cancelled. */
  readonly cancellationAllowedUntilDate?: string | null | undefined;
  /** `none`, `active`, `suspended`, `deleted`, `expired`, `pending`, `disabled`. */
  readonly status: string;
  /** Whether it renews at the term end. */
  readonly autoRenewEnabled: boolean;
  /** A trial. */
  readonly isTrial?: boolean | undefined;
  /** `license` or `usage`. */
  readonly billingType?: string | undefined;
  /** `monthly`, `annual`, `triennial`, `none` (trials), `one_time`. */
  readonly billingCycle?: string | undefined;
  /** The term, ISO 8601 (`P1M`, `P1Y`, `P3Y`). */
  readonly termDuration?: string | undefined;
  /** Refund windows: `Full` ends the full-credit window. */
  readonly refundOptions?:
    | readonly {
        /** `Full` or `Partial`. */
        readonly type: string;
        /** When the option ends. */
        readonly expiresAt: string;
      }[]
    | null
    | undefined;
  /** Seats that can still be removed, by batch. */
  readonly refundableQuantity?:
    | {
        /** Seats that can be removed now. */
        readonly totalQuantity?: number | undefined;
        /** The batches: how many seats, and until when. */
        readonly details?:
          | readonly {
              /** Seats in the batch. */
              readonly quantity: number;
              /** Until when they can be removed. */
              readonly allowedUntilDateTime: string;
            }[]
          | undefined;
      }
    | null
    | undefined;
  /** Changes scheduled for the renewal. */
  readonly scheduledNextTermInstructions?:
    | {
        /** The product, term and billing cycle for the renewal. */
        readonly product?:
          | {
              /** The product to renew into. */
              readonly productId?: string | undefined;
              /** Its SKU. */
              readonly skuId?: string | undefined;
              /** Its availability. */
              readonly availabilityId?: string | undefined;
              /** The billing cycle after the renewal. */
              readonly billingCycle?: string | undefined;
              /** The term after the renewal. */
              readonly termDuration?: string | undefined;
            }
          | undefined;
        /** Seats after the renewal. */
        readonly quantity?: number | undefined;
        /** The renewed term's aligned end date (`YYYY-MM-DD`, or that day at 00:00), MID-3. */
        readonly customTermEndDate?: string | null | undefined;
      }
    | null
    | undefined;
  /**
   * The actions scheduled for the subscription (EST-6): the one with `scheduleType` `TermEnd`
   * says what its term's end does (`RenewToNewTerm`, `RenewToExtendedServiceTerm`, `Cancel`).
   */
  readonly scheduledActions?:
    | readonly {
        /** When it applies: `TermEnd` for the end-of-term action. */
        readonly scheduleType?: string | undefined;
        /** `RenewToNewTerm`, `RenewToExtendedServiceTerm` or `Cancel`. */
        readonly actionType?: string | undefined;
      }[]
    | null
    | undefined;
  /** The offer's name; one containing "Extended Service Term" is read as in it (EST-6). */
  readonly offerName?: string | undefined;
  /** The subscription's name for people (read as `offerName` is). */
  readonly friendlyName?: string | undefined;
  /** The offer (`CFQ7TTC0LF8R:0001:CFQ7TTC0K821`), kept as the state's `offerId` (MID-4). */
  readonly offerId?: string | undefined;
  /**
   * New Commerce: the promotion Partner Center discounted the current term by (PL-5), `null` or
   * absent for none. Its discount is in the promotion resource, given as the reader's
   * `options.promotions`.
   */
  readonly promotionId?: string | null | undefined;
  /** Microsoft's own product (a licence-based offer) rather than a marketplace publisher's. */
  readonly isMicrosoftProduct?: boolean | undefined;
}

/**
 * One thing the reader could not carry over, or a disagreement between what the resource states
 * and what the rules compute (PCR-1); a New Commerce resource's end of term (EST-6) has notes of
 * its own.
 *
 * @category Partner Center
 */
export interface PartnerCenterNote extends Message<ResourceMessageId | ExtendedServiceTermNoteId> {
  /** The resource field concerned, e.g. `resource.refundOptions.0.expiresAt`. */
  readonly path: string;
}
