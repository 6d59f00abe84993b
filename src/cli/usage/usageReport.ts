import type { Money } from '../../index.ts';
import type { UsageFinding, UsageReconcileResult } from '../../usage/index.ts';
import { BOM, csvCell } from '../engine/write/csvCell.ts';
import { moneyText } from '../moneyText.ts';
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

/** Amounts of several currencies, each its own (never one figure across currencies). */
function amounts(list: readonly Money[], none: string): string {
  return list.length === 0 ? none : list.map(moneyText).join(', ');
}

/**
 * The usage reconciliation for people (USG-7): what was read (and when, with `--at`), the invoice's usage lines by
 * outcome (or that they were not checked), PEC days lost and their money, credit used, what was
 * not checked, each finding (its meter, else its product, and its days or rows) with its
 * arithmetic and remedy, the rows not read, the money at stake
 * per currency and per customer, and the result.
 *
 * @param result - The reconciliation.
 * @param files - The files read, in order.
 * @param tag - The locale's tag.
 * @param at - `--at`, the instant the file was fetched (USG-6), said under the files when given.
 * @returns The text.
 */
export function usageText(
  result: UsageReconcileResult,
  files: readonly string[],
  tag: string | undefined,
  at?: string,
): string {
  const say = (id: UsageLabelId, params?: Record<string, string | number>) =>
    usageLabel(tag, id, params);
  const none = say('none');
  const s = result.summary;
  const lines = [
    say('files', { files: files.join(', ') }),
    ...(at === undefined ? [] : [say('fetchedAt', { at })]),
    say('lines', { lines: s.lines, days: s.days, entitlements: s.entitlements, issues: s.issues }),
    s.checked.invoice ? say('groups', s.groups) : say('invoiceNotChecked'),
    say('pec', { days: s.pecDaysLost, money: amounts(s.pecLost, none) }),
    say('creditUsed', { money: amounts(s.creditUsed, none) }),
  ];
  if (s.notChecked.length > 0)
    lines.push(say('notChecked'), ...s.notChecked.map((sentence) => `  ${sentence}`));
  const findings = usageFindings(result);
  if (findings.length > 0) {
    lines.push('', say('findings'));
    for (const f of findings) {
      const where = f.entitlementId ?? f.subscriptionId ?? '';
      // every finding names its meter, else its product (an Azure subscription's month of PEC lost names neither)
      const what = f.meter ?? (f.productId === '' ? '' : `${f.productId}/${f.skuId}`);
      const when =
        f.days === undefined
          ? say('rows', { rows: f.rows.join(', ') })
          : say('days', { days: f.days.join(', ') });
      lines.push(
        `  ${f.rule} ${say(f.kind)} · ${where}${what === '' ? '' : ` · ${what}`} · ${when} · ${moneyText(f.atStake)}`,
        `    ${f.message}`,
        `    ${f.remedy.message}`,
      );
    }
  }
  if (result.issues.length > 0) {
    lines.push('', say('issues'));
    for (const issue of result.issues)
      lines.push(`  ${say('rows', { rows: issue.row })} ${issue.column}: ${issue.message}`);
  }
  lines.push(
    '',
    say('atStake', {
      money: amounts(
        result.atStake.map((a) => a.amount),
        none,
      ),
    }),
  );
  if (result.customers.some((c) => c.atStake.length > 0)) {
    lines.push(say('perCustomer'));
    for (const c of result.customers) {
      if (c.atStake.length === 0) continue;
      const who =
        c.customerId === null
          ? say('noCustomer')
          : `${c.customerId}${c.customerName === null ? '' : ` (${c.customerName})`}`;
      lines.push(`  ${who}: ${c.atStake.map((a) => moneyText(a.amount)).join(', ')}`);
    }
  }
  lines.push(
    '',
    say(findings.length === 0 && result.issues.length === 0 ? 'nothingFound' : 'found', {
      lines: s.lines,
    }),
  );
  return lines.join('\n');
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
 * The one line `usage` writes to standard error when `--json` or `--csv` goes to standard output
 * (USG Details, decided 2026-11-28): how many findings and rows not read, the money at stake per
 * currency and the lines read — the report itself is the output.
 *
 * @param result - The reconciliation.
 * @param tag - The locale's tag.
 * @returns The line.
 */
export function usageOneLine(result: UsageReconcileResult, tag: string | undefined): string {
  return usageLabel(tag, 'oneLine', {
    findings: usageFindings(result).length,
    issues: result.issues.length,
    money: amounts(
      result.atStake.map((a) => a.amount),
      usageLabel(tag, 'none'),
    ),
    lines: result.summary.lines,
  });
}
