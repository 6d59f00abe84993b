import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { readInvoice } from '../readInvoice.ts';
import type { Invoice, TieOutAmendment } from '../types.ts';

/** The documents a tie-out compares, and what amends each. */
export interface InvoiceDocuments {
  /** Every document by its number: those given, and the amendments they list that were not. */
  readonly byId: ReadonlyMap<string, Invoice>;
  /** The documents amending each number, by number then as first seen. */
  readonly amendmentsOf: ReadonlyMap<string, readonly TieOutAmendment[]>;
}

/**
 * Reads the Invoice resources a tie-out is given (INV-1, INV-2): each through `readInvoice`, a
 * number given twice refused; the amendments a resource lists are documents of their own (tied
 * on their own number) unless given too; a document's amendments are those it lists and those
 * naming it in `amendsOf`, each once.
 *
 * @param invoices - The resources.
 * @returns The documents.
 * @throws {@link RuleError} naming the resource at fault (`invoices.2.totalCharges`).
 */
export function invoiceDocuments(invoices: unknown): InvoiceDocuments {
  if (!Array.isArray(invoices))
    fail(
      invoices === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'invoices',
      'expected a list',
      invoices,
    );
  const byId = new Map<string, Invoice>();
  const given = new Map<string, number>();
  invoices.forEach((item, i) => {
    const invoice = readInvoice(item, `invoices.${i}`);
    const earlier = given.get(invoice.id);
    if (earlier !== undefined)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        `invoices.${i}.id`,
        'expected each invoice once; {id} is also invoices.{earlier}',
        invoice.id,
        invoice.id,
        earlier,
      );
    given.set(invoice.id, i);
    byId.set(invoice.id, invoice);
  });
  const listed = (invoice: Invoice): void => {
    for (const amendment of invoice.amendments)
      if (!byId.has(amendment.id)) {
        byId.set(amendment.id, amendment);
        listed(amendment);
      }
  };
  for (const invoice of [...byId.values()]) listed(invoice);
  const amendmentsOf = new Map<string, TieOutAmendment[]>();
  const add = (of: string, amendment: Invoice): void => {
    const list = amendmentsOf.get(of) ?? [];
    if (list.some((known) => known.id === amendment.id)) return;
    list.push({
      id: amendment.id,
      documentType: amendment.documentType,
      totalCharges: amendment.totalCharges,
    });
    amendmentsOf.set(of, list);
  };
  for (const invoice of byId.values()) {
    for (const amendment of invoice.amendments)
      add(invoice.id, byId.get(amendment.id) ?? amendment);
    if (invoice.amendsOf !== undefined) add(invoice.amendsOf, invoice);
  }
  return { byId, amendmentsOf };
}
