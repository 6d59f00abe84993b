/**
 * The English sentences of an Azure reservation's refund (RES-1, MSG-1), by message ID. No amount
 * is written in them: the amounts are the result's own fields, so the sentence needs no money
 * formatter. The exchange's and the savings plan's sentences are tables of their own, so a bundle
 * that asks one question carries only its answers.
 */
export const reservationMessages = {
  'reservation.refund':
    'Refunded: the unused part of the reservation at the lower of its purchase and current price. The cancelled commitment counts against the customer’s refund limit until {restoresAt}.',
  'reservation.over-limit':
    'Not refunded: the cancelled commitment would take the customer’s reservation refunds of the last {days} days past the limit.',
  'reservation.not-refundable': 'Reservations of type "{type}" are never refunded.',
} as const;

/** The English sentence of a reservation that cannot be exchanged (RES-2, MSG-1). */
export const reservationExchangeMessages = {
  'reservation.not-exchangeable':
    'Reservations bought from {closedFrom} for a service savings plans cover ({service}) cannot be exchanged.',
} as const;

/** The English sentence of a savings plan's cancellation (RES-2, MSG-1). */
export const savingsPlanMessages = {
  'reservation.savings-plan.final':
    'All savings plan purchases are final: the plan cannot be cancelled, refunded or exchanged, and runs until {termEndsAt}.',
} as const;

/**
 * The message ID of an Azure reservation or savings plan answer (MSG-1).
 *
 * @category Messages
 */
export type ReservationMessageId =
  | keyof typeof reservationMessages
  | keyof typeof reservationExchangeMessages
  | keyof typeof savingsPlanMessages;
