import { ROWS_KEPT } from './LineGroups.ts';

/** The rows that cannot be read, by subscription: the first {@link ROWS_KEPT} of each. */
export type UnreadRows = Map<string | undefined, number[]>;

/**
 * Notes a row that cannot be read under its subscription.
 *
 * @param unread - Where they are kept.
 * @param id - The row's `SubscriptionId`, read alone.
 * @param row - The row.
 */
export function noteUnread(unread: UnreadRows, id: string | undefined, row: number): void {
  const rows = unread.get(id);
  if (rows === undefined) unread.set(id, [row]);
  else if (rows.length < ROWS_KEPT && rows.at(-1) !== row) rows.push(row);
}
