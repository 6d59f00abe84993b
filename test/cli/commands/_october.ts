import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { NewCommerceEffect } from 'subscription-rules';
import {
  advance,
  createSubscription,
  purchaseCharges,
  transition,
} from 'subscription-rules/new-commerce';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { EXPORT_COLUMNS } from '../../_private.ts';
import { exportRows, type RowQuirks } from './_dialect.ts';
import { pricedHistory, resourceAfter } from './_histories.ts';
import { csv } from './_reconcileFiles.ts';

/** The end of October 2026: every history of the file is let run to it. */
const END = '2026-10-31T23:59:59.999Z';

/** A mistake planted in the file: the group it makes differ, and the columns that differ. */
export interface Planted {
  readonly subscriptionId: string;
  readonly chargeType: string;
  readonly chargeStartDate: string;
  readonly fields: readonly string[];
}

/** The newcomer's October: the file as gzip, the resources as the API pages them, the mistakes. */
export interface OctoberFile {
  readonly gzip: Buffer;
  readonly resources: { readonly totalCount: number; readonly items: readonly object[] };
  readonly planted: readonly Planted[];
}

/** A small seeded generator (mulberry32): the same file for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const id = (n: number): string =>
  `0d7c${String(n).padStart(4, '0')}-5b1e-4c2a-9f3d-6a8b2c4e${String(n).padStart(4, '0')}`;

/**
 * The newcomer's October invoice, regenerated from a seed: 20 subscriptions of New Commerce seats —
 * 13 bought in October with their changes, a subscription whose 5 added seats the file prints as
 * two lines, and 6 bought in September whose October cycles and renewals are billed — written in
 * Partner Center's 48-column export with its quirks, gzipped; three mistakes planted: the two-line
 * addition billed 0.05 more, a September subscription's cycle billed 5.00 more, and an October
 * purchase billed twice.
 *
 * @param seed - The seed.
 * @returns The file, the resources and the planted mistakes.
 */
