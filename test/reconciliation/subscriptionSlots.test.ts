import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FileLine, fileSeats, IdTable, SlotMap, SubscriptionSlots } from '../_private.ts';
import { idPool } from './_idPool.ts';
import { objectSeats } from './_objectSeats.ts';

const ids = ['a', 'b', 'c', undefined] as const;
const anId = fc.constantFrom(...ids);
const aTakenId = fc.constantFrom('a', 'b', 'c');

/** A line as the seats read it: its subscription, charge, day, row and quantity's sign. */
const aLine = fc
  .record({
    subscriptionId: anId,
    // a cancellation hides the seats until taken: rare, so that the seats are compared
    chargeKey: fc.oneof(
      { arbitrary: fc.constantFrom('cyclecharge', 'addquantity', 'removequantity'), weight: 12 },
      { arbitrary: fc.constant('cancelimmediate'), weight: 1 },
    ),
    known: fc.constantFrom(true, true, true, false),
    credit: fc.boolean(),
    startDay: fc.integer({ min: -1, max: 1 }),
    // few rows and days, so that lines tie (the later wins)
    row: fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constant(2 ** 31 - 1)),
    quantityUnits: fc.integer({ min: -2, max: 2 }),
  })
  .map(
    (line) =>
      ({
        ...line,
        chargeType: line.chargeKey,
        endDay: line.startDay + 30,
        quantityScale: 0,
        subtotalUnits: 0,
        subtotalScale: 0,
        priceUnits: undefined,
        priceScale: 0,
        currency: 'USD',
        est: false,
      }) as FileLine,
  );

const aSeen = fc
  .record({
    latest: fc.option(
      fc.record({
        seats: fc.integer({ min: 0, max: 999_999_999 }),
        row: fc.integer({ min: 1, max: 9 }),
        // the orders lines of days -1 to 1 have
        order: fc.integer({ min: -4, max: 6 }),
      }),
      { nil: undefined },
    ),
    cancelled: fc.integer({ min: 0, max: 9 }),
  })
  .map(({ latest, cancelled }) => ({
    ...(latest === undefined ? {} : { latest }),
    ...(cancelled === 0 ? { cancelled: true as const } : {}),
  }));

/** What is done to the tables of held subscriptions, in any order. */
const anOperation = fc.oneof(
  // lines most, so that a subscription's lines meet
  {
    arbitrary: fc.record({
      op: fc.constant('seats' as const),
      line: aLine,
      seats: fc.integer({ min: -1, max: 999_999_999 }),
    }),
    weight: 6,
  },
  fc.record({ op: fc.constant('label' as const), id: anId, value: fc.string({ maxLength: 3 }) }),
  fc.record({ op: fc.constant('unlabel' as const), id: anId }),
  fc.record({ op: fc.constant('price' as const), id: anId, value: fc.string({ maxLength: 3 }) }),
  fc.record({ op: fc.constant('unprice' as const), id: anId }),
  fc.record({ op: fc.constant('take' as const), id: aTakenId }),
  {
    arbitrary: fc.record({ op: fc.constant('put' as const), id: aTakenId, seen: aSeen }),
    weight: 3,
  },
);

