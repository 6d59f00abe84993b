import type { MessageOptions } from '../messages/types.ts';
import type { NewCommercePolicy } from '../policy/types.ts';
import { orderMessage } from './_internal/orderMessage.ts';
import { readHoldings } from './_internal/readHoldings.ts';
import { readOrder } from './_internal/readOrder.ts';
import { verdicts } from './_internal/verdicts.ts';
import type { OrderCheck, OrderNote, OrderRefusal } from './types.ts';

/** The kinds that judge the ordered subscription alone, run when the holdings are unknown (ORD-6). */
const OWN_KINDS: readonly string[] = ['quantity', 'billing', 'terms', 'trial'];

/**
 * The one judgement of an order (ORD-3 … ORD-6) that `checkOrder` and the New Commerce lifecycle
 * share: the order and holdings read, the policy's constraints in force at `ms` run, each refusal
 * with its sentence in the locale of `options`. With `ownOnly` (a lifecycle event without
 * `options.holdings`) only the constraints of the subscription itself run, and a note says the caps
 * were not checked.
 *
 * @param order - The order, as the caller gave it.
 * @param holdings - The holdings, as given.
 * @param ms - The instant, epoch milliseconds.
 * @param policy - The New Commerce policy to judge by: its `id` and `orders` are read.
 * @param options - `{ locale }`, or `undefined` for English.
 * @param ownOnly - Whether only the constraints of the ordered subscription itself run.
 * @returns The check.
 * @throws {@link RuleError} for a bad order or holding (ORD-9).
 */
export function judgeOrder(
  order: unknown,
  holdings: unknown,
  ms: number,
  policy: Pick<NewCommercePolicy, 'id' | 'orders'>,
  options: MessageOptions | undefined,
  ownOnly: boolean,
): OrderCheck {
  const read = readOrder(order);
  const held = readHoldings(holdings);
  const policyId = policy.id;
  const all = policy.orders;
  if (all === undefined) return { ok: true, policyId, notes: [] };
  const rules = ownOnly
    ? { ...all, constraints: all.constraints.filter((c) => OWN_KINDS.includes(c.kind)) }
    : all;
  const { offer, refusals } = verdicts(read, held, rules, ms);
  const notes: OrderNote[] = [];
  if (offer === undefined)
    notes.push({
      code: 'offer-not-listed',
      ...orderMessage('order.note.offer-not-listed', { offer: read.offer }, options),
    });
  else if (ownOnly)
    notes.push({
      code: 'caps-not-checked',
      ...orderMessage('order.note.caps-not-checked', {}, options),
    });
  if (refusals.length === 0) return { ok: true, policyId, notes };
  const out: OrderRefusal[] = refusals.map((v) => ({
    code: v.code,
    rule: 'ORD-5',
    constraintId: v.constraintId,
    limit: v.limit,
    actual: v.actual,
    ...orderMessage(
      `order.${v.code}`,
      {
        offer: offer as string,
        term: read.term,
        limit: v.limit,
        actual: v.actual,
        constraintId: v.constraintId,
      },
      options,
    ),
  }));
  return { ok: false, policyId, refusals: out, notes };
}
