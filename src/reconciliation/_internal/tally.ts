import {
  addDecimals,
  decimalText,
  type FileDecimal,
  readFileDecimal,
  sum,
} from '../../kernel/fileDecimal.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import type { ReconcileAtStake } from '../replayTypes.ts';
import type { GroupComparison } from './compareGroups.ts';

/** The money one currency's findings put at stake, exactly. */
export type AtStake = ReconcileAtStake;

/**
 * What a tally reads of a comparison: the matched groups only for their count and whether they
 * have notes, so a comparison made in a worker thread travels back without its matched lines.
 */
export type TalliedComparison = Pick<GroupComparison, 'different' | 'missing' | 'unexpected'> & {
  readonly matched: readonly { readonly notes: readonly unknown[] }[];
};

/** What a run found, counted. */
export interface Tally {
  /** Counts a subscription's comparison: its groups by kind and what each puts at stake. */
  add(comparison: TalliedComparison): void;
  /** The groups matched, different, missing and unexpected, and the matched groups with notes. */
  readonly counts: {
    matched: number;
    different: number;
    missing: number;
    unexpected: number;
    notes: number;
  };
  /** The money at stake by currency, never summed across currencies. */
  atStake(): AtStake[];
}

const ZERO: FileDecimal = { units: 0, scale: 0 };
const decimal = (text: string | undefined): FileDecimal => readFileDecimal(text) ?? ZERO;

/**
 * Counts the findings and sums the money at stake per currency (REC-3, R10: an export mixing
 * billing currencies must not be summed as one figure): a difference's billed less expected
 * `Subtotal`, a missing group's expected one (negative: billed nothing), an unexpected group's
 * billed one — exactly, from the decimals as written.
 *
 * @returns An empty tally.
 */
export function tally(): Tally {
  const counts = { matched: 0, different: 0, missing: 0, unexpected: 0, notes: 0 };
  const stakes = new Map<string, { amount: FileDecimal; net: FileDecimal }>();
  const stake = (
    currency: string | undefined,
    billed: FileDecimal,
    expected: FileDecimal,
  ): void => {
    const key = currency ?? '?';
    const held = stakes.get(key) ?? { amount: ZERO, net: ZERO };
    addDecimals(billed.units, billed.scale, -BigInt(expected.units), expected.scale);
    const difference: FileDecimal = { units: sum.units, scale: sum.scale };
    addDecimals(held.net.units, held.net.scale, difference.units, difference.scale);
    const net = { units: sum.units, scale: sum.scale };
    const size =
      BigInt(difference.units) < 0n ? -BigInt(difference.units) : BigInt(difference.units);
    addDecimals(held.amount.units, held.amount.scale, size, difference.scale);
    stakes.set(key, { amount: { units: sum.units, scale: sum.scale }, net });
  };
  return {
    counts,
    add(comparison) {
      counts.matched += comparison.matched.length;
      for (const match of comparison.matched) if (match.notes.length > 0) counts.notes++;
      counts.different += comparison.different.length;
      counts.missing += comparison.missing.length;
      counts.unexpected += comparison.unexpected.length;
      for (const d of comparison.different)
        stake(
          d.currency ?? d.actual.Currency,
          decimal(d.actual.Subtotal),
          decimal(d.expected.Subtotal),
        );
      for (const m of comparison.missing)
        stake(m.currency ?? m.expected.Currency, ZERO, decimal(m.expected.Subtotal));
      for (const u of comparison.unexpected)
        stake(u.currency ?? u.actual.Currency, decimal(u.actual.Subtotal), ZERO);
    },
    atStake() {
      return [...stakes.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([currency, { amount, net }]) => {
          const exponent = currencyExponents[currency as keyof typeof currencyExponents] ?? 2;
          return {
            currency,
            amount: decimalText(amount, exponent),
            net: decimalText(net, exponent),
          };
        });
    },
  };
}
