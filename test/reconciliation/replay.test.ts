import fc from 'fast-check';
import type { NewCommerceSubscription } from 'subscription-rules';
import * as newCommerce from 'subscription-rules/new-commerce';
import { describe, expect, it } from 'vitest';
import { licence } from '../_licence.ts';
import { replay, resourceAtStart } from '../_private.ts';

const DAY = 86_400_000;
const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;

/** 10 seats at 12.50 USD bought 2026-11-20T10:00Z, P1Y billed monthly, as fetched afterwards. */
const bought = licence({ id: 'e2b1a7d4-6f7c-4b55-b0f1-7d4c2b8e9a10' });

type Change = Parameters<typeof replay>[2][number];

/** The state the replay starts from: the resource taken back over the file's changes. */
function startOf(
  resource: Record<string, unknown>,
  changes: readonly Change[],
  firstDay: number,
): NewCommerceSubscription {
  const asOfMs = Math.max(Date.parse(String(resource.effectiveStartDate)), firstDay * DAY - 1);
  const at = resourceAtStart(resource, changes, asOfMs);
  if (!('resource' in at)) throw new Error(at.problem);
  const { subscription } = newCommerce.fromPartnerCenterSubscription(at.resource as never, {
    asOf: new Date(asOfMs).toISOString(),
    price: { UnitPrice: '12.5000', Currency: 'USD' },
  });
  if (subscription.program !== 'new-commerce') throw new Error('expected New Commerce');
  return subscription;
}

function played(
  resource: Record<string, unknown>,
  changes: readonly Change[],
  from: string,
  to: string,
) {
  const window = { firstDay: day(from), lastDay: day(to) };
  const result = replay(
    newCommerce,
    startOf(resource, changes, window.firstDay),
    changes,
    window,
    {},
  );
  return {
    lines: result.effects.map((e) =>
      e.type === 'charge'
        ? `${e.kind} ${e.at} ${e.quantity} ${e.amount.amount}`
        : `${e.kind} ${e.at} ${e.quantity} ${e.credit?.amount ?? 0}`,
    ),
    refusals: result.refusals.map((r) => `${r.change.kind} ${r.at}: ${r.message}`),
  };
}

describe('replay', () => {
  it('REC-3: 10 seats at 12.50 bought 2026-11-20T10:00Z, 5 added 2026-12-05: 125.00 and 31.20', () => {
    const add = { kind: 'add', day: day('2026-12-05'), seats: 5 } as const;
    // fetched after the file: 15 seats, so 10 before it
    expect(played({ ...bought, quantity: 15 }, [add], '2026-11-20', '2026-12-05')).toEqual({
      lines: [
        'purchase 2026-11-20T10:00:00.000Z 10 12500',
        'add-quantity 2026-12-05T00:00:00.000Z 5 3120',
      ],
      refusals: [],
    });
  });

  it('REC-3: the file’s last day bills its cycles; the day after it does not', () => {
    expect(played(bought, [], '2026-12-01', '2026-12-20').lines).toEqual([
      'cycle 2026-12-20T00:00:00.000Z 10 12500',
    ]);
    expect(played(bought, [], '2026-12-01', '2026-12-19').lines).toEqual([]);
    // a subscription bought before the file's first day bills no purchase in it
    expect(played(bought, [], '2026-11-21', '2026-12-19').lines).toEqual([]);
  });

  it('REC-3: a credit line starts the day after its event: seats removed on day 7 of the window, refused on day 8', () => {
    // removed 2026-11-26 (line from 11-27): inside the seats' 7-day window
    const inside = { kind: 'remove', day: day('2026-11-27'), seats: 3 } as const;
    expect(played({ ...bought, quantity: 7 }, [inside], '2026-11-20', '2026-11-30')).toEqual({
      lines: [
        'purchase 2026-11-20T10:00:00.000Z 10 12500',
        // 3 seats for 7 of 30 days used: 3750 - r(r(3750/30)·7/3)·3 = 3750 - 292·3
        'remove-quantity 2026-11-26T00:00:00.000Z 3 2874',
      ],
      refusals: [],
    });
    // removed 2026-11-28 (line from 11-29): the window ended 2026-11-27T10:00Z, so the rules refuse it
    const outside = { kind: 'remove', day: day('2026-11-29'), seats: 3 } as const;
    const late = played({ ...bought, quantity: 7 }, [outside], '2026-11-20', '2026-11-30');
    expect(late.lines).toEqual(['purchase 2026-11-20T10:00:00.000Z 10 12500']);
    expect(late.refusals).toHaveLength(1);
    expect(late.refusals[0]).toMatch(/^remove 2026-11-28T00:00:00\.000Z: /);
  });

  it('REC-3: a cancellation on the term’s first day is a full credit, its line from that day', () => {
    const cancel = { kind: 'cancel', day: day('2026-11-20'), seats: 0 } as const;
    expect(played({ ...bought, status: 'deleted' }, [cancel], '2026-11-20', '2026-11-30')).toEqual({
      lines: [
        'purchase 2026-11-20T10:00:00.000Z 10 12500',
        'cancel 2026-11-20T10:00:00.000Z 10 12500',
      ],
      refusals: [],
    });
  });

  it('REC-3: a subscription renewed since the file is read in the term the file saw', () => {
    const monthly = {
      ...bought,
      termDuration: 'P1M',
      effectiveStartDate: '2026-10-20T10:00:00Z',
      // fetched in January: the term after December's renewal
      commitmentEndDate: '2027-01-19T00:00:00Z',
    };
    expect(played(monthly, [], '2026-12-01', '2026-12-31').lines).toEqual([
      'renewal 2026-12-20T00:00:00.000Z 10 12500',
    ]);
  });

  describe('properties', () => {
    it('the seats the file adds are taken back: the replay ends with the resource’s seats', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              day: fc.integer({ min: 0, max: 25 }),
              seats: fc.integer({ min: 1, max: 9 }),
            }),
            {
              maxLength: 5,
            },
          ),
          (adds) => {
            const changes = adds.map((a) => ({
              kind: 'add' as const,
              day: day('2026-12-01') + a.day,
              seats: a.seats,
            }));
            const total = 10 + adds.reduce((sum, a) => sum + a.seats, 0);
            const window = { firstDay: day('2026-12-01'), lastDay: day('2026-12-31') };
            const start = startOf({ ...bought, quantity: total }, changes, window.firstDay);
            expect(start.quantity).toBe(10);
            const result = replay(newCommerce, start, changes, window, {});
            expect(result.refusals).toEqual([]);
            const last = result.effects.filter((e) => e.type === 'charge').at(-1);
            expect(adds.length === 0 || last?.seats === total).toBe(true);
          },
        ),
      );
    });
  });
});
