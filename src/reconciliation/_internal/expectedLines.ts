import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { BilledLine } from './BilledLine.ts';
import type { ChargeTypes } from './chargeTypes.ts';
import { lineOfEffect } from './lineOfEffect.ts';
import { lineOfInvoiceLine } from './lineOfInvoiceLine.ts';

/** An effect has a `type`; an invoice line has none. */
function isEffect(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'type');
}

/**
 * The expected lines of `reconcile`'s `expected` (REC-2, REC-4): each item an invoice line, or an
 * effect (whose line `invoiceLines` would write, with its arithmetic behind it).
 *
 * @param expected - The caller's list.
 * @param types - The charge types in force.
 * @param subscriptionId - The subscription the effects are of.
 * @returns The lines of the items that bill money.
 * @throws {@link RuleError} at `expected` or `expected.<i>`.
 */
export function expectedLines(
  expected: unknown,
  types: ChargeTypes,
  subscriptionId: string | undefined,
): BilledLine[] {
  if (!Array.isArray(expected))
    fail(
      expected === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT,
      'expected',
      'expected a list',
      expected,
    );
  const lines: BilledLine[] = [];
  const owner = { subscriptionId, customerId: undefined };
  let term: string | undefined;
  for (let i = 0; i < expected.length; i++) {
    const item: unknown = expected[i];
    const path = `expected.${i}`;
    const line = isEffect(item)
      ? lineOfEffect(item, path, types, owner, term)
      : lineOfInvoiceLine(item, path, types);
    if (line === undefined) continue;
    if (line.effect !== undefined && line.effect.outcome === undefined)
      term = line.termAndBillingCycle;
    lines.push(line);
  }
  return lines;
}
