import { describe, expect, it } from 'vitest';
import { fileLine } from '../../_fileLine.ts';
import {
  byteCells,
  csvScan,
  type FileLine,
  fileSeats,
  heldLimit,
  IdTable,
  LineGroups,
  reconPlains,
  reconState,
  SlotMap,
  SubscriptionSlots,
  subscriptionHold,
  TakenIds,
} from '../../_private.ts';
import { bytesOf } from './_pieces.ts';

/** A subscription's first line (only what the held subscriptions read). */
const line = (subscriptionId: string, row: number): FileLine => fileLine({ subscriptionId, row });

/** Customer id, name, invoice, product, SKU, seats, unit price: a row's cells. */
const row = (cells: readonly string[]) => ({ cell: (i: number) => cells[i] });
const at = {
  seats: 5,
  unitPrice: 6,
  labels: [
    ['customerId', 0],
    ['customerName', 1],
    ['invoiceNumber', 2],
    ['productName', 3],
    ['skuName', 4],
  ] as const,
};

function held() {
  const ids = new TakenIds();
  const slots = new SubscriptionSlots(ids);
  return {
    ids,
    groups: new LineGroups(),
    unread: new Map(),
    labels: new SlotMap<Record<string, string>>(slots),
    unitPrices: new SlotMap<{ UnitPrice: string; Currency: string }>(slots),
    seats: fileSeats(slots),
    texts: subscriptionHold.create().texts,
  };
}

