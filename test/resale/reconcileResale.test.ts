import { ko } from 'subscription-rules/locales/ko';
import {
  type ResaleFinding,
  type ResaleProductFinding,
  type ResaleResult,
  reconcileResale,
} from 'subscription-rules/resale';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import {
  BB,
  BP,
  BS,
  billed,
  CONTOSO,
  contosoBilled,
  contosoCost,
  contosoSeats,
  cost,
  E3,
  EXO,
  fabrikamBilled,
  fabrikamCost,
  map,
  NORTHWIND,
  northwindBilled,
  northwindCost,
  type Row,
} from './_worked.ts';

/** The findings as `[kind, productId, atStake in minor units]`. */
function money(result: ResaleResult): [string, string, number, string][] {
  return result.findings.map((f) => [
    f.kind,
    f.kind === 'margin-below-floor' ? '' : f.productId,
    f.atStake.amount,
    f.atStake.currency,
  ]);
}

function run(cost: Row[], billedRows: Row[], options = {}): ResaleResult {
  return reconcileResale({ cost, billed: billedRows, map, options });
}

function only(result: ResaleResult, kind: ResaleFinding['kind']): ResaleProductFinding[] {
  return result.findings.filter((f) => f.kind === kind) as ResaleProductFinding[];
}

describe('RSL-1 the cost: the reconciliation file', () => {
  it('RSL-1 reads the columns by name in any order and any case, a distributor’s through map.cost', () => {
    const renamed = contosoCost.map((row) => {
      const { CustomerId, Subtotal, ...rest } = row;
      return { subtotal: Subtotal as string, ...rest, 'Client GUID': CustomerId as string };
    });
    const result = reconcileResale({
      cost: renamed,
      billed: contosoBilled,
      map: { ...map, cost: { CustomerId: 'Client GUID' } },
    });
    expect(result.customers[0]?.cost).toEqual({ amount: 59540, currency: 'USD' });
    expect(result.issues).toEqual([]);
  });

  it('RSL-1 a usage line (a MeterDescription, no TermAndBillingCycle) is left to the usage check with one note', () => {
    const usage = {
      ...cost(CONTOSO, BP, { from: '2026-11-01', to: '2026-11-30', seats: '1', subtotal: '9.00' }),
      TermAndBillingCycle: '',
      MeterDescription: 'D2 v3',
    };
    const result = run([...contosoCost, usage], contosoBilled);
    expect(result.summary.usageLines).toBe(1);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'usage-lines', rows: [8] }),
    );
    expect(result.customers[0]?.cost.amount).toBe(59540);
  });

  it('RSL-1 a row that cannot be read is an issue naming its row and column, never dropped or thrown', () => {
    const bad = [
      { ...contosoCost[0], Subtotal: 'twelve' },
      { ...contosoCost[0], Subtotal: '264.001' },
      { ...contosoCost[0], ChargeStartDate: '2026-13-01' },
      { ...contosoCost[0], Currency: 'XYZ' },
    ] as Row[];
    const result = run(bad, []);
    expect(result.issues.map((i) => [i.side, i.row, i.column, i.code])).toEqual([
      ['cost', 2, 'Subtotal', 'INVALID_AMOUNT'],
      ['cost', 3, 'Subtotal', 'INVALID_AMOUNT'],
      ['cost', 4, 'ChargeStartDate', 'INVALID_DATE'],
      ['cost', 5, 'Currency', 'UNKNOWN_CURRENCY'],
    ]);
    expect(result.issues[1]?.message).toBe('Subtotal has more decimals than USD has: "264.001"');
    expect(result.summary.costLines).toBe(4);
  });

  it('RSL-1 a missing column is one issue per file and column, naming its map field', () => {
    const rows = contosoCost.map(({ ChargeType: _, ...rest }) => rest);
    const result = run(rows, []);
    expect(result.issues).toEqual([
      expect.objectContaining({
        side: 'cost',
        code: 'MISSING_COLUMN',
        column: 'ChargeType',
        rows: [2, 3, 4, 5, 6, 7],
      }),
    ]);
    expect(result.issues[0]?.message).toContain('map.cost.ChargeType');
  });

  it('RSL-1 a seat credit’s sign comes from its charge type: removeQuantity of 2 printed positive takes 2 seats', () => {
    const rows = [
      cost(CONTOSO, BP, { from: '2026-11-01', to: '2026-11-30', seats: '12', subtotal: '264.00' }),
      cost(CONTOSO, BP, {
        type: 'removeQuantity',
        from: '2026-11-21',
        to: '2026-11-30',
        seats: '2',
        subtotal: '14.67',
      }),
    ];
    const result = run(rows, [
      billed('Contoso', 'BP-Y-M', '10', '260.00', '2026-11-01', '2026-11-30'),
    ]);
    expect(only(result, 'unbilled-seats')).toEqual([]);
    expect(result.customers[0]?.cost.amount).toBe(26400 - 1467);
  });
});

