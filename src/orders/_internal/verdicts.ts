import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { OrderConstraint, OrderRules } from '../../policy/orderTypes.ts';
import { NEW_COMMERCE_TRIAL_SEATS } from '../../policy/vocabulary/trialSeats.ts';
import type { Order, OrderRefusalCode } from '../types.ts';
import { offerKeys } from './offerKeys.ts';
import { ceilPercentOf, floorPercentOf } from './percentOf.ts';
import type { ReadHolding } from './readHoldings.ts';

/** A refusal before its message: the constraint, the bound and the order's value (ORD-3). */
export interface Verdict {
  readonly code: OrderRefusalCode;
  readonly constraintId: string;
  readonly limit: number | readonly string[];
  readonly actual: number | string;
}

/** What the verdicts of one order are: its offer's key (none: not listed) and its refusals. */
export interface Verdicts {
  readonly offer: string | undefined;
  readonly refusals: Verdict[];
}

/** The statuses whose seats count (ORD-1: provisioned). */
function counts(h: ReadHolding): boolean {
  return h.status === 'active' || h.status === 'suspended' || h.status === 'trial';
}

/**
 * Whether a bound refuses (ORD-4): its slack after the order is negative and smaller than before
 * (before a purchase, +∞).
 */
function breaks(after: number, before: number): boolean {
  return after < 0 && after < before;
}

/** Whether a constraint is in force at `ms` (ORD-2, TIME-3: half-open). */
function inForce(c: OrderConstraint, ms: number): boolean {
  if (c.effectiveFrom !== null && Date.parse(c.effectiveFrom) > ms) return false;
  return c.effectiveUntil === undefined || ms < Date.parse(c.effectiveUntil);
}

/**
 * Every constraint an order breaks (ORD-4, ORD-5), in the rules' order, with the key its offer
 * resolves to: the constraints in force at `ms` whose offers hold the order's; a trial only by
 * `trial`, any other order by the rest; a change judged by its slack, the holding counted at its
 * new quantity and never twice.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` at `order.subscriptionId` for an id no holding has,
 *   at `order.offer` for another offer than the holding's, `INVALID_QUANTITY` at `holdings` when
 *   the seats add up past a safe integer.
 */
