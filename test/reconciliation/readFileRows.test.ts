import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileRows, sameDecimal } from '../_private.ts';

const DAY = 86_400_000;
type Line = ReturnType<typeof readFileRows>['lines'][number] | undefined;
const subtotal = (line: Line) => ({
  units: line?.subtotalUnits ?? Number.NaN,
  scale: line?.subtotalScale ?? 0,
});
const quantity = (line: Line) => ({
  units: line?.quantityUnits ?? Number.NaN,
  scale: line?.quantityScale ?? 0,
});
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
/** The file's 48 columns in the exported order (R10), a value for the ones the comparison reads. */
const COLUMNS = [
  'PartnerId',
  'PartnerName',
  'CustomerId',
  'CustomerName',
  'CustomerDomainName',
  'CustomerCountry',
  'InvoiceNumber',
  'MpnId',
  'Tier2MpnId',
  'OrderId',
  'OrderDate',
  'ProductId',
  'SkuId',
  'AvailabilityId',
  'SkuName',
  'ProductName',
  'PublisherName',
  'PublisherId',
  'SubscriptionDescription',
  'SubscriptionId',
  'ChargeStartDate',
  'ChargeEndDate',
  'TermAndBillingCycle',
  'EffectiveUnitPrice',
  'UnitType',
  'Quantity',
  'Subtotal',
  'TaxTotal',
  'Total',
  'Currency',
  'PriceAdjustmentDescription',
  'PublisherDiscount',
  'DiscountDetails',
  'ChargeType',
  'UnitPrice',
  'BillableQuantity',
  'PricingCurrency',
  'PCToBCExchangeRate',
  'PCToBCExchangeRateDate',
  'MeterDescription',
  'ReservationOrderId',
  'CreditReasonCode',
  'SubscriptionStartDate',
  'SubscriptionEndDate',
  'ReferenceId',
  'ProductQualifiers',
  'PromotionId',
  'ProductCategory',
];
function row(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(COLUMNS.map((name) => [name, values[name] ?? '']));
}

