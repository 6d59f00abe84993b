// The reservation form: a refund under the customer's limit (RES-1) and whether an exchange is
// open (RES-2), from the reservation's fields and the customer's earlier refunds, one a line.
import { formatMoney, money, reservationExchange, reservationRefund } from '../../dist/index.js';
import { localeOptions } from './locale.js';
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
        throw new Error(
          `earlier refund ${index + 1}: expected "instant amount currency [USD rate]"`,
        );
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
function refundLines(decision) {
  const lines = [`${decision.outcome} (${decision.rule}, ${decision.policyId})`];
  if (decision.outcome === 'refund') lines.push(`refund ${formatMoney(decision.refund)}`);
  if (decision.outcome !== 'not-refundable') {
    lines.push(`cancelled commitment ${formatMoney(decision.cancelledCommitment)}`);
    lines.push(`limit left ${formatMoney(decision.limitLeft)}`);
    for (const back of decision.limitRestoresAt) {
      lines.push(`${formatMoney(back.amount)} comes back at ${back.at}`);
    }
  }
  if (decision.outcome === 'refund') lines.push(`this refund comes back at ${decision.restoresAt}`);
  lines.push(decision.message);
  return lines;
}

/** Wires the form: Decide shows the refund and, below it, whether an exchange is open. */
export function setUpReservation(element) {
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    show(document.querySelector('#reservation-decision'), () => {
      const reservation = readReservation(form);
      const at = String(form.get('at')).trim();
      const options = { ...localeOptions(), refunds: readRefunds(String(form.get('refunds'))) };
      const refund = reservationRefund(reservation, at, options);
      const exchange = reservationExchange(reservation, at, localeOptions());
      const exchangeLine = exchange.ok
        ? 'exchange: allowed (RES-2)'
        : `exchange: ${exchange.outcome} (RES-2)\n${exchange.message}`;
      return [...refundLines(refund), exchangeLine].join('\n');
    });
  });
}
