import { readJsonInput } from '../readJsonInput.ts';
import { UsageError } from '../UsageError.ts';

/** A customer of `--customers`: its name and its country, as its Customer resource gives them. */
export interface CustomerOfFile {
  /** `companyProfile.companyName`, else `billingProfile.companyName`; `''` when neither. */
  readonly name: string;
  /** `billingProfile.defaultAddress.country`, upper case; `''` when not given. */
  readonly country: string;
}

/** `--customers` in the help of `renewals` and `forecast`. */
export const CUSTOMERS_HELP =
  "--customers      Partner Center's Customer resources as the API returns them ({ totalCount, items } or one): each customer's country (billingProfile.defaultAddress.country) prices its subscriptions by its market's rows, and its name is shown; --market then prices only a customer with no country";

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const objectOf = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * Reads `--customers` (PL-8): Partner Center's Customer resources as the API returns them — a
 * list (`{ totalCount, items }`, `{ value }` or an array) or one resource — each by its `id`, with
 * its name (`companyProfile.companyName`, else `billingProfile.companyName`) and its country
 * (`billingProfile.defaultAddress.country`), the market its subscriptions are priced in.
 *
 * @param path - `--customers`.
 * @returns The customers by id.
 * @throws UsageError naming `--customers` for a file that is no Customer resource.
 */
export function readCustomers(path: string): ReadonlyMap<string, CustomerOfFile> {
  let read: unknown;
  try {
    read = readJsonInput(path);
  } catch (error) {
    throw new UsageError(`--customers: ${(error as Error).message}`);
  }
  const whole = objectOf(read);
  const items: unknown = Array.isArray(read)
    ? read
    : Array.isArray(whole.items)
      ? whole.items
      : Array.isArray(whole.value)
        ? whole.value
        : [read];
  const customers = new Map<string, CustomerOfFile>();
  (items as unknown[]).forEach((item, i) => {
    const customer = objectOf(item);
    const id = text(customer.id);
    if (id === '')
      throw new UsageError(
        `--customers: ${path}: item ${i + 1} has no id (Partner Center's Customer resources, as the API returns them)`,
      );
    const billing = objectOf(customer.billingProfile);
    customers.set(id.toLowerCase(), {
      name: text(objectOf(customer.companyProfile).companyName) || text(billing.companyName),
      country: text(objectOf(billing.defaultAddress).country).toUpperCase(),
    });
  });
  return customers;
}
