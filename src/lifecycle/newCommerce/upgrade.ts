import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { checkedAs } from '../../kernel/checkedAs.ts';
import { fail } from '../../kernel/fail.ts';
import { lifecycleMessages as t } from '../../messages/en/lifecycle.ts';
import { upgradeMessages as m } from '../../messages/en/newCommerce/midTerm.ts';
import { localized } from '../../messages/localized.ts';
import { say } from '../../messages/say.ts';
import type { MessageOptions } from '../../messages/types.ts';
import type { PolicyOptions } from '../../policy/PolicyOptions.ts';
import { requireNewCommerceBilling } from '../../policy/requireNewCommerceBilling.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../../policy/vocabulary/newCommerceTerms.ts';
import { optionsPromotions } from '../../prices/promotions.ts';
import { readPriceStateKey } from '../../prices/readPriceStateKey.ts';
import { optionsPriceList } from '../../prices/renewalPrice.ts';
import type {
  PriceFrom,
  PriceList,
  PriceListOptions,
  PriceStateKey,
  Promotion,
  PromotionOptions,
} from '../../prices/types.ts';
import { assertNotBefore } from '../../time/assertNotBefore.ts';
import { instantText } from '../../time/instantText.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import { readQuantity } from '../_internal/readQuantity.ts';
import { readUnitPrice } from '../readUnitPrice.ts';
import type { NewCommerceDeadline } from './eventTypes.ts';
import { advanceState } from './machine/advanceState.ts';
import { billed, chargeAt, creditAt } from './machine/charges.ts';
import type { NewCommerceDraft } from './machine/cloneState.ts';
import { cloneState } from './machine/cloneState.ts';
import { creditFor } from './machine/credit.ts';
import { rememberMade } from './machine/lastMade.ts';
import { moveSeats } from './machine/moveSeats.ts';
import { planPrice } from './machine/planPrice.ts';
import { readBillingFields } from './machine/readBillingFields.ts';
import { readState } from './machine/readState.ts';
import { refuseCustomPolicy } from './machine/refuseCustomPolicy.ts';
import { refused } from './machine/results.ts';
import { upgradeFromEst } from './machine/upgradeFromEst.ts';
import type {
  NewCommerceChargeEffect,
  NewCommerceEffect,
  NewCommerceTransitionRefused,
  NewCommerceUpgradeRequest,
  NewCommerceUpgradeResult,
} from './resultTypes.ts';
import { terminal } from './table.ts';
import type { NewCommerceSubscription } from './types.ts';

/** A running licence-based subscription, or the refusal of an upgrade from or into it. */
function refusal(state: NewCommerceDraft): NewCommerceTransitionRefused | undefined {
  const status = state.status;
  if (terminal[status])
    return refused(
      'TERMINAL',
      status === 'deleted'
        ? say(t, 'lifecycle.refused.deleted')
        : say(t, 'lifecycle.refused.terminal', { status }),
    );
  if (status !== 'active')
    return refused(
      'NOT_ALLOWED',
      say(t, 'lifecycle.refused.not-allowed', { status, event: 'upgrade' }),
    );
  if (state.product !== 'license-based')
    return refused(
      'NOT_SUPPORTED',
      say(m, 'lifecycle.nce.refused.upgrade-product', { product: state.product }),
    );
  return undefined;
}

