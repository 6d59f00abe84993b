import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { describeValue } from '../../kernel/describeValue.ts';
import { fail } from '../../kernel/fail.ts';
import type { ResaleIssue, ResaleSubscribedSku, ResaleTenantSeats } from '../types.ts';
import type { ResaleSetup } from './readResaleInputs.ts';
import { resaleSentence } from './texts/resaleTextsFor.ts';

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** What is wrong with one SKU of a tenant, or `undefined`. */
function skuFault(sku: unknown, path: string): string | undefined {
  if (typeof sku !== 'object' || sku === null)
    return `${path}: expected an object, got ${describeValue(sku)}`;
  const { skuId, consumedUnits, prepaidUnits } = sku as Record<string, unknown>;
  if (typeof skuId !== 'string' || skuId === '')
    return `${path}.skuId: expected text, got ${describeValue(skuId)}`;
  if (!isCount(consumedUnits))
    return `${path}.consumedUnits: expected a count, got ${describeValue(consumedUnits)}`;
  if (prepaidUnits !== undefined) {
    const enabled = (prepaidUnits as Record<string, unknown> | null)?.enabled;
    if (
      typeof prepaidUnits !== 'object' ||
      prepaidUnits === null ||
      (enabled !== undefined && !isCount(enabled))
    )
      return `${path}.prepaidUnits.enabled: expected a count, got ${describeValue(enabled ?? prepaidUnits)}`;
  }
  return undefined;
}

/**
 * Graph's seats per tenant (RSL-8): not a list is a `RuleError`; a malformed tenant inside it is an
 * issue, and its SKUs are not judged.
 */
export function readSeats(
  value: unknown,
  setup: ResaleSetup,
): { seats: ResaleTenantSeats[]; issues: ResaleIssue[] } {
  if (value === undefined) return { seats: [], issues: [] };
  if (!Array.isArray(value))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'seats', 'expected a list', value);
  const seats: ResaleTenantSeats[] = [];
  const issues: ResaleIssue[] = [];
  value.forEach((tenant: unknown, index) => {
    const record = tenant as Record<string, unknown> | null;
    let what: string | undefined;
    if (typeof tenant !== 'object' || tenant === null)
      what = `expected an object, got ${describeValue(tenant)}`;
    else if (typeof record?.customerId !== 'string' || record.customerId === '')
      what = `customerId: expected text, got ${describeValue(record?.customerId)}`;
    else if (!Array.isArray(record.value))
      what = `value: expected a list, got ${describeValue(record.value)}`;
    else
      what = (record.value as unknown[])
        .map((sku, at) => skuFault(sku, `value.${at}`))
        .find((fault) => fault !== undefined);
    if (what !== undefined) {
      issues.push({
        side: 'seats',
        code: 'INVALID_ARGUMENT',
        row: index,
        message: resaleSentence(setup.texts, 'issue-seats', { index, what }),
      });
      return;
    }
    const good = tenant as { customerId: string; value: ResaleSubscribedSku[] };
    seats.push({
      customerId: good.customerId,
      value: good.value.map((sku) => ({
        skuId: sku.skuId,
        consumedUnits: sku.consumedUnits,
        ...(sku.prepaidUnits?.enabled === undefined
          ? {}
          : { prepaidUnits: { enabled: sku.prepaidUnits.enabled } }),
      })),
    });
  });
  return { seats, issues };
}
