/**
 * The countries a reconciliation file's lines name for each customer (PL-7): by `CustomerId`
 * (trimmed, lower case), the `CustomerCountry` values its lines write (trimmed, upper case),
 * sorted, each once. Plain data a structured clone carries, so a worker's map merges into the
 * reading thread's; it holds one entry a customer, never a line.
 */
export type CustomerCountries = Map<string, string[]>;

/**
 * Notes one line's customer and country; a line without either says nothing.
 *
 * @param countries - The map (changed).
 * @param customerId - The line's `CustomerId` cell.
 * @param country - The line's `CustomerCountry` cell.
 */
export function seeCustomerCountry(
  countries: CustomerCountries,
  customerId: string | null | undefined,
  country: string | null | undefined,
): void {
  const customer = customerId?.trim().toLowerCase();
  const market = country?.trim().toUpperCase();
  if (customer === undefined || customer === '' || market === undefined || market === '') return;
  addCountry(countries, customer, market);
}

/** Adds a country to a customer's, keeping them sorted and each once. */
function addCountry(countries: CustomerCountries, customer: string, market: string): void {
  const held = countries.get(customer);
  if (held === undefined) countries.set(customer, [market]);
  else if (!held.includes(market)) {
    held.push(market);
    held.sort();
  }
}

/**
 * Adds another share's countries to `into` (associative and commutative: the union of each
 * customer's countries, so any order of shares and lines gives the same map).
 *
 * @param into - The map merged into (changed).
 * @param from - The other map.
 * @returns `into`.
 */
export function mergeCustomerCountries(
  into: CustomerCountries,
  from: CustomerCountries,
): CustomerCountries {
  for (const [customer, markets] of from)
    for (const market of markets) addCountry(into, customer, market);
  return into;
}

/**
 * The market a customer's lines give a subscription of it (PL-7): their one `CustomerCountry`.
 * A customer whose lines name two countries gives none — which of them Partner Center bills a
 * subscription the file has no line of in cannot be told, and a guess would price it silently
 * wrong — so the subscription is priced only by `--market` (`options.market`), else is the issue
 * saying to give it; a customer the file has no line of gives none either.
 *
 * @param countries - The file's customers' countries.
 * @param customerId - The subscription's customer (its `CustomerId`, or its resource's).
 * @returns The market, upper case; `undefined` when the lines name none or several.
 */
export function customerCountryOf(
  countries: CustomerCountries | undefined,
  customerId: string | undefined,
): string | undefined {
  if (countries === undefined || customerId === undefined) return undefined;
  const markets = countries.get(customerId.trim().toLowerCase());
  return markets?.length === 1 ? markets[0] : undefined;
}
