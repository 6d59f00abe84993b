import { RuleErrorCode } from '../../../errors/RuleErrorCode.ts';
import { fail } from '../../../kernel/fail.ts';
import { listedPrice, renewalPrice } from '../../../prices/renewalPrice.ts';
import type { PriceList, Promotion } from '../../../prices/types.ts';
import type { Money } from '../../../pricing/money.ts';
import { parseInstant } from '../../../time/parseInstant.ts';
import type { NewCommerceDeadline } from '../eventTypes.ts';
import type { NewCommerceChargeEffect } from '../resultTypes.ts';
import type { NewCommerceSubscription } from '../types.ts';
import { applyDeadline } from './applyDeadline.ts';
import { billed, chargeAt, pushCycles } from './charges.ts';
import { cloneState, type NewCommerceDraft } from './cloneState.ts';
import { deadlineTypeOf, lastDeadlineAt } from './deadlineOf.ts';
import { estFromList } from './estFromList.ts';
import { promoteTerm } from './promoteTerm.ts';

/**
 * The deadline's text last read and its epoch ms: a state's next deadline (its term's end) is
 * the same text from one call to the next until it passes. Compared by content, never stale.
 */
let lastDeadline = '';
const lastDeadlineMs = /* @__PURE__ */ new Float64Array(1);

function deadlineMs(at: string): number {
  if (at !== lastDeadline) lastDeadlineMs[0] = parseInstant(at, 'subscription');
  // the text now held, equal in content: the next call's is this same string, compared by identity
  lastDeadline = at;
  return lastDeadlineMs[0] as number;
}

/** Most time-driven events one call may apply (LC-10): advance in steps past that. */
const MAX_EVENTS = 10_000;

/**
 * Applies, in order, every time-driven event at or before `toMs`, pushing each onto `events`, and
 * returns a fresh draft with `asOf` = `to` (NCE-8, NCE-10). Given `charges` and the state's `asOf`
 * as `fromMs`, pushes onto it what the time passed bills (CHG-1): each later billing period's
 * `cycle`, and the first period of a renewed term or a converted trial; each month of an Extended
 * Service Term (EST-5); at a billing frequency change (MID-2), the first period at the new frequency.
 * A renewal without a scheduled price takes `prices`' price for the state's `priceKey` at its
 * instant, its charge naming the row (`priceFrom`); without a list or a key it keeps the term's
 * price and its charge says so (`priceAssumed`, PL-4); a renewal into another plan without a
 * scheduled price takes the list's row for that plan, else leaves the state unpriced. A month of an Extended Service Term is
 * priced from its base (EST-3) or, with a list, by the list at the month's start ({@link
 * estFromList}); a trial converts at the list's row at its instant (PL-3) — without a row it keeps
 * the price it was bought with and its charge says so (`priceAssumed`). Given `draft` (a fresh
 * copy of `s` nobody else holds), advances it in place instead of copying `s` again.
 *
 * @throws {@link RuleError} `INVALID_ARGUMENT` past {@link MAX_EVENTS} events.
 */