describe('RSL-2 what was billed, through a column map', () => {
  it('RSL-2 without an amount column the line is r(quantity × unitPrice)', () => {
    const result = reconcileResale({
      cost: [contosoCost[0] as Row],
      billed: [
        {
          Client: 'Contoso',
          Code: 'BP-Y-M',
          Qty: '3',
          Price: '8.335',
          Cur: 'USD',
          From: '2026-11-01',
          To: '2026-11-30',
        },
      ],
      map: { ...map, billed: { ...map.billed, amount: undefined, unitPrice: 'Price' } as never },
    });
    expect(result.customers[0]?.billed.amount).toBe(2501);
  });

  it('RSL-2 a negative amount is a customer credit whose quantity is never seats', () => {
    const result = run(contosoCost, [
      ...contosoBilled,
      billed('Contoso', 'BP-Y-M', '5', '-15.00', '2026-11-01', '2026-11-30'),
    ]);
    expect(only(result, 'unbilled-seats')[0]?.seats).toBe(2);
  });

  it('RSL-2 a date stands for its month, or the month before with previous-month (arrears); D/M/YYYY never guessed', () => {
    const byDate = {
      ...map.billed,
      periodStart: undefined,
      periodEnd: undefined,
      date: 'Date',
      dateFormat: 'D/M/YYYY',
    } as never;
    const base = { Client: 'Contoso', Code: 'BP-Y-M', Qty: '12', Net: '312.00', Cur: 'USD' };
    const inMonth = reconcileResale({
      cost: [contosoCost[0] as Row],
      billed: [{ ...base, Date: '30/11/2026' }],
      map: { ...map, billed: byDate },
    });
    expect(only(inMonth, 'unbilled-seats')).toEqual([]);
    const arrears = reconcileResale({
      cost: [contosoCost[0] as Row],
      billed: [{ ...base, Date: '1/12/2026' }],
      map: { ...map, billed: { ...(byDate as object), dateMeans: 'previous-month' } as never },
    });
    expect(arrears.summary.months).toEqual(['2026-11']);
    expect(only(arrears, 'unbilled-seats')).toEqual([]);
    const wrong = reconcileResale({
      cost: [],
      billed: [{ ...base, Date: '2026-11-30' }],
      map: { ...map, billed: byDate },
    });
    expect(wrong.issues[0]).toEqual(
      expect.objectContaining({ code: 'INVALID_DATE', column: 'Date', row: 2 }),
    );
  });

  it('RSL-2 FX: Northwind’s 125.00 USD at 0.9237 is 115.46 EUR, margin 10.54 EUR, 8.37 %, unbilled 14.00 EUR', () => {
    const result = run(northwindCost, northwindBilled, {
      fx: [{ from: 'USD', to: 'EUR', rate: '0.9237' }],
    });
    expect(result.customers).toEqual([
      {
        customerId: NORTHWIND[0],
        customerName: 'Northwind',
        month: '2026-11',
        currency: 'EUR',
        cost: { amount: 11546, currency: 'EUR' },
        billed: { amount: 12600, currency: 'EUR' },
        margin: { amount: 1054, currency: 'EUR' },
        marginPercent: '8.37',
      },
    ]);
    expect(money(result)).toEqual([['unbilled-seats', BS.productId, 1400, 'EUR']]);
  });

  it('RSL-2 FX: the rate of the month before an undated one; no inverse; without a rate NO_FX_RATE and no finding', () => {
    const dated = run(northwindCost, northwindBilled, {
      fx: [
        { from: 'USD', to: 'EUR', rate: '0.5' },
        { from: 'USD', to: 'EUR', rate: '0.9237', month: '2026-11' },
      ],
    });
    expect(dated.customers[0]?.cost.amount).toBe(11546);
    const none = run(northwindCost, northwindBilled, {
      fx: [{ from: 'EUR', to: 'USD', rate: '1.08' }],
    });
    expect(none.findings).toEqual([]);
    expect(none.customers).toEqual([]);
    expect(none.issues).toEqual([
      expect.objectContaining({ code: 'NO_FX_RATE', customerId: NORTHWIND[0], month: '2026-11' }),
    ]);
    expect(none.issues[0]?.message).toContain('from USD to EUR for 2026-11');
  });

  it('RSL-2 two currencies on one side of a customer-month is MIXED_CURRENCY', () => {
    const result = run(northwindCost, [
      ...northwindBilled,
      billed('Northwind', 'BS-Y-M', '1', '14.00', '2026-11-01', '2026-11-30', 'GBP'),
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['MIXED_CURRENCY']);
    expect(result.customers).toEqual([]);
  });
});

describe('RSL-3 the mapping table and the match key', () => {
  it('RSL-3 a code not in the table is not resale: counted with its money, not an issue', () => {
    const result = run(contosoCost, contosoBilled);
    expect(result.summary.billedUnmapped).toEqual({
      lines: 1,
      amounts: [{ amount: 36000, currency: 'USD' }],
    });
    expect(result.issues).toEqual([]);
  });

  it('RSL-3 customers: map.customers first, else a CustomerId or CustomerName (case and spaces aside), else UNMAPPED_CUSTOMER', () => {
    const rows = [
      billed('  contoso ', 'BP-Y-M', '12', '312.00', '2026-11-01', '2026-11-30'),
      billed('Contoso Ltd', 'BP-Y-M', '1', '26.00', '2026-11-01', '2026-11-30'),
      billed('Nobody', 'BP-Y-M', '1', '26.00', '2026-11-01', '2026-11-30'),
    ];
    const result = reconcileResale({
      cost: [contosoCost[0] as Row],
      billed: rows,
      map: { ...map, customers: { 'Contoso Ltd': CONTOSO[0] } },
    });
    expect(only(result, 'over-billed')[0]?.seats).toBe(1);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'UNMAPPED_CUSTOMER', rows: [4], column: 'Client' }),
    ]);
  });

  it('RSL-3 TermAndBillingCycle: term and billing split at the first comma, no billing part is the term’s own', () => {
    const read = (text: string) => {
      const r = run([{ ...(contosoCost[0] as Row), TermAndBillingCycle: text }], []);
      const f = r.findings[0];
      return f !== undefined && f.kind !== 'margin-below-floor'
        ? `${f.term} ${f.billing}`
        : r.issues[0]?.code;
    };
    expect(read('Annual term, Monthly billing')).toBe('P1Y monthly');
    expect(read('1 Month Subscription')).toBe('P1M monthly');
    expect(read('1 year, monthly')).toBe('P1Y monthly');
    expect(read('Annual')).toBe('P1Y annual');
    expect(read('Triennial term, Upfront')).toBe('P3Y triennial');
    expect(read('3 Year, Annual billing')).toBe('P3Y annual');
    expect(read('P3Y')).toBe('P3Y triennial');
  });

  it('RSL-3 a line naming no term takes its subscription’s latest earlier key; with none, UNREADABLE_TERM', () => {
    const credit = {
      ...cost(CONTOSO, BP, {
        type: 'customerCredit',
        from: '2026-11-01',
        to: '2026-11-30',
        seats: '0',
        subtotal: '-15.00',
        subscription: 'S-BP',
      }),
      TermAndBillingCycle: '',
    };
    const taken = run([contosoCost[0] as Row, credit], []);
    expect(taken.issues).toEqual([]);
    const orphan = run([{ ...credit, SubscriptionId: 'S-NONE' }], []);
    expect(orphan.issues).toEqual([
      expect.objectContaining({ code: 'UNREADABLE_TERM', row: 2, column: 'TermAndBillingCycle' }),
    ]);
    // the latest earlier line is by row: a keyed line in a later row is not earlier
    const later = run([credit, contosoCost[0] as Row], []);
    expect(later.issues).toEqual([expect.objectContaining({ code: 'UNREADABLE_TERM', row: 2 })]);
    // of two keys of one subscription, the one in the highest row before it
    const annual = {
      ...(contosoCost[0] as Row),
      TermAndBillingCycle: 'Annual term, Annual billing',
    };
    const twoKeys = run([contosoCost[0] as Row, annual, credit], [], { period: '2026-11' });
    const creditFinding = twoKeys.findings.find((f) => f.kind === 'credit-not-passed-back');
    expect(creditFinding).toEqual(expect.objectContaining({ term: 'P1Y', billing: 'annual' }));
  });

  it('RSL-1 a customerCredit needs no BillableQuantity: an empty one holds no seats', () => {
    const credit = {
      ...cost(CONTOSO, BP, {
        type: 'customerCredit',
        from: '2026-11-01',
        to: '2026-11-30',
        seats: '',
        subtotal: '-15.00',
        subscription: 'S-BP',
      }),
      TermAndBillingCycle: '',
    };
    const result = run(
      [contosoCost[0] as Row, credit],
      [billed('Contoso', 'BP-Y-M', '12', '312.00', '2026-11-01', '2026-11-30')],
    );
    expect(result.issues).toEqual([]);
    expect(money(result)).toEqual([['credit-not-passed-back', BP.productId, 1500, 'USD']]);
  });

  it('RSL-3 an Extended Service Term line takes the key it extends, so it is a price change, not a term mismatch', () => {
    const result = run(fabrikamCost, fabrikamBilled);
    expect(only(result, 'term-mismatch')).toEqual([]);
    expect(result.findings.map((f) => f.kind)).toEqual([
      'price-not-passed-on',
      'price-not-passed-on',
    ]);
  });
});

