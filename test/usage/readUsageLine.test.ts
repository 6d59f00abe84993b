import fc from 'fast-check';
import { readUsageLine } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { usageRow } from './_rows.ts';

/** The 52 documented columns (U3) and the three real exports add (U4). */
const COLUMNS_55 = [
  'PartnerId',
  'PartnerName',
  'CustomerId',
  'CustomerName',
  'CustomerDomainName',
  'CustomerCountry',
  'MpnId',
  'Tier2MpnId',
  'InvoiceNumber',
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
  'UsageDate',
  'MeterType',
  'MeterCategory',
  'MeterId',
  'MeterSubCategory',
  'MeterName',
  'MeterRegion',
  'Unit',
  'ResourceLocation',
  'ConsumedService',
  'ResourceGroup',
  'ResourceURI',
  'ChargeType',
  'UnitPrice',
  'Quantity',
  'UnitType',
  'BillingPreTaxTotal',
  'BillingCurrency',
  'PricingPreTaxTotal',
  'PricingCurrency',
  'ServiceInfo1',
  'ServiceInfo2',
  'Tags',
  'AdditionalInfo',
  'EffectiveUnitPrice',
  'PCToBCExchangeRate',
  'PCToBCExchangeRateDate',
  'EntitlementId',
  'EntitlementDescription',
  'PartnerEarnedCreditPercentage',
  'CreditPercentage',
  'CreditType',
  'BenefitOrderId',
  'BenefitId',
  'BenefitType',
];

/** The 1.81 EUR line of USG-2. */
const EUR = usageRow({
  UnitPrice: '0.10',
  Quantity: '23.2',
  EffectiveUnitPrice: '0.085',
  PCToBCExchangeRate: '0.92',
  BillingPreTaxTotal: '1.81',
  BillingCurrency: 'EUR',
});

function line(row: unknown) {
  const read = readUsageLine(row, 7);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.line;
}

