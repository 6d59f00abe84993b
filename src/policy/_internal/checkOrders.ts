import { ORDER_CONSTRAINT_KINDS } from '../orderTypes.ts';
import { BILLING_FREQUENCY_MONTHS } from '../vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../vocabulary/newCommerceTerms.ts';
import { EST_INSTANT } from './checkExtendedServiceTerm.ts';
import { child, count, flag, list, oneOf, record, report, type Sink, text } from './guards.ts';

/** An offer key or a constraint id: lower-case words joined by hyphens. */
export const ORDER_KEY: RegExp = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NOT_EMPTY = /[\s\S]/;
const TERMS = Object.keys(NEW_COMMERCE_TERM_MONTHS);
const FREQUENCIES = Object.keys(BILLING_FREQUENCY_MONTHS);
const BASE_KEYS = ['id', 'kind', 'effectiveFrom', 'effectiveUntil'];
/** The keys of each kind of constraint, beside {@link BASE_KEYS}. */
const KIND_KEYS: Readonly<Record<string, readonly string[]>> = {
  quantity: ['offers', 'terms', 'min', 'max'],
  billing: ['offers', 'term', 'billingFrequencies'],
  terms: ['offers', 'terms'],
  'family-cap': ['offers', 'max'],
  'add-on': ['offers', 'baseOffers', 'maxPercentOfBase', 'minPercentOfBase'],
  trial: ['onePerOffer', 'excludeOffers'],
};

function offerKey(value: unknown, path: string, sink: Sink): void {
  text(value, path, sink, ORDER_KEY);
}

function offers(value: unknown, path: string, sink: Sink): void {
  list(value, path, sink, offerKey);
}

function terms(value: unknown, path: string, sink: Sink): void {
  list(value, path, sink, (term, at, s) => oneOf(term, TERMS, at, s));
}

/** A whole percent of the base, 1 … 100. */
function percent(value: unknown, path: string, sink: Sink): void {
  if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > 100)
    report(sink, path, 'expected a whole percent from 1 to 100', value);
}

function constraint(value: unknown, path: string, sink: Sink): void {
  const kind = (value as { kind?: unknown } | null)?.kind;
  const known = typeof kind === 'string' && Object.hasOwn(KIND_KEYS, kind);
  const c = record(
    value,
    path,
    sink,
    known ? [...BASE_KEYS, ...(KIND_KEYS[kind] ?? [])] : undefined,
  );
  if (c === undefined) return;
  text(c.id, `${path}.id`, sink, ORDER_KEY);
  oneOf(c.kind, ORDER_CONSTRAINT_KINDS, `${path}.kind`, sink);
  if (c.effectiveFrom !== null) text(c.effectiveFrom, `${path}.effectiveFrom`, sink, EST_INSTANT);
  if (c.effectiveUntil !== undefined)
    text(c.effectiveUntil, `${path}.effectiveUntil`, sink, EST_INSTANT);
  if (!known) return;
  if (kind !== 'trial') offers(c.offers, `${path}.offers`, sink);
  if (kind === 'quantity') {
    if (c.terms !== undefined) terms(c.terms, `${path}.terms`, sink);
    if (c.min !== undefined) count(c.min, `${path}.min`, 1, sink);
    if (c.max !== undefined) count(c.max, `${path}.max`, 1, sink);
  } else if (kind === 'billing') {
    oneOf(c.term, TERMS, `${path}.term`, sink);
    list(c.billingFrequencies, `${path}.billingFrequencies`, sink, (f, at, s) =>
      oneOf(f, FREQUENCIES, at, s),
    );
  } else if (kind === 'terms') terms(c.terms, `${path}.terms`, sink);
  else if (kind === 'family-cap') count(c.max, `${path}.max`, 1, sink);
  else if (kind === 'add-on') {
    offers(c.baseOffers, `${path}.baseOffers`, sink);
    if (c.maxPercentOfBase !== undefined)
      percent(c.maxPercentOfBase, `${path}.maxPercentOfBase`, sink);
    if (c.minPercentOfBase !== undefined)
      percent(c.minPercentOfBase, `${path}.minPercentOfBase`, sink);
  } else {
    flag(c.onePerOffer, `${path}.onePerOffer`, sink);
    if (c.excludeOffers !== undefined) offers(c.excludeOffers, `${path}.excludeOffers`, sink);
  }
}

/** A plain object (not an array, not null) whose prototype is Object's or none. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/**
 * Checks a New Commerce policy's `orders` section's shape (ORD-2): the offers by key, each with
 * its product IDs, and the constraints of the six kinds with their instants; what only the whole
 * section can get wrong (an unknown offer, `min > max`, an id twice) is `orderConsistencyIssues`'.
 */
export function checkOrders(value: unknown, path: string, sink: Sink): void {
  const orders = record(value, path, sink, ['products', 'constraints']);
  if (orders === undefined) return;
  const products = orders.products;
  const at = child(path, 'products');
  if (!isPlainObject(products)) report(sink, at, 'expected an object', products);
  else
    for (const key of Reflect.ownKeys(products)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(products, key))
        continue;
      if (typeof key !== 'string' || !ORDER_KEY.test(key)) {
        report(sink, `${at}.${String(key)}`, 'expected an offer key', key);
        continue;
      }
      const product = record((products as Record<string, unknown>)[key], `${at}.${key}`, sink, [
        'productIds',
      ]);
      if (product !== undefined)
        list(product.productIds, `${at}.${key}.productIds`, sink, (id, p, s) =>
          text(id, p, s, NOT_EMPTY),
        );
    }
  list(orders.constraints, child(path, 'constraints'), sink, constraint);
}
