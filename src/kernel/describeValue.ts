import { timeOfDate } from './timeOfDate.ts';

/**
 * A short, safe description of any value for an error message: strings quoted and cut at 60
 * characters, numbers as written (`NaN`, `-0`), Dates as ISO or "an invalid Date". It never calls
 * user code (no `toString`, no getters), so a hostile value cannot make an error message throw.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) {
    const time = timeOfDate(value);
    return !Number.isNaN(time) ? `Date ${new Date(time).toISOString()}` : 'an invalid Date';
  }
  return 'an object';
}
