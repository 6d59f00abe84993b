import {
  type MessageOptions,
  type NewCommerceSubscription,
  type PriceList,
  type Promotion,
  renewalForecast,
} from '../../index.ts';
import { moneyText } from '../moneyText.ts';
import { table } from '../table.ts';
import { endOfTermLabels } from './endOfTermLabels.ts';

/** A term end of `forecast`'s month, as `--json` lists it: whose, when, what then, what it costs. */
export interface TermEnd {
  readonly subscriptionId: string;
  readonly customerId: string;
  readonly at: string;
  readonly endOfTerm: 'renew' | 'extended-service-term' | 'cancel';
  readonly seats: number;
  /** The last price a seat (a month, for the Extended Service Term). */
  readonly before: string;
  /** The price a seat after it (0 for a cancellation). */
  readonly after: string;
  /** What it changes in a month for the seats held: a year's change ÷ 12. */
  readonly perMonth: string;
}

/** n ÷ 12, rounded half away from zero. */
const twelfth = (n: number): number => Math.sign(n) * Math.round(Math.abs(n) / 12);

/**
 * The term ends of one subscription in [`fromMs`, `toMs`) (PL-8): each renewal, Extended Service
 * Term and cancellation `renewalForecast` lists, with its price before and after and what it
 * changes a month.
 *
 * @param state - The subscription, read and priced.
 * @param owner - Its id and customer.
 * @param window - The month, the list and the promotions.
 * @returns Its term ends, in time order.
 */
export function termEndsOf(
  state: NewCommerceSubscription,
  owner: { readonly subscriptionId: string; readonly customerId: string },
  window: {
    readonly fromMs: number;
    readonly toMs: number;
    readonly priceList: PriceList;
    readonly promotions?: readonly Promotion[] | undefined;
  },
): TermEnd[] {
  const from = new Date(Math.max(Date.parse(state.asOf), window.fromMs)).toISOString();
  const { renewals } = renewalForecast(state, {
    priceList: window.priceList,
    from,
    to: new Date(window.toMs).toISOString(),
    ...(window.promotions === undefined ? {} : { promotions: window.promotions }),
  });
  return renewals.map((entry) => ({
    ...owner,
    at: entry.at,
    endOfTerm: entry.endOfTerm,
    seats: entry.seats,
    before: moneyText(entry.before),
    after: moneyText(entry.after),
    perMonth:
      entry.perYear === null
        ? ''
        : moneyText({ amount: twelfth(entry.perYear.amount), currency: entry.perYear.currency }),
  }));
}

/**
 * `forecast`'s table of its month's term ends (PL-8), what happens at each in the run's language.
 *
 * @param month - `YYYY-MM`.
 * @param ends - The term ends.
 * @param options - `--locale`.
 * @returns The heading and the table.
 */
export function termEndsTable(
  month: string,
  ends: readonly TermEnd[],
  options: MessageOptions,
): string {
  const then = endOfTermLabels(options);
  const head = ['Customer', 'Subscription', 'Ends', 'Then', 'Seats', 'Before', 'After', 'A month'];
  const rows = ends.map((end) => [
    end.customerId || '-',
    end.subscriptionId,
    end.at.slice(0, 10),
    then(end.endOfTerm),
    String(end.seats),
    end.before,
    end.after,
    end.perMonth || '-',
  ]);
  return `Term ends in ${month}:\n${table([head, ...rows])}`;
}
