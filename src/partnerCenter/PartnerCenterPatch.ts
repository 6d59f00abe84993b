/**
 * The body of a PATCH to a Partner Center Subscription resource (PCR-2): only the fields that
 * change.
 *
 * @category Partner Center
 */
export interface PartnerCenterPatch {
  /** `suspended` to suspend, `active` to reactivate, `deleted` to cancel. */
  readonly status?: 'suspended' | 'active' | 'deleted';
  /** Auto-renew on or off. */
  readonly autoRenewEnabled?: boolean;
  /**
   * The end-of-term action (EST-6), written with `autoRenewEnabled` on every end-of-term change —
   * never auto-renew off alone, which Partner Center reads as the Extended Service Term.
   */
  readonly scheduledActions?: readonly {
    /** Always `TermEnd`. */
    readonly scheduleType: 'TermEnd';
    /** `RenewToNewTerm`, `RenewToExtendedServiceTerm` or `Cancel`. */
    readonly actionType: 'RenewToNewTerm' | 'RenewToExtendedServiceTerm' | 'Cancel';
  }[];
  /** The new number of seats. */
  readonly quantity?: number;
  /** The changes scheduled for the renewal, or `null` to clear them. */
  readonly scheduledNextTermInstructions?: {
    /** The term and billing cycle for the renewal. */
    readonly product: {
      /** The billing cycle after the renewal. */
      readonly billingCycle?: string;
      /** The term after the renewal. */
      readonly termDuration?: string;
    };
    /** Seats after the renewal. */
    readonly quantity?: number;
    /** The renewed term's aligned end, `YYYY-MM-DD` (MID-3). */
    readonly customTermEndDate?: string;
  } | null;
}