describe('RSL-4 months, seats and money of a line', () => {
  it('RSL-4 decoy: 10 seats 15 Nov–14 Dec plus 5 added 20 Nov against 10 billed for November and 5 pro rata → no finding', () => {
    const result = run(contosoCost.slice(1, 3), contosoBilled.slice(1, 3));
    expect(result.findings).toEqual([]);
    expect(result.customers[0]).toEqual(
      expect.objectContaining({
        cost: { amount: 17700, currency: 'USD' },
        billed: { amount: 17750, currency: 'USD' },
      }),
    );
  });

  it('RSL-4 seats are those in force on the month’s last day: a line ending the day before holds none (±1 day)', () => {
    const at = (to: string) =>
      run([cost(CONTOSO, BP, { from: '2026-11-01', to, seats: '12', subtotal: '264.00' })], []);
    expect(only(at('2026-11-30'), 'unbilled-seats')[0]?.seats).toBe(12);
    expect(only(at('2026-11-29'), 'unbilled-seats')).toEqual([]);
    expect(at('2026-11-29').customers[0]?.cost.amount).toBe(26400);
  });

  it('RSL-4 a P1Y annual charge of 720.00 is 60.00 in each of the 12 months whose end it covers', () => {
    const annual = contosoCost[5] as Row;
    const result = run([annual], [], { period: '2027-10' });
    expect(result.customers[0]?.cost.amount).toBe(6000);
    expect(run([annual], [], { period: '2027-11' }).customers).toEqual([]);
  });

  it('RSL-4 months reconciled: --period, else those in which a line starts', () => {
    expect(run(fabrikamCost, fabrikamBilled).summary.months).toEqual(['2026-10', '2026-11']);
    expect(run(fabrikamCost, fabrikamBilled, { period: '2026-11' }).summary.months).toEqual([
      '2026-11',
    ]);
    expect(run(contosoCost, contosoBilled).summary.months).toEqual(['2026-11']);
  });
});

