import type { SourceNames } from '../../reconciliation/_internal/SourceNames.ts';

/** How the reconcile command's findings name its files: by their flags. */
export const CLI_NAMES: SourceNames = {
  resources: '--subscriptions',
  prices: '--prices',
  givePrices: 'pass --prices',
  estBase: '--est-base',
  market: '--market',
};
