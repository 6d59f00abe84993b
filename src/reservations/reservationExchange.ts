import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { requireText } from '../kernel/requireText.ts';
import { reservationExchangeMessages } from '../messages/en/reservations.ts';
import { localized } from '../messages/localized.ts';
import { sayPlain } from '../messages/sayPlain.ts';
import type { Instant } from '../time/parseInstant.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { readReservation } from './_internal/readReservation.ts';
import {
  EXCHANGES_CLOSED_FROM,
  SAVINGS_PLAN_SERVICES,
  type SavingsPlanService,
} from './data/savingsPlanServices.ts';
import type { ReservationExchangeDecision, ReservationNotExchangeable } from './resultTypes.ts';
import type { Reservation, ReservationExchangeOptions } from './types.ts';

/** When exchanges close, epoch ms; read on first use. */
let closedFromMs: number | undefined;

/**
 * Whether an Azure reservation can be exchanged now (RES-2, RES-3): not when it was bought at or
 * after 2027-02-01T00:00:00Z for a service savings plans cover (virtual machines, dedicated hosts,
 * App Service, Container Instances, Functions premium, Container Apps, Spring Apps); otherwise
 * `allowed`. The service is `options.service`, else the reservation's `type`. An exchange never
 * counts against the refund limit of {@link reservationRefund}.
 *
 * @param reservation - The reservation, read as {@link reservationRefund} reads it.
 * @param at - When the exchange is asked for.
 * @param options - `service` (the reservation's type by default) and `locale`.
 * @returns `{ ok: true, outcome: 'allowed' }` or `{ ok: false, outcome: 'not-exchangeable', code:
 *   'NOT_EXCHANGEABLE', message }`.
 * @throws {@link RuleError} `OUT_OF_ORDER` for `at` before the purchase or at or after the term's
 *   end (nothing is left to exchange); `INVALID_ARGUMENT` for a `service` that is not a non-empty
 *   string or `options` that is not an object; the codes of a bad reservation.
 * @example
 * ```ts
 * import { reservationExchange } from 'subscription-rules';
 * const vm = {
 *   id: 'vm-1y', type: 'virtual-machines', term: 'P1Y', billingPlan: 'upfront',
 *   purchasedAt: '2027-02-01T00:00:00Z', price: { amount: 120000, currency: 'USD' },
 * } as const;
 * reservationExchange(vm, '2027-03-01T00:00:00Z').outcome;
 * //=> 'not-exchangeable'
 * reservationExchange({ ...vm, purchasedAt: '2027-01-31T23:59:59.999Z' }, '2027-03-01T00:00:00Z');
 * //=> { ok: true, outcome: 'allowed' }
 * ```
 * @category Reservations
 */
export function reservationExchange(
  reservation: Reservation,
  at: Instant,
  options?: ReservationExchangeOptions,
): ReservationExchangeDecision {
  const read = readReservation(reservation, at);
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'options', 'expected an object', options);
  }
  const service =
    options?.service === undefined ? read.type : requireText(options.service, 'options.service');
  closedFromMs ??= parseInstant(EXCHANGES_CLOSED_FROM, 'closedFrom');
  if (
    read.purchasedMs < closedFromMs ||
    !SAVINGS_PLAN_SERVICES.includes(service as SavingsPlanService)
  ) {
    return { ok: true, outcome: 'allowed' };
  }
  return localized<ReservationNotExchangeable>(
    {
      ok: false,
      outcome: 'not-exchangeable',
      code: 'NOT_EXCHANGEABLE',
      ...sayPlain(reservationExchangeMessages, 'reservation.not-exchangeable', {
        service,
        closedFrom: EXCHANGES_CLOSED_FROM,
      }),
    },
    options,
  );
}
