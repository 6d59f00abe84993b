import type { Money } from '../../index.ts';
import type { UsageFinding, UsageReconcileResult } from '../../usage/index.ts';
import { BOM, csvCell } from '../engine/write/csvCell.ts';
import type { FileLines } from '../engine/write/fileLines.ts';
import { moneyText } from '../moneyText.ts';
import { listedItem } from './listedItem.ts';
import { otherInvoicesText } from './otherInvoicesText.ts';
import type { PackedList, TextList } from './packedTexts.ts';
import { type UsageLabelId, usageLabel } from './usageLabels.ts';

/**
 * Every finding of a usage reconciliation, in one order: lines and invoices differing (USG-2,
 * USG-4), missing, unexpected, then PEC not earned and on excluded meters (USG-3).
 *
 * @param result - The reconciliation.
 * @returns The findings.
 */
export function usageFindings(result: UsageReconcileResult): UsageFinding[] {
  return [
    ...result.different,
    ...result.missing,
    ...result.unexpected,
    ...result.pec.notEarned,
    ...result.pec.onExcludedMeter,
  ];
}

/** The result's findings in the report's order, and how many. */
function everyFinding(result: UsageReconcileResult): { count: number; each: UsageFinding[] } {
  const each = usageFindings(result);
  return { count: each.length, each };
}

/** Amounts of several currencies, each its own (never one figure across currencies). */
function amounts(list: readonly Money[], none: string): string {
  return list.length === 0 ? none : list.map(moneyText).join(', ');
}

/** A count for people: digits grouped by thousands (1,204), the same in every language. */
const count = (n: number): string => n.toLocaleString('en-US');

/** The day after a `YYYY-MM-DD` day (UTC, no time zone's). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Sorted days for people: a run of three or more days in a row said by its ends
 * (`2026-10-01 – 2026-10-31`), the others one by one.
 */
function dayList(days: readonly string[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === nextDay(days[j] as string)) j++;
    if (j - i >= 2) parts.push(`${days[i]} – ${days[j]}`);
    else parts.push(...days.slice(i, j + 1));
    i = j + 1;
  }
  return parts.join(', ');
}

/** What the text says beside the result: the invoice files read and `--period`. */
export interface UsageTextContext {
  /** The invoice files read (`--invoice-file`, folders opened), in order; absent without one. */
  readonly invoiceFiles?: readonly string[] | undefined;
  /** `--period`, when given. */
  readonly period?: string | undefined;
  /**
   * The findings in the report's order (`usageFindings`'), read one at a time, and how many: a
   * distributor's month of findings read from disk one by one; absent, the result's.
   */
  readonly findings?: { readonly count: number; readonly each: Iterable<UsageFinding> } | undefined;
}

/**
 * The usage reconciliation for people (USG-7): what was read (and when, with `--at`), the invoice
 * files and their invoices, the invoice's usage lines by outcome (or that they were not checked)
 * and the lines of invoices whose files were not given, PEC lost in meter-days and calendar days
 * and its money, credit used, late usage and the lines `--period` left out (each with its count
 * and days: never dropped silently), what was not checked, each finding with its arithmetic and
 * remedy (each naming its meter, else its product, and its days or rows), the rows not read, the money at stake per currency and per customer, and the result.
 * Counts say "1 invoice" and "3 invoices" as each language does.
 *
 * @param result - The reconciliation.
 * @param files - The files read, in order.
 * @param tag - The locale's tag.
 * @param at - `--at`, the instant the file was fetched (USG-6), said under the files when given.
 * @param context - The invoice files read and `--period`, and the findings when read apart.
 * @returns Each line, in order, made as it is asked for (the lines joined by line breaks are the
 *   text): a distributor's month is written as it is read, never one text.
 */
