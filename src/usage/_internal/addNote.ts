import type { UsageLine } from '../types.ts';
import { ownStrings } from './ownText.ts';
import type { NoteEntry, UsageState } from './UsageState.ts';
import { tallyRow } from './UsageState.ts';

/** Adds a line to its note, by kind, Azure subscription and invoice (USG-2, USG-5). */
export function addNote(
  state: UsageState,
  line: UsageLine,
  kind: NoteEntry['kind'],
  message: string,
): void {
  const key = JSON.stringify([kind, line.entitlementId, line.invoiceNumber]);
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
    });
  if (line.row < entry.first) {
    entry.first = line.row;
    entry.message = message;
  }
  tallyRow(state, entry, line.row, line.customerId, line.customerName);
  state.notes.set(key, entry);
}
