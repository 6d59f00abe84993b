import fc from 'fast-check';
import type { NewCommerceEffect } from 'subscription-rules';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { purchaseCharges } from 'subscription-rules/new-commerce';
import { ko as nceKo } from 'subscription-rules/new-commerce/locales/ko';
import { type InvoiceLine, invoiceLines, reconcile } from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { ruleErrorOf } from '../_errors.ts';
import { added, bought, lifeEffects, removed } from './_effects.ts';

/** The worked subscription's first period: the purchase, 5 added, the same 5 removed. */
const effects: NewCommerceEffect[] = [
  ...purchaseCharges(bought),
  ...added.effects,
  ...removed.effects,
];

/** A row as Partner Center's export writes it (R10): its columns, in its order, an extra one. */
function row(cells: Record<string, string>): Record<string, string> {
  return {
    PartnerId: '0e195b37-4574-4539-bc42-0e539b9684c0',
    CustomerId: 'C1',
    SubscriptionId: 'S1',
    ChargeStartDate: '',
    ChargeEndDate: '',
    TermAndBillingCycle: 'Annual term, Monthly billing',
    EffectiveUnitPrice: '',
    Quantity: '',
    Subtotal: '',
    TaxTotal: "'0E-20",
    Total: '',
    Currency: 'USD',
    ChargeType: '',
    UnitPrice: "'12.500000000000000000",
    BillableQuantity: '',
    ReferenceId: '{"osId":1,"id":2,"v":2}',
    ...cells,
  };
}

const purchaseRow = row({
  ChargeType: 'new',
  ChargeStartDate: '2026-11-20',
  ChargeEndDate: '2026-12-19',
  EffectiveUnitPrice: "'12.500000000000000000",
  Quantity: "'10.0000",
  BillableQuantity: "'10.0000",
  Subtotal: "'125.000000000000000000",
});
const additionRow = row({
  ChargeType: 'addQuantity',
  ChargeStartDate: '2026-12-05',
  ChargeEndDate: '2026-12-19',
  EffectiveUnitPrice: "'6.240000000000000000",
  Quantity: "'15.0000",
  BillableQuantity: "'5.0000",
  Subtotal: "'31.200000000000000000",
});
const removalRow = row({
  ChargeType: 'removeQuantity',
  ChargeStartDate: '2026-12-06',
  ChargeEndDate: '2026-12-19',
  EffectiveUnitPrice: "'-5.840000000000000000",
  Quantity: "'10.0000",
  BillableQuantity: "'-5.0000",
  Subtotal: "'-29.200000000000000000",
});
const file = [purchaseRow, additionRow, removalRow];
const options = { subscriptionId: 'S1' };
const counts = (result: ReturnType<typeof reconcile>) => ({
  matched: result.matched.length,
  missing: result.missing.length,
  unexpected: result.unexpected.length,
  different: result.different.length,
  issues: result.issues.length,
});
const allMatched = { matched: 3, missing: 0, unexpected: 0, different: 0, issues: 0 };