describe('RSL-5 term or billing mismatch', () => {
  it('RSL-5 Entra ID P1 bought P1Y annual (720.00, 10 seats), billed P1Y monthly 10 × 7.00 → 60.00 a month at renewal', () => {
    const result = run([contosoCost[5] as Row], [contosoBilled[5] as Row]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        kind: 'term-mismatch',
        term: 'P1Y',
        billing: 'annual',
        billedTerm: 'P1Y',
        billedBilling: 'monthly',
        seats: 10,
        atStake: { amount: 6000, currency: 'USD' },
        rule: 'RSL-5',
        rows: { cost: [2], billed: [2] },
        remedy: {
          when: 'at-renewal',
          message:
            'Sell P1Y annual to the customer, or buy P1Y monthly when the subscription renews',
        },
      }),
    ]);
  });

  it('RSL-5 decoy: Exchange P1Y monthly 20 and P1M 3 billed under their own codes → nothing; codes swapped → 17 seats, 68.00', () => {
    expect(run(contosoCost.slice(3, 5), contosoBilled.slice(3, 5)).findings).toEqual([]);
    const swapped = [
      billed('Contoso', 'EXO-M', '20', '100.00', '2026-11-01', '2026-11-30'),
      billed('Contoso', 'EXO-Y-M', '3', '18.00', '2026-11-01', '2026-11-30'),
    ];
    const result = run(contosoCost.slice(3, 5), swapped);
    expect(money(result)).toEqual([['term-mismatch', EXO.productId, 6800, 'USD']]);
    expect(result.findings[0]).toEqual(
      expect.objectContaining({ seats: 17, term: 'P1Y', billing: 'monthly', billedTerm: 'P1M' }),
    );
  });

  it('RSL-5 boundary: one seat fewer billed on the other key leaves one unbilled seat beside 9 paired', () => {
    const result = run(
      [contosoCost[5] as Row],
      [billed('Contoso', 'ENTRA-Y-M', '9', '63.00', '2026-11-01', '2026-11-30')],
    );
    expect(money(result)).toEqual([
      ['unbilled-seats', 'CFQ7TTC0LFLX', 600, 'USD'],
      ['term-mismatch', 'CFQ7TTC0LFLX', 5400, 'USD'],
    ]);
  });
});