export function* usageTextLines(
  result: UsageReconcileResult,
  files: readonly string[],
  tag: string | undefined,
  at?: string,
  context: UsageTextContext = {},
): Generator<string, void, undefined> {
  const say = (id: UsageLabelId, params?: Record<string, string | number>) =>
    usageLabel(tag, id, params);
  const plural = (n: number, one: UsageLabelId, many: UsageLabelId, params = {}) =>
    say(n === 1 ? one : many, { n: count(n), ...params });
  const dayCount = (days: readonly string[]) =>
    plural(days.length, 'dayCountOne', 'dayCountMany', { list: dayList(days) });
  const none = say('none');
  const s = result.summary;
  const invoiceFiles = context.invoiceFiles;
  yield* [
    say('files', { files: files.join(', ') }),
    ...(invoiceFiles === undefined
      ? []
      : [
          say(invoiceFiles.length === 1 ? 'invoiceFile' : 'invoiceFiles', {
            files: invoiceFiles.join(', '),
            invoices:
              s.invoices.length === 0
                ? say('invoiceNone')
                : plural(s.invoices.length, 'invoiceOne', 'invoiceMany', {
                    numbers: s.invoices.join(', '),
                  }),
          }),
        ]),
    ...(at === undefined ? [] : [say('fetchedAt', { at })]),
    say('lines', {
      lines: count(s.lines),
      days: plural(s.days, 'dayOne', 'dayMany'),
      entitlements: plural(s.entitlements, 'entitlementOne', 'entitlementMany'),
      issues: count(s.issues),
    }),
    s.checked.invoice ? say('groups', s.groups) : say('invoiceNotChecked'),
    ...otherInvoicesText(s.otherInvoices, tag),
    say('pec', {
      meterDays: plural(s.pecMeterDaysLost, 'meterDayOne', 'meterDayMany'),
      days: plural(s.pecDaysLost, 'calendarDayOne', 'calendarDayMany'),
      money: amounts(s.pecLost, none),
    }),
    say('creditUsed', { money: amounts(s.creditUsed, none) }),
  ];
  if (result.late.length > 0) {
    const late = result.late.reduce((sum, entry) => sum + entry.lines, 0);
    yield* [
      say(late === 1 ? 'lateOne' : 'lateMany', {
        lines: plural(late, 'lineOne', 'lineMany'),
        days: dayCount([...new Set(result.late.flatMap((entry) => entry.days))].sort()),
        invoices: [...new Set(result.late.map((entry) => entry.invoiceNumber ?? '—'))]
          .sort()
          .join(', '),
      }),
    ];
  }
  if (s.outsidePeriod > 0)
    yield* [
      say(s.outsidePeriod === 1 ? 'outsideOne' : 'outsideMany', {
        period: context.period ?? '',
        lines: plural(s.outsidePeriod, 'lineOne', 'lineMany'),
        days: dayCount(s.outsidePeriodDays),
      }),
    ];
  if (s.notChecked.length > 0)
    yield* [say('notChecked'), ...s.notChecked.map((sentence) => `  ${sentence}`)];
  const findings = context.findings ?? everyFinding(result);
  if (findings.count > 0) {
    yield* ['', say('findings')];
    for (const f of findings.each) {
      const where = f.entitlementId ?? f.subscriptionId ?? '';
      // every finding names its meter, else its product (an Azure subscription's month of PEC lost names neither)
      const what = f.meter ?? (f.productId === '' ? '' : `${f.productId}/${f.skuId}`);
      const when =
        f.days === undefined
          ? say('rows', { rows: f.rows.join(', ') })
          : say('days', { days: f.days.join(', ') });
      yield* [
        `  ${f.rule} ${say(f.kind)} · ${where}${what === '' ? '' : ` · ${what}`} · ${when} · ${moneyText(f.atStake)}`,
        `    ${f.message}`,
        `    ${f.remedy.message}`,
      ];
    }
  }
  if (result.issues.length > 0) {
    yield* ['', say('issues')];
    for (const issue of result.issues)
      yield `  ${say('rows', { rows: issue.row })} ${issue.column}: ${issue.message}`;
  }
  yield* [
    '',
    say('atStake', {
      money: amounts(
        result.atStake.map((a) => a.amount),
        none,
      ),
    }),
  ];
  if (result.customers.some((c) => c.atStake.length > 0)) {
    yield say('perCustomer');
    for (const c of result.customers) {
      if (c.atStake.length === 0) continue;
      const who =
        c.customerId === null
          ? say('noCustomer')
          : `${c.customerId}${c.customerName === null ? '' : ` (${c.customerName})`}`;
      yield `  ${who}: ${c.atStake.map((a) => moneyText(a.amount)).join(', ')}`;
    }
  }
  yield* [
    '',
    say(findings.count === 0 && result.issues.length === 0 ? 'nothingFound' : 'found', {
      lines: s.lines,
    }),
  ];
}

