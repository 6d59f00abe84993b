import type { UsageOtherInvoice } from '../../usage/index.ts';
import { type UsageLabelId, usageLabel } from './usageLabels.ts';

/**
 * The lines of the invoices whose files were not given (USG-4's `otherInvoices`), one each in the
 * language of `tag`: "1,204 lines of 17 keys are billed on G071000101, whose file was not given",
 * or, for lines with no `InvoiceNumber`, that they are usage not yet invoiced. `usage` and
 * `tie-out --usage` say them alike, so a team checking one invoice sees why the others' days are
 * not compared.
 *
 * @param others - The summary's `otherInvoices`.
 * @param tag - The locale's tag.
 * @returns One line per invoice, in the summary's order.
 */
export function otherInvoicesText(
  others: readonly UsageOtherInvoice[],
  tag: string | undefined,
): string[] {
  const plural = (n: number, one: UsageLabelId, many: UsageLabelId) =>
    usageLabel(tag, n === 1 ? one : many, { n: n.toLocaleString('en-US') });
  return others.map((other) => {
    const words = {
      lines: plural(other.lines, 'lineOne', 'lineMany'),
      keys: plural(other.keys, 'keyOne', 'keyMany'),
    };
    return other.invoiceNumber === null
      ? usageLabel(tag, other.lines === 1 ? 'otherNoneOne' : 'otherNone', words)
      : usageLabel(tag, other.lines === 1 ? 'otherOne' : 'otherMany', {
          ...words,
          invoice: other.invoiceNumber,
        });
  });
}