describe('readUsageLine', () => {
  it('USG-1: a CSV row of the 55 columns reads the 1.81 EUR line: decimals as exact strings, 181 cents, upper-case currencies', () => {
    const row = Object.fromEntries(
      COLUMNS_55.map((name) => [name, (EUR as Record<string, string>)[name] ?? '']),
    );
    const read = readUsageLine({ ...row, BillingCurrency: 'eur' }, 7);
    expect(read).toEqual({
      ok: true,
      otherColumns: [],
      line: {
        row: 7,
        customerId: 'c-1',
        customerName: 'Contoso',
        invoiceNumber: 'G000000001',
        subscriptionId: 'plan-1',
        entitlementId: 'azure-1',
        productId: 'DZH318Z0BQ3Q',
        skuId: '0001',
        availabilityId: 'DZH318Z0BQ3Q0001',
        meterId: 'vm-d2s',
        meterName: 'D2s v5',
        meterSubCategory: 'Dsv5 Series',
        publisherName: 'Microsoft',
        usageDate: '2026-11-30',
        chargeStart: '2026-11-01',
        chargeEnd: '2026-11-30',
        quantity: '23.2',
        unitPrice: '0.1',
        effectiveUnitPrice: '0.085',
        exchangeRate: '0.92',
        billingCurrency: 'EUR',
        pricingCurrency: 'USD',
        billingPreTaxTotal: { amount: 181, currency: 'EUR' },
        pecPercentage: '15',
        creditPercentage: '0',
      },
    });
  });

  it('USG-1: the 52 documented columns, in reverse order and any case, with a byte-order mark and spaces, read the same line; unknown columns are listed once', () => {
    const names = COLUMNS_55.slice(0, 52).reverse();
    const row = Object.fromEntries(
      names.map((name, i) => [
        i === 0 ? `\uFEFF ${name.toUpperCase()} ` : name.toLowerCase(),
        (EUR as Record<string, string>)[name] ?? '',
      ]),
    );
    const read = readUsageLine({ ...row, Extra: 'x', Another: '' }, 7);
    expect(read.ok && read.line).toEqual(line(EUR));
    expect(read.ok && read.otherColumns).toEqual(['Another', 'Extra']);
  });

  it('USG-1: a Graph JSON line’s text keeps every digit of its numbers (no double), matches keys in any case and reads v1 fractions × 100 and aliases', () => {
    const text =
      '{"usageDate":"2026-11-30T00:00:00Z","productId":"DZH318Z0BQ3Q","skuId":"0001","subscriptionId":"plan-1",' +
      '"quantity":0.12345678901234567890,"unitPrice":0.2,"effectiveUnitPrice":0.17,"pcToBCExchangeRate":1.0000000000000001,' +
      '"billingPreTaxTotal":0.02,"billingCurrency":"USD","rateOfPartnerEarnedCredit":0.15,"rateOfCredit":1,' +
      '"unitOfMeasure":"1 Hour","resellerMpnId":null,"additionalInfo":{"a":[1,"}"]},"creditType":"Azure Credit Applied"}';
    const read = line(text);
    expect(read.quantity).toBe('0.1234567890123456789');
    expect(read.exchangeRate).toBe('1.0000000000000001');
    expect(read.pecPercentage).toBe('15');
    expect(read.creditPercentage).toBe('100');
    expect(read.creditType).toBe('Azure Credit Applied');
    expect(read.usageDate).toBe('2026-11-30');
    expect(read.billingPreTaxTotal).toEqual({ amount: 2, currency: 'USD' });
  });

  it('USG-1: a column’s own name wins over its v1 alias; PascalCase and camelCase are one column', () => {
    const read = line(
      JSON.stringify({
        ...EUR,
        rateOfPartnerEarnedCredit: '0.5',
        partnerEarnedCreditPercentage: 'x',
        PartnerEarnedCreditPercentage: '15',
      }),
    );
    expect(read.pecPercentage).toBe('15');
  });

  it('USG-1: days as YYYY-MM-DD, an ISO instant (its UTC day) or M/D/YYYY; ChargeEndDate the last day, inclusive', () => {
    expect(
      line(usageRow({ UsageDate: '11/30/2026', ChargeEndDate: '2026-11-30T23:59:00Z' })),
    ).toMatchObject({
      usageDate: '2026-11-30',
      chargeEnd: '2026-11-30',
    });
  });

  it('USG-1, TIME-1: an instant with an offset is converted to UTC: 2026-11-30T23:30:00-05:00 is 1 December; 19:00-05:00 (midnight UTC) is 1 December, 18:59:59.999-05:00 still 30 November', () => {
    expect(
      line(
        usageRow({
          UsageDate: '2026-11-30T23:30:00-05:00',
          ChargeStartDate: '2026-11-01T00:30:00+01:00',
          ChargeEndDate: '2026-12-01T04:59:00+0500',
        }),
      ),
    ).toMatchObject({
      usageDate: '2026-12-01',
      chargeStart: '2026-10-31',
      chargeEnd: '2026-11-30',
    });
    // the boundary: 19:00-05:00 is midnight UTC, 18:59:59.999-05:00 the last instant before it
    expect(line(usageRow({ UsageDate: '2026-11-30T19:00:00-05:00' })).usageDate).toBe('2026-12-01');
    expect(line(usageRow({ UsageDate: '2026-11-30T18:59:59.999-05:00' })).usageDate).toBe(
      '2026-11-30',
    );
    // 31 December 23:30 at -01:00 is the next year
    expect(line(usageRow({ UsageDate: '2026-12-31T23:30-01:00' })).usageDate).toBe('2027-01-01');
    for (const bad of [
      '2026-11-30T23:30:00-24:00',
      '2026-11-30T23:30:00+05:60',
      '2026-11-30T23:30:00+5',
    ])
      expect([bad, readUsageLine(usageRow({ UsageDate: bad })).ok]).toEqual([bad, false]);
  });

  it('USG-1: Excel’s apostrophe and scientific notation are read exactly', () => {
    expect(
      line(usageRow({ Quantity: "'2.4E1", BillingPreTaxTotal: "'4.080000000000000000" })),
    ).toMatchObject({
      quantity: '24',
      billingPreTaxTotal: { amount: 408, currency: 'USD' },
    });
  });

  it('USG-1: BillingPreTaxTotal at the currency’s unit reads (1.81 EUR, 296 JPY); one decimal more is INVALID_AMOUNT (1.811 EUR, 296.1 JPY)', () => {
    expect(line({ ...EUR, BillingPreTaxTotal: '1.81' }).billingPreTaxTotal.amount).toBe(181);
    expect(line({ ...EUR, BillingPreTaxTotal: '1.810' }).billingPreTaxTotal.amount).toBe(181);
    expect(
      line({ ...EUR, BillingPreTaxTotal: '296', BillingCurrency: 'JPY' }).billingPreTaxTotal,
    ).toEqual({ amount: 296, currency: 'JPY' });
    for (const [total, currency] of [
      ['1.811', 'EUR'],
      ['296.1', 'JPY'],
    ])
      expect(
        readUsageLine({ ...EUR, BillingPreTaxTotal: total, BillingCurrency: currency }, 3),
      ).toEqual({
        ok: false,
        issues: [
          {
            row: 3,
            column: 'BillingPreTaxTotal',
            code: 'INVALID_AMOUNT',
            message: 'expected no more decimals than the billing currency has',
          },
        ],
      });
  });

  it('USG-1: BillingPreTaxTotal reads exactly up to ±(2^53 − 1) minor units, past it (one unit more, or its decimals too many) is INVALID_AMOUNT', () => {
    const amount = (total: string, currency = 'USD') => {
      const read = readUsageLine(
        { ...EUR, BillingPreTaxTotal: total, BillingCurrency: currency },
        3,
      );
      return read.ok ? read.line.billingPreTaxTotal.amount : read.issues.map((i) => i.code);
    };
    expect(amount('90071992547409.91')).toBe(9_007_199_254_740_991);
    expect(amount('-90071992547409.91')).toBe(-9_007_199_254_740_991);
    expect(amount('9007199254740991', 'JPY')).toBe(9_007_199_254_740_991);
    expect(amount('90071992547409.9')).toBe(9_007_199_254_740_990);
    expect(amount('45035996273704.97')).toBe(4_503_599_627_370_497);
    for (const [total, currency] of [
      ['90071992547409.92', 'USD'],
      ['-90071992547409.92', 'USD'],
      ['9007199254740992', 'JPY'],
      ['900719925474099.2', 'USD'],
      ['1e14', 'USD'],
      ['0.001', 'USD'],
    ] as const)
      expect(amount(total, currency)).toEqual(['INVALID_AMOUNT']);
    expect(amount('1e13')).toBe(1_000_000_000_000_000);
    expect(amount('0')).toBe(0);
  });

  it('USG-1: PCToBCExchangeRate 0 or below is an issue naming the row and its own column; 0.000001 (the least above 0 here) and 0.92 read', () => {
    for (const rate of ['0', '-0', '-0.92', '0.000000', "'-1E-6"])
      expect([rate, readUsageLine(usageRow({ PCToBCExchangeRate: rate }), 7)]).toEqual([
        rate,
        {
          ok: false,
          issues: [
            {
              row: 7,
              column: 'PCToBCExchangeRate',
              code: 'INVALID_ARGUMENT',
              message: 'expected an exchange rate above 0',
            },
          ],
        },
      ]);
    expect(
      readUsageLine(
        '{"UsageDate":"2026-11-30","ProductId":"P","SkuId":"0001","SubscriptionId":"s-1",' +
          '"Quantity":1,"EffectiveUnitPrice":0.1,"pcToBcExchangeRate":0,' +
          '"BillingPreTaxTotal":0,"BillingCurrency":"USD"}',
        2,
      ),
    ).toMatchObject({ ok: false, issues: [{ row: 2, column: 'pcToBcExchangeRate' }] });
    for (const rate of ['0.000001', '0.92'])
      expect(
        line(usageRow({ PCToBCExchangeRate: rate, BillingPreTaxTotal: '0' })).exchangeRate,
      ).toBe(rate);
  });

  it('USG-1: every needed column missing or unreadable is an issue naming the row’s own column; nothing is thrown', () => {
    const {
      Quantity: _q,
      SubscriptionId: _s,
      EntitlementId: _e,
      UsageDate: _d,
      EffectiveUnitPrice: _p,
      ...rest
    } = usageRow();
    const read = readUsageLine(
      {
        ...rest,
        usagedate: '2026-02-30',
        EFFECTIVEUNITPRICE: 'abc',
        BillingCurrency: 'XXX',
        PartnerEarnedCreditPercentage: '101',
      },
      2,
    );
    expect(read.ok).toBe(false);
    expect(!read.ok && read.issues.map((i) => [i.column, i.code])).toEqual([
      ['SubscriptionId', 'MISSING_FIELD'],
      ['usagedate', 'INVALID_ARGUMENT'],
      ['Quantity', 'MISSING_FIELD'],
      ['EFFECTIVEUNITPRICE', 'INVALID_ARGUMENT'],
      ['PartnerEarnedCreditPercentage', 'INVALID_ARGUMENT'],
      ['BillingCurrency', 'UNKNOWN_CURRENCY'],
    ]);
    expect(readUsageLine('{"a":', 1)).toMatchObject({
      ok: false,
      issues: [{ column: '', code: 'INVALID_ARGUMENT' }],
    });
    expect(readUsageLine(42, 1).ok).toBe(false);
  });

  it('USG-1, USG-3: a D (legacy) invoice number is an issue: Azure plan and PEC aren’t on it', () => {
    expect(readUsageLine(usageRow({ InvoiceNumber: 'D000123' }), 1)).toEqual({
      ok: false,
      issues: [
        {
          row: 1,
          column: 'InvoiceNumber',
          code: 'LEGACY_INVOICE',
          message: 'Azure plan and PEC aren’t shown on the D (Legacy) invoice',
        },
      ],
    });
  });

  it('USG-1: an export with attributeSet basic (no MeterId, AvailabilityId, PEC, Tags) still reads', () => {
    const {
      MeterId: _m,
      AvailabilityId: _a,
      PartnerEarnedCreditPercentage: _p,
      ...basic
    } = usageRow();
    const read = line(basic);
    expect([read.meterId, read.availabilityId, read.pecPercentage]).toEqual([
      null,
      null,
      undefined,
    ]);
  });

  itKeepsTheContract(
    'readUsageLine',
    readUsageLine,
    fc.tuple(fc.constant(usageRow() as unknown), fc.integer({ min: 1, max: 1000 })),
  );

  describe('properties', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 18 }))
      .map(([units, scale]) => {
        const digits = units.toString().padStart(scale + 1, '0');
        return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      });
    it('USG-1, TIME-1: an instant written with any offset reads as the same UTC instant and day as its Z form', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2099, 11, 31) / 60_000 }),
          fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
          fc.constantFrom(':', ''),
          (minute, offset, colon) => {
            const utc = new Date(minute * 60_000);
            const local = new Date((minute + offset) * 60_000).toISOString().slice(0, 19);
            const hours = String(Math.trunc(Math.abs(offset) / 60)).padStart(2, '0');
            const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
            const written = `${local}${offset < 0 ? '-' : '+'}${hours}${colon}${minutes}`;
            const zulu = `${utc.toISOString().slice(0, 19)}Z`;
            const read = line(usageRow({ UsageDate: written, ChargeEndDate: written }));
            expect([written, read.usageDate, read.chargeEnd]).toEqual([
              written,
              line(usageRow({ UsageDate: zulu })).usageDate,
              utc.toISOString().slice(0, 10),
            ]);
          },
        ),
      );
    });

    it('USG-1: a PCToBCExchangeRate reads exactly when it is above 0, and is an issue of its row and column exactly when it is 0 or below', () => {
      fc.assert(
        fc.property(
          decimal,
          fc.boolean(),
          fc.integer({ min: 1, max: 10_000 }),
          (rate, negative, row) => {
            const written = negative ? `-${rate}` : rate;
            const read = readUsageLine(
              usageRow({ PCToBCExchangeRate: written, BillingPreTaxTotal: '0' }),
              row,
            );
            const above = !negative && /[1-9]/.test(rate);
            expect(read.ok).toBe(above);
            if (!read.ok)
              expect(read.issues).toEqual([
                {
                  row,
                  column: 'PCToBCExchangeRate',
                  code: 'INVALID_ARGUMENT',
                  message: 'expected an exchange rate above 0',
                },
              ]);
          },
        ),
      );
    });

    it('USG-1: reading a CSV row and its JSON-line form (numbers as JSON numbers, keys camelCase) give the same line', () => {
      fc.assert(
        fc.property(
          decimal,
          decimal,
          decimal,
          fc.integer({ min: -10_000, max: 10_000 }),
          (quantity, price, rate, cents) => {
            const total = (cents / 100).toFixed(2);
            const row = usageRow({
              Quantity: quantity,
              EffectiveUnitPrice: price,
              PCToBCExchangeRate: rate,
              BillingPreTaxTotal: total,
            });
            const numbers = new Set([
              'Quantity',
              'EffectiveUnitPrice',
              'PCToBCExchangeRate',
              'BillingPreTaxTotal',
              'UnitPrice',
            ]);
            const json = `{${Object.entries(row)
              .map(
                ([k, v]) =>
                  `"${k[0]?.toLowerCase()}${k.slice(1)}":${numbers.has(k) ? v : JSON.stringify(v)}`,
              )
              .join(',')}}`;
            expect(readUsageLine(json, 5)).toEqual(readUsageLine(row, 5));
          },
        ),
      );
    });
    it('USG-1: a line’s quantity is the exact text of its value however its cell writes it (trailing zeros, a sign, Excel’s apostrophe, an exponent, spaces, -0)', () => {
      /** The value's exact text, by this test's own arithmetic: trailing zeros dropped, no -0. */
      const exactOf = (units: bigint, scale: number): string => {
        let [u, s] = [units, scale];
        while (s > 0 && u % 10n === 0n) [u, s] = [u / 10n, s - 1];
        const digits = (u < 0n ? -u : u).toString().padStart(s + 1, '0');
        const text = s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`;
        return u < 0n ? `-${text}` : text;
      };
      const written = fc
        .record({
          units: fc.oneof(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.constant(0n)),
          scale: fc.integer({ min: 0, max: 18 }),
          zeros: fc.integer({ min: 0, max: 2 }),
          form: fc.constantFrom('plain', 'plus', 'apostrophe', 'spaces', 'exponent', 'minus'),
        })
        .map(({ units, scale, zeros, form }) => {
          const negative = units < 0n;
          const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
          const point =
            scale === 0
              ? zeros > 0
                ? `${digits}.`
                : digits
              : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
          const plain = `${negative ? '-' : ''}${point}${'0'.repeat(zeros)}`;
          const text =
            form === 'plus' && !negative
              ? `+${plain}`
              : form === 'apostrophe'
                ? `'${plain}`
                : form === 'spaces'
                  ? ` ${plain} `
                  : form === 'exponent'
                    ? `${units}E-${scale}`
                    : form === 'minus' && units === 0n
                      ? `-${plain}`
                      : plain;
          return { text, exact: exactOf(units, scale) };
        });
      fc.assert(
        fc.property(written, ({ text, exact }) => {
          const read = readUsageLine(usageRow({ Quantity: text }), 1);
          expect(read.ok && read.line.quantity).toBe(exact);
        }),
      );
    });
    it('USG-1: a row reads the same whatever rows of other headers came before it (names matched once a header, never another header’s)', () => {
      const { PartnerEarnedCreditPercentage: _, ...withoutPec } = usageRow();
      const variants: readonly Record<string, string>[] = [
        usageRow(),
        Object.fromEntries(Object.entries(usageRow()).map(([k, v]) => [k.toLowerCase(), v])),
        // the same number of names, one of them the v1 fraction
        { ...withoutPec, rateOfPartnerEarnedCredit: '0.15' },
        Object.fromEntries(Object.entries(usageRow()).reverse()),
      ];
      const alone = readUsageLine(usageRow(), 3);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...variants), { maxLength: 12 }), (rows) => {
          for (const row of rows) expect(readUsageLine(row, 3)).toEqual(alone);
        }),
      );
    });
    it('USG-1: a row reads the same whatever values the rows before it wrote (prices, rates, days, currencies): read forwards or backwards, each row gives its own values', () => {
      // each cell with what it reads as (`null`: an issue)
      const cell = (...pairs: readonly (readonly [string, string | null])[]) =>
        fc.constantFrom(...pairs);
      const row = fc.record({
        EffectiveUnitPrice: cell(
          ['0.17', '0.17'],
          ['0.170', '0.170'],
          ["'0.17", '0.17'],
          ['1.7E-1', '0.17'],
          ['0.2', '0.2'],
          ['abc', null],
        ),
        PCToBCExchangeRate: cell(['1', '1'], ['0.92', '0.92'], [' 0.920 ', '0.92'], ['-', null]),
        PartnerEarnedCreditPercentage: cell(
          ['15', '15'],
          ['15.0', '15'],
          ['0', '0'],
          ['101', null],
        ),
        UsageDate: cell(
          ['2026-11-30', '2026-11-30'],
          ['11/29/2026', '2026-11-29'],
          ['2026-11-28T23:00:00Z', '2026-11-28'],
          ['30/11/2026', null],
        ),
        BillingCurrency: cell(['USD', 'USD'], ['usd', 'USD'], [' EUR', 'EUR'], ['XXX', null]),
        PricingCurrency: cell(['USD', 'USD'], ['eur', 'EUR'], ['ABC', null]),
      });
      const expected = (over: Readonly<Record<string, readonly [string, string | null]>>) => {
        const values = Object.values(over).map(([, value]) => value);
        if (values.includes(null)) return null;
        const [price, rate, pec, day, billing, pricing] = values;
        return [price, rate, pec, day, billing, pricing];
      };
      fc.assert(
        fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (overs) => {
          const rows = overs.map((over) =>
            usageRow({
              ...Object.fromEntries(Object.entries(over).map(([k, [text]]) => [k, text])),
              BillingPreTaxTotal: '4',
            }),
          );
          const forwards = rows.map((cells, i) => readUsageLine(cells, i + 1));
          const backwards = rows
            .map((cells, i) => [i, cells] as const)
            .reverse()
            .map(([i, cells]) => readUsageLine(cells, i + 1))
            .reverse();
          expect(backwards).toEqual(forwards);
          const values = forwards.map((read) =>
            read.ok
              ? [
                  read.line.effectiveUnitPrice,
                  read.line.exchangeRate,
                  read.line.pecPercentage,
                  read.line.usageDate,
                  read.line.billingCurrency,
                  read.line.pricingCurrency,
                ]
              : null,
          );
          expect(values).toEqual(overs.map(expected));
        }),
      );
    });
  });
});