/** The columns of `usage --csv`. */
const COLUMNS = [
  'Rule',
  'Kind',
  'CustomerId',
  'InvoiceNumber',
  'SubscriptionId',
  'EntitlementId',
  'ProductId',
  'SkuId',
  'Meter',
  'Days',
  'Rows',
  'Currency',
  'Expected',
  'Billed',
  'Difference',
  'AtStake',
  'Message',
  'Remedy',
  'RemedyMessage',
] as const;

/** An amount as a CSV cell: decimal text without its currency (the row says it). */
function cell(money: Money): string {
  return moneyText(money).replace(/ [A-Z]{3}$/, '');
}

/**
 * The usage reconciliation as CSV for a spreadsheet (USG-7): a byte-order mark, a header, one row
 * per finding, then one per row not read (kind `issue`); amounts as decimal text in the row's
 * currency.
 *
 * @param result - The reconciliation.
 * @returns The lines.
 */
export function usageCsv(result: UsageReconcileResult): string[] {
  return [
    BOM + COLUMNS.join(','),
    ...usageFindings(result).map((f) =>
      [
        f.rule,
        f.kind,
        f.customerId,
        f.invoiceNumber,
        f.subscriptionId,
        f.entitlementId,
        f.productId,
        f.skuId,
        f.meter,
        f.days?.join(' '),
        f.rows.join(' '),
        f.atStake.currency,
        cell(f.expected),
        cell(f.billed),
        cell(f.difference),
        cell(f.atStake),
        f.message,
        f.remedy.when,
        f.remedy.message,
      ]
        .map(csvCell)
        .join(','),
    ),
    ...result.issues.map((issue) =>
      [
        '',
        'issue',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        issue.row,
        '',
        '',
        '',
        '',
        '',
        `${issue.column}: ${issue.message}`,
        '',
        '',
      ]
        .map(csvCell)
        .join(','),
    ),
  ];
}

/**
 * The usage reconciliation as `--json` (USG-7): `{ findings, summary }`, the summary with the
 * money at stake per currency and per customer; the matches, notes, credits, late usage and rows
 * not read beside them.
 *
 * @param result - The reconciliation.
 * @returns The JSON text.
 */
export function usageJson(result: UsageReconcileResult): string {
  return JSON.stringify(
    {
      findings: usageFindings(result),
      matched: result.matched,
      notes: result.notes,
      credits: result.credits,
      late: result.late,
      issues: result.issues,
      summary: { ...result.summary, atStake: result.atStake, customers: result.customers },
    },
    null,
    2,
  );
}

/**
 * {@link usageJson}'s text in pieces, each a whole number of its lines, joined by line breaks: the
 * lists item by item, so a month of a distributor's usage (a `--json` of tens of MB) is written
 * without ever being one string (USG-7) — the same bytes as `JSON.stringify(…, null, 2)`.
 *
 * @param result - The reconciliation.
 * @returns The pieces, in order.
 */
export function usageJsonPieces(result: UsageReconcileResult): string[] {
  const texts = (items: readonly unknown[]) => items.map(listedItem);
  const pieces: string[] = [];
  usageJsonLines(
    {
      lists: [
        ['findings', texts(usageFindings(result))],
        ['matched', texts(result.matched)],
        ['notes', texts(result.notes)],
        ['credits', texts(result.credits)],
        ['late', texts(result.late)],
        ['issues', texts(result.issues)],
      ],
      summary: { ...result.summary, atStake: result.atStake, customers: result.customers },
    },
    (piece) => pieces.push(piece),
  );
  return pieces;
}

/** The lists of `usage --json` (each item's text as the list writes it: `listedItem`) and its summary. */
export interface UsageListed<List extends TextList = TextList> {
  readonly lists: readonly (readonly [section: string, items: List])[];
  readonly summary: Record<string, unknown>;
}

