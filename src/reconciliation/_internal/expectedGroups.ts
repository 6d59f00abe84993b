import { addDecimals, type FileDecimal, sum } from '../../kernel/fileDecimal.ts';
import type { BilledLine } from './BilledLine.ts';

/** The expected lines of one group (charge type, days, currency), summed exactly. */
export interface Expected {
  readonly key: string;
  readonly lines: BilledLine[];
  subtotal: FileDecimal;
  quantity: FileDecimal;
}

const add = (a: FileDecimal, b: FileDecimal): FileDecimal => {
  addDecimals(a.units, a.scale, b.units, b.scale);
  return { units: sum.units, scale: sum.scale };
};

export const abs = (a: FileDecimal): FileDecimal =>
  (typeof a.units === 'number' ? a.units < 0 : a.units < 0n)
    ? { units: -a.units, scale: a.scale }
    : a;

/** The expected lines grouped as the file's are (REC-2): charge type, days and currency. */
export function groupExpected(lines: readonly BilledLine[]): Expected[] {
  const groups = new Map<string, Expected>();
  for (const line of lines) {
    const key = `${line.chargeType.toLowerCase()}\n${line.startDay}\n${line.endDay}`;
    const group = groups.get(`${key}\n${line.currency}`);
    if (group === undefined) {
      groups.set(`${key}\n${line.currency}`, {
        key,
        lines: [line],
        subtotal: line.subtotal,
        quantity: line.billableQuantity,
      });
    } else {
      group.lines.push(line);
      group.subtotal = add(group.subtotal, line.subtotal);
      group.quantity = add(group.quantity, line.billableQuantity);
    }
  }
  return [...groups.values()];
}
