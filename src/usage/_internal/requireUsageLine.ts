import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { UsageLine } from '../types.ts';
import { requireCurrency, requireDecimal, requireObject } from './requireInputs.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const IDS = [
  'customerId',
  'customerName',
  'invoiceNumber',
  'subscriptionId',
  'entitlementId',
  'availabilityId',
  'meterId',
  'meterName',
  'meterSubCategory',
  'publisherName',
] as const;
const OPTIONAL = ['creditType', 'tags', 'benefitType', 'chargeType', 'promotion'] as const;

function text(value: unknown, path: string, nullable: boolean, pattern?: RegExp): void {
  if (value === null && nullable) return;
  if (typeof value !== 'string' || (pattern !== undefined && !pattern.test(value)))
    fail(
      value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      path,
      'expected text of the form {pattern}',
      value,
      pattern === undefined ? 'text' : 'YYYY-MM-DD',
    );
}

/**
 * A line as `readUsageLine` reads it (ERR-1), checked before a reconciler takes it: every field a
 * reconciliation reads, of its type, so nothing fails deeper down.
 *
 * @throws {@link RuleError} naming `line.<field>`.
 */
export function requireUsageLine(value: unknown): UsageLine {
  const line = requireObject(value, 'line');
  const row = line.row;
  if (typeof row !== 'number' || !Number.isSafeInteger(row) || row < 1)
    fail(
      row === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'line.row',
      'expected a safe integer ≥ {min}',
      row,
      1,
    );
  for (const key of IDS) text(line[key], `line.${key}`, true);
  for (const key of OPTIONAL) if (line[key] !== undefined) text(line[key], `line.${key}`, false);
  text(line.productId, 'line.productId', false);
  text(line.skuId, 'line.skuId', false);
  text(line.usageDate, 'line.usageDate', false, DAY);
  text(line.chargeStart, 'line.chargeStart', true, DAY);
  text(line.chargeEnd, 'line.chargeEnd', true, DAY);
  const currency = requireCurrency(line.billingCurrency, 'line.billingCurrency');
  requireCurrency(line.pricingCurrency, 'line.pricingCurrency');
  for (const key of ['quantity', 'effectiveUnitPrice', 'exchangeRate'] as const)
    requireDecimal(line[key], `line.${key}`);
  if (line.unitPrice !== null) requireDecimal(line.unitPrice, 'line.unitPrice');
  for (const key of ['pecPercentage', 'creditPercentage'] as const)
    if (line[key] !== undefined) requireDecimal(line[key], `line.${key}`);
  const total = requireObject(line.billingPreTaxTotal, 'line.billingPreTaxTotal');
  if (typeof total.amount !== 'number' || !Number.isSafeInteger(total.amount))
    fail(
      RuleErrorCode.INVALID_AMOUNT,
      'line.billingPreTaxTotal.amount',
      'expected a safe integer count of minor units',
      total.amount,
    );
  if (total.currency !== currency)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'line.billingPreTaxTotal.currency',
      'expected {currency}, the line’s billing currency',
      total.currency,
      currency,
    );
  return line as unknown as UsageLine;
}