/**
 * `usage --json`'s lines around its lists' items (USG-7, WH-5): each list's opening and closing
 * lines, and its items written by `items` — each item, then its comma (`after(i)`: none after the
 * last) and a line break.
 *
 * @param whole - The lists, in order, and the summary.
 * @param line - Writes a line (a line break after it).
 * @param items - Writes a list's items.
 */
function writeListed<List extends TextList>(
  whole: UsageListed<List>,
  line: (text: string) => void,
  items: (list: List, after: (i: number) => string) => void,
): void {
  line('{');
  for (const [key, list] of whole.lists) {
    if (list.length > 0) {
      line(`  ${JSON.stringify(key)}: [`);
      items(list, (i) => (i === list.length - 1 ? '' : ','));
      line('  ],');
    } else line(`  ${JSON.stringify(key)}: [],`);
  }
  summaryLines(whole.summary, line);
  line('}');
}

/** Indents every line of a text after its first by `by`. */
const indented = (text: string, by: string): string => text.replaceAll('\n', `\n${by}`);

/**
 * `usage --json`'s summary, two spaces in, line by line: its customers (its last list, one a
 * customer: tens of thousands in a distributor's month) written one at a time, never as one text.
 * The lines joined by line breaks are `JSON.stringify`'s text of the summary, two spaces in.
 *
 * @param summary - The summary, its customers last.
 * @param line - Writes a line.
 */
function summaryLines(summary: Record<string, unknown>, line: (text: string) => void): void {
  const { customers, ...rest } = summary;
  if (
    !Array.isArray(customers) ||
    customers.length === 0 ||
    Object.keys(summary).at(-1) !== 'customers'
  ) {
    line(`  "summary": ${indented(JSON.stringify(summary, null, 2), '  ')}`);
    return;
  }
  // the summary with one customer standing for them all: its text up to the customers' list
  const head = indented(JSON.stringify({ ...rest, customers: [0] }, null, 2), '  ');
  line(`  "summary": ${head.slice(0, head.lastIndexOf('[') + 1)}`);
  const last = customers.length - 1;
  customers.forEach((customer, i) => {
    line(`      ${indented(JSON.stringify(customer, null, 2), '      ')}${i === last ? '' : ','}`);
  });
  line('    ]');
  line('  }');
}

/**
 * `usage --json`'s text line by line from its lists' items and its summary, one item at a time.
 *
 * @param whole - The lists, in order, and the summary.
 * @param line - Takes each piece, in order (pieces joined by line breaks are the text).
 */
export function usageJsonLines(whole: UsageListed, line: (text: string) => void): void {
  writeListed(whole, line, (list, after) => {
    let i = 0;
    for (const item of list) line(`${item}${after(i++)}`);
  });
}

/**
 * `usage --json` written to a file: {@link usageJsonLines}'s text, each item's bytes copied as
 * they were kept — never decoded and encoded again (a distributor's month writes tens of
 * megabytes of findings).
 *
 * @param whole - The lists, in order, each item's bytes as the list writes it, and the summary.
 * @param sink - The file.
 */
export function writeUsageJson(whole: UsageListed<PackedList>, sink: FileLines): void {
  writeListed(
    whole,
    (text) => sink.line(text),
    (list, after) =>
      list.eachBytes((chunk, start, end, i) => {
        sink.bytes(chunk, start, end);
        sink.line(after(i));
      }),
  );
}

/**
 * The one line `usage` writes to standard error when `--json` or `--csv` goes to standard output
 * (USG Details, decided 2026-11-28): how many findings and rows not read, the money at stake per
 * currency and the lines read — the report itself is the output.
 *
 * @param result - The reconciliation.
 * @param tag - The locale's tag.
 * @returns The line.
 */
export function usageOneLine(
  result: {
    /** How many findings. */
    readonly findings: number;
    /** The summary's rows not read and lines. */
    readonly summary: { readonly issues: number; readonly lines: number };
    /** The money at stake, per currency. */
    readonly atStake: readonly { readonly amount: Money }[];
  },
  tag: string | undefined,
): string {
  return usageLabel(tag, 'oneLine', {
    findings: result.findings,
    issues: result.summary.issues,
    money: amounts(
      result.atStake.map((a) => a.amount),
      usageLabel(tag, 'none'),
    ),
    lines: result.summary.lines,
  });
}
