import type { MessageOptions } from '../../index.ts';
import { spreadsheetCell } from '../../kernel/spreadsheetCell.ts';
import {
  createResaleReconciler,
  type ResaleFxRate,
  type ResaleIssue,
  type ResaleMap,
  type ResaleResult,
  type ResaleTenantSeats,
} from '../../resale/index.ts';
import type { CommandStreams } from '../Command.ts';
import { csvRows } from '../engine/scan/csvRows.ts';
import { fileText } from '../engine/scan/fileText.ts';
import { BOM } from '../engine/write/csvCell.ts';
import { fileLines } from '../engine/write/fileLines.ts';
import { moneyText } from '../moneyText.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { table } from '../table.ts';
import { UsageError } from '../UsageError.ts';
import { RESALE_LABELS, type ResaleLabelId } from './resaleLabels.ts';

/** What `resale` was asked (RSL-9). */
export interface ResaleRun {
  readonly cost: readonly string[];
  readonly billed: readonly string[];
  readonly map: string;
  readonly seats: string | undefined;
  readonly period: string | undefined;
  readonly floor: string | undefined;
  readonly fx: readonly ResaleFxRate[];
  readonly format: 'json' | 'csv' | undefined;
  readonly out: string | undefined;
  readonly options: MessageOptions;
}