describe('subscriptionHold', () => {
  it("REC-3: a customer's subscriptions of one invoice and product hold one labels object and one unit price; another product its own; written as plain data, it lets the texts go", () => {
    const h = held();
    const c1 = ['c1', ' Customer 1 ', 'G1', 'M365 BS', 'BS', '45', "'12.50"];
    const rows = [
      ['s1', c1],
      ['s2', c1],
      ['s3', ['c1', 'Customer 1', 'G1', 'M365 E3', 'E3', '2', '12.50']],
      ['s4', ['c2', 'Customer 2', 'G1', 'M365 BS', 'BS', '3', '12.50']],
    ] as const;
    rows.forEach(([id, cells], i) => {
      const read = line(id, i + 1);
      h.groups.add(read);
      subscriptionHold.see(h, read, row(cells), at);
    });
    const labels = ['s1', 's2', 's3', 's4'].map((id) => h.labels.get(id));
    expect(labels[0]).toEqual({
      customerId: 'c1',
      customerName: 'Customer 1',
      invoiceNumber: 'G1',
      productName: 'M365 BS',
      skuName: 'BS',
    });
    expect(labels[1]).toBe(labels[0]);
    expect(labels[2]).not.toBe(labels[0]);
    expect(labels[2]).toEqual({ ...labels[0], productName: 'M365 E3', skuName: 'E3' });
    expect(labels[3]).toEqual({ ...labels[0], customerId: 'c2', customerName: 'Customer 2' });
    // the texts are held once: the invoice's number of every subscription is one string
    expect(h.texts.labels.size).toBe(9);
    expect(h.unitPrices.get('s1')).toEqual({ UnitPrice: '12.50', Currency: 'USD' });
    expect(h.unitPrices.get('s4')).toBe(h.unitPrices.get('s1'));
    expect(['s1', 's2', 's3', 's4'].map((id) => h.seats.of(id)?.seats)).toEqual([45, 45, 2, 3]);

    const state = { ...reconState.create(), held: h } as unknown as ReturnType<
      typeof reconState.create
    >;
    expect([...reconPlains.write(state, () => 0)]).toHaveLength(4);
    expect([h.texts.labels.size, h.texts.prices.size, h.texts.labelSets.size]).toEqual([0, 0, 0]);
    expect(h.labels.get('s1')).toBeUndefined();
    expect(h.seats.of('s1')).toBeUndefined();
  });

  it('REC-3: a share written as plain data through the table of ids held as their bits gives each subscription once, those with groups in the order first seen, then those only unread rows name, and leaves nothing held', () => {
    // Partner Center's ids, held as their bits in a table that grows past four, and one other text
    const ids = [
      '30000000-0000-4000-8000-000000000003',
      '10000000-0000-4000-8000-000000000001',
      'not-a-guid',
      '50000000-0000-4000-8000-000000000005',
      '20000000-0000-4000-8000-000000000002',
      '40000000-0000-4000-8000-000000000004',
    ];
    const numbers = new TakenIds(new IdTable(4));
    const slots = new SubscriptionSlots(numbers);
    const h = {
      ids: numbers,
      groups: new LineGroups(slots),
      unread: new Map<string | undefined, number[]>(),
      labels: new SlotMap<Record<string, string>>(slots),
      unitPrices: new SlotMap<{ UnitPrice: string; Currency: string }>(slots),
      seats: fileSeats(slots),
      texts: subscriptionHold.create().texts,
    };
    const cells = ['c1', 'Customer 1', 'G1', 'M365 BS', 'BS', '45', '12.50'];
    ids.slice(0, 5).forEach((id, i) => {
      const read = line(id, i + 1);
      h.groups.add(read);
      subscriptionHold.see(h, read, row(cells), at);
    });
    // a row that cannot be read, of a subscription with groups and of one without
    h.unread.set(ids[1], [9]);
    h.unread.set(ids[5], [10]);
    const state = { ...reconState.create(), held: h } as unknown as ReturnType<
      typeof reconState.create
    >;
    const written = [...reconPlains.write(state, () => 0)].map(([, plain]) =>
      's' in plain ? plain.s : { id: undefined, unread: undefined, seats: undefined },
    );
    expect(written).toHaveLength(6);
    expect(written.map((w) => w.id)).toEqual([...ids.slice(0, 5), ids[5]]);
    expect(written[1]?.unread).toEqual([9]);
    expect(written[5]?.unread).toEqual([10]);
    expect(written[0]?.seats).toEqual({ latest: expect.objectContaining({ seats: 45 }) });
    expect(slots.size).toBe(0);
    expect(h.unread.size).toBe(0);
    expect(h.groups.subscriptions).toBe(0);
  });

  it("REC-3: a row's labels found by their bytes are the object its texts find, no label cell decoded; a byte past ASCII (xéx against a held xÃ©x) or a doubled quote is left to the texts", async () => {
    const h = held();
    /** The label cells decoded, by place, of the rows read from bytes. */
    const decoded: number[] = [];
    const read = byteCells();
    const fromBytes = async (rows: readonly (readonly [string, string])[], first: number) => {
      const text = rows.map(([, cells]) => cells).join('\n');
      let k = 0;
      await csvScan(bytesOf(`${text}\n`), {
        row(scanned) {
          const [id] = rows[k] as readonly [string, string];
          const counted = Object.create(scanned, {
            cell: {
              value: (i: number) => {
                if (i < 5) decoded.push(i);
                return scanned.cell(i);
              },
            },
          });
          const got = line(id, first + k++);
          h.groups.add(got);
          subscriptionHold.see(h, got, read.of(counted, 0), at);
        },
        unclosed() {},
        piece() {},
      });
    };
    const fromTexts = (id: string, cells: readonly string[], number: number) => {
      const got = line(id, number);
      h.groups.add(got);
      subscriptionHold.see(h, got, row(cells), at);
    };
    fromTexts('s1', ['c1', 'Customer 1', 'G1', 'M365 BS', 'BS', '45', '12.50'], 1);
    fromTexts('s3', ['c2', 'xÃ©x', 'G1', 'M365 BS', 'BS', '1', '12.50'], 3);
    await fromBytes([['s2', ' c1 ,Customer 1,G1,"M365 BS",BS,45,12.50']], 2);
    expect(h.labels.get('s2')).toBe(h.labels.get('s1'));
    expect(decoded).toEqual([]);

    // the UTF-8 of é is the code units of Ã©: a row of xéx is not the customer xÃ©x
    await fromBytes([['s4', 'c2,xéx,G1,M365 BS,BS,1,12.50']], 4);
    expect(h.labels.get('s4')).not.toBe(h.labels.get('s3'));
    expect(h.labels.get('s4')).toEqual({ ...h.labels.get('s3'), customerName: 'xéx' });

    // doubled quotes: the texts decide, and find the same object
    await fromBytes(
      [
        ['s5', 'c1,Customer 1,G1,"M365 ""BS""",BS,45,12.50'],
        ['s6', 'c1,Customer 1,G1,"M365 ""BS""",BS,45,12.50'],
      ],
      5,
    );
    fromTexts('s7', ['c1', 'Customer 1', 'G1', 'M365 "BS"', 'BS', '45', '12.50'], 7);
    const quoted = h.labels.get('s5');
    expect(quoted).toEqual({ ...h.labels.get('s1'), productName: 'M365 "BS"' });
    expect(h.labels.get('s6')).toBe(quoted);
    expect(h.labels.get('s7')).toBe(quoted);
    expect(quoted).not.toBe(h.labels.get('s1'));
    // the texts held once, whichever way they were found
    expect(h.texts.labels.size).toBe(9);
    expect(h.texts.labelSets.size).toBe(2);
  });
});

