/**
 * How the findings name where the resources and prices came from: the command line's flags, or a
 * caller's words (REC-3).
 */
export interface SourceNames {
  /** The resources: `--subscriptions`, `the resource list`. */
  readonly resources: string;
  /** The price list: `--prices`, `the price list`. */
  readonly prices: string;
  /** How to give prices: `pass --prices`, `give a price list`. */
  readonly givePrices: string;
  /**
   * What an Extended Service Term is priced from (EST-7): `--est-base`,
   * `options.extendedServiceTermBase`.
   */
  readonly estBase: string;
  /** The market that overrides each subscription's own (PL-7): `--market`, `options.market`. */
  readonly market: string;
}

/** The words of a caller that gives lists, not files. */
export const LIST_NAMES: SourceNames = {
  resources: 'the resource list',
  prices: 'the price list',
  givePrices: 'give a price list',
  estBase: 'options.extendedServiceTermBase',
  market: 'options.market',
};
