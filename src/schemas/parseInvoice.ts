import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import type { Invoice } from '../invoices/types.ts';
import { issueOf } from '../kernel/issueOf.ts';
import { readJsonText } from '../kernel/readJsonText.ts';
import { invoiceSchema } from './invoiceSchema.ts';
import type { ParseIssue, ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/** The amounts read from their JSON text, never through a binary float. */
const AMOUNTS: ReadonlySet<string> = new Set(['totalCharges', 'paidAmount']);

const EXPECTED =
  'expected an Invoice resource { id, invoiceDate, totalCharges, currencyCode }, a list of them, { "items": [...] } or JSON lines';

/** The resources of an input, each with the dot path of its place. */
function resourcesOf(value: unknown, lines: boolean): [unknown, string][] {
  if (lines || Array.isArray(value))
    return (value as unknown[]).map((item, i): [unknown, string] => [item, String(i)]);
  if (typeof value === 'object' && value !== null && !Object.hasOwn(value, 'id')) {
    const items = (value as { items?: unknown }).items;
    if (Array.isArray(items))
      return items.map((item, i): [unknown, string] => [item, `items.${i}`]);
  }
  return [[value, '']];
}

/**
 * Reads Partner Center's Invoice resources from untrusted input (INV-1, ERR-2), without throwing:
 * `GET /v1/invoices/{id}`'s body, a list of them, `{ "items": [...] }` or JSON lines, as parsed
 * JSON or as its **text** — from text, `totalCharges` and `paidAmount` are read from their digits
 * as written, never through a binary float (a number already parsed is read through
 * `String(n)`). Each resource is read by {@link invoiceSchema}: `totalCharges` in `currencyCode`'s
 * minor units (more decimals than the currency has is an `INVALID_AMOUNT` issue), `documentType`
 * in any spelling (`"Credit Note"`, `"creditNote"`, `"invoice"`), `amendsOf`, `amendments`, the
 * other keys kept; a `D` number marked `legacy`. Issues are named by the resource's place (`0.totalCharges`,
 * `items.2.id`; a JSON line's from 0).
 *
 * @param input - Untrusted data: JSON text, or what `JSON.parse` made of it.
 * @returns `{ ok: true, value }` with every resource read (always a list), or `{ ok: false, issues }`.
 * @example
 * ```ts
 * import { parseInvoice } from 'subscription-rules/schemas';
 * const read = parseInvoice('{"id":"G000024135","invoiceDate":"2026-11-08T00:00:00Z",' +
 *   '"totalCharges":2075.89,"currencyCode":"USD","documentType":"Invoice","amendments":[]}');
 * read.ok && [read.value[0]?.totalCharges, read.value[0]?.documentType];
 * //=> [{ amount: 207589, currency: 'USD' }, 'invoice']
 * ```
 * @category Schemas
 * @see INV-1
 */
export function parseInvoice(input: unknown): ParseResult<Invoice[]> {
  let value = input;
  let lines = false;
  if (typeof input === 'string') {
    const read = readJsonText(input, AMOUNTS);
    if (!read.ok)
      return {
        ok: false,
        issues: [
          {
            ...issueOf('', 'expected JSON text or JSON lines: {reason} at character {at}', {
              reason: read.reason,
              at: read.at,
            }),
            code: RuleErrorCode.INVALID_ARGUMENT,
          },
        ],
      };
    lines = read.values.length > 1;
    value = lines ? read.values : read.values[0];
  }
  const invoices: Invoice[] = [];
  const issues: ParseIssue[] = [];
  for (const [resource, path] of resourcesOf(value, lines)) {
    const read = runParse(resource, invoiceSchema(), EXPECTED);
    if (read.ok) invoices.push(read.value);
    else
      for (const issue of read.issues)
        issues.push({
          ...issue,
          path: path === '' ? issue.path : issue.path === '' ? path : `${path}.${issue.path}`,
        });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: invoices };
}