describe('reading the rows of a reconciliation file', () => {
  it('REC-2, REC-4: a file as Partner Center writes it: apostrophes, 18 decimals, 0E-20, charge types in any case, US dates, a credit printed positive', () => {
    const { lines, issues, otherColumns } = readFileRows([
      row({
        SubscriptionId: 'S1',
        ChargeType: 'cycleCharge',
        ChargeStartDate: '2026-12-20',
        ChargeEndDate: '2027-01-19',
        BillableQuantity: "'10.0000",
        Subtotal: "'125.000000000000000000",
        EffectiveUnitPrice: "'12.500000000000000000",
        TaxTotal: "'0E-20",
        Currency: 'USD',
      }),
      row({
        SubscriptionId: 'S1',
        ChargeType: 'CYCLECHARGE',
        ChargeStartDate: '1/20/2027',
        ChargeEndDate: '2/19/2027',
        BillableQuantity: '10',
        Subtotal: '125.00',
        Currency: 'USD',
      }),
      row({
        SubscriptionId: 'S1',
        ChargeType: 'removeQuantity',
        ChargeStartDate: '2026-12-06',
        ChargeEndDate: '2026-12-19',
        BillableQuantity: "'5.0000",
        Subtotal: "'29.20",
        Currency: 'USD',
      }),
    ]);
    expect(issues).toEqual([]);
    expect(otherColumns).toContain('TaxTotal');
    expect(otherColumns).not.toContain('Subtotal');
    expect(lines.map((l) => [l.chargeKey, l.startDay, l.endDay, l.credit])).toEqual([
      ['cyclecharge', day('2026-12-20'), day('2027-01-19'), false],
      ['cyclecharge', day('2027-01-20'), day('2027-02-19'), false],
      ['removequantity', day('2026-12-06'), day('2026-12-19'), true],
    ]);
    expect(sameDecimal(subtotal(lines[0]), { units: 12_500n, scale: 2 })).toBe(true);
    // the credit printed positive is a credit
    expect(sameDecimal(subtotal(lines[2]), { units: -2920n, scale: 2 })).toBe(true);
    expect(sameDecimal(quantity(lines[2]), { units: -5n, scale: 0 })).toBe(true);
  });

  it('REC-2: an unknown charge type keeps its printed sign and is never taken for a credit; a two-line change keeps its negative reversal', () => {
    const { lines } = readFileRows([
      {
        ChargeType: 'tierTransitionFee',
        ChargeStartDate: '2026-12-05',
        ChargeEndDate: '2026-12-19',
        BillableQuantity: '-2',
        Subtotal: '-3.00',
      },
      {
        ChargeType: 'addQuantity',
        ChargeStartDate: '2026-12-05',
        ChargeEndDate: '2026-12-19',
        BillableQuantity: "'-10.0000",
        Subtotal: "'-62.60",
      },
    ]);
    expect(lines.map((l) => [l.credit, l.subtotalUnits < 0, l.subscriptionId])).toEqual([
      [false, true, undefined],
      [false, true, undefined],
    ]);
  });

  it('REC-4, ERR-2: a row without what a comparison needs is an issue naming its row and column, never dropped silently or thrown', () => {
    const { lines, issues } = readFileRows([
      {
        ChargeType: 'new',
        ChargeStartDate: '2026-11-20',
        ChargeEndDate: '2026-12-19',
        BillableQuantity: '10',
        Subtotal: '125.00',
      },
      {
        ChargeType: '',
        ChargeStartDate: '2026-02-30',
        ChargeEndDate: '2026-12-19',
        BillableQuantity: 'ten',
        Subtotal: '',
      },
      {
        ChargeType: 'new',
        ChargeStartDate: '2026-12-19',
        ChargeEndDate: '2026-11-20',
        BillableQuantity: '1',
        Subtotal: '1',
        EffectiveUnitPrice: '1,5',
      },
    ]);
    // the lines keep the reader's own count; an issue names the sheet's row (the header is row 1)
    expect(lines.map((l) => l.row)).toEqual([1]);
    expect(issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'ChargeType'],
      [3, 'ChargeStartDate'],
      [3, 'BillableQuantity'],
      [3, 'Subtotal'],
      [4, 'ChargeEndDate'],
      [4, 'EffectiveUnitPrice'],
    ]);
  });

  describe('properties', () => {
    it('REC-4: the lines read do not depend on the columns’ order, their letter case, spaces around them or a byte-order mark', () => {
      const wanted = [
        'SubscriptionId',
        'ChargeType',
        'ChargeStartDate',
        'ChargeEndDate',
        'BillableQuantity',
        'Subtotal',
      ];
      const values: Record<string, string> = {
        SubscriptionId: 'S1',
        ChargeType: 'new',
        ChargeStartDate: '2026-11-20',
        ChargeEndDate: '2026-12-19',
        BillableQuantity: '10',
        Subtotal: '125.00',
      };
      const expected = readFileRows([values]).lines;
      fc.assert(
        fc.property(
          fc.shuffledSubarray(wanted, { minLength: wanted.length, maxLength: wanted.length }),
          fc.array(fc.constantFrom('lower', 'upper', 'spaces', 'bom', 'as-is'), {
            minLength: wanted.length,
            maxLength: wanted.length,
          }),
          (order, forms) => {
            const written: Record<string, string> = {};
            order.forEach((name, i) => {
              const form = forms[i];
              const header =
                form === 'lower'
                  ? name.toLowerCase()
                  : form === 'upper'
                    ? name.toUpperCase()
                    : form === 'spaces'
                      ? ` ${name} `
                      : form === 'bom' && i === 0
                        ? `\uFEFF${name}`
                        : name;
              written[header] = values[name] as string;
            });
            expect(readFileRows([written]).lines).toEqual(expected);
          },
        ),
      );
    });

    it('REC-2: a credit’s line is ≤ 0 whichever sign the file prints, and reading never throws, whatever the cells hold', () => {
      const cell = fc.oneof(
        fc.string(),
        fc.constantFrom('', "'-5.00", '5', '1E2', '2026-12-05', '12/5/2026'),
      );
      fc.assert(
        fc.property(
          fc.constantFrom('removeQuantity', 'cancelimmediate', 'CustomerCredit'),
          fc.integer({ min: -10_000, max: 10_000 }),
          fc.record({ ChargeStartDate: cell, ChargeEndDate: cell, EffectiveUnitPrice: cell }),
          (type, cents, rest) => {
            const amount = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
            const read = readFileRows([
              {
                ChargeType: type,
                ChargeStartDate: '2026-12-05',
                ChargeEndDate: '2026-12-19',
                BillableQuantity: String(-cents),
                Subtotal: amount,
              },
              { ChargeType: type, BillableQuantity: amount, Subtotal: amount, ...rest },
            ]);
            const line = read.lines[0];
            expect(sameDecimal(subtotal(line), { units: -Math.abs(cents), scale: 2 })).toBe(true);
            expect((line?.quantityUnits ?? 0) <= 0).toBe(true);
            expect(read.lines.length + new Set(read.issues.map((i) => i.row)).size).toBe(2);
          },
        ),
      );
    });
  });
});