export function verdicts(
  order: Order,
  holdings: readonly ReadHolding[],
  rules: OrderRules,
  ms: number,
): Verdicts {
  const keyOf = offerKeys(rules);
  const keys = holdings.map((h) => keyOf(h.offer) ?? keyOf(h.offerId));
  let changed: ReadHolding | undefined;
  if (order.subscriptionId !== undefined) {
    changed = holdings.find((h) => h.id === order.subscriptionId);
    if (changed === undefined)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'order.subscriptionId',
        'expected the id of one of the holdings',
        order.subscriptionId,
      );
  }
  const offer = keyOf(order.offer);
  if (changed !== undefined && offer !== keys[holdings.indexOf(changed)])
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'order.offer',
      'expected the offer of holding {id}',
      order.offer,
      order.subscriptionId as string,
    );
  const refusals: Verdict[] = [];
  if (offer === undefined) return { offer, refusals };
  const q = order.quantity;
  const was = changed === undefined ? undefined : counts(changed) ? changed.quantity : 0;
  const beforeTerm = changed?.term ?? order.term;
  const beforeFrequency = changed?.billingFrequency ?? order.billingFrequency;
  /** The counted seats of `offers`, the changed holding left out. */
  const others = (offers: readonly string[]): number => {
    let sum = 0;
    holdings.forEach((h, i) => {
      const key = keys[i];
      if (h !== changed && counts(h) && key !== undefined && offers.includes(key))
        sum += h.quantity;
    });
    if (!Number.isSafeInteger(sum + q))
      fail(
        RuleErrorCode.INVALID_QUANTITY,
        'holdings',
        'expected seats adding up to a safe integer',
        sum,
      );
    return sum;
  };
  const refuse = (
    c: OrderConstraint,
    code: OrderRefusalCode,
    limit: Verdict['limit'],
    actual: Verdict['actual'],
  ): void => {
    refusals.push({ code, constraintId: c.id, limit, actual });
  };
  for (const c of rules.constraints) {
    if (!inForce(c, ms)) continue;
    if ((c.kind === 'trial') !== (order.trial === true)) continue;
    switch (c.kind) {
      case 'quantity': {
        if (!c.offers.includes(offer)) break;
        const binds = (term: string): boolean =>
          c.terms === undefined || (c.terms as readonly string[]).includes(term);
        if (!binds(order.term)) break;
        const held = was !== undefined && binds(beforeTerm) ? was : undefined;
        if (c.min !== undefined && breaks(q - c.min, held === undefined ? Infinity : held - c.min))
          refuse(c, 'below-minimum', c.min, q);
        if (c.max !== undefined && breaks(c.max - q, held === undefined ? Infinity : c.max - held))
          refuse(c, 'above-maximum', c.max, q);
        break;
      }
      case 'billing': {
        if (!c.offers.includes(offer) || order.term !== c.term) break;
        const allowed = (f: string): number =>
          (c.billingFrequencies as readonly string[]).includes(f) ? 0 : -1;
        const before =
          changed !== undefined && beforeTerm === c.term ? allowed(beforeFrequency) : Infinity;
        if (breaks(allowed(order.billingFrequency), before))
          refuse(c, 'billing-not-allowed', c.billingFrequencies, order.billingFrequency);
        break;
      }
      case 'terms': {
        if (!c.offers.includes(offer)) break;
        const allowed = (t: string): number =>
          (c.terms as readonly string[]).includes(t) ? 0 : -1;
        if (breaks(allowed(order.term), changed === undefined ? Infinity : allowed(beforeTerm)))
          refuse(c, 'term-not-allowed', c.terms, order.term);
        break;
      }
      case 'family-cap': {
        if (!c.offers.includes(offer)) break;
        const rest = others(c.offers);
        if (breaks(c.max - rest - q, was === undefined ? Infinity : c.max - rest - was))
          refuse(c, 'family-cap-exceeded', c.max, rest + q);
        break;
      }
      case 'add-on': {
        if (c.offers.includes(offer)) {
          const base = others(c.baseOffers);
          const rest = others(c.offers);
          const s = rest + q;
          const sBefore = was === undefined ? undefined : rest + was;
          if (base === 0) {
            if (breaks(-s, sBefore === undefined ? Infinity : -sBefore))
              refuse(c, 'add-on-without-base', 1, 0);
            break;
          }
          if (c.maxPercentOfBase !== undefined) {
            const cap = floorPercentOf(base, c.maxPercentOfBase);
            if (breaks(cap - s, sBefore === undefined ? Infinity : cap - sBefore))
              refuse(c, 'add-on-over-base', cap, s);
          }
          if (c.minPercentOfBase !== undefined) {
            const need = ceilPercentOf(base, c.minPercentOfBase);
            if (breaks(s - need, sBefore === undefined ? Infinity : sBefore - need))
              refuse(c, 'add-on-under-share', need, s);
          }
        } else if (
          // fewer base seats: the add-on's max bound runs on them too (ORD-5)
          c.baseOffers.includes(offer) &&
          was !== undefined &&
          q < was &&
          c.maxPercentOfBase !== undefined
        ) {
          const s = others(c.offers);
          const rest = others(c.baseOffers);
          if (s === 0) break;
          const capAfter = floorPercentOf(rest + q, c.maxPercentOfBase);
          const capBefore = floorPercentOf(rest + was, c.maxPercentOfBase);
          if (breaks(capAfter - s, capBefore - s)) refuse(c, 'add-on-over-base', capAfter, s);
        }
        break;
      }
      case 'trial': {
        if (q > NEW_COMMERCE_TRIAL_SEATS)
          refuse(c, 'trial-over-limit', NEW_COMMERCE_TRIAL_SEATS, q);
        if (c.excludeOffers?.includes(offer)) refuse(c, 'trial-not-eligible', 0, 'add-on');
        else if (c.onePerOffer) {
          const i = holdings.findIndex(
            (h, j) => h !== changed && keys[j] === offer && h.status !== 'deleted',
          );
          const held = holdings[i];
          if (held !== undefined) refuse(c, 'trial-not-eligible', 0, held.id ?? held.path);
        }
        break;
      }
    }
  }
  return { offer, refusals };
}
