import type { RuleIssue } from '../errors/RuleError.ts';
import { findForbiddenKeys } from '../kernel/findForbiddenKeys.ts';
import { marketNames } from '../markets/data/marketNames.ts';
import { productIssues } from './_internal/productIssues.ts';
import {
  child,
  type Issues,
  listOf,
  objectOf,
  oneOf,
  text,
  whole,
} from './_internal/shapeChecks.ts';
import { policyConsistencyIssues } from './policyConsistencyIssues.ts';
import type { Policy } from './types.ts';
import { ACTIONS } from './vocabulary/actions.ts';
import { ROLES } from './vocabulary/roles.ts';
import { SUSPENSION_REASONS } from './vocabulary/suspensionReasons.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NOT_EMPTY = /[\s\S]/;
const POLICY_KEYS = [
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
] as const;

function market(value: unknown, path: string, issues: Issues): void {
  if (typeof value !== 'string' || !Object.hasOwn(marketNames, value)) {
    issues.push({ path, message: 'expected a market code' });
  }
}

function role(value: unknown, path: string, issues: Issues): void {
  oneOf(value, ROLES, path, issues);
}

function reason(value: unknown, path: string, issues: Issues): void {
  oneOf(value, SUSPENSION_REASONS, path, issues);
}

function source(value: unknown, path: string, issues: Issues): void {
  const s = objectOf(value, path, ['document', 'date', 'about'], issues);
  if (s === undefined) return;
  text(s.document, child(path, 'document'), issues, NOT_EMPTY);
  text(s.date, child(path, 'date'), issues, DATE);
  text(s.about, child(path, 'about'), issues);
}

/** A plain object mapping product families to the markets where they are unavailable. */
function unavailable(value: unknown, path: string, issues: Issues): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlain(value)) {
    issues.push({ path, message: 'expected record' });
    return;
  }
  for (const key of Reflect.ownKeys(value as object)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key !== 'string' || !ID.test(key)) {
      issues.push({ path: child(path, String(key)), message: 'expected a product family id' });
      continue;
    }
    listOf((value as Record<string, unknown>)[key], child(path, key), issues, market);
  }
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

/**
 * Every issue of a policy given as plain data (POL-1), collected rather than thrown: a forbidden
 * key anywhere, then the shape (every key present, none unknown, whole positive lengths, known
 * markets, roles, reasons and terms), then — only when the shape holds — what `policyConsistencyIssues`
 * checks. Hand-written so that `definePolicy` runs no zod; it accepts exactly what the zod schema of
 * `parsePolicy` accepts, which a property test over valid and broken policies checks.
 *
 * @param input - The candidate policy.
 * @returns The issues, each with a dot path and a message; empty when the policy is valid.
 */
export function policyIssues(input: unknown): RuleIssue[] {
  const issues: RuleIssue[] = findForbiddenKeys(input, '').map((path) => ({
    path,
    message: 'forbidden key',
  }));
  const p = objectOf(input, '', POLICY_KEYS, issues);
  if (p === undefined) return issues;
  text(p.id, 'id', issues, ID);
  text(p.title, 'title', issues, NOT_EMPTY);
  if (p.inForceFrom !== null) text(p.inForceFrom, 'inForceFrom', issues);
  listOf(p.sources, 'sources', issues, source);
  productIssues(p.products, 'products', issues);
  whole(p.trialDays, 'trialDays', 1, issues);
  const s = objectOf(p.suspension, 'suspension', ['baseDays', 'maxExtraDays', 'reasons'], issues);
  if (s !== undefined) {
    whole(s.baseDays, 'suspension.baseDays', 0, issues);
    whole(s.maxExtraDays, 'suspension.maxExtraDays', 0, issues);
    const reasons = listOf(s.reasons, 'suspension.reasons', issues, reason);
    if (reasons?.length === 0) {
      issues.push({ path: 'suspension.reasons', message: 'expected at least one reason' });
    }
  }
  if (p.downloadLinks !== null) {
    const links = objectOf(p.downloadLinks, 'downloadLinks', ['validDays', 'maxDownloads'], issues);
    if (links !== undefined) {
      whole(links.validDays, 'downloadLinks.validDays', 1, issues);
      whole(links.maxDownloads, 'downloadLinks.maxDownloads', 1, issues);
    }
  }
  listOf(p.taxInclusiveMarkets, 'taxInclusiveMarkets', issues, market);
  unavailable(p.unavailableMarkets, 'unavailableMarkets', issues);
  const roles = objectOf(p.roles, 'roles', ACTIONS, issues);
  if (roles !== undefined) {
    for (const action of ACTIONS) listOf(roles[action], child('roles', action), issues, role);
  }
  if (issues.length === 0) issues.push(...policyConsistencyIssues(p as unknown as Policy));
  return issues;
}
