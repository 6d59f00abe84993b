// The playground's logic: read the forms, ask the library, show the answer (or the RuleError), in
// the language of the page's #locale select: its words from formsLabels.js, the library's messages
// in the language's locale.
import {
  cancellationDecision,
  formatMoney,
  isAvailableInMarket,
  marketName,
  money,
  quote,
  resolveMarket,
} from '../../dist/index.js';
import { FORMS_LABELS, formLabel } from './formsLabels.js';
import { setUpInspector } from './inspector.js';
import { applyLabels } from './labels.js';
import { localeOptions, localeTag } from './locale.js';
import './invoice.js';
import './margin.js';
import './reconcile.js';
import './usage.js';
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
  const tag = localeTag();
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
    const lines = [
      formLabel(tag, 'refund.decision', {
        outcome: formLabel(tag, `decision.${decision.outcome}`),
        rule: decision.rule,
        policy: decision.policyId,
      }),
    ];
    if (decision.credit !== undefined)
      lines.push(formLabel(tag, 'refund.credit', { amount: formatMoney(decision.credit, tag) }));
    if ('windowEndsAt' in decision && decision.windowEndsAt !== undefined)
      lines.push(formLabel(tag, 'refund.window', { at: decision.windowEndsAt }));
    return [...lines, decision.message].join('\n');
  });
});

document.querySelector('#market').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  const tag = localeTag();
  show(document.querySelector('#availability'), () => {
    const code = resolveMarket(String(form.get('market')));
    const available = isAvailableInMarket('azure-reservations', code);
    const result = quote({
      listPrice: money(String(form.get('price')).trim(), String(form.get('currency')).trim()),
      market: code,
      taxRate: String(form.get('rate')).trim(),
    });
    return [
      formLabel(tag, available ? 'market.available' : 'market.unavailable', {
        market: marketName(code, tag),
        code,
      }),
      formLabel(tag, result.listPriceIncludesTax ? 'market.includes' : 'market.excludes', {
        net: formatMoney(result.net, tag),
        tax: formatMoney(result.tax, tag),
        gross: formatMoney(result.gross, tag),
      }),
    ].join('\n');
  });
});

setUpInspector(document.querySelector('#inspector-form'));
setUpTimeline(document.querySelector('#timeline'));
setUpReservation(document.querySelector('#reservation'));

// The page's own words and the forms' in the language chosen; an answer shown is given again in it.
const picker = document.querySelector('#locale');
picker.addEventListener('change', () => {
  applyLabels(document, localeTag(), FORMS_LABELS);
  for (const [form, output] of [
    ['#refund', '#decision'],
    ['#market', '#availability'],
  ])
    if (document.querySelector(output).hasChildNodes())
      document.querySelector(form).requestSubmit();
});
applyLabels(document, localeTag(), FORMS_LABELS);
setUpViews(document.querySelector('[role=tablist]'));
document.body.dataset.ready = 'true';
