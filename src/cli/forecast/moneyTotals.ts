import type { Money } from '../../index.ts';
import { moneyText } from '../moneyText.ts';

/** Sums of money by currency, never one figure across currencies, per customer and in all. */
export interface MoneyTotals {
  /** Adds an amount to a customer's sum and to the total. */
  add(customer: string, money: Money): void;
  /** Each customer's sums (by customer, then currency), as `12.60 USD`. */
  perCustomer(): { readonly customer: string; readonly amounts: readonly string[] }[];
  /** The sums of everyone, by currency. */
  total(): string[];
}

/** Sums in one map: currency → minor units. */
function sums(map: Map<string, number>): string[] {
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, amount]) => moneyText({ amount, currency } as Money));
}

/**
 * The running sums `renewals` and `forecast` print per customer and in total (PL-6): integer
 * minor units by currency.
 *
 * @returns The sums, empty.
 */
export function moneyTotals(): MoneyTotals {
  const byCustomer = new Map<string, Map<string, number>>();
  const all = new Map<string, number>();
  return {
    add(customer, money) {
      let mine = byCustomer.get(customer);
      if (mine === undefined) {
        mine = new Map();
        byCustomer.set(customer, mine);
      }
      mine.set(money.currency, (mine.get(money.currency) ?? 0) + money.amount);
      all.set(money.currency, (all.get(money.currency) ?? 0) + money.amount);
    },
    perCustomer() {
      return [...byCustomer]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([customer, map]) => ({ customer, amounts: sums(map) }));
    },
    total() {
      return sums(all);
    },
  };
}