export function advanceState(
  s: NewCommerceSubscription,
  toMs: number,
  to: string,
  events: NewCommerceDeadline[],
  charges?: NewCommerceChargeEffect[],
  fromMs = 0,
  prices?: PriceList,
  promotions?: readonly Promotion[],
  draft?: NewCommerceDraft,
): NewCommerceDraft {
  const state = draft ?? cloneState(s);
  const start = events.length;
  let cursorMs = fromMs;
  for (let type = deadlineTypeOf(state); type !== null; type = deadlineTypeOf(state)) {
    const nextAt = lastDeadlineAt();
    const atMs = deadlineMs(nextAt);
    if (atMs > toMs) break;
    if (events.length - start >= MAX_EVENTS) {
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'to',
        'expected at most {max} time-driven events in one advance (advance in steps)',
        to,
        MAX_EVENTS,
      );
    }
    // a billing frequency change comes before its instant's cycle, billed at the new frequency
    // and price (MID-5)
    const rebilled = type === 'billing-frequency-changed';
    // the first period at the new frequency names the row a listed price came from (PL-3)
    const rebilledFrom = rebilled ? state.pendingBillingFrequency?.priceFrom : undefined;
    if (charges !== undefined) pushCycles(state, cursorMs, rebilled ? atMs - 1 : atMs, charges);
    // a renewal without a scheduled price takes the list's price at its instant (PL-3, PL-4)
    const listed = type === 'renewed' && state.scheduled?.price == null;
    // the term before's promotion and plan, which a renewal may keep (PL-5)
    const before = state.promotion;
    const plan = `${state.term} ${state.billingFrequency}`;
    const wasPriced = state.price !== null;
    events.push(applyDeadline(state, type, nextAt, atMs));
    // a renewal into another plan left unpriced (PCR details): the list's row for it then (PL-3)
    if (listed && wasPriced && state.price === null && prices !== undefined)
      state.price = renewedPlanPrice(state, prices, atMs);
    // every month of an Extended Service Term is its own kind, priced from its base (EST-3, EST-5)
    const est = state.extendedServiceTerm !== undefined;
    const priced =
      listed && !est && billed(state)
        ? renewalPrice(
            prices,
            state.priceKey,
            state.term as string,
            state.billingFrequency as string,
            // the term's price before its promotion: the list's, which a renewal starts from
            before?.listPrice ?? (state.price as Money),
            atMs,
            nextAt,
          )
        : undefined;
    if (priced !== undefined)
      state.price = { amount: priced.price.amount, currency: priced.price.currency };
    // a renewed term's promotion: kept inside its window, else one listed for it (PL-5)
    if (type === 'renewed' && !est && billed(state))
      promoteTerm(
        state,
        state.price as Money,
        before,
        plan === `${state.term} ${state.billingFrequency}`,
        promotions,
        atMs,
        nextAt,
      );
    const estMonth = est && (type === 'renewed' || type === 'extended-service-term');
    // a month of an Extended Service Term, with a list, at the list's monthly rate then (PL-3)
    const estFrom = estMonth && prices !== undefined ? estFromList(state, prices, atMs) : undefined;
    // a trial converts at the list's price at its instant (PL-3)
    const converted =
      type === 'trial-converted' && prices !== undefined && state.priceKey !== undefined
        ? listedPrice(
            prices,
            state.priceKey,
            state.term as string,
            state.billingFrequency as string,
            atMs,
          )
        : undefined;
    if (converted !== undefined && !('message' in converted))
      state.price = { amount: converted.price.amount, currency: converted.price.currency };
    // a converted trial is a purchase: a promotion listed for it at its instant (PL-5)
    if (type === 'trial-converted' && billed(state))
      promoteTerm(state, state.price as Money, undefined, false, promotions, atMs, nextAt);
    if (charges !== undefined && billed(state)) {
      if (estMonth) {
        const charge = chargeAt(state, 'extended-service-term', state.quantity, nextAt, atMs);
        charges.push(estFrom === undefined ? charge : { ...charge, priceFrom: estFrom });
      } else if (type === 'renewed') {
        const charge = chargeAt(state, 'renewal', state.quantity, nextAt, atMs);
        charges.push(
          priced === undefined
            ? charge
            : 'priceFrom' in priced
              ? { ...charge, priceFrom: priced.priceFrom }
              : {
                  ...charge,
                  priceAssumed: true,
                  message: priced.message,
                  messageId: priced.messageId,
                  params: priced.params,
                },
        );
      } else if (type === 'trial-converted') {
        const charge = chargeAt(state, 'trial-conversion', state.quantity, nextAt, atMs);
        charges.push(
          converted === undefined
            ? charge
            : 'message' in converted
              ? {
                  ...charge,
                  priceAssumed: true,
                  message: converted.message,
                  messageId: converted.messageId,
                  params: converted.params,
                }
              : { ...charge, priceFrom: converted.priceFrom },
        );
      } else if (rebilled) {
        const charge = chargeAt(state, 'cycle', state.quantity, nextAt, atMs);
        charges.push(rebilledFrom === undefined ? charge : { ...charge, priceFrom: rebilledFrom });
      }
    }
    cursorMs = atMs;
  }
  if (charges !== undefined) pushCycles(state, cursorMs, toMs, charges);
  state.asOf = to;
  return state;
}

/**
 * The price of a term renewed into another plan whose price was not scheduled (PCR details,
 * decided 2026-11-28): the list's row for the state's key, term and billing frequency at the
 * renewal (PL-3), else `null` (unpriced).
 */
function renewedPlanPrice(state: NewCommerceDraft, prices: PriceList, atMs: number): Money | null {
  if (state.priceKey === undefined || state.term === null || state.billingFrequency === null)
    return null;
  const found = listedPrice(prices, state.priceKey, state.term, state.billingFrequency, atMs);
  return 'message' in found ? null : { amount: found.price.amount, currency: found.price.currency };
}
