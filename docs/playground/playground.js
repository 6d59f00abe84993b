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
import { show } from './show.js';
import { setUpTimeline } from './timeline.js';

document.querySelector('#refund').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  show(document.querySelector('#decision'), () => {
    const product = String(form.get('product'));
    const price = String(form.get('price')).trim();
    const purchase = {
      product,
      orderedAt: String(form.get('ordered')),
      ...(product === 'marketplace-saas' ? { billingCycle: String(form.get('billing')) } : {}),
      ...(price === '' ? {} : { price: money(price, String(form.get('currency')).trim()) }),
    };
    const decision = cancellationDecision(purchase, String(form.get('at')));
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

setUpTimeline(document.querySelector('#timeline'));
document.body.dataset.ready = 'true';
