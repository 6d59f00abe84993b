import { SHAPE_TWICE, SHAPE_WIDTH } from '../../../kernel/shapeTexts.ts';
import type { UsageTexts } from './UsageTexts.ts';

/** The usage reconciliation's sentences in English. */
export const enTexts: UsageTexts = {
  tag: 'en',
  texts: {
    'line-amount':
      '{quantity} × {price} {pricing} × {rate} = {exact} → {expected}; billed {billed}',
    'line-price':
      'EffectiveUnitPrice {printed} where {unitPrice} less PEC {pec} % and credit {credit} % is {price}: {quantity} × {price} {pricing} × {rate} → {expected}; billed {billed}',
    'line-one': '{meter} on {days}: {first}',
    'line-group':
      '{meter} on {days}, {lines} lines: {expected} expected, billed {billed}; the first line: {first}',
    'note-price': 'EffectiveUnitPrice printed {printed}, exactly {price}; the billed amount agrees',
    'note-promotion': 'a promotion’s price ({promotion}): EffectiveUnitPrice not checked',
    'pec-not-earned':
      'no Partner Earned Credit on {meter} on {days}: at {rate} % it would have saved {amount}',
    'pec-not-earned-month':
      'no Partner Earned Credit on any eligible meter of Azure subscription {entitlement} in {month} ({count} days): at {rate} % it would have saved {amount}',
    'pec-excluded': 'PEC {pec} % on {meter}, which earns none ({reason}): {amount} given',
    'pec-rate':
      'PEC {pec} % on {meter} where the rate is {rate} %: {expected} at the rate; billed {billed}',
    'reason-third-party': 'Third Party in the price list',
    'reason-marketplace': 'a marketplace product of {publisher}',
    'reason-spot': 'a Spot meter',
    'reason-benefit': 'covered by a reservation or savings plan',
    'band-matched':
      'invoice {billed}, {lines} daily lines {daily}: rounding {rounding}, within [{low}, {high}]',
    'band-different':
      'invoice {billed}, {lines} daily lines {daily}: {difference}, past the band [{low}, {high}] by {amount}',
    'invoice-different':
      'invoice {billed} where the daily lines’ quantity gives {expected}: {difference} ({lines} daily lines {daily})',
    missing:
      '{lines} daily lines ({daily}) of invoice {invoice} have no usage line in the invoice file',
    unexpected: 'usage billed without daily detail: {billed}',
    late: '{lines} lines used before their billing cycle ({days}): late usage, billed by invoice {invoice}',
    'credit-applied': 'Azure credit used on {day}: {amount}',
    'credit-partial': 'a credit of {credit} %, applied as read (a credit is 0 or 100 %)',
    'credit-ineligible':
      'a credit on a meter of {publisher}: Azure credit offers cover first-party Microsoft products',
    'remedy-pec':
      'restore admin access for the whole day — AOBO (Admin agents), Azure Lighthouse, or an RBAC role for the transacting partner — on Azure subscription {entitlement}; PEC lost on {days} is not restored',
    'remedy-excluded': 'Microsoft may reverse it; hold the margin',
    'remedy-pec-rate':
      'PEC is owed at {rate} % on {meter}: ask Microsoft (a billing support request) for the difference, naming the rows',
    'remedy-microsoft': 'Microsoft’s to answer: ask about it with the rows named',
    'not-checked-pec':
      'PEC not checked: the file has no PartnerEarnedCreditPercentage (export with attributeSet full)',
    'not-checked-pec-price':
      'EffectiveUnitPrice not checked against UnitPrice less PEC: without PartnerEarnedCreditPercentage the file’s price is taken as the rule’s',
    'not-checked-third-party': 'Third Party meters not told apart: no price list given',
    'not-checked-invoice': 'the daily lines not tied to the invoice: no invoice file given',
    provisional: '{message} — provisional: the day’s usage may still change until {until}',
  },
  issues: {
    'expected a row of cells keyed by column, or one JSON line':
      'expected a row of cells keyed by column, or one JSON line',
    'expected a value': 'expected a value',
    'expected text': 'expected text',
    'expected SubscriptionId or EntitlementId': 'expected SubscriptionId or EntitlementId',
    'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)':
      'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)',
    'expected a number': 'expected a number',
    'expected a percentage from 0 to 100': 'expected a percentage from 0 to 100',
    'expected an exchange rate above 0': 'expected an exchange rate above 0',
    'expected an active ISO 4217 code': 'expected an active ISO 4217 code',
    'expected no more decimals than the billing currency has':
      'expected no more decimals than the billing currency has',
    'Azure plan and PEC aren’t shown on the D (Legacy) invoice':
      'Azure plan and PEC aren’t shown on the D (Legacy) invoice',
    'expected a safe integer count of minor units': 'expected a safe integer count of minor units',
    'expected a sum of at most 9007199254740991 minor units':
      'expected a sum of at most 9007199254740991 minor units',
    'a line dated after the file was fetched': 'a line dated after the file was fetched',
    'the header also names this column {other}; the first ({column}) is read': SHAPE_TWICE,
    'the row has {cells} cells, its header {header} names; its cells are read by place':
      SHAPE_WIDTH,
  },
  comma: ', ',
};
