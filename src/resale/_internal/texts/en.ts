import type { ResaleTexts } from './ResaleTexts.ts';

/** English (RSL-5 … RSL-8). */
export const enTexts: ResaleTexts = {
  tag: 'en',
  texts: {
    'unbilled-seats':
      '{seatWords} of {product} ({term} {billing}) paid to Microsoft, not billed to {customer} in {month}: {amount} a month',
    ghost:
      '{customer} is billed {seatWords} of {codes} ({term} {billing}) in {month} that Microsoft does not charge: {amount} a month billed for nothing',
    'over-billed':
      '{customer} is billed {seatWords} of {codes} ({term} {billing}) in {month} beyond what Microsoft charges: {amount} a month',
    'term-mismatch':
      '{seatWords} of {product} bought {term} {billing}, billed to {customer} as {billedTerm} {billedBilling} in {month}: {amount} a month of commitment the customer does not share',
    'unused-seats':
      '{customer} pays for {paid} seats of {product} in {month} and has {assigned} assigned: {seatWords} unused, at least {amount} a month',
    'price-not-passed-on':
      'The cost of {product} ({term} {billing}) rose {rise} a seat in {month} ({reason}) and what {customer} pays rose {billedRise}: {amount} a month',
    'credit-not-passed-back':
      'Microsoft credited {credited} on {product} ({term} {billing}) in {month} and {customer} was credited {passed}: {amount} not passed back',
    'margin-below-floor':
      'The margin of {customer} in {month} is {percent} %, under the floor of {floor} %: {amount} short',
    'reason-extended-service-term': 'Extended Service Term',
    'reason-renewal': 'renewal',
    'reason-price-change': 'price change',
    'remedy-unbilled': 'Bill {moreSeats} of {codes} from {month}',
    'remedy-ghost': 'Stop billing {codes} or buy the seats, and credit what was billed for nothing',
    'remedy-over-billed':
      'Bill {seatWords} fewer of {codes} or buy them, and credit what was billed for nothing',
    'remedy-term':
      'Sell {term} {billing} to the customer, or buy {billedTerm} {billedBilling} when the subscription renews',
    'remedy-unused': 'Reduce {product} by {seatWords} when it renews, or assign them',
    'remedy-price': "Raise the customer's price of {codes} by {rise} a seat a month",
    'remedy-price-est':
      "Raise the customer's price of {codes} by {rise} a seat a month, or renew the subscription into a term",
    'remedy-credit': 'Credit {amount} to the customer',
    'remedy-margin': 'Raise the prices or lower the cost: {amount} more a month reaches the floor',
    'issue-missing-column': 'The file has no column {column} ({field}): {count} rows were not read',
    'issue-missing-field': '{column} is empty',
    'issue-amount': '{column} is not an amount: {value}',
    'issue-decimals': '{column} has more decimals than {currency} has: {value}',
    'issue-quantity': '{column} is not a quantity: {value}',
    'issue-date': '{column} is not a day written {format}: {value}',
    'issue-period': 'the period ends before it starts: {value}',
    'issue-currency': '{column} is not a currency code: {value}',
    'issue-term':
      '{column} names no term ({value}) and subscription {subscription} has no earlier line that does',
    'issue-customer':
      'The billed customer {customer} is not in map.customers and is no CustomerId or CustomerName of the cost: {count} lines not judged',
    'issue-fx':
      'No exchange rate from {from} to {to} for {month}: the month of {customer} is not judged (give one in options.fx or --fx)',
    'issue-mixed':
      'The {side} of {customer} in {month} is in {currencies}: the month is not judged',
    'issue-seats': 'seats[{index}] is not a tenant’s subscribedSkus: {what}',
    'note-usage': '{count} Azure usage lines are left to the usage check',
    'note-seats-differ':
      'Graph counts {enabled} bought seats of {product} for {customer}, the cost {paid}: another source or a trial',
    'note-prices':
      '{count} key-months had no earlier month with prices on both sides: their prices were not compared',
    'more-seats-one': '1 more seat',
    'more-seats-other': '{count} more seats',
    'seats-one': '1 seat',
    'seats-other': '{count} seats',
    'side-cost': 'cost',
    'side-billed': 'billed side',
  },
};
