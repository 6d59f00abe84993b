import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { NewCommerceEffect } from '../../lifecycle/newCommerce/resultTypes.ts';
import type { BilledLine } from './BilledLine.ts';
import type { ChargeTypes } from './chargeTypes.ts';
import { lineOfEffect, lineOfReadEffect } from './lineOfEffect.ts';
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

/**
 * The expected lines of effects the library's rules made (a replay's, REC-3): {@link expectedLines}
 * without reading each effect again, since nothing but the rules wrote them.
 *
 * @param effects - The effects, in time order.
 * @param types - The charge types in force.
 * @param subscriptionId - The subscription the effects are of.
 * @returns The lines of the effects that bill money.
 * @throws {@link RuleError} at `expected.<i>` for a credit that gives money back without saying how
 *   much or from which billing period, as {@link expectedLines} does.
 */
export function effectLines(
  effects: readonly NewCommerceEffect[],
  types: ChargeTypes,
  subscriptionId: string | undefined,
): BilledLine[] {
  const lines: BilledLine[] = [];
  const owner = { subscriptionId, customerId: undefined };
  let term: string | undefined;
  for (let i = 0; i < effects.length; i++) {
    const line = lineOfReadEffect(
      effects[i] as NewCommerceEffect,
      `expected.${i}`,
      types,
      owner,
      term,
    );
    if (line === undefined) continue;
    if (line.effect !== undefined && line.effect.outcome === undefined)
      term = line.termAndBillingCycle;
    lines.push(line);
  }
  return lines;
}
