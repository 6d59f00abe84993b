import { cellByName } from '../../usage/_internal/cellByName.ts';
import { givenInvoices } from '../../usage/_internal/givenInvoices.ts';
import { planOf } from '../../usage/_internal/planOf.ts';
import type { PlanRecon } from './planParts.ts';

/** The invoice files' rows as the plans are finished with them. */
export interface PlanInvoices {
  /**
   * Each Azure plan's rows and their numbers among every invoice file's rows (a plan handed to a
   * worker with its rows is deleted: the reading thread no longer holds them).
   */
  readonly reconOf: Map<string, PlanRecon>;
  /** The invoice numbers the files give. */
  readonly given: ReadonlySet<string | null>;
}

/** A cell as the plan's key reads it: text or a number's digits. */
function cellText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * The invoice files' rows by Azure plan (USG-4): a row's `SubscriptionId` as the invoice rows are
 * read, trimmed and in lower case as a usage line's (a row that is no row: the plan of none), each
 * with its number among every invoice file's rows, from 1; and the invoice numbers they give.
 *
 * @param recon - The invoice files' rows, in order.
 * @returns Each plan's rows, and the invoices given.
 */
export function planInvoices(recon: readonly object[]): PlanInvoices {
  const reconOf = new Map<string, { rows: object[]; numbers: number[] }>();
  recon.forEach((row, i) => {
    const plan = planOf(cellText(cellByName(row, 'SubscriptionId')));
    const of = reconOf.get(plan) ?? { rows: [], numbers: [] };
    of.rows.push(row);
    of.numbers.push(i + 1);
    reconOf.set(plan, of);
  });
  return { reconOf, given: givenInvoices(recon) };
}