describe('RSL-6 findings', () => {
  it('RSL-6 worked month 1: unbilled 52.00, ghost 36.00, term mismatch 60.00; Graph: unused 66.00 and 8.00 at renewal', () => {
    const result = reconcileResale({
      cost: contosoCost,
      billed: contosoBilled,
      map,
      seats: contosoSeats,
    });
    expect(money(result)).toEqual([
      ['unbilled-seats', BP.productId, 5200, 'USD'],
      ['ghost', 'CFQ7TTC0HD33', 3600, 'USD'],
      ['term-mismatch', 'CFQ7TTC0LFLX', 6000, 'USD'],
      ['unused-seats', BP.productId, 6600, 'USD'],
      ['unused-seats', EXO.productId, 800, 'USD'],
    ]);
    expect(result.findings[0]?.message).toBe(
      '2 seats of CFQ7TTC0LCHC/0002 (P1Y monthly) paid to Microsoft, not billed to Contoso in 2026-11: 52.00 USD a month',
    );
    expect(result.findings[0]?.remedy).toEqual({
      when: 'now',
      message: 'Bill 2 more seats of BP-Y-M from 2026-11',
    });
    expect(only(result, 'unused-seats').map((f) => f.remedy.when)).toEqual([
      'at-renewal',
      'at-renewal',
    ]);
    expect(result.summary.seatsChecked).toBe(2);
    expect(result.summary.atStake).toEqual([
      { amount: 5200 + 3600 + 6000 + 6600 + 800, currency: 'USD' },
    ]);
  });

  it('RSL-6 unbilled seats are priced at the billed unit price, or the cost’s where the key has no billed line', () => {
    const alone = run([contosoCost[0] as Row], []);
    expect(money(alone)).toEqual([['unbilled-seats', BP.productId, 26400, 'USD']]);
  });

  it('RSL-6 ghost is a key with no cost line at all; over-billed one that has some (boundary: one cost line in another month)', () => {
    const visio = [billed('Contoso', 'VISIO-Y-M', '2', '36.00', '2026-11-01', '2026-11-30')];
    const named = { ...map, customers: { Contoso: CONTOSO[0] } };
    expect(money(reconcileResale({ cost: [], billed: visio, map: named }))).toEqual([
      ['ghost', 'CFQ7TTC0HD33', 3600, 'USD'],
    ]);
    const october = cost(
      CONTOSO,
      { productId: 'CFQ7TTC0HD33', skuId: '0002' },
      { from: '2026-10-01', to: '2026-10-31', seats: '2', subtotal: '30.00' },
    );
    const result = run([october], visio, { period: '2026-11' });
    expect(money(result)).toEqual([['over-billed', 'CFQ7TTC0HD33', 3600, 'USD']]);
  });

  it('RSL-6 a tenant’s bought seats unlike the cost’s are a note seats-differ, no money', () => {
    const seats = [
      {
        customerId: CONTOSO[0],
        value: [
          {
            skuId: 'CBDC14AB-D96C-4C30-B9F4-6ADA7CDC1D46',
            consumedUnits: 12,
            prepaidUnits: { enabled: 13 },
          },
        ],
      },
    ];
    const result = reconcileResale({
      cost: [contosoCost[0] as Row],
      billed: [billed('Contoso', 'BP-Y-M', '12', '312.00', '2026-11-01', '2026-11-30')],
      map,
      seats,
    });
    expect(result.findings).toEqual([]);
    expect(result.notes.map((n) => n.code)).toContain('seats-differ');
    // boundary: every seat assigned → nothing unused; one fewer → one seat
    const lessOne = [
      {
        customerId: CONTOSO[0],
        value: [{ skuId: 'cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', consumedUnits: 11 }],
      },
    ];
    const one = reconcileResale({
      cost: [contosoCost[0] as Row],
      billed: [billed('Contoso', 'BP-Y-M', '12', '312.00', '2026-11-01', '2026-11-30')],
      map,
      seats: lessOne,
    });
    expect(money(one)).toEqual([['unused-seats', BP.productId, 2200, 'USD']]);
  });

  it('RSL-6 worked month 2: the renewal at 26.00 not passed on → 30.00; the EST month at 7.42 → 7.10', () => {
    const result = run(fabrikamCost, fabrikamBilled);
    expect(
      result.findings.map((f) => [
        f.kind,
        f.kind === 'price-not-passed-on' ? f.reason : '',
        f.atStake.amount,
      ]),
    ).toEqual([
      ['price-not-passed-on', 'renewal', 3000],
      ['price-not-passed-on', 'extended-service-term', 710],
    ]);
    expect(result.findings[1]?.remedy.message).toBe(
      "Raise the customer's price of BB-Y-M by 1.42 USD a seat a month, or renew the subscription into a term",
    );
    expect(result.summary.priceChecks).toEqual({ compared: 2, notCompared: 2 });
  });

  it('RSL-6 price boundary: the customer’s price rising by the whole rise is nothing, 0.01 less is 10 × 0.01', () => {
    const raised = (price: string) =>
      run(fabrikamCost.slice(0, 2), [
        fabrikamBilled[0] as Row,
        billed('Fabrikam', 'E3-Y-M', '10', price, '2026-11-01', '2026-11-30'),
      ]);
    expect(raised('310.00').findings).toEqual([]);
    expect(money(raised('309.90'))).toEqual([['price-not-passed-on', E3.productId, 10, 'USD']]);
    const changed = run(
      [fabrikamCost[0] as Row, { ...(fabrikamCost[1] as Row), ChargeType: 'cycleCharge' }],
      fabrikamBilled.slice(0, 2),
    );
    expect(changed.findings[0]).toEqual(expect.objectContaining({ reason: 'price-change' }));
  });

  it('RSL-6 worked month 3: a customerCredit of −15.00 not passed back → 15.00; a PSA line of −15.00 → none', () => {
    const credit = {
      ...cost(CONTOSO, BP, {
        type: 'customerCredit',
        from: '2026-11-01',
        to: '2026-11-30',
        seats: '1',
        subtotal: '-15.00',
        subscription: 'S-BP',
      }),
      TermAndBillingCycle: '',
    };
    const bp = [contosoCost[0] as Row, credit];
    const twelve = [billed('Contoso', 'BP-Y-M', '12', '312.00', '2026-11-01', '2026-11-30')];
    expect(money(run(bp, twelve))).toEqual([['credit-not-passed-back', BP.productId, 1500, 'USD']]);
    expect(
      run(bp, [...twelve, billed('Contoso', 'BP-Y-M', '1', '-15.00', '2026-11-01', '2026-11-30')])
        .findings,
    ).toEqual([]);
    expect(
      money(
        run(bp, [
          ...twelve,
          billed('Contoso', 'BP-Y-M', '1', '-14.99', '2026-11-01', '2026-11-30'),
        ]),
      ),
    ).toEqual([['credit-not-passed-back', BP.productId, 1, 'USD']]);
  });

  it('RSL-6 findings are ordered by month, customer, kind and key', () => {
    const result = reconcileResale({
      cost: [...northwindCost, ...fabrikamCost, ...contosoCost],
      billed: [...northwindBilled, ...fabrikamBilled, ...contosoBilled],
      map,
      options: { fx: [{ from: 'USD', to: 'EUR', rate: '0.9237' }] },
    });
    expect(result.findings.map((f) => `${f.month} ${f.customerName} ${f.kind}`)).toEqual([
      '2026-11 Fabrikam price-not-passed-on',
      '2026-11 Fabrikam price-not-passed-on',
      '2026-11 Contoso unbilled-seats',
      '2026-11 Contoso ghost',
      '2026-11 Contoso term-mismatch',
      '2026-11 Northwind unbilled-seats',
    ]);
    expect(result.summary.atStake).toEqual([
      { amount: 1400, currency: 'EUR' },
      { amount: 3000 + 710 + 5200 + 3600 + 6000, currency: 'USD' },
    ]);
  });
});