/**
 * Upgrades seats of a New Commerce subscription to another offer (MID-4), as Partner Center's
 * transitions do: upward only, which the library cannot tell from offer IDs, so the caller's
 * eligibility list is trusted; the source must be `active` and licence-based, and the target's term
 * at least the source's (`NOT_ALLOWED`, Partner Center's "term duration is shorter than the source
 * subscription's"); `into`, an existing subscription, must end no earlier than the source. All
 * seats and no `into`: a **full upgrade**, the same subscription now for `to.offerId` at
 * `to.price`, its dates, batches and windows unchanged (`source` is `null`). Fewer seats, or
 * `into`: a **partial upgrade** — the seats are taken from the source newest batch first (no
 * window restriction) and go to a new subscription whose term dates, policy and cancellation window
 * are the source's (Partner Center: it "inherits its parent's cancellation window"), or are added
 * to `into`; each moved batch keeps its seats' reduction window. Money **(decided, from
 * distributors' worked invoices)**: the moved seats are credited on the source for the unused days
 * of its billing period (NCE-5, `upgrade-source`) and charged on the target at `to.price` for the
 * days after the upgrade's to the end of the target's billing period — the same days for a new
 * target (CHG-2's formula, `upgrade`). Scheduled renewal changes and a billing frequency change
 * waiting are dropped on both. An upgrade into a new subscription keeps the source's term and
 * billing frequency (its dates are the source's); another is `NOT_SUPPORTED`. From an Extended
 * Service Term without `into` (EST-4), the seats moved start a committed term at `at` (the
 * target's term and frequency, default `P1M` monthly): all of them in the same subscription
 * (`source` `null`), fewer in a new one ordered at `at` while the source keeps the rest in its
 * Extended Service Term; only the seats moved are credited the month's unused days, and the new
 * term's first period is charged.
 *
 * @param source - The subscription the seats come from.
 * @param request - `at`, `to: { offerId, price, term?, billingFrequency? }` (each of the term and
 *   the billing frequency, when left out, is the source's — or `into`'s; the two then make a plan
 *   licences are sold with, as parseUpgradeRequest reads them), `quantity?`, `into?`.
 * @param options - `{ locale }` for a refusal's message (MSG-1); `{ priceList }` prices a target
 *   the request gives no price for, by `to.priceKey` at `at` (PL-3), its charge naming the row
 *   (`priceFrom`); `{ policy }` is refused.
 * @returns `{ ok: true, source, target, effects }`, or a refusal (`TERMINAL`, `NOT_ALLOWED`,
 *   `NOT_SUPPORTED`) with its message.
 * @throws {@link RuleError} for a bad request field (at `request.…`), a state that is not a New
 *   Commerce state (at `source.…`, `request.into.…`), `OUT_OF_ORDER` when `at` is before either
 *   state's `asOf`, `CURRENCY_MISMATCH` for a price in another currency.
 * @example
 * ```ts
 * import { createSubscription, upgrade } from 'subscription-rules/new-commerce';
 * const basic = createSubscription({
 *   program: 'new-commerce', product: 'license-based', term: 'P1Y', billingFrequency: 'monthly',
 *   quantity: 10, orderedAt: '2026-11-20T10:00:00Z', price: { amount: 1250, currency: 'USD' },
 * });
 * const result = upgrade(basic, {
 *   at: '2026-11-30T12:00:00Z', quantity: 4,
 *   to: { offerId: 'CFQ7TTC0LDPB:0001', price: { amount: 2200, currency: 'USD' } },
 * });
 * result.ok && result.effects.map((e) => (e.type === 'credit' ? e.credit?.amount : e.type === 'charge' ? e.amount.amount : 0));
 * //=> [3164, 5568]
 * ```
 * @category New Commerce
 */
export function upgrade(
  source: NewCommerceSubscription,
  request: NewCommerceUpgradeRequest,
  options?: PolicyOptions & MessageOptions & PriceListOptions & PromotionOptions,
): NewCommerceUpgradeResult {
  refuseCustomPolicy(options);
  let asOf = 0;
  checkedAs(source, 'source', (s) => {
    asOf = readState(s);
  });
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'request',
      'expected { at, to, quantity?, into? }',
      request,
    );
  const to = request.to;
  if (typeof to !== 'object' || to === null || Array.isArray(to))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      'request.to',
      'expected { offerId, price, term?, billingFrequency? }',
      to,
    );
  if (typeof to.offerId !== 'string' || to.offerId === '')
    fail(RuleErrorCode.INVALID_ARGUMENT, 'request.to.offerId', 'expected an offer id', to.offerId);
  // the request's own plan and price, whatever the states (ERR-1, as parseUpgradeRequest reads
  // them): a term and a billing frequency licences are sold with (NCE-2), each optional, and a
  // price ≥ 0 — so a refusal never hides a bad field
  readBillingFields(to.term, to.billingFrequency, undefined, [false, false, false], 'request.to');
  if (to.term !== undefined && to.billingFrequency !== undefined)
    requireNewCommerceBilling('license-based', to.term, to.billingFrequency, 'request.to');
  const prices = optionsPriceList(options);
  const promotions = optionsPromotions(options);
  const toKey =
    to.priceKey === undefined ? undefined : readPriceStateKey(to.priceKey, 'request.to.priceKey');
  // without a price, the price list prices the target (PL-3) or into's locked price holds
  if (
    to.price !== undefined ||
    ((prices === undefined || toKey === undefined) && request.into === undefined)
  )
    readUnitPrice(to.price, 1, 'request.to.price');
  const atMs = parseInstant(request.at, 'request.at');
  if (request.quantity !== undefined) readQuantity(request.quantity, 'request.quantity');
  const into = request.into;
  let intoAsOf = 0;
  if (into !== undefined)
    checkedAs(into, 'request.into', (s) => {
      intoAsOf = readState(s);
    });
  assertNotBefore(atMs, 'request.at', asOf, 'source.asOf');
  if (into !== undefined) assertNotBefore(atMs, 'request.at', intoAsOf, 'request.into.asOf');
  const at = instantText(request.at, atMs, 'request.at');
  const passed: NewCommerceChargeEffect[] = [];
  const state = advanceState(
    source,
    atMs,
    at,
    [] as NewCommerceDeadline[],
    passed,
    asOf,
    prices,
    promotions,
  );
  const result = moved(state, request, into, intoAsOf, atMs, at, passed, prices, toKey, promotions);
  return result.ok ? result : localized(result, options);
}

