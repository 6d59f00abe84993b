import fc from 'fast-check';
import {
  createResaleReconciler,
  type ResaleReconciler,
  type ResaleResult,
  reconcileResale,
} from 'subscription-rules/resale';
import { describe, expect, it } from 'vitest';
import { BB, BP, BS, cost, E3, EXO, map, type Row } from './_worked.ts';

const CUSTOMERS: [string, string][] = [
  ['c-1', 'Alpha'],
  ['c-2', 'Beta'],
  ['c-3', 'Gamma'],
];
const PRODUCTS = [BP, BS, EXO, E3, BB];
const TERMS = [
  'Annual term, Monthly billing',
  '1 Month Subscription',
  'Annual term, Annual billing',
  '',
  'Triennial, Upfront',
];
const TYPES = [
  'cycleCharge',
  'renew',
  'new',
  'addQuantity',
  'removeQuantity',
  'cancelImmediate',
  'customerCredit',
  'convert',
];
const CODES = ['BP-Y-M', 'BS-Y-M', 'EXO-Y-M', 'EXO-M', 'E3-Y-M', 'BB-Y-M', 'LABOUR'];

/** A day of late 2026 as `YYYY-MM-DD`. */
function day(offset: number): string {
  return new Date(Date.UTC(2026, 8, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function cents(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const costRow: fc.Arbitrary<Row> = fc
  .record({
    customer: fc.constantFrom(...CUSTOMERS),
    product: fc.constantFrom(...PRODUCTS),
    type: fc.constantFrom(...TYPES),
    start: fc.integer({ min: 0, max: 110 }),
    length: fc.integer({ min: 0, max: 400 }),
    seats: fc.integer({ min: 0, max: 30 }),
    subtotal: fc.integer({ min: -5000, max: 90_000 }),
    term: fc.constantFrom(...TERMS),
    subscription: fc.constantFrom('S-1', 'S-2', 'S-3', 'S-4'),
    est: fc.boolean(),
    currency: fc.constantFrom('USD', 'USD', 'USD', 'EUR'),
  })
  .map((r) => ({
    ...cost(r.customer, r.product, {
      type: r.type,
      from: day(r.start),
      to: day(r.start + r.length),
      seats: String(r.seats),
      subtotal: cents(r.subtotal),
      subscription: `${r.customer[0]}-${r.subscription}`,
      currency: r.currency,
      ...(r.est ? { skuName: 'Extended Service Term' } : {}),
    }),
    TermAndBillingCycle: r.term,
  }));

const billedRow: fc.Arbitrary<Row> = fc
  .record({
    customer: fc.constantFrom('Alpha', 'beta', 'c-3', 'Nobody'),
    code: fc.constantFrom(...CODES),
    start: fc.integer({ min: 0, max: 110 }),
    length: fc.integer({ min: 0, max: 60 }),
    quantity: fc.integer({ min: 0, max: 30 }),
    amount: fc.integer({ min: -3000, max: 90_000 }),
    currency: fc.constantFrom('USD', 'USD', 'EUR'),
  })
  .map((r) => ({
    Client: r.customer,
    Code: r.code,
    Qty: String(r.quantity),
    Net: cents(r.amount),
    From: day(r.start),
    To: day(r.start + r.length),
    Cur: r.currency,
  }));

const files = fc.record({
  cost: fc.array(costRow, { maxLength: 30 }),
  billed: fc.array(billedRow, { maxLength: 30 }),
});

const options = {
  marginFloor: '12.5',
  fx: [{ from: 'USD', to: 'EUR', rate: '0.9237' }] as const,
};

function oneReconciler(): ResaleReconciler {
  return createResaleReconciler({ map, options: { ...options, fx: [...options.fx] } });
}

function feed(
  reconciler: ResaleReconciler,
  cost: readonly (readonly [Row, number])[],
  billed: readonly (readonly [Row, number])[],
): ResaleReconciler {
  for (const [row, n] of cost) reconciler.observeCost(row, n);
  for (const [row, n] of billed) reconciler.observeBilled(row, n);
  return reconciler;
}

function numbered(rows: readonly Row[]): [Row, number][] {
  return rows.map((row, i) => [row, i + 1]);
}

function whole(input: { cost: Row[]; billed: Row[] }): ResaleResult {
  return reconcileResale({ ...input, map, options: { ...options, fx: [...options.fx] } });
}

describe('resale properties', () => {
  it('any split of the cost and billed rows (by row, customer or month), merged in any order and tree, equals one pass', () => {
    fc.assert(
      fc.property(
        files,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('row', 'customer', 'month'),
        fc.infiniteStream(fc.nat()),
        fc.boolean(),
        (input, parts, by, choices, leftTree) => {
          const it = choices[Symbol.iterator]();
          const partOf = (row: Row, n: number): number => {
            if (by === 'row') return (it.next().value as number) % parts;
            const text =
              by === 'customer'
                ? (row.CustomerId ?? row.Client ?? '')
                : (row.ChargeStartDate ?? row.From ?? '').slice(0, 7);
            return [...text].reduce((a, c) => a + c.charCodeAt(0), n * 0) % parts;
          };
          const pieces = Array.from({ length: parts }, () => oneReconciler());
          for (const [row, n] of numbered(input.cost)) pieces[partOf(row, n)]?.observeCost(row, n);
          for (const [row, n] of numbered(input.billed))
            pieces[partOf(row, n)]?.observeBilled(row, n);
          const order = [...pieces].reverse();
          const merged = leftTree
            ? order.reduce((a, b) => a.merge(b))
            : order.reduceRight((a, b) => b.merge(a));
          expect(merged.finish()).toEqual(whole(input));
        },
      ),
    );
  });

  it('permuting the rows (each with its own row number) changes nothing', () => {
    fc.assert(
      fc.property(
        files,
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (input, random) => {
          const it = random[Symbol.iterator]();
          const shuffle = <T>(list: T[]): T[] =>
            list
              .map((item) => [it.next().value as number, item] as const)
              .sort((a, b) => a[0] - b[0])
              .map(([, item]) => item);
          const shuffled = feed(
            oneReconciler(),
            shuffle(numbered(input.cost)),
            shuffle(numbered(input.billed)),
          );
          expect(shuffled.finish()).toEqual(whole(input));
        },
      ),
    );
  });

  it('determinism, no mutation and no aliasing: the same input twice gives equal results, the rows unchanged', () => {
    fc.assert(
      fc.property(files, (input) => {
        const copy = structuredClone(input);
        const first = whole(input);
        expect(input).toEqual(copy);
        const second = whole(input);
        expect(second).toEqual(first);
        (first.findings as unknown[]).length = 0;
        expect(whole(input)).toEqual(second);
      }),
    );
  });

  it('JSON round trip: the result is plain data', () => {
    fc.assert(
      fc.property(files, (input) => {
        const result = whole(input);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
    );
  });

  it('money at stake is never negative, and summary.atStake is the findings’ sum per currency', () => {
    fc.assert(
      fc.property(files, (input) => {
        const result = whole(input);
        const sums = new Map<string, number>();
        for (const f of result.findings) {
          expect(f.atStake.amount).toBeGreaterThanOrEqual(0);
          sums.set(f.atStake.currency, (sums.get(f.atStake.currency) ?? 0) + f.atStake.amount);
        }
        expect(result.summary.atStake).toEqual(
          [...sums]
            .sort((a, b) => (a[0] < b[0] ? -1 : 1))
            .map(([currency, amount]) => ({ amount, currency })),
        );
        for (const c of result.customers)
          expect(c.margin.amount).toBe(c.billed.amount - c.cost.amount);
      }),
    );
  });

  it('a billed file made from the cost lines at a uniform markup gives no finding but margin-below-floor, exactly when the margin is under the floor', () => {
    const line = fc.record({
      customer: fc.constantFrom(...CUSTOMERS),
      product: fc.constantFrom(...PRODUCTS),
      seats: fc.integer({ min: 1, max: 40 }),
      price: fc.integer({ min: 1, max: 5000 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(line, {
          minLength: 1,
          maxLength: 8,
          selector: (l) => `${l.customer[0]}${l.product.productId}`,
        }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 99 }),
        (lines, markup, floor) => {
          const codeOf = (p: { productId: string }) =>
            (
              map.products.find(
                (m) => m.productId === p.productId && m.term === 'P1Y' && m.billing === 'monthly',
              ) as { code: string }
            ).code;
          const costRows = lines.map((l) =>
            cost(l.customer, l.product, {
              from: '2026-11-01',
              to: '2026-11-30',
              seats: String(l.seats),
              subtotal: cents(l.seats * l.price),
            }),
          );
          // r(x × (100 + markup) / 100), half away from zero, in cents
          const marked = (x: number) => Math.floor((x * (100 + markup) * 2 + 100) / 200);
          const billedRows = lines.map((l) => ({
            Client: l.customer[0],
            Code: codeOf(l.product),
            Qty: String(l.seats),
            Net: cents(marked(l.seats * l.price)),
            From: '2026-11-01',
            To: '2026-11-30',
            Cur: 'USD',
          }));
          const result = reconcileResale({
            cost: costRows,
            billed: billedRows,
            map,
            options: { marginFloor: String(floor) },
          });
          const below = new Set<string>();
          for (const [id] of CUSTOMERS) {
            const mine = lines.filter((l) => l.customer[0] === id);
            if (mine.length === 0) continue;
            const c = mine.reduce((a, l) => a + l.seats * l.price, 0);
            const b = mine.reduce((a, l) => a + marked(l.seats * l.price), 0);
            if ((b - c) * 100 < floor * b) below.add(id);
          }
          expect(result.findings.every((f) => f.kind === 'margin-below-floor')).toBe(true);
          expect(new Set(result.findings.map((f) => f.customerId))).toEqual(below);
          expect(result.issues).toEqual([]);
        },
      ),
    );
  });
});