describe('RSL-7 margin per customer', () => {
  it('RSL-7 worked month 1: cost 595.40, billed 661.50, margin 66.10, 9.99 %; floor 10 % → 0.05', () => {
    const result = run(contosoCost, contosoBilled, { marginFloor: '10%' });
    expect(result.customers).toEqual([
      {
        customerId: CONTOSO[0],
        customerName: 'Contoso',
        month: '2026-11',
        currency: 'USD',
        cost: { amount: 59540, currency: 'USD' },
        billed: { amount: 66150, currency: 'USD' },
        margin: { amount: 6610, currency: 'USD' },
        marginPercent: '9.99',
      },
    ]);
    expect(only(result, 'margin-below-floor')).toEqual([
      expect.objectContaining({
        atStake: { amount: 5, currency: 'USD' },
        marginPercent: '9.99',
        floor: '10',
        rule: 'RSL-7',
      }),
    ]);
  });

  it('RSL-7 worked month 2: November 7.16 %, floor 10 % → 9.10; October 18.75 %, no finding', () => {
    const result = run(fabrikamCost, fabrikamBilled, { marginFloor: 10 });
    expect(
      result.customers.map((c) => [
        c.month,
        c.cost.amount,
        c.billed.amount,
        c.margin.amount,
        c.marginPercent,
      ]),
    ).toEqual([
      ['2026-10', 26000, 32000, 6000, '18.75'],
      ['2026-11', 29710, 32000, 2290, '7.16'],
    ]);
    expect(money(result).filter(([kind]) => kind === 'margin-below-floor')).toEqual([
      ['margin-below-floor', '', 910, 'USD'],
    ]);
  });

  it('RSL-7 boundary: a margin of exactly the floor is no finding; 0.01 under is', () => {
    const at = (net: string) =>
      run(
        [
          cost(CONTOSO, BP, {
            from: '2026-11-01',
            to: '2026-11-30',
            seats: '1',
            subtotal: '90.00',
          }),
        ],
        [billed('Contoso', 'BP-Y-M', '1', net, '2026-11-01', '2026-11-30')],
        { marginFloor: '10' },
      );
    expect(only(at('100.00'), 'margin-below-floor')).toEqual([]);
    expect(at('100.00').customers[0]?.marginPercent).toBe('10.00');
    expect(money(at('99.99')).filter(([k]) => k === 'margin-below-floor')).toEqual([
      ['margin-below-floor', '', 1, 'USD'],
    ]);
  });

  it('RSL-7 marginPercent is null when nothing is billed', () => {
    const result = run([contosoCost[0] as Row], [], { marginFloor: '10' });
    expect(result.customers[0]?.marginPercent).toBeNull();
    expect(only(result, 'margin-below-floor')).toEqual([]);
  });
});

