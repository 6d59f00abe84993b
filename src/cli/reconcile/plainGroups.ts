import type { FileGroup } from '../../reconciliation/_internal/LineGroups.ts';

/** Digits a group holds as a `bigint`, written as text ending in `n` (JSON has no `bigint`). */
type Written<T> = T | string;

const out = (units: number | bigint): Written<number> =>
  typeof units === 'bigint' ? `${units}n` : units;

const back = (units: Written<number> | bigint): number | bigint =>
  typeof units === 'string' ? BigInt(units.slice(0, -1)) : units;

/**
 * A reconciliation file's line groups as plain data and back (REC-3, `--memory`): what goes to
 * disk past the budget, and crosses between threads as JSON. A group's `bigint` digits are
 * written as text ending in `n` (no replacer: JSON's own writer and reader run at full speed only
 * without one, and a spilled file is read through); a group of numbers only is itself.
 */
export const plainGroups = {
  /**
   * @param group - A group, as `LineGroups.take` gives it.
   * @returns It as JSON data.
   */
  write(group: FileGroup): unknown {
    const plain =
      typeof group.subtotalUnits !== 'bigint' &&
      typeof group.quantityUnits !== 'bigint' &&
      typeof group.priceUnits !== 'bigint' &&
      (group.quantities === null || group.quantities.every((q) => typeof q.units !== 'bigint'));
    if (plain) return group;
    return {
      ...group,
      subtotalUnits: out(group.subtotalUnits),
      quantityUnits: out(group.quantityUnits),
      priceUnits:
        group.priceUnits === null || group.priceUnits === undefined
          ? group.priceUnits
          : out(group.priceUnits),
      quantities:
        group.quantities === null
          ? null
          : group.quantities.map((q) => ({ units: out(q.units), scale: q.scale })),
    };
  },
  /**
   * @param written - A group as {@link plainGroups.write} gave it, parsed (changed in place).
   * @returns The group, its digits as they were.
   */
  read(written: unknown): FileGroup {
    const group = written as Record<string, unknown>;
    const quantities = group.quantities as { units: Written<number>; scale: number }[] | null;
    if (quantities !== null)
      for (const q of quantities) (q as { units: unknown }).units = back(q.units);
    group.subtotalUnits = back(group.subtotalUnits as Written<number>);
    group.quantityUnits = back(group.quantityUnits as Written<number>);
    const price = group.priceUnits as Written<number> | null | undefined;
    if (price !== null && price !== undefined) group.priceUnits = back(price);
    return group as unknown as FileGroup;
  },
};
