import type { FileLine } from './_private.ts';

/**
 * A reconciliation file's line of a cycle charge as the reader folds it: one seat for 1 USD over
 * the first 30 days of the month. The tests of what is held per subscription start from it.
 *
 * @param fields - Fields to add or to change (`row`, `subscriptionId`, …).
 */
export function fileLine(fields: Partial<FileLine> = {}): FileLine {
  const line: FileLine = {
    row: 1,
    subscriptionId: 's',
    chargeType: 'cycleCharge',
    chargeKey: 'cyclecharge',
    known: true,
    credit: false,
    startDay: 0,
    endDay: 30,
    quantityUnits: 1,
    quantityScale: 0,
    subtotalUnits: 1,
    subtotalScale: 0,
    priceUnits: undefined,
    priceScale: 0,
    currency: 'USD',
    est: false,
  };
  return { ...line, ...fields };
}
