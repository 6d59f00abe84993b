import { SHAPE_TWICE, SHAPE_WIDTH } from '../../../kernel/shapeTexts.ts';
import type { ReconciliationTexts } from './ReconciliationTexts.ts';

/** English (REC-2): the sentences the other languages translate. */
export const enTexts: ReconciliationTexts = {
  tag: 'en',
  texts: {
    period:
      '{action} on {day}, billing period {start} to {end}: {unitPrice} × {quantity} = {amount}',
    est: 'Extended Service Term since {since}: {basePrice} + {uplift} % = {unitPrice} × {quantity} = {amount} a month',
    prorated:
      '{action} {quantity} seats on {day}: {unitPrice} × {quantity} for {days} of {periodDays} days = {amount}',
    'two-line':
      '{action} {quantity} seats on {day}, printed as two lines: {unitPrice} × {seats} for {days} of {periodDays} days = {after} less {unitPrice} × {before} for {days} of {periodDays} days = {beforeAmount}, {amount}',
    credit:
      '{action} {quantity} seats on {day}: {unitPrice} × {quantity} = {total} less {used} of {periodDays} days used ({usedAmount}) = {amount} back',
    'full-credit':
      '{action} {quantity} seats on {day}: a full credit, {unitPrice} × {quantity} = {amount} back',
    line: '{chargeType} {start} to {end}: {perSeat} × {quantity} = {amount}',
    'line-total': '{chargeType} {start} to {end}: {quantity} seats for {amount}',
    billed: 'billed {amount}',
    'billed-quantity': 'billed {quantity} seats for {amount}',
    'billed-est':
      'the file bills {quantity} seats for {amount} as a month of Extended Service Term (it names it so): Partner Center moves a term into one at its end when auto-renew is off and no cancel was chosen',
    missing: 'no line in the file',
    unexpected:
      '{chargeType} {start} to {end}: {quantity} seats for {amount}, which no charge or credit of the rules bills',
    'unexpected-est':
      '{chargeType} {start} to {end}: {quantity} seats for {amount}, a month of Extended Service Term (the file names it so), which no charge of the rules bills: by them the term renews or ends there, or the month has no base price (the monthly-term price of one seat for a month)',
    unknown:
      'row {row}: {chargeType} is a charge type neither Partner Center nor you named ({quantity} seats for {amount}); it is never taken for a credit',
    promotion: 'PromotionId printed {actual} where the rules apply {expected}',
    'charge-type':
      'ChargeType printed {actual} where the rules bill {expected}: one charge, the same days, seats and amount',
    note: 'EffectiveUnitPrice printed {actual} where the rules give {expected}; the Subtotal agrees',
    'rebuilt-seats':
      "; the term is rebuilt back from a resource fetched after the month, its seats the resource's: a seat change since then is not visible in it",
    'fetched-later':
      "its resource holds {fetched} seats, but the file's latest line of it (row {row}, Quantity) leaves {seats}: the resource was fetched after a later seat change, so the replay took the file's changes back from the file's {seats} seats, not the resource's {fetched}",
    'usage-billed':
      'an Azure plan or usage-based offer is billed by its usage, not by licence, so this file does not bill it: left out; its daily usage file is read by the usage command (subscription-rules usage)',
    'renewal-start':
      "its effectiveStartDate {start} is after the purchase the file bills on row {row}: the resource states a later term's start (a renewal), so that purchase cannot be replayed; reconcile the month the subscription was bought with resources fetched then",
    'price-file':
      "the file's UnitPrice column gives {price} for it, which cannot price it: {reason}",
    'price-list': '{prices} gives UnitPrice {price} for it, which cannot price it: {reason}',
    'est-unpriced':
      "in its Extended Service Term (its name says so), priced from a base neither the resource nor the file's UnitPrice gives for sure: its groups are left uncompared (unverified: {groups}); give {base} (the monthly-term price of one seat for a month) or {prices}",
    'no-market':
      '{prices} holds {count} markets ({markets}) and no line of it names its customer’s country (CustomerCountry): give {market} to price it',
    'resource-unread': 'its item in {resources} cannot be read, so it is not replayed: {reason}',
  },
  actions: {
    'extended-service-term': 'Extended Service Term month',
    purchase: 'bought',
    cycle: 'billed',
    renewal: 'renewed',
    'trial-conversion': 'trial converted',
    'term-change': 'new term',
    'add-quantity': 'added',
    upgrade: 'upgraded',
    'upgrade-full': 'upgraded all',
    'remove-quantity': 'removed',
    cancel: 'cancelled',
    'upgrade-source': 'moved to an upgrade',
    'term-change-source': 'ended by a term change',
  },
  issues: {
    'expected a charge type': 'expected a charge type',
    'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)':
      'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)',
    'expected a last billed day at or after ChargeStartDate':
      'expected a last billed day at or after ChargeStartDate',
    'expected a number': 'expected a number',
    'expected a number, or nothing': 'expected a number, or nothing',
    'expected a row of cells keyed by column': 'expected a row of cells keyed by column',
    'the header also names this column {other}; the first ({column}) is read': SHAPE_TWICE,
    'the row has {cells} cells, its header {header} names; its cells are read by place':
      SHAPE_WIDTH,
  },
  separator: '; ',
};
