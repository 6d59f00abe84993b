import type { RuleIssue } from '../errors/RuleError.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { issueOf } from '../kernel/issueOf.ts';
import { marketNames } from '../markets/data/marketNames.ts';
import { checkDownloadLinks } from './_internal/checkDownloadLinks.ts';
import { checkExtendedServiceTerm } from './_internal/checkExtendedServiceTerm.ts';
import { checkOrders } from './_internal/checkOrders.ts';
import { checkProductRules } from './_internal/checkProductRules.ts';
import { checkReservationRefunds } from './_internal/checkReservationRefunds.ts';
import { checkSuspension } from './_internal/checkSuspension.ts';
import { count, list, oneOf, record, report, type Sink, text } from './_internal/guards.ts';
import { policyConsistencyIssues } from './policyConsistencyIssues.ts';
import type { Policy } from './types.ts';
import { ACTIONS } from './vocabulary/actions.ts';
import { NEW_COMMERCE_PRODUCTS } from './vocabulary/newCommerceProducts.ts';
import { PRODUCTS } from './vocabulary/products.ts';
import { PROGRAMS } from './vocabulary/programs.ts';
import { ROLES } from './vocabulary/roles.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NOT_EMPTY = /[\s\S]/;
/** A source's address: where a reader can look it up. */
const URL = /^https:\/\/\S+$/;
const POLICY_KEYS = [
  'program',
  'id',
  'title',
  'inForceFrom',
  'sources',
  'products',
  'trialDays',
  'suspension',
  'downloadLinks',
  'taxInclusiveMarkets',
  'unavailableMarkets',
  'roles',
  'reservationRefunds',
  'extendedServiceTerm',
  'orders',
];

function market(value: unknown, path: string, sink: Sink): void {
  if (typeof value !== 'string' || !Object.hasOwn(marketNames, value)) {
    report(sink, path, 'expected a market code', value);
  }
}

function role(value: unknown, path: string, sink: Sink): void {
  oneOf(value, ROLES, path, sink);
}

function source(value: unknown, path: string, sink: Sink): void {
  const s = record(value, path, sink, ['title', 'url', 'date', 'about']);
  if (s === undefined) return;
  text(s.title, `${path}.title`, sink, NOT_EMPTY);
  text(s.url, `${path}.url`, sink, URL);
  text(s.date, `${path}.date`, sink, DATE);
  text(s.about, `${path}.about`, sink);
}

/** An object whose `constructor` is absent or looks like a class's (as zod's record parsing asks). */
function isPlain(value: object): boolean {
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return (
    typeof proto === 'object' &&
    proto !== null &&
    !Array.isArray(proto) &&
    Object.hasOwn(proto, 'isPrototypeOf')
  );
}

/** A plain object mapping product families to the markets where they are unavailable. */
function unavailable(value: unknown, path: string, sink: Sink): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlain(value)) {
    report(sink, path, 'expected an object', value);
    return;
  }
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key !== 'string' || !ID.test(key)) {
      report(sink, `${path}.${String(key)}`, 'expected a product family id', key);
    } else list((value as Record<string, unknown>)[key], `${path}.${key}`, sink, market);
  }
}

/**
 * Every issue of a policy given as plain data (POL-1), collected rather than thrown: a forbidden
 * key anywhere, then the shape (every key present, none unknown, whole positive lengths, known
 * markets, roles, reasons and terms), then — only when the shape holds — what
 * `policyConsistencyIssues` checks. Built from the same checks that guard a caller's `{ policy }`
 * where it is read, run here in collecting mode; it runs no zod, and accepts exactly what the zod
 * schema of `parsePolicy` accepts, which a property test over valid and broken policies checks.
 *
 * @param input - The candidate policy.
 * @returns The issues, each with a dot path and a message; empty when the policy is valid.
 */
export function policyIssues(input: unknown): RuleIssue[] {
  const sink: RuleIssue[] = findForbiddenKeys(input, '').map((path) =>
    issueOf(path, 'forbidden key'),
  );
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    report(sink, '', 'expected a policy object', input);
    return sink;
  }
  const p = record(input, '', sink, POLICY_KEYS) ?? {};
  text(p.id, 'id', sink, ID);
  text(p.title, 'title', sink, NOT_EMPTY);
  if (p.inForceFrom !== null) text(p.inForceFrom, 'inForceFrom', sink);
  list(p.sources, 'sources', sink, source);
  if (p.program !== undefined) oneOf(p.program, PROGRAMS, 'program', sink);
  const newCommerce = p.program === 'new-commerce';
  const names = newCommerce ? NEW_COMMERCE_PRODUCTS : PRODUCTS;
  const products = record(p.products, 'products', sink, names);
  if (products !== undefined) {
    for (const product of names) {
      checkProductRules(products[product], `products.${product}`, sink, newCommerce);
    }
  }
  count(p.trialDays, 'trialDays', 1, sink);
  checkSuspension(p.suspension, 'suspension', sink);
  checkDownloadLinks(p.downloadLinks, 'downloadLinks', sink);
  list(p.taxInclusiveMarkets, 'taxInclusiveMarkets', sink, market);
  unavailable(p.unavailableMarkets, 'unavailableMarkets', sink);
  const roles = record(p.roles, 'roles', sink, ACTIONS);
  if (roles !== undefined)
    for (const action of ACTIONS) list(roles[action], `roles.${action}`, sink, role);
  // optional: a policy written before the limit existed takes the catalog's (RES-1)
  if (p.reservationRefunds !== undefined)
    checkReservationRefunds(p.reservationRefunds, 'reservationRefunds', sink);
  // New Commerce only, and optional: left out, no subscription is eligible (EST-1)
  if (p.extendedServiceTerm !== undefined) {
    if (newCommerce) checkExtendedServiceTerm(p.extendedServiceTerm, 'extendedServiceTerm', sink);
    else report(sink, 'extendedServiceTerm', 'unknown key', 'extendedServiceTerm');
  }
  // New Commerce only, and optional: left out, no order is refused (ORD-2)
  if (p.orders !== undefined) {
    if (newCommerce) checkOrders(p.orders, 'orders', sink);
    else report(sink, 'orders', 'unknown key', 'orders');
  }
  if (sink.length === 0) sink.push(...policyConsistencyIssues(p as unknown as Policy));
  return sink;
}