describe('reconcile', () => {
  it('REC-2: a file billing 31.25 USD for the 5 seats added shows one difference with its arithmetic', () => {
    const result = reconcile(
      effects,
      [purchaseRow, { ...additionRow, Subtotal: "'31.25" }, removalRow],
      options,
    );
    expect(counts(result)).toEqual({ ...allMatched, matched: 2, different: 1 });
    expect(result.different).toEqual([
      {
        subscriptionId: 'S1',
        chargeType: 'addQuantity',
        chargeStartDate: '2026-12-05',
        chargeEndDate: '2026-12-19',
        currency: 'USD',
        lines: 1,
        rows: [3],
        form: 'one-line',
        fields: ['Subtotal'],
        expected: { Subtotal: '31.20', BillableQuantity: '5', Currency: 'USD' },
        actual: { Subtotal: '31.25', BillableQuantity: '5', Currency: 'USD' },
        rules: ['CHG-2'],
        message:
          'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 31.25 USD',
      },
    ]);
    // one cent off in the file's 18th decimal is a difference too: digits are compared, never rounded
    const tiny = reconcile(
      effects,
      [purchaseRow, { ...additionRow, Subtotal: "'31.200000000000000001" }, removalRow],
      options,
    );
    expect(tiny.different.map((d) => d.actual.Subtotal)).toEqual(['31.200000000000000001']);
  });

  it('REC-2: the messages show the arithmetic of each kind: a period’s price, a credit’s used days, a quantity billed otherwise', () => {
    const result = reconcile(
      effects,
      [
        { ...purchaseRow, Subtotal: '124.00' },
        { ...additionRow, BillableQuantity: '6', Subtotal: '37.44' },
        { ...removalRow, Subtotal: '29.00' },
      ],
      options,
    );
    expect(result.different.map((d) => [d.fields, d.message])).toEqual([
      [
        ['Subtotal'],
        'bought on 2026-11-20, billing period 2026-11-20 to 2026-12-19: 12.50 × 10 = 125.00 USD; billed 124.00 USD',
      ],
      [
        ['Subtotal', 'BillableQuantity'],
        'added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD; billed 6 seats for 37.44 USD',
      ],
      [
        ['Subtotal'],
        'removed 5 seats on 2026-12-05: 12.50 × 5 = 62.50 less 16 of 30 days used (33.30) = 29.20 USD back; billed -29.00 USD',
      ],
    ]);
  });

  it('REC-2, MSG-1: the messages in Korean, Simplified and Traditional Chinese, with a program’s locale too', () => {
    const rows = [purchaseRow, { ...additionRow, Subtotal: '31.25' }, removalRow];
    const message = (locale: unknown) =>
      reconcile(effects, rows, { ...options, locale } as never).different[0]?.message;
    expect(message(ko)).toBe(
      '2026-12-05에 시트 5개 추가: 12.50 × 5, 30일 중 15일 = 31.20 USD; 청구 금액 31.25 USD',
    );
    expect(message(nceKo)).toBe(message(ko));
    expect(message(zhHans)).toBe(
      '2026-12-05添加 5 个席位：12.50 × 5，30 天中的 15 天 = 31.20 USD；实际计费 31.25 USD',
    );
    expect(message(zhHant)).toBe(
      '2026-12-05新增 5 個授權：12.50 × 5，30 天中的 15 天 = 31.20 USD；實際計費 31.25 USD',
    );
    const error = ruleErrorOf(() =>
      reconcile(effects, rows, { locale: { tag: 'fr', format: () => '' } } as never),
    );
    expect([error.code, error.path]).toEqual(['INVALID_ARGUMENT', 'options.locale']);
  });

  it('REC-2, ERR-1: a column named twice in another case is one issue naming both at the first row read, the first read whatever the other holds, in the locale asked for', () => {
    // the second name's cells differ from the first's on every row: never read, never compared
    const rows = file.map((cells, i) => ({ ...cells, SUBTOTAL: i === 0 ? '' : '999.99' }));
    const result = reconcile(effects, rows, options);
    expect(counts(result)).toEqual({ ...allMatched, issues: 1 });
    expect(result.issues).toEqual([
      {
        row: 2,
        column: 'Subtotal',
        message: 'the header also names this column SUBTOTAL; the first (Subtotal) is read',
      },
    ]);
    expect(result.otherColumns).not.toContain('SUBTOTAL');
    expect(reconcile(effects, rows, { ...options, locale: ko } as never).issues).toEqual([
      {
        row: 2,
        column: 'Subtotal',
        message: '헤더가 이 열을 SUBTOTAL(으)로도 지정합니다. 첫 번째(Subtotal)를 읽었습니다',
      },
    ]);
    // a column the comparison does not read, named twice, is no issue
    const notRead = file.map((cells) => ({ ...cells, PARTNERID: 'x' }));
    expect(counts(reconcile(effects, notRead, options))).toEqual(allMatched);
  });

  it('REC-2, R1, R10: columns in any order, in any letter case, with a byte-order mark and unknown ones, listed once', () => {
    const shuffled = file.map((cells) =>
      Object.fromEntries(
        Object.entries(cells)
          .reverse()
          .map(([name, value]) => [
            name === 'PartnerId' ? '\uFEFFPartnerId' : name === 'Subtotal' ? ' subtotal ' : name,
            value,
          ]),
      ),
    );
    const result = reconcile(effects, shuffled, options);
    expect(counts(result)).toEqual(allMatched);
    expect([...result.otherColumns].sort()).toEqual(
      [
        '\uFEFFPartnerId',
        'CustomerId',
        'Quantity',
        'ReferenceId',
        'TaxTotal',
        'TermAndBillingCycle',
        'Total',
        'UnitPrice',
      ].sort(),
    );
  });

  it('REC-2, R6, R10: Excel’s apostrophe, 18 decimals and 0E-20 read exactly, tax ignored', () => {
    expect(counts(reconcile(effects, file, options))).toEqual(allMatched);
    const plain = file.map((cells) =>
      Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v.replace(/^'/, '')])),
    );
    expect(counts(reconcile(effects, plain, options))).toEqual(allMatched);
    const taxed = file.map((cells) => ({ ...cells, TaxTotal: '2.50', Total: '127.50' }));
    expect(counts(reconcile(effects, taxed, options))).toEqual(allMatched);
  });

  it('REC-2, R2: charge types in any letter case match; an unknown one is unexpected per row, under its own spelling, never a credit', () => {
    const cased = [
      { ...purchaseRow, ChargeType: 'NEW' },
      { ...additionRow, ChargeType: 'AddQuantity' },
      { ...removalRow, ChargeType: 'removequantity' },
    ];
    expect(counts(reconcile(effects, cased, options))).toEqual(allMatched);
    const unknown = {
      ...additionRow,
      ChargeType: 'tierTransitionFee',
      BillableQuantity: '2',
      Subtotal: '3.00',
    };
    const result = reconcile(effects, [...file, unknown, unknown], options);
    expect(
      result.unexpected.map((u) => [u.reason, u.chargeType, u.rows, u.actual.Subtotal]),
    ).toEqual([
      ['unknown-charge-type', 'tierTransitionFee', [5], '3.00'],
      ['unknown-charge-type', 'tierTransitionFee', [6], '3.00'],
    ]);
    expect(result.unexpected[0]?.message).toBe(
      'row 5: tierTransitionFee is a charge type neither Partner Center nor you named (2 seats for 3.00 USD); it is never taken for a credit',
    );
  });

  it('REC-2, R1, R10: US and ISO dates read as the same day; an inclusive end written at 23:59 too', () => {
    const dated = [
      { ...purchaseRow, ChargeStartDate: '11/20/2026', ChargeEndDate: '12/19/2026' },
      {
        ...additionRow,
        ChargeStartDate: '2026-12-05T00:00:00Z',
        ChargeEndDate: '2026-12-19T23:59:00Z',
      },
      { ...removalRow, ChargeStartDate: '12/6/2026' },
    ];
    expect(counts(reconcile(effects, dated, options))).toEqual(allMatched);
    // a day off is another group: the expected one missing, the file's unexpected
    const shifted = reconcile(
      effects,
      [purchaseRow, additionRow, { ...removalRow, ChargeStartDate: '2026-12-05' }],
      options,
    );
    expect([
      shifted.missing.map((m) => m.chargeStartDate),
      shifted.unexpected.map((u) => u.chargeStartDate),
    ]).toEqual([['2026-12-06'], ['2026-12-05']]);
  });

  it('REC-2, R10: a credit printed positive is a credit', () => {
    const positive = {
      ...removalRow,
      EffectiveUnitPrice: '5.84',
      BillableQuantity: '5',
      Subtotal: '29.20',
    };
    expect(counts(reconcile(effects, [purchaseRow, additionRow, positive], options))).toEqual(
      allMatched,
    );
  });

  it('REC-2, R2, R4: a change printed as two lines (10 refunded, 15 charged) bills 93.75 − 62.60 = 31.15 and matches as two-line', () => {
    const twoLines = [
      purchaseRow,
      {
        ...additionRow,
        BillableQuantity: "'-10.0000",
        Subtotal: "'-62.60",
        EffectiveUnitPrice: "'6.26",
      },
      {
        ...additionRow,
        Quantity: "'15.0000",
        BillableQuantity: "'15.0000",
        Subtotal: "'93.75",
        EffectiveUnitPrice: "'6.25",
      },
      removalRow,
    ];
    const result = reconcile(effects, twoLines, options);
    expect(counts(result)).toEqual(allMatched);
    expect(result.matched[1]).toMatchObject({
      chargeType: 'addQuantity',
      form: 'two-line',
      lines: 2,
      rows: [3, 4],
      amounts: { Subtotal: '31.15', BillableQuantity: '5' },
      notes: [],
    });
    const off = reconcile(
      effects,
      [
        twoLines[0],
        twoLines[1],
        { ...(twoLines[2] as object), Subtotal: '93.70' },
        removalRow,
      ] as never,
      options,
    );
    expect(
      off.different.map((d) => [d.form, d.expected.Subtotal, d.actual.Subtotal, d.message]),
    ).toEqual([
      [
        'two-line',
        '31.15',
        '31.10',
        'added 5 seats on 2026-12-05, printed as two lines: 12.50 × 15 for 15 of 30 days = 93.75 less 12.50 × 10 for 15 of 30 days = 62.60, 31.15 USD; billed 31.10 USD',
      ],
    ]);
  });

  it('REC-2, R3: an EffectiveUnitPrice printed unrounded while the Subtotal agrees is a note, not a difference', () => {
    const result = reconcile(
      effects,
      [purchaseRow, { ...additionRow, EffectiveUnitPrice: "'6.240000000000000001" }, removalRow],
      options,
    );
    expect(counts(result)).toEqual(allMatched);
    expect(result.matched[1]?.notes).toEqual([
      {
        field: 'EffectiveUnitPrice',
        expected: '6.24',
        actual: '6.240000000000000001',
        message:
          'EffectiveUnitPrice printed 6.240000000000000001 where the rules give 6.24; the Subtotal agrees',
      },
    ]);
  });

  it('REC-2, ERR-2: bad rows are issues naming row and column, never thrown or dropped; the others are still compared', () => {
    const result = reconcile(
      effects,
      [
        purchaseRow,
        { ...additionRow, Subtotal: 'thirty', ChargeStartDate: '2026-02-30' },
        null as never,
        removalRow,
      ],
      options,
    );
    expect(result.issues).toEqual([
      {
        row: 3,
        column: 'ChargeStartDate',
        message: 'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)',
      },
      { row: 3, column: 'Subtotal', message: 'expected a number' },
      { row: 4, column: '', message: 'expected a row of cells keyed by column' },
    ]);
    expect(result.missing.map((m) => m.chargeType)).toEqual(['addQuantity']);
    expect(
      reconcile(effects, [{ ...purchaseRow, Subtotal: '' }], { ...options, locale: ko }).issues,
    ).toEqual([{ row: 2, column: 'Subtotal', message: '숫자여야 합니다' }]);
  });

  it('REC-2: amounts are never summed across currencies; a currency billed otherwise is a difference', () => {
    const result = reconcile(
      effects,
      [
        { ...purchaseRow, Currency: 'EUR' },
        { ...purchaseRow, Currency: 'USD' },
        additionRow,
        removalRow,
      ],
      options,
    );
    expect(counts(result)).toEqual({ ...allMatched, unexpected: 1 });
    expect(result.unexpected.map((u) => [u.currency, u.actual.Subtotal])).toEqual([
      ['EUR', '125.00'],
    ]);
    const euro = reconcile(
      effects,
      [{ ...purchaseRow, Currency: 'EUR' }, additionRow, removalRow],
      options,
    );
    expect(euro.different.map((d) => d.fields)).toEqual([['Currency']]);
  });

  it('REC-2, REC-4: lines are grouped by subscription: another subscription’s lines are unexpected; a file without SubscriptionId is one subscription’s', () => {
    const other = reconcile(effects, [...file, { ...purchaseRow, SubscriptionId: 'S2' }], options);
    expect(other.unexpected.map((u) => [u.subscriptionId, u.reason])).toEqual([
      ['S2', 'not-expected'],
    ]);
    const { SubscriptionId: _id, ...bare } = purchaseRow;
    const anonymous = file.map(({ SubscriptionId: _s, ...cells }) => cells);
    expect(counts(reconcile(effects, anonymous, options))).toEqual(allMatched);
    expect(counts(reconcile(effects, file))).toEqual(allMatched);
    expect(reconcile(effects, [bare], options).matched.map((m) => m.subscriptionId)).toEqual([
      'S1',
    ]);
  });

  it('REC-2, REC-4: expected invoice lines are compared as effects are; a missing line says what it should have billed', () => {
    const lines: InvoiceLine[] = invoiceLines(effects, options);
    expect(counts(reconcile(lines, file))).toEqual(allMatched);
    const result = reconcile(lines, [purchaseRow, removalRow]);
    expect(result.missing).toEqual([
      {
        subscriptionId: 'S1',
        chargeType: 'addQuantity',
        chargeStartDate: '2026-12-05',
        chargeEndDate: '2026-12-19',
        currency: 'USD',
        expected: { Subtotal: '31.20', BillableQuantity: '5', Currency: 'USD' },
        rules: ['REC-1'],
        message: 'addQuantity 2026-12-05 to 2026-12-19: 6.24 × 5 = 31.20 USD; no line in the file',
      },
    ]);
  });

  it('REC-1, REC-2: options.chargeTypes renames a kind for both the expected lines and the file', () => {
    const renamed = file.map((cells) =>
      cells.ChargeType === 'new' ? { ...cells, ChargeType: 'PURCHASE' } : cells,
    );
    expect(
      counts(reconcile(effects, renamed, { ...options, chargeTypes: { purchase: 'Purchase' } })),
    ).toEqual(allMatched);
    expect(counts(reconcile(effects, renamed, options))).toEqual({
      ...allMatched,
      matched: 2,
      missing: 1,
      unexpected: 1,
    });
  });

  it('ERR-1: bad expected lines and effects are RuleErrors naming the caller’s field', () => {
    const refused = (run: () => unknown) => {
      const error = ruleErrorOf(run);
      return [error.code, error.path];
    };
    const line = invoiceLines(added.effects)[0] as InvoiceLine;
    expect(refused(() => reconcile([line, { ...line, Subtotal: '31.2O' }], file))).toEqual([
      'INVALID_ARGUMENT',
      'expected.1.Subtotal',
    ]);
    expect(refused(() => reconcile([{ ...line, Subtotal: '31.205' }], file))).toEqual([
      'INVALID_AMOUNT',
      'expected.0.Subtotal',
    ]);
    expect(refused(() => reconcile([{ ...line, ChargeEndDate: '2026-12-04' }], file))).toEqual([
      'OUT_OF_ORDER',
      'expected.0.ChargeEndDate',
    ]);
    expect(refused(() => reconcile([{ ...line, ChargeType: 'refund' }], file))).toEqual([
      'INVALID_ARGUMENT',
      'expected.0.ChargeType',
    ]);
    expect(refused(() => reconcile([{ ...line, ChargeType: 'removeQuantity' }], file))).toEqual([
      'INVALID_AMOUNT',
      'expected.0.BillableQuantity',
    ]);
    expect(
      refused(() =>
        reconcile([effects[0] as NewCommerceEffect, { ...effects[1], quantity: 0 } as never], file),
      ),
    ).toEqual(['INVALID_ARGUMENT', 'expected.1.quantity']);
    expect(refused(() => reconcile(effects, 'recon.csv' as never))).toEqual([
      'INVALID_ARGUMENT',
      'actual',
    ]);
    expect(refused(() => reconcile(effects, file, { subscriptionID: 'S1' } as never))).toEqual([
      'INVALID_ARGUMENT',
      'options.subscriptionID',
    ]);
  });

  describe('properties', () => {
    const shuffledLines = lifeEffects.chain((life) =>
      fc
        .shuffledSubarray(invoiceLines(life, options), {
          minLength: invoiceLines(life, options).length,
        })
        .map((shuffled) => [life, shuffled] as const),
    );

    it('REC-2: reconcile(invoiceLines(x), shuffle(invoiceLines(x))) matches every group, whatever the row order', () => {
      fc.assert(
        fc.property(shuffledLines, ([life, rows]) => {
          const result = reconcile(invoiceLines(life, options), rows as never);
          expect([result.missing, result.unexpected, result.different, result.issues]).toEqual([
            [],
            [],
            [],
            [],
          ]);
          expect(reconcile(life, rows as never, options).matched).toEqual(
            result.matched.map((m) => ({ ...m, rules: m.rules.map(() => expect.any(String)) })),
          );
        }),
      );
    });

    it('REC-2: any one amount changed in the file is exactly one difference, naming that field', () => {
      fc.assert(
        fc.property(
          shuffledLines.filter(([, rows]) => rows.length > 0),
          fc.nat(),
          fc.constantFrom('Subtotal', 'BillableQuantity'),
          fc.integer({ min: 1, max: 1000 }),
          ([life, rows], pick, field, delta) => {
            const lines = invoiceLines(life, options);
            // a change in a group whose lines cancel out is still one group's difference
            const at = pick % rows.length;
            const changed = rows.map((line, i) => {
              if (i !== at) return line;
              const [whole, fraction = ''] = line[field].replace('-', '').split('.');
              const units = BigInt(`${whole}${fraction}`) + BigInt(delta);
              const digits = units.toString().padStart(fraction.length + 1, '0');
              const text =
                fraction.length === 0
                  ? digits
                  : `${digits.slice(0, -fraction.length)}.${digits.slice(-fraction.length)}`;
              return { ...line, [field]: line[field].startsWith('-') ? `-${text}` : text };
            });
            const result = reconcile(lines, changed as never);
            expect(result.different.map((d) => d.fields)).toEqual([[field]]);
            expect([result.missing, result.unexpected, result.issues]).toEqual([[], [], []]);
          },
        ),
      );
    });

    it('ERR-2: reading any rows never throws: every row is a line compared or an issue', () => {
      const cell = fc.oneof(
        fc.string(),
        fc.constantFrom(
          '',
          "'-5.00",
          '5',
          '1E2',
          '2026-12-05',
          '12/5/2026',
          'new',
          'removeQuantity',
        ),
        fc.integer(),
        fc.constant(null),
      );
      const rows = fc.array(
        fc.dictionary(
          fc.constantFrom(
            'ChargeType',
            'ChargeStartDate',
            'ChargeEndDate',
            'BillableQuantity',
            'Subtotal',
            'SubscriptionId',
            'Currency',
            'EffectiveUnitPrice',
            'Other',
          ),
          cell,
        ),
        { maxLength: 8 },
      );
      fc.assert(
        fc.property(rows, (file) => {
          const result = reconcile(effects, file, options);
          const rowsSeen = new Set([
            ...result.issues.map((i) => i.row),
            ...[...result.matched, ...result.different, ...result.unexpected].flatMap(
              (e) => e.rows,
            ),
          ]);
          expect(rowsSeen.size).toBe(file.length);
        }),
      );
    });

    itKeepsTheContract(
      'reconcile',
      reconcile,
      shuffledLines.map(([life, rows]) => [life, rows, { ...options, locale: undefined }] as never),
    );
  });
});
