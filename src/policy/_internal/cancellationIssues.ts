import { anyOf, child, type Issues, objectOf, oneOf, text, whole } from './shapeChecks.ts';

const RULE_ID = /^[A-Z]+-\d+$/;
const REASON = /^[a-z]+(-[a-z]+)*$/;

function hours(value: unknown, path: string, issues: Issues): void {
  const duration = objectOf(value, path, ['hours'], issues);
  if (duration !== undefined) whole(duration.hours, child(path, 'hours'), 1, issues);
}

function days(value: unknown, path: string, issues: Issues): void {
  const duration = objectOf(value, path, ['days'], issues);
  if (duration !== undefined) whole(duration.days, child(path, 'days'), 1, issues);
}

/** One cancellation rule: a window (`{ hours }` or `{ days }`) or a fixed outcome (REF-1 … REF-8). */
function rule(value: unknown, path: string, issues: Issues): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ path, message: 'expected object' });
    return;
  }
  const type = (value as Record<string, unknown>).type;
  if (type === 'window') {
    const r = objectOf(
      value,
      path,
      ['type', 'window', 'within', 'withinRule', 'after', 'afterRule'],
      issues,
    );
    if (r === undefined) return;
    const window = child(path, 'window');
    const looksLikeHours = typeof r.window === 'object' && r.window !== null && 'hours' in r.window;
    anyOf(r.window, window, issues, [hours, days], looksLikeHours ? 0 : 1);
    oneOf(r.within, ['full-credit', 'prorated-credit'], child(path, 'within'), issues);
    text(r.withinRule, child(path, 'withinRule'), issues, RULE_ID);
    oneOf(r.after, ['cancel-at-renewal', 'not-cancellable'], child(path, 'after'), issues);
    text(r.afterRule, child(path, 'afterRule'), issues, RULE_ID);
  } else if (type === 'fixed') {
    const r = objectOf(value, path, ['type', 'outcome', 'rule', 'reason'], issues);
    if (r === undefined) return;
    const outcomes = ['no-refund', 'not-cancellable', 'support-request'];
    oneOf(r.outcome, outcomes, child(path, 'outcome'), issues);
    text(r.rule, child(path, 'rule'), issues, RULE_ID);
    if (r.reason !== undefined) text(r.reason, child(path, 'reason'), issues, REASON);
  } else {
    issues.push({ path: child(path, 'type'), message: 'expected one of "window", "fixed"' });
  }
}

function byBillingCycle(value: unknown, path: string, issues: Issues): void {
  const r = objectOf(value, path, ['monthly', 'annual'], issues);
  if (r === undefined) return;
  rule(r.monthly, child(path, 'monthly'), issues);
  rule(r.annual, child(path, 'annual'), issues);
}

/**
 * The issues of a product's `cancellation`: one rule, or one per billing cycle (`monthly` and
 * `annual`). A value with a `type` is read as one rule, any other as rules by billing cycle, so the
 * issues name the fields the author most likely meant.
 */
export function cancellationIssues(value: unknown, path: string, issues: Issues): void {
  const hasType =
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>).type !== undefined;
  anyOf(value, path, issues, [rule, byBillingCycle], hasType ? 0 : 1);
}
