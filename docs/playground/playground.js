// The playground's logic: read the forms, ask the library, show the answer (or the RuleError).
import {
  cancellationDecision,
  formatMoney,
  isAvailableInMarket,
  marketName,
  money,
  quote,
  RuleError,
  resolveMarket,
} from '../../dist/index.js';

function show(output, render) {
  try {
    output.textContent = render();
    output.className = '';
  } catch (error) {
    output.textContent =
      error instanceof RuleError ? `${error.code}: ${error.message}` : String(error);
    output.className = 'error';
  }
}

document.querySelector('#refund').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  show(document.querySelector('#decision'), () => {
    const product = String(form.get('product'));
    const purchase = {
      product,
      orderedAt: String(form.get('ordered')),
      ...(product === 'marketplace-saas' ? { billingCycle: String(form.get('billing')) } : {}),
    };
    const decision = cancellationDecision(purchase, String(form.get('at')));
    const window =
      'windowEndsAt' in decision && decision.windowEndsAt !== undefined
        ? `\nwindow ends ${decision.windowEndsAt}`
        : '';
    return `${decision.outcome} (${decision.rule}, ${decision.policyId})${window}\n${decision.message}`;
  });
});

document.querySelector('#market').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.currentTarget);
  show(document.querySelector('#availability'), () => {
    const code = resolveMarket(String(form.get('market')));
    const available = isAvailableInMarket('azure-reservations', code);
    const result = quote({
      listPrice: money(String(form.get('price')), String(form.get('currency'))),
      market: code,
      taxRate: String(form.get('rate')),
    });
    return [
      `${marketName(code, 'en')} (${code}): Azure reservations ${available ? 'available' : 'unavailable'}`,
      `net ${formatMoney(result.net)}, tax ${formatMoney(result.tax)}, gross ${formatMoney(result.gross)}` +
        ` (the list price ${result.listPriceIncludesTax ? 'includes' : 'excludes'} tax)`,
    ].join('\n');
  });
});

document.body.dataset.ready = 'true';
