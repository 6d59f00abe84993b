import type { Finding } from './Finding.ts';

/** The columns of `--csv`, one finding a row. */
const COLUMNS = [
  'Finding',
  'SubscriptionId',
  'ChargeType',
  'ChargeStartDate',
  'ChargeEndDate',
  'Currency',
  'ExpectedSubtotal',
  'BilledSubtotal',
  'ExpectedQuantity',
  'BilledQuantity',
  'Fields',
  'Form',
  'Rows',
  'Rules',
  'Message',
] as const;

/** A cell of `--csv`: quoted when it holds a comma, a quote or a line break. */
function cell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A finding as one row of `--csv`, in {@link COLUMNS}' order. */
function csvRow(f: Finding): string {
  const get = (key: string): unknown => (f as unknown as Record<string, unknown>)[key];
  const amounts = (key: 'expected' | 'actual') =>
    get(key) as { Subtotal?: string; BillableQuantity?: string; Currency?: string } | undefined;
  const rows = get('rows') as readonly number[] | undefined;
  const row = get('row') as number | undefined;
  return [
    f.finding,
    get('subscriptionId') as string | undefined,
    get('chargeType') as string | undefined,
    get('chargeStartDate') as string | undefined,
    get('chargeEndDate') as string | undefined,
    (get('currency') as string | undefined) ??
      amounts('expected')?.Currency ??
      amounts('actual')?.Currency,
    amounts('expected')?.Subtotal,
    amounts('actual')?.Subtotal,
    amounts('expected')?.BillableQuantity,
    amounts('actual')?.BillableQuantity,
    ((get('fields') as readonly string[] | undefined) ?? []).join(' ') ||
      (get('column') as string | undefined),
    get('form') as string | undefined,
    rows?.join(' ') ?? (row === undefined ? undefined : String(row)),
    ((get('rules') as readonly string[] | undefined) ?? []).join(' '),
    f.message,
  ]
    .map(cell)
    .join(',');
}

/** Where `--json` or `--csv` goes, a line at a time. */
export interface FindingsWriter {
  /** Writes one finding. */
  write(finding: Finding): void;
  /** Ends the output: `--json` closes with the summary. */
  end(summary: unknown): void;
}

/**
 * Writes the findings as they come (REC-3), so the output never waits for the whole file:
 * `--csv` one finding a row under a header; `--json` one object `{ "findings": [...], "summary":
 * {...} }` with one finding a line.
 *
 * @param format - `json` or `csv`.
 * @param line - Writes one line (without its line break).
 * @returns The writer.
 */
export function findingsWriter(
  format: 'json' | 'csv',
  line: (text: string) => void,
): FindingsWriter {
  let first = true;
  if (format === 'csv') line(COLUMNS.join(','));
  else line('{"findings":[');
  return {
    write(finding) {
      if (format === 'csv') line(csvRow(finding));
      else {
        line(`${first ? '' : ','}${JSON.stringify(finding)}`);
        first = false;
      }
    },
    end(summary) {
      if (format === 'json') line(`],"summary":${JSON.stringify(summary, null, 2)}}`);
    },
  };
}