/** The upgrade of the source as of `at` (see {@link upgrade}). */
function moved(
  state: NewCommerceDraft,
  request: NewCommerceUpgradeRequest,
  into: NewCommerceSubscription | undefined,
  intoAsOf: number,
  atMs: number,
  at: string,
  passed: NewCommerceChargeEffect[],
  prices: PriceList | undefined,
  toKey: PriceStateKey | undefined,
  promotions: readonly Promotion[] | undefined,
): NewCommerceUpgradeResult {
  const to = request.to;
  const target =
    into === undefined
      ? undefined
      : advanceState(into, atMs, at, [], passed, intoAsOf, prices, promotions);
  // a term or billing frequency left out is the plan's (the source's, or into's): of a licence,
  // the pair is one licences are sold with, checked before any refusal (NCE-2, LC-11); another
  // product's upgrade is refused below
  const plan = target ?? state;
  const from = target === undefined ? 'source' : 'request.into';
  const term = to.term ?? plan.term;
  const billingFrequency = to.billingFrequency ?? plan.billingFrequency;
  if (term !== null && billingFrequency !== null && plan.product === 'license-based')
    requireNewCommerceBilling(
      'license-based',
      term,
      billingFrequency,
      'request.to',
      to.term === undefined ? `${from}.term` : undefined,
      to.billingFrequency === undefined ? `${from}.billingFrequency` : undefined,
    );
  const refusedSource = refusal(state);
  if (refusedSource !== undefined) return refusedSource;
  // out of an Extended Service Term: a committed term from `at` with the seats given (EST-4)
  if (state.extendedServiceTerm !== undefined && into === undefined) {
    const est = upgradeFromEst(state, request, at, atMs, passed);
    return upgraded(est.source, est.target, est.effects, atMs);
  }
  if (target !== undefined) {
    const refusedTarget = refusal(target);
    if (refusedTarget !== undefined) return refusedTarget;
  }
  requireNewCommerceBilling('license-based', term, billingFrequency, 'request.to');
  const months = NEW_COMMERCE_TERM_MONTHS;
  const termEnd = state.termEnd as string;
  if (months[term] < months[state.term as keyof typeof months])
    return refused(
      'NOT_ALLOWED',
      say(m, 'lifecycle.nce.refused.upgrade-shorter-term', {
        to: term,
        term: state.term as string,
      }),
    );
  if (target === undefined) {
    if (term !== state.term || billingFrequency !== state.billingFrequency)
      return refused(
        'NOT_SUPPORTED',
        say(m, 'lifecycle.nce.refused.upgrade-new-term', {
          term: state.term as string,
          billingFrequency: state.billingFrequency as string,
          to: term,
        }),
      );
  } else {
    if (term !== target.term || billingFrequency !== target.billingFrequency)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        to.term !== undefined && to.term !== target.term
          ? 'request.to.term'
          : 'request.to.billingFrequency',
        'expected the term and billing frequency of request.into',
        to.term !== undefined && to.term !== target.term ? to.term : to.billingFrequency,
      );
    if (target.offerId !== undefined && target.offerId !== to.offerId)
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'request.to.offerId',
        'expected the offer of request.into {offerId}',
        to.offerId,
        target.offerId,
      );
    if (
      target.price !== null &&
      to.price !== undefined &&
      (to.price.amount !== target.price.amount || to.price.currency !== target.price.currency)
    )
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'request.to.price',
        'expected the price of request.into',
        to.price,
      );
    if ((target.termEnd as string) < termEnd)
      return refused(
        'NOT_ALLOWED',
        say(m, 'lifecycle.nce.refused.upgrade-ends-earlier', {
          targetEnd: target.termEnd as string,
          termEnd,
        }),
      );
  }
  const quantity = request.quantity ?? state.quantity;
  if (quantity > state.quantity)
    fail(
      RuleErrorCode.INVALID_QUANTITY,
      'request.quantity',
      'expected at most the source’s {max} seats',
      quantity,
      state.quantity,
    );
  // seats moved into a running subscription pay its locked price (PL-3); else the request's
  // price, or the list's row for the target at `at`
  const { price, priceFrom } =
    target !== undefined && to.price === undefined && target.price !== null
      ? { price: target.price, priceFrom: undefined }
      : planPrice(
          to.price,
          quantity + (target?.quantity ?? 0),
          'request.to.price',
          state.price,
          prices,
          toKey,
          term as string,
          billingFrequency as string,
          atMs,
        );
  // the moved seats' unused days at the old price, before they leave (NCE-5)
  const creditOfMoved = creditAt(
    state,
    'upgrade-source',
    'prorated-credit',
    quantity,
    at,
    atMs,
    creditFor(state, quantity, atMs, false),
    'MID-4',
  );
  // the seats the source keeps: none after a full upgrade into another subscription
  const kept =
    target === undefined && quantity === state.quantity ? quantity : state.quantity - quantity;
  const credit = { ...creditOfMoved, seats: kept };
  const effects: NewCommerceEffect[] = [
    ...passed.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    credit,
  ];
  if (target === undefined && quantity === state.quantity) {
    // a full upgrade: the same subscription, now for the target offer at its price
    state.offerId = to.offerId;
    state.price = price;
    // a promotion is lost on upgrade (PL-5)
    delete state.promotion;
    if (toKey !== undefined) state.priceKey = toKey;
    clearChanges(state);
    pushCharge(state, quantity, at, atMs, effects, true, priceFrom);
    return upgraded(null, state, effects, atMs);
  }
  const { left, moved: batches } = moveSeats(state.seats, quantity, at);
  let taker: NewCommerceDraft;
  if (target === undefined) {
    // a new subscription with the source's term, policy and windows (it inherits them)
    taker = cloneState(state as NewCommerceSubscription);
    taker.quantity = quantity;
    taker.seats = batches;
    taker.offerId = to.offerId;
    taker.price = price;
    delete taker.promotion;
    if (toKey !== undefined) taker.priceKey = toKey;
    else delete taker.priceKey;
    taker.autoRenew = state.autoRenew;
    clearChanges(taker);
  } else {
    taker = target;
    taker.seats = [...target.seats, ...batches];
    taker.quantity = target.quantity + quantity;
    taker.offerId = to.offerId;
    clearChanges(taker);
  }
  clearChanges(state);
  if (left.length === 0) state.status = 'cancelled';
  else {
    state.seats = left;
    state.quantity -= quantity;
  }
  pushCharge(taker, quantity, at, atMs, effects, false, priceFrom);
  return upgraded(state as NewCommerceSubscription, taker, effects, atMs);
}

/** A mid-term change drops the scheduled renewal changes and a billing frequency change waiting. */
function clearChanges(s: NewCommerceDraft): void {
  s.scheduled = null;
  if (s.pendingBillingFrequency !== undefined) delete s.pendingBillingFrequency;
}

/** The target's charge for the moved seats' days after the upgrade's, when there is one to bill. */
function pushCharge(
  s: NewCommerceDraft,
  quantity: number,
  at: string,
  atMs: number,
  effects: NewCommerceEffect[],
  full: boolean,
  priceFrom: PriceFrom | undefined,
): void {
  if (!billed(s)) return;
  const made = chargeAt(s, 'upgrade', quantity, at, atMs);
  const charge = priceFrom === undefined ? made : { ...made, priceFrom };
  // a full upgrade's line is Partner Center's convert (REC-1)
  if (charge.days > 0) effects.push(full ? { ...charge, full } : charge);
}

function upgraded(
  source: NewCommerceSubscription | null,
  target: NewCommerceDraft,
  effects: NewCommerceEffect[],
  atMs: number,
): NewCommerceUpgradeResult {
  const result = { ok: true, source, target: rememberMade(target, atMs), effects } as const;
  return (source ?? target).price === null ? { ...result, unpriced: true } : result;
}