describe('RSL-8 the API', () => {
  it('RSL-8 misuse is a RuleError naming the caller’s field', () => {
    const call = (input: unknown) => errorOf(() => reconcileResale(input as never));
    expect(call({ cost: [], billed: [] })).toEqual({ code: 'MISSING_FIELD', path: 'map' });
    expect(call({ cost: [], billed: [], map: { products: [] } })).toEqual({
      code: 'MISSING_FIELD',
      path: 'map.billed',
    });
    expect(call({ cost: [], billed: [], map: { billed: map.billed } })).toEqual({
      code: 'MISSING_FIELD',
      path: 'map.products',
    });
    expect(
      call({
        cost: [],
        billed: [],
        map: { ...map, products: [{ ...map.products[0], term: 'P2Y' }] },
      }),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'map.products.0.term',
    });
    expect(
      call({
        cost: [],
        billed: [],
        map: { ...map, products: [{ ...map.products[0], billing: 'weekly' }] },
      }),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'map.products.0.billing',
    });
    expect(call({ cost: [], billed: [], map, options: { period: '2026-13' } })).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.period',
    });
    expect(call({ cost: [], billed: [], map, options: { marginFloor: '100%' } })).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.marginFloor',
    });
    expect(call({ cost: [], billed: [], map, options: { marginFloor: '99.99%' } })).toBe(
      'no error',
    );
    expect(
      call({ cost: [], billed: [], map, options: { fx: [{ from: 'USD', to: 'EUR', rate: '0' }] } }),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.fx.0.rate',
    });
    expect(call({ cost: [], billed: [], map, seats: {} })).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'seats',
    });
    expect(call({ cost: {}, billed: [], map })).toEqual({ code: 'INVALID_ARGUMENT', path: 'cost' });
    expect(
      call({ cost: [], billed: [], map: { ...map, billed: { ...map.billed, amount: undefined } } }),
    ).toEqual({
      code: 'MISSING_FIELD',
      path: 'map.billed.amount',
    });
  });

  it('RSL-8 a malformed tenant inside seats is an issue, the others judged', () => {
    const result = reconcileResale({
      cost: contosoCost,
      billed: contosoBilled,
      map,
      seats: [
        { customerId: CONTOSO[0], value: [{ skuId: 'x', consumedUnits: -1 }] },
        ...contosoSeats,
      ] as never,
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ side: 'seats', code: 'INVALID_ARGUMENT', row: 0 }),
    ]);
    expect(only(result, 'unused-seats')).toHaveLength(2);
  });

  it('RSL-8 messages and remedies in the locale asked for', () => {
    const result = reconcileResale({
      cost: contosoCost,
      billed: contosoBilled,
      map,
      options: { locale: ko },
    });
    expect(result.findings[0]?.message).toBe(
      '2026-11에 CFQ7TTC0LCHC/0002(P1Y monthly) 좌석 2개를 Microsoft에 지불하지만 Contoso에게 청구하지 않음: 월 52.00 USD',
    );
    expect(result.findings[0]?.remedy.message).toBe('2026-11부터 BP-Y-M 좌석 2개를 더 청구하세요');
  });

  it('RSL-8 the cost of BB and BS keys is kept apart per product', () => {
    const result = run(
      [...fabrikamCost, ...contosoCost.slice(1, 3)],
      [...fabrikamBilled, ...contosoBilled.slice(1, 3)],
      { period: '2026-11' },
    );
    expect(result.customers.map((c) => c.customerName)).toEqual(['Fabrikam', 'Contoso']);
    expect(BB.productId).not.toBe(BS.productId);
  });
});
