import { CHARGE_TYPES } from './chargeTypes.ts';
import type { FileChange } from './FileChange.ts';
import type { FileGroup } from './LineGroups.ts';
import { sheetRow } from './sheetRow.ts';

/**
 * What a group's charge type (in lower case, as groups are keyed) replays as, when it records a
 * change of seats: Partner Center's names for the kinds (REC-1, R2).
 */
function changeOf(chargeKey: string): FileChange['kind'] | undefined {
  if (chargeKey === CHARGE_TYPES['add-quantity'].toLowerCase()) return 'add';
  if (chargeKey === CHARGE_TYPES['remove-quantity'].toLowerCase()) return 'remove';
  return chargeKey === CHARGE_TYPES.cancel.toLowerCase() ? 'cancel' : undefined;
}

/** A quantity as whole seats, or `undefined` when it is not whole. */
function seatsOf(quantity: {
  readonly units: number | bigint;
  readonly scale: number;
}): number | undefined {
  const seats = Number(quantity.units) / 10 ** quantity.scale;
  return Number.isSafeInteger(seats) ? Math.abs(seats) : undefined;
}

/**
 * The seats of each change a group records: one per line, for CHG-2 is not linear in the seats
 * (2 and 3 seats added on one day bill 12.46 + 18.75, where 5 bill 31.20) — but a change printed
 * as two lines (a negative reversal beside the new quantity, R4) is one change of the net seats,
 * and so are more lines than a group keeps.
 */
function partsOf(group: FileGroup): readonly (number | undefined)[] {
  const net = seatsOf({ units: group.quantityUnits, scale: group.quantityScale });
  if (group.quantities === null || (!group.credit && group.negativeLines > 0)) return [net];
  return group.quantities.map(seatsOf);
}

/**
 * The changes of seats one subscription's groups record (REC-3): each `addQuantity` line adds its
 * `BillableQuantity` on its `ChargeStartDate` (a change printed as two lines is one change of the
 * net seats added), each `removeQuantity` line removes its seats, a `cancelImmediate` group cancels. A
 * group that does not net to whole seats, or an `addQuantity` group that nets to none or fewer,
 * is not replayed, and says why.
 *
 * @param groups - The subscription's groups.
 * @returns The changes, and the groups that cannot be replayed, each in a sentence.
 */
export function fileChanges(groups: readonly FileGroup[]): {
  readonly changes: FileChange[];
  readonly problems: string[];
} {
  const changes: FileChange[] = [];
  const problems: string[] = [];
  for (const group of groups) {
    const kind = group.known ? changeOf(group.chargeKey) : undefined;
    if (kind === undefined) continue;
    const positive =
      typeof group.quantityUnits === 'number' ? group.quantityUnits > 0 : group.quantityUnits > 0n;
    if (kind === 'cancel') {
      changes.push({ kind, day: group.startDay, seats: 0 });
      continue;
    }
    const parts = partsOf(group);
    const whole = parts.every((seats) => seats !== undefined && seats > 0);
    if (!whole || (kind === 'add' && !positive)) {
      const net = seatsOf({ units: group.quantityUnits, scale: group.quantityScale });
      const what =
        net === undefined
          ? 'no whole number of'
          : kind === 'add' && !positive
            ? 'no added'
            : net === 0
              ? 'no'
              : 'no whole number of';
      problems.push(
        `the ${group.chargeType} lines of row ${sheetRow(group.rows[0] as number)} net ${what} seats: not replayed`,
      );
    } else
      for (const seats of parts)
        changes.push({ kind, day: group.startDay, seats: seats as number });
  }
  return { changes, problems };
}
