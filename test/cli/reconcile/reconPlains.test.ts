import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { partitionOf, reconPlains, reconState } from '../../_private.ts';

describe('reconPlains, held groups', () => {
  const units = fc.oneof(
    fc.integer({ min: -5000, max: 5000 }),
    fc.constantFrom(2 ** 53 - 1, -(2 ** 53 - 1)),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
  );
  const aGroup = fc
    .record({
      chargeType: fc.constantFrom('cycleCharge', 'NEW', 'somethingElse', 'a,"b"\n'),
      known: fc.boolean(),
      credit: fc.boolean(),
      est: fc.boolean(),
      startDay: fc.integer({ min: -800_000, max: 3_000_000 }),
      length: fc.integer({ min: 0, max: 400 }),
      currency: fc.constantFrom(undefined, 'USD', 'EUR'),
      lines: fc.integer({ min: 1, max: 2 ** 31 }),
      rows: fc.array(fc.integer({ min: 1, max: 2 ** 31 }), { minLength: 1, maxLength: 10 }),
      negativeLines: fc.nat(),
      positiveLines: fc.nat(),
      quantities: fc.option(
        fc.array(fc.record({ units, scale: fc.integer({ min: 0, max: 300 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        { nil: null },
      ),
      subtotalUnits: units,
      subtotalScale: fc.integer({ min: 0, max: 300 }),
      quantityUnits: units,
      quantityScale: fc.integer({ min: 0, max: 300 }),
      priceUnits: fc.oneof(units, fc.constantFrom(undefined, null)),
      priceScale: fc.integer({ min: 0, max: 20 }),
      promotionId: fc.constantFrom('absent', '', 'P1', null),
    })
    .map(({ length, promotionId, ...group }) => ({
      ...group,
      chargeKey: group.chargeType.toLowerCase(),
      endDay: group.startDay + length,
      ...(promotionId === 'absent' ? {} : { promotionId }),
    }));

  test.prop([
    fc.array(
      fc.record({
        id: fc.constantFrom('s1', 's2', '3f6b1c2e-0001-4a7e-9b1d-5c8e2f0a6d41'),
        // a subscription is held by its lines: one group at least
        groups: fc.array(aGroup, { minLength: 1, maxLength: 4 }),
        seats: fc.constantFrom(undefined, { cancelled: true as const }),
      }),
      { maxLength: 6 },
    ),
  ])(
    'REC-3: a share’s subscriptions written as plain data, as JSON, and read back hold what they held, for any groups (sums past 2^53 as bigints, prices and PromotionId none, null or one, a quantity list or none)',
    (drawn) => {
      /** A state holding the drawn subscriptions, each a copy. */
      const holding = () => {
        const state = reconState.create();
        for (const { id, groups, seats } of drawn)
          reconPlains.hold(state, {
            s: {
              id,
              groups: groups.map((group) => ({
                subscriptionId: id,
                ...group,
                rows: [...group.rows],
                quantities: group.quantities?.map((q) => ({ ...q })) ?? null,
              })),
              ...(seats === undefined ? {} : { seats }),
            },
          });
        return state;
      };
      const ids = [...new Set(drawn.map(({ id }) => id))];
      const direct = reconState.settled(holding());
      const expected = ids.map((id) => [
        id,
        direct.held.groups.take(id),
        direct.held.seats.take(id),
      ]);
      const back = reconState.create();
      for (const [partition, plain] of reconPlains.write(holding(), (key) =>
        partitionOf(key ?? '', 4),
      )) {
        expect(partition).toBe(partitionOf(reconPlains.key(plain) ?? '', 4));
        reconState.merge(back, reconState.read(JSON.parse(JSON.stringify(plain))));
      }
      const read = reconState.settled(back);
      const got = ids.map((id) => [id, read.held.groups.take(id), read.held.seats.take(id)]);
      expect(got).toEqual(expected);
      // the same types: a bigint comes back a bigint, a number a number
      const types = (all: typeof got) =>
        all.flatMap(([, groups]) =>
          (groups as { subtotalUnits: unknown }[]).map((g) => typeof g.subtotalUnits),
        );
      expect(types(got)).toEqual(types(expected));
    },
  );
});