describe('SubscriptionSlots', () => {
  it('REC-3: labels, prices and seats held by one shared number a subscription answer as maps of objects do, after any sets, deletes, lines, takes and puts, and a number is let go once nothing is held by it', () => {
    fc.assert(
      fc.property(fc.array(anOperation, { maxLength: 60 }), (operations) => {
        const slots = new SubscriptionSlots();
        const labels = new SlotMap<string>(slots);
        const prices = new SlotMap<string>(slots);
        const seats = fileSeats(slots);
        const labelsModel = new Map<string | undefined, string>();
        const pricesModel = new Map<string | undefined, string>();
        const seatsModel = objectSeats();
        for (const operation of operations) {
          switch (operation.op) {
            case 'label':
              labels.set(operation.id, operation.value);
              labelsModel.set(operation.id, operation.value);
              break;
            case 'unlabel':
              expect(labels.delete(operation.id)).toBe(labelsModel.delete(operation.id));
              break;
            case 'price':
              prices.set(operation.id, operation.value);
              pricesModel.set(operation.id, operation.value);
              break;
            case 'unprice':
              expect(prices.delete(operation.id)).toBe(pricesModel.delete(operation.id));
              break;
            case 'seats': {
              seats.seeSeats(operation.line, operation.seats);
              seatsModel.seeSeats(operation.line, operation.seats);
              break;
            }
            case 'take':
              expect(seats.take(operation.id)).toEqual(seatsModel.take(operation.id));
              break;
            case 'put':
              seats.put(operation.id, operation.seen);
              seatsModel.put(operation.id, operation.seen);
              break;
          }
          for (const id of ids) {
            expect(labels.get(id)).toBe(labelsModel.get(id));
            expect(labels.has(id)).toBe(labelsModel.has(id));
            expect(prices.get(id)).toBe(pricesModel.get(id));
            expect(seats.of(id)).toEqual(seatsModel.of(id));
          }
        }
        expect(new Map(labels.entries())).toEqual(labelsModel);
        expect(new Map(prices.entries())).toEqual(pricesModel);
        // what is held of each subscription, taken out: then no number is held
        for (const id of ids) {
          expect(seats.take(id)).toEqual(seatsModel.take(id));
          labels.delete(id);
          prices.delete(id);
        }
        expect(slots.size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('REC-3: a number let go is used again, and what another subscription held by it is not seen', () => {
    const slots = new SubscriptionSlots();
    const labels = new SlotMap<string>(slots);
    const seats = fileSeats(slots);
    labels.set('a', 'Customer A');
    const a = slots.find('a');
    expect(labels.delete('a')).toBe(true);
    expect(slots.find('a')).toBe(-1);
    labels.set('b', 'Customer B');
    expect(slots.find('b')).toBe(a);
    expect(seats.of('b')).toBeUndefined();
    expect(seats.take('b')).toBeUndefined();
    expect(labels.get('a')).toBeUndefined();
    expect(labels.get('b')).toBe('Customer B');
    expect(slots.size).toBe(1);
  });

  it.each([
    ['a map of the texts', () => new SubscriptionSlots()],
    ['a table of ids (IdTable)', () => new SubscriptionSlots(new IdTable(8))],
  ] as const)(
    'REC-3: the numbers (%s) find exactly the ids held, each by one number of its own, after any holds, lets go and lookups (a model map of holders)',
    (_, makeSlots) => {
      // a pool of thousands of ids alike but for a character, each act after a lookup of its own id or another's
      // (Partner Center's canonical ids, held as their bits, and other texts, held in a map)
      const pool = idPool(2_999);
      const anAct = fc.record({ hold: fc.boolean(), id: pool, look: pool });
      fc.assert(
        fc.property(
          fc.array(anAct, { minLength: 1_500, maxLength: 4_000, size: 'max' }),
          (acts) => {
            const slots = makeSlots();
            const model = new Map<string | undefined, { slot: number; holders: number }>();
            for (const { hold, id, look } of acts) {
              expect(slots.find(look)).toBe(model.get(look)?.slot ?? -1);
              const held = model.get(id);
              if (hold) {
                const slot = slots.hold(id);
                if (held === undefined) model.set(id, { slot, holders: 1 });
                else {
                  expect(slot).toBe(held.slot);
                  held.holders++;
                }
              } else if (held !== undefined) {
                slots.letGo(id, held.slot);
                if (--held.holders === 0) model.delete(id);
              }
            }
            expect(slots.size).toBe(model.size);
            const entries = new Map(slots.entries());
            expect(entries).toEqual(new Map([...model].map(([id, { slot }]) => [id, slot])));
            expect(new Set(entries.values()).size).toBe(model.size);
            for (const { id } of acts) expect(slots.find(id)).toBe(model.get(id)?.slot ?? -1);
            // every id let go: none found, the table empty
            for (const [id, held] of model)
              for (let i = 0; i < held.holders; i++) slots.letGo(id, held.slot);
            expect(slots.size).toBe(0);
            for (const { id } of acts) expect(slots.find(id)).toBe(-1);
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
