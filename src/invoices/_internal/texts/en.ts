import { SHAPE_TWICE, SHAPE_WIDTH } from '../../../kernel/shapeTexts.ts';
import type { TieOutTexts } from './TieOutTexts.ts';

/** English (INV-2, MSG-1). */
export const enTexts: TieOutTexts = {
  tag: 'en',
  outcomes: {
    tied: '{invoice}: its {lines} lines add up to the invoice’s {invoiceTotal}',
    rounding:
      '{invoice}: its {lines} lines add up to {total}, {residual} from the invoice’s {invoiceTotal}: less than the {tolerance} the lines’ rounding can leave ({fractional} lines with more decimals than {currency} has, {taxed} taxed)',
    'adjustment-not-in-files':
      '{invoice}: the invoice’s {invoiceTotal} is {residual} away from its {lines} lines’ {total}, past the {tolerance} rounding can leave: an adjustment on the invoice that the reconciliation file does not hold; ask Microsoft which adjustment it is',
    'no-invoice':
      '{invoice}: {lines} lines for {total}, but no invoice resource with this number was given',
    'no-lines':
      '{invoice}: no line of the files carries this number; the invoice’s {invoiceTotal} is the residual ({classification})',
    'mixed-currency':
      '{invoice}: its lines are in {currencies}; an invoice is in one billing currency, so they are not summed',
    'currency-mismatch':
      '{invoice}: its {lines} lines are in {currency}, the invoice resource in {invoiceCurrency}',
  },
  notes: {
    amendments: 'amended by {amendments}: {net} net of them (not part of the residual)',
    'amendment-currency':
      '{amendment} is in {amendmentCurrency}, not the invoice’s {currency}: listed, but left out of the net',
    amends: 'a credit note amending {amendsOf}',
    'positive-credit': 'the credit note’s total is positive; read as printed',
    legacy: 'a legacy (D) invoice: its files are not read by this library',
    check: 'Σ Subtotal + Σ TaxTotal is not Σ Total',
  },
  classifications: {
    tied: 'nothing left',
    rounding: 'rounding',
    'adjustment-not-in-files': 'an adjustment not in the files',
  },
  issues: {
    'invoice-number': 'expected an invoice number',
    currency: 'expected an active ISO 4217 code',
    number: 'expected a number',
    unsafe: 'expected an amount of at most {safe} minor units (PRICE-1); the line is not summed',
    sum: 'expected Subtotal + TaxTotal ({sum}); the line is summed as printed',
    row: 'expected a row of cells keyed by column',
    twice: SHAPE_TWICE,
    width: SHAPE_WIDTH,
  },
  separator: '; ',
};