describe('subscriptionHold.weight', () => {
  /** What is held, as the budget counts it: groups, subscriptions, texts and customers. */
  const counted = (groups: number, subscriptions: number, texts = 0, customers = 0) =>
    ({
      groups: { size: groups, subscriptions },
      texts: { labels: { size: texts }, labelSets: { size: customers } },
    }) as unknown as Parameters<typeof subscriptionHold.weight>[0];
  /** Whether what is held is past the limit, as a share weighs it. */
  const over = (held: Parameters<typeof subscriptionHold.weight>[0], limit: number) =>
    subscriptionHold.weight(held) > limit;

  it('REC-3: the budget counts a held subscription at 70 B a group, 200 B a subscription, 100 B a text and 150 B a customer held once (about 280 B where 184 B are held: room for the typed arrays outside the heap): worked, one thread within 512 MiB holds 994,205 subscriptions of one group and spills at the next; each of two workers half as many, 497,102; three workers or more a quarter between them', () => {
    const one = heldLimit(512 * 1024 * 1024, 1);
    expect(one).toBe(268_435_456);
    // (70 + 200) × 994,205 = 268,435,350 ≤ 268,435,456 < (70 + 200) × 994,206
    expect(over(counted(994_205, 994_205), one)).toBe(false);
    expect(over(counted(994_206, 994_206), one)).toBe(true);
    // two workers: the same half of the budget between them, 134,217,728 B each
    const each = heldLimit(512 * 1024 * 1024, 2);
    expect(each).toBe(134_217_728);
    // (70 + 200) × 497,102 = 134,217,540 ≤ 134,217,728 < (70 + 200) × 497,103
    expect(over(counted(497_102, 497_102), each)).toBe(false);
    expect(over(counted(497_103, 497_103), each)).toBe(true);
    // three workers or more, each a runtime of its own: a quarter between them
    expect(heldLimit(512 * 1024 * 1024, 3) * 3).toBe(134_217_728);
    expect(heldLimit(512 * 1024 * 1024, 4)).toBe(33_554_432);
    expect(heldLimit(512 * 1024 * 1024, 8)).toBe(16_777_216);
    // the benchmark file's mix, 1.14 groups a subscription: 79.8 + 200 ≈ 280 B a subscription
    expect(over(counted(96_941, 85_057), 23_797_270)).toBe(false);
    expect(over(counted(96_941, 85_057), 23_797_269)).toBe(true);
    // a text and a customer held once, at the byte: 100 + 150 = 250
    expect(over(counted(0, 0, 1, 1), 250)).toBe(false);
    expect(over(counted(0, 0, 1, 1), 249)).toBe(true);
  });
});