/** Where a file's rows are in the numbering across the files of its side. */
interface Span {
  readonly file: string;
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * Streams the CSV files of one side into the reconciler, each row keyed by its file's header
 * (REC-3: gzip by its bytes, a byte-order mark, any line ending); data rows are numbered across the
 * files, so a row of the result names one line of one file (`files` says which).
 */
async function readSide(
  paths: readonly string[],
  flag: string,
  side: 'cost' | 'billed',
  observe: (row: Record<string, string>, rowNumber: number) => void,
  issues: ResaleIssue[],
): Promise<Span[]> {
  const spans: Span[] = [];
  let next = 1;
  for (const path of paths) {
    const first = next;
    let header: string[] | undefined;
    for await (const batch of csvRows(fileText(path, flag).pieces)) {
      for (const cells of batch.rows) {
        if (header === undefined) {
          header = cells.map((name) => name.trim());
          continue;
        }
        const row: Record<string, string> = {};
        header.forEach((name, i) => {
          if (!Object.hasOwn(row, name)) row[name] = cells[i] ?? '';
        });
        observe(row, next++);
      }
      for (const text of batch.unclosed)
        issues.push({
          side,
          code: 'INVALID_ARGUMENT',
          row: next++ + 1,
          message: `quotes open to the end of ${path}: ${JSON.stringify(text)}`,
        });
    }
    if (header === undefined) throw new UsageError(`${flag}: ${path} has no header row`);
    spans.push({ file: path, firstRow: first + 1, lastRow: next });
  }
  return spans;
}

function labelsOf(options: MessageOptions): Readonly<Record<ResaleLabelId, string>> {
  const tag = (options.locale as { tag?: string } | undefined)?.tag ?? 'en';
  return RESALE_LABELS[tag as keyof typeof RESALE_LABELS] ?? RESALE_LABELS.en;
}

function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** The report for people: the customer-months, the findings with their remedy, totals per currency. */
function reportText(
  result: ResaleResult,
  labels: Readonly<Record<ResaleLabelId, string>>,
  spans: { cost: Span[]; billed: Span[] },
): string {
  const lines: string[] = [];
  if (result.customers.length > 0)
    lines.push(
      table([
        [
          labels.customer,
          labels.month,
          labels.cost,
          labels.billed,
          labels.margin,
          labels.marginPercent,
        ],
        ...result.customers.map((c) => [
          c.customerName,
          c.month,
          moneyText(c.cost),
          moneyText(c.billed),
          moneyText(c.margin),
          c.marginPercent === null ? '—' : `${c.marginPercent} %`,
        ]),
      ]),
    );
  if (result.findings.length === 0)
    lines.push(
      fill(labels.noFindings, {
        cost: result.summary.costLines,
        billed: result.summary.billedLines,
      }),
    );
  else {
    lines.push('', fill(labels.findings, { count: result.findings.length }));
    for (const f of result.findings) {
      lines.push(
        `  ${f.month} ${f.customerName} · ${labels[f.kind]} · ${fill(labels.aMonth, { amount: moneyText(f.atStake) })}`,
        `    ${f.message}`,
        `    → ${labels[f.remedy.when]}: ${f.remedy.message}`,
      );
    }
    lines.push(
      '',
      fill(labels.atStake, { amounts: result.summary.atStake.map(moneyText).join('; ') }),
    );
  }
  const unmapped = result.summary.billedUnmapped;
  if (unmapped.lines > 0)
    lines.push(
      fill(labels.unmapped, {
        lines: unmapped.lines,
        amounts: unmapped.amounts.map(moneyText).join('; '),
      }),
    );
  if (result.issues.length > 0) {
    lines.push('', fill(labels.issues, { count: result.issues.length }));
    for (const issue of result.issues) {
      const where =
        issue.row !== undefined
          ? `${issue.side} ${issue.row}`
          : issue.rows !== undefined
            ? `${issue.side} ${issue.rows.slice(0, 5).join(', ')}${issue.rows.length > 5 ? ', …' : ''}`
            : issue.side;
      lines.push(`  ${where} · ${issue.code}: ${issue.message}`);
    }
  }
  if (result.notes.length > 0) {
    lines.push('', labels.notes);
    for (const note of result.notes) lines.push(`  ${note.message}`);
  }
  for (const [side, list] of Object.entries(spans))
    if (list.length > 1)
      lines.push(
        fill(labels.files, {
          side: labels[side as 'cost' | 'billed'],
          files: list.map((s) => `${s.file} ${s.firstRow}–${s.lastRow}`).join('; '),
        }),
      );
  return lines.join('\n');
}

const CSV_COLUMNS = [
  'month',
  'customerId',
  'customerName',
  'kind',
  'productId',
  'skuId',
  'term',
  'billing',
  'seats',
  'atStake',
  'currency',
  'when',
  'remedy',
  'message',
  'costRows',
  'billedRows',
];

/** One row per finding, for a spreadsheet (UTF-8 with a byte-order mark, REC-6). */
function csvLines(result: ResaleResult): string[] {
  return [
    BOM + CSV_COLUMNS.join(','),
    ...result.findings.map((f) => {
      const product = f.kind === 'margin-below-floor' ? undefined : f;
      return [
        f.month,
        f.customerId,
        f.customerName,
        f.kind,
        product?.productId,
        product?.skuId,
        product?.term,
        product?.billing,
        product?.seats,
        moneyText(f.atStake).split(' ')[0],
        f.atStake.currency,
        f.remedy.when,
        f.remedy.message,
        f.message,
        f.rows.cost.join(' '),
        f.rows.billed.join(' '),
      ]
        .map((cell) => spreadsheetCell(cell))
        .join(',');
    }),
  ];
}

/** `map.json`: `{ billed, products, customers?, cost? }`, read as JSON (checked by the library). */
function readMap(path: string): ResaleMap {
  const value = readJsonInput(path);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UsageError(
      `--map: ${path} is not a JSON object { billed, products, customers?, cost? }`,
    );
  return value as ResaleMap;
}

/** Runs `resale` (RSL-9): 0 nothing found, 1 findings or issues. */
export async function resaleFiles(run: ResaleRun, streams: CommandStreams): Promise<number> {
  const seats =
    run.seats === undefined ? undefined : (readJsonInput(run.seats) as ResaleTenantSeats[]);
  const reconciler = createResaleReconciler({
    map: readMap(run.map),
    ...(seats === undefined ? {} : { seats }),
    options: {
      ...(run.period === undefined ? {} : { period: run.period }),
      ...(run.floor === undefined ? {} : { marginFloor: run.floor }),
      fx: run.fx,
      ...(run.options.locale === undefined ? {} : { locale: run.options.locale }),
    },
  });
  const fileIssues: ResaleIssue[] = [];
  const cost = await readSide(run.cost, '--cost', 'cost', reconciler.observeCost, fileIssues);
  const billed = await readSide(
    run.billed,
    '--billed',
    'billed',
    reconciler.observeBilled,
    fileIssues,
  );
  const finished = reconciler.finish();
  const result: ResaleResult = { ...finished, issues: [...finished.issues, ...fileIssues] };
  const human = reportText(result, labelsOf(run.options), { cost, billed });
  if (run.format === undefined) streams.out(human);
  else {
    const lines =
      run.format === 'csv'
        ? csvLines(result)
        : [JSON.stringify({ ...result, files: { cost, billed } }, null, 2)];
    if (run.out === undefined) for (const line of lines) streams.out(line);
    else {
      const sink = fileLines(run.out);
      for (const line of lines) sink.line(line);
      sink.close();
      streams.out(human);
    }
  }
  return result.findings.length === 0 && result.issues.length === 0 ? 0 : 1;
}
