import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { parseInstant } from '../time/parseInstant.ts';
import type { Policy } from './types.ts';
import { PRODUCTS } from './vocabulary/products.ts';
import { SUSPENSION_REASONS } from './vocabulary/suspensionReasons.ts';

/**
 * Policies that need no check: those `definePolicy` made, deep-frozen so they cannot have changed
 * since it validated them. Any other object — a JSON copy, a spread, a hand-written policy — is
 * checked at every call (about 2 µs), since it may have changed since the last one.
 */
let trusted: WeakSet<object> | undefined;

function freeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
}

/** Deep-freezes a policy `definePolicy` validated, and remembers it as needing no check. */
export function trustPolicy(policy: Policy): Policy {
  freeze(policy);
  trusted ??= new WeakSet();
  trusted.add(policy);
  return policy;
}

const TERMS = ['P1M', 'P1Y', 'P3Y'];

function bad(path: string, expected: string, value: unknown): never {
  return fail(RuleErrorCode.INVALID_ARGUMENT, path, expected, value);
}

function record(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    bad(path, 'expected an object', value);
  return value as Readonly<Record<string, unknown>>;
}

function count(value: unknown, path: string, min: number): void {
  if (!Number.isSafeInteger(value) || (value as number) < min)
    bad(path, `expected an integer ≥ ${min}`, value);
}

function text(value: unknown, path: string): void {
  if (typeof value !== 'string') bad(path, 'expected a string', value);
}

function list(value: unknown, path: string, allowed?: readonly string[]): void {
  if (!Array.isArray(value)) bad(path, 'expected a list', value);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string' || (allowed !== undefined && !allowed.includes(item))) {
      bad(
        `${path}.${i}`,
        allowed === undefined ? 'expected a string' : `expected one of ${allowed.join(', ')}`,
        item,
      );
    }
  }
}

function oneOf(value: unknown, allowed: readonly string[], path: string): void {
  if (typeof value !== 'string' || !allowed.includes(value))
    bad(path, `expected one of ${allowed.join(', ')}`, value);
}

function rule(value: unknown, path: string): void {
  const r = record(value, path);
  if (r.type === 'window') {
    const window = record(r.window, `${path}.window`);
    if ('hours' in window) count(window.hours, `${path}.window.hours`, 1);
    else count(window.days, `${path}.window.days`, 1);
    oneOf(r.within, ['full-credit', 'prorated-credit'], `${path}.within`);
    oneOf(r.after, ['cancel-at-renewal', 'not-cancellable'], `${path}.after`);
    text(r.withinRule, `${path}.withinRule`);
    text(r.afterRule, `${path}.afterRule`);
  } else if (r.type === 'fixed') {
    oneOf(r.outcome, ['no-refund', 'not-cancellable', 'support-request'], `${path}.outcome`);
    text(r.rule, `${path}.rule`);
    if (r.reason !== undefined) text(r.reason, `${path}.reason`);
  } else {
    bad(`${path}.type`, "expected 'window' or 'fixed'", r.type);
  }
}

/**
 * The guard of ERR-1 for a `Policy` a caller passes (`{ policy }`, an arbitrary's `policy`): every
 * field the library reads has its type — windows and days are integers, lists are lists of
 * strings, each product has its rules — so a bad policy is a `RuleError` at its path, never a
 * `TypeError` or a `NaN` deep inside, and nothing invalid is copied out of it. `definePolicy` checks far more (ids, markets, consistency);
 * this is the cheap part, skipped only for the deep-frozen policies `definePolicy` returns.
 */
export function checkPolicy(value: unknown, path: string): Policy {
  if (typeof value === 'object' && value !== null && trusted?.has(value)) return value as Policy;
  const p = record(value, path);
  text(p.id, `${path}.id`);
  text(p.title, `${path}.title`);
  if (p.inForceFrom !== null) parseInstant(p.inForceFrom, `${path}.inForceFrom`);
  if (!Array.isArray(p.sources)) bad(`${path}.sources`, 'expected a list', p.sources);
  p.sources.forEach((source: unknown, i: number) => {
    const where = `${path}.sources.${i}`;
    const s = record(source, where);
    text(s.document, `${where}.document`);
    text(s.date, `${where}.date`);
    text(s.about, `${where}.about`);
  });
  const products = record(p.products, `${path}.products`);
  for (const product of PRODUCTS) {
    const where = `${path}.products.${product}`;
    const rules = record(products[product], where);
    const cancellation = record(rules.cancellation, `${where}.cancellation`);
    if ('type' in cancellation) rule(cancellation, `${where}.cancellation`);
    else {
      rule(cancellation.monthly, `${where}.cancellation.monthly`);
      rule(cancellation.annual, `${where}.cancellation.annual`);
    }
    if (rules.terms !== null) list(rules.terms, `${where}.terms`, TERMS);
    for (const flag of ['billingCycleRequired', 'freeTrial', 'autoRenewToggle']) {
      if (typeof rules[flag] !== 'boolean')
        bad(`${where}.${flag}`, 'expected true or false', rules[flag]);
    }
  }
  count(p.trialDays, `${path}.trialDays`, 1);
  const suspension = record(p.suspension, `${path}.suspension`);
  count(suspension.baseDays, `${path}.suspension.baseDays`, 0);
  count(suspension.maxExtraDays, `${path}.suspension.maxExtraDays`, 0);
  list(suspension.reasons, `${path}.suspension.reasons`, SUSPENSION_REASONS);
  if (p.downloadLinks !== null) {
    const links = record(p.downloadLinks, `${path}.downloadLinks`);
    count(links.validDays, `${path}.downloadLinks.validDays`, 1);
    count(links.maxDownloads, `${path}.downloadLinks.maxDownloads`, 1);
  }
  list(p.taxInclusiveMarkets, `${path}.taxInclusiveMarkets`);
  const unavailable = record(p.unavailableMarkets, `${path}.unavailableMarkets`);
  for (const family of Object.keys(unavailable))
    list(unavailable[family], `${path}.unavailableMarkets.${family}`);
  const roles = record(p.roles, `${path}.roles`);
  for (const action of Object.keys(roles)) list(roles[action], `${path}.roles.${action}`);
  return p as unknown as Policy;
}
