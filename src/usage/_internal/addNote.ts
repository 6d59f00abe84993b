import type { UsageLine } from '../types.ts';
import { ownStrings } from './ownText.ts';
import { planOf } from './planOf.ts';
import type { NoteEntry, UsageState } from './UsageState.ts';
import { tallyRow } from './UsageState.ts';

/**
 * Adds a line to its note, by kind, Azure subscription and invoice (USG-2, USG-5); `withoutPec`
 * keeps a price note of lines without PEC apart, for the end to drop in a file without the column.
 */
export function addNote(
  state: UsageState,
  line: UsageLine,
  kind: NoteEntry['kind'],
  message: string,
  withoutPec = false,
): void {
  const key = JSON.stringify(
    withoutPec
      ? [kind, line.entitlementId, line.invoiceNumber, 'without-pec', planOf(line.subscriptionId)]
      : [kind, line.entitlementId, line.invoiceNumber, planOf(line.subscriptionId)],
  );
  const entry =
    state.notes.get(key) ??
    ownStrings(state, {
      kind,
      entitlementId: line.entitlementId,
      invoiceNumber: line.invoiceNumber,
      lines: 0,
      rows: [],
      customerId: null,
      customerName: null,
      message,
      first: line.row,
      ...(withoutPec ? { withoutPec: true as const } : {}),
    });
  if (line.row < entry.first) {
    entry.first = line.row;
    entry.message = message;
  }
  tallyRow(state, entry, line.row, line.customerId, line.customerName);
  state.notes.set(key, entry);
}
