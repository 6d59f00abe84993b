// The playground's logic: read the forms, ask the library, show the answer (or the RuleError).
import {
  cancellationDecision,
  formatMoney,
  isAvailableInMarket,
  marketName,
  money,
  quote,
  resolveMarket,
} from '../../dist/index.js';
import { setUpInspector } from './inspector.js';
import { localeOptions } from './locale.js';
import './reconcile.js';
import { setUpReservation } from './reservation.js';
import { show } from './show.js';
import { setUpTimeline } from './timeline.js';
import { setUpViews } from './views.js';

// The program choice shows the fields of its purchases (New Commerce: term, frequency, seats).
const refundForm = document.querySelector('#refund');
function showProgramFields() {
  const newCommerce = refundForm.elements.program.value === 'new-commerce';
  for (const label of refundForm.querySelectorAll('.nce-only')) label.hidden = !newCommerce;
  for (const label of refundForm.querySelectorAll('.legacy-only')) label.hidden = newCommerce;
}
refundForm.elements.program.addEventListener('change', showProgramFields);
showProgramFields();

/** The New Commerce purchase of the refund form (NCE-2, NCE-4). */
function newCommercePurchase(form, product, price) {
  const termStart = String(form.get('termStart')).trim();
  const subscription = product !== 'software-perpetual' && product !== 'marketplace-usage';
  return {
    program: 'new-commerce',
    product,
    orderedAt: String(form.get('ordered')),
    quantity: Number(form.get('quantity')),
    ...(subscription
      ? { term: String(form.get('term')), billingFrequency: String(form.get('billingFrequency')) }
      : {}),
    ...(subscription && termStart !== '' ? { termStart } : {}),
    ...(price === '' ? {} : { price: money(price, String(form.get('currency')).trim()) }),
  };
}

refundForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  show(document.querySelector('#decision'), () => {
    const product = String(form.get('product'));
    const price = String(form.get('price')).trim();
    const purchase =
      form.get('program') === 'new-commerce'
        ? newCommercePurchase(form, product, price)
        : {
            product,
            orderedAt: String(form.get('ordered')),
            ...(product === 'marketplace-saas'
              ? { billingCycle: String(form.get('billing')) }
              : {}),
            ...(price === '' ? {} : { price: money(price, String(form.get('currency')).trim()) }),
          };
    const decision = cancellationDecision(purchase, String(form.get('at')), localeOptions());
    const credit = decision.credit === undefined ? '' : `\ncredit ${formatMoney(decision.credit)}`;
    const window =
      'windowEndsAt' in decision && decision.windowEndsAt !== undefined
        ? `\nwindow ends ${decision.windowEndsAt}`
        : '';
    return `${decision.outcome} (${decision.rule}, ${decision.policyId})${credit}${window}\n${decision.message}`;
  });
});

document.querySelector('#market').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  show(document.querySelector('#availability'), () => {
    const code = resolveMarket(String(form.get('market')));
    const available = isAvailableInMarket('azure-reservations', code);
    const result = quote({
      listPrice: money(String(form.get('price')).trim(), String(form.get('currency')).trim()),
      market: code,
      taxRate: String(form.get('rate')).trim(),
    });
    return [
      `${marketName(code, 'en')} (${code}): Azure reservations ${available ? 'available' : 'unavailable'} (MKT-3)`,
      `net ${formatMoney(result.net)}, tax ${formatMoney(result.tax)}, gross ${formatMoney(result.gross)}` +
        ` (the list price ${result.listPriceIncludesTax ? 'includes' : 'excludes'} tax, PRICE-2, PRICE-4)`,
    ].join('\n');
  });
});

setUpInspector(document.querySelector('#inspector-form'));
setUpTimeline(document.querySelector('#timeline'));
setUpReservation(document.querySelector('#reservation'));
setUpViews(document.querySelector('[role=tablist]'));
document.body.dataset.ready = 'true';
