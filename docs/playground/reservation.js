// The reservation form: a refund under the customer's limit (RES-1) and whether an exchange is
// open (RES-2), from the reservation's fields and the customer's earlier refunds, one a line; in
// the language of the page's #locale select.
import { formatMoney, money, reservationExchange, reservationRefund } from '../../dist/index.js';
import { formLabel } from './formsLabels.js';
import { localeOptions, localeTag } from './locale.js';
import { show } from './show.js';

/** The earlier refunds typed one a line: `instant amount currency [USD rate]`. */
function readRefunds(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .flatMap((line, index) => {
      if (line === '') return [];
      const words = line.split(/\s+/);
      if (words.length < 3 || words.length > 4) {
        throw new Error(formLabel(localeTag(), 'reservation.badRefund', { n: index + 1 }));
      }
      const [at, amount, currency, usdRate] = words;
      return [
        {
          at,
          cancelledCommitment: money(amount, currency),
          ...(usdRate === undefined ? {} : { usdRate }),
        },
      ];
    });
}

/** The reservation the form describes; the library checks every field. */
function readReservation(form) {
  const currency = String(form.get('currency')).trim();
  const current = String(form.get('currentPrice')).trim();
  const usdRate = String(form.get('usdRate')).trim();
  return {
    id: 'playground',
    type: String(form.get('type')).trim(),
    term: String(form.get('term')),
    billingPlan: String(form.get('billingPlan')),
    purchasedAt: String(form.get('purchased')).trim(),
    price: money(String(form.get('price')).trim(), currency),
    ...(current === '' ? {} : { currentPrice: money(current, currency) }),
    ...(usdRate === '' ? {} : { usdRate }),
  };
}

/** Lines of a refund decision: its outcome, amounts, the limit left and when it comes back. */
function refundLines(tag, decision) {
  const amount = (value) => formatMoney(value, tag);
  const lines = [
    formLabel(tag, 'refund.decision', {
      outcome: formLabel(tag, `decision.${decision.outcome}`),
      rule: decision.rule,
      policy: decision.policyId,
    }),
  ];
  if (decision.outcome === 'refund')
    lines.push(formLabel(tag, 'reservation.refund', { amount: amount(decision.refund) }));
  if (decision.outcome !== 'not-refundable') {
    lines.push(
      formLabel(tag, 'reservation.commitment', { amount: amount(decision.cancelledCommitment) }),
    );
    lines.push(formLabel(tag, 'reservation.limitLeft', { amount: amount(decision.limitLeft) }));
    for (const back of decision.limitRestoresAt)
      lines.push(
        formLabel(tag, 'reservation.comesBack', { amount: amount(back.amount), at: back.at }),
      );
  }
  if (decision.outcome === 'refund')
    lines.push(formLabel(tag, 'reservation.thisComesBack', { at: decision.restoresAt }));
  lines.push(decision.message);
  return lines;
}

/** Wires the form: Decide shows the refund and, below it, whether an exchange is open. */
export function setUpReservation(element) {
  const output = document.querySelector('#reservation-decision');
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const tag = localeTag();
    show(output, () => {
      const reservation = readReservation(form);
      const at = String(form.get('at')).trim();
      const options = { ...localeOptions(), refunds: readRefunds(String(form.get('refunds'))) };
      const refund = reservationRefund(reservation, at, options);
      const exchange = reservationExchange(reservation, at, localeOptions());
      const exchangeLine = formLabel(tag, 'reservation.exchange', {
        outcome: formLabel(tag, `decision.${exchange.ok ? 'allowed' : exchange.outcome}`),
      });
      const lines = exchange.ok ? [exchangeLine] : [exchangeLine, exchange.message];
      return [...refundLines(tag, refund), ...lines].join('\n');
    });
  });
  // an answer shown is given again in the language chosen
  document.querySelector('#locale').addEventListener('change', () => {
    if (output.hasChildNodes()) element.requestSubmit();
  });
}