export function octoberFile(seed: number): OctoberFile {
  const rand = random(seed);
  const histories = fc.sample(pricedHistory(END), { seed, numRuns: 13 }).map((h) => ({
    effects: h.effects,
    resource: (n: number) => resourceAfter(id(n), h),
  }));
  // the change printed as two lines: 10 seats at 12.50 USD bought 2026-10-03, 5 added 2026-10-12
  const bought = createSubscription({
    program: 'new-commerce',
    product: 'license-based',
    term: 'P1Y',
    billingFrequency: 'monthly',
    quantity: 10,
    orderedAt: '2026-10-03T09:15:00Z',
    price: { amount: 1250, currency: 'USD' },
  });
  const added = transition(bought, {
    type: 'change-quantity',
    at: '2026-10-12T14:00:00Z',
    quantity: 15,
  });
  if (!added.ok) throw new Error(added.message);
  const twoLine = advance(added.subscription, END);
  histories.push({
    effects: [...purchaseCharges(bought), ...added.effects, ...twoLine.effects],
    resource: (n) => resourceAfter(id(n), { effects: [], end: twoLine.subscription, to: END }),
  });
  // six bought in September: October bills their cycles (P1Y) and renewals (P1M)
  for (let i = 0; i < 6; i++) {
    const start = createSubscription({
      program: 'new-commerce',
      product: 'license-based',
      term: i % 2 === 0 ? 'P1Y' : 'P1M',
      billingFrequency: 'monthly',
      quantity: 1 + Math.floor(rand() * 30),
      orderedAt: new Date(
        Date.UTC(2026, 8, 2 + Math.floor(rand() * 27), Math.floor(rand() * 24)),
      ).toISOString(),
      price: { amount: 600 + Math.floor(rand() * 3000), currency: 'USD' },
    });
    const life = advance(start, END);
    const effects: NewCommerceEffect[] = [...purchaseCharges(start), ...life.effects];
    histories.push({
      effects,
      resource: (n) => resourceAfter(id(n), { effects, end: life.subscription, to: END }),
    });
  }
  const quirk = (): RowQuirks => ({
    apostrophe: rand() < 0.7,
    usDates: rand() < 0.3,
    upperCase: rand() < 0.2,
    positiveCredit: rand() < 0.5,
  });
  const rows: Record<string, string>[] = [];
  histories.forEach((history, n) => {
    const lines = invoiceLines(history.effects, { subscriptionId: id(n) }).filter(
      (line) => line.ChargeStartDate >= '2026-10-01',
    );
    const owner = {
      customerId: `c${n % 7}`,
      customerName: [
        'Contoso',
        'Fabrikam',
        'Northwind',
        '한빛 주식회사',
        'Tailspin',
        'Litware',
        'Adatum',
      ][n % 7] as string,
      invoiceNumber: 'G016907411',
      productName: 'Microsoft 365 Business Standard',
      skuName: 'Business Standard',
    };
    const additions = history.effects.filter(
      (e) => e.type === 'charge' && e.kind === 'add-quantity' && e.at >= '2026-10-01',
    );
    rows.push(
      ...exportRows(
        lines,
        additions.length === 0 ? [] : history.effects,
        owner,
        lines.map(quirk),
        true,
      ),
    );
  });
  const twoLineId = id(13);
  const september = id(14);
  const purchased = id(0);
  const planted: Planted[] = [];
  // 1. the two-line addition's rebill 0.05 more
  const rebill = rows.find(
    (r) =>
      r.SubscriptionId === twoLineId &&
      /addquantity/i.test(r.ChargeType ?? '') &&
      !(r.BillableQuantity ?? '').includes('-'),
  );
  if (rebill === undefined) throw new Error('no two-line change');
  const rebilled = Math.round(Number((rebill.Subtotal ?? '').replace("'", '')) * 100) + 5;
  rebill.Subtotal = (rebilled / 100).toFixed(2);
  planted.push({
    subscriptionId: twoLineId,
    chargeType: 'addQuantity',
    chargeStartDate: '2026-10-12',
    fields: ['Subtotal'],
  });
  // 2. a September subscription's October cycle 5.00 more
  const cycle = rows.find(
    (r) => r.SubscriptionId === september && /cyclecharge/i.test(r.ChargeType ?? ''),
  );
  if (cycle === undefined) throw new Error('no cycle');
  const cycleCents = Math.round(Number((cycle.Subtotal ?? '').replace("'", '')) * 100) + 500;
  cycle.Subtotal = (cycleCents / 100).toFixed(2);
  const cycleStart = cycle.ChargeStartDate ?? '';
  planted.push({
    subscriptionId: september,
    chargeType: 'cycleCharge',
    chargeStartDate: isoDay(cycleStart),
    fields: ['Subtotal'],
  });
  // 3. an October purchase billed twice
  const purchase = rows.findIndex(
    (r) => r.SubscriptionId === purchased && /^new$/i.test(r.ChargeType ?? ''),
  );
  rows.splice(purchase + 1, 0, { ...(rows[purchase] as Record<string, string>) });
  planted.push({
    subscriptionId: purchased,
    chargeType: 'new',
    chargeStartDate: isoDay(rows[purchase]?.ChargeStartDate ?? ''),
    fields: ['Subtotal', 'BillableQuantity'],
  });
  // the rows in a shuffled order: a file is grouped by its columns, never by its order
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [rows[i], rows[j]] = [rows[j] as Record<string, string>, rows[i] as Record<string, string>];
  }
  const items = histories.map((h, n) => h.resource(n));
  return {
    gzip: gzipSync(`\uFEFF${csv(rows, EXPORT_COLUMNS, '\r\n')}`),
    resources: { totalCount: items.length, items },
    planted,
  };
}

/** A day as `YYYY-MM-DD`, from the file's `YYYY-MM-DD` or `M/D/YYYY`. */
function isoDay(text: string): string {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return us === null
    ? text
    : `${us[3]}-${(us[1] as string).padStart(2, '0')}-${(us[2] as string).padStart(2, '0')}`;
}
