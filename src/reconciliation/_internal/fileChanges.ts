import { CHARGE_TYPES } from './chargeTypes.ts';
import type { FileChange } from './FileChange.ts';
import type { FileGroup } from './LineGroups.ts';

/**
 * What a group's charge type (in lower case, as groups are keyed) replays as, when it records a
 * change of seats: Partner Center's names for the kinds (REC-1, R2).
 */
function changeOf(chargeKey: string): FileChange['kind'] | undefined {
  if (chargeKey === CHARGE_TYPES['add-quantity'].toLowerCase()) return 'add';
  if (chargeKey === CHARGE_TYPES['remove-quantity'].toLowerCase()) return 'remove';
  return chargeKey === CHARGE_TYPES.cancel.toLowerCase() ? 'cancel' : undefined;
}

/** A group's net `BillableQuantity` as whole seats, or `undefined` when it is not whole. */
function seatsOf(group: FileGroup): number | undefined {
  const units = Number(group.quantityUnits);
  const seats = units / 10 ** group.quantityScale;
  return Number.isSafeInteger(seats) ? Math.abs(seats) : undefined;
}

/**
 * The changes of seats one subscription's groups record (REC-3): an `addQuantity` group adds its
 * net `BillableQuantity` on its `ChargeStartDate` (a change printed as two lines nets to the seats
 * added), a `removeQuantity` group removes its net seats, a `cancelImmediate` group cancels. A
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
    const seats = seatsOf(group);
    const positive =
      typeof group.quantityUnits === 'number' ? group.quantityUnits > 0 : group.quantityUnits > 0n;
    if (kind === 'cancel') changes.push({ kind, day: group.startDay, seats: 0 });
    else if (seats === undefined || seats === 0 || (kind === 'add' && !positive))
      problems.push(
        `the ${group.chargeType} lines of row ${group.rows[0]} net ${seats === undefined ? 'no whole number of' : kind === 'add' && !positive ? 'no added' : 'no'} seats: not replayed`,
      );
    else changes.push({ kind, day: group.startDay, seats });
  }
  return { changes, problems };
}
