import { TERM_MONTHS } from '../../time/terms.ts';
import { count, flag, list, oneOf, record, type Sink, text } from './guards.ts';

const RULE_ID = /^[A-Z]+-\d+$/;
const REASON = /^[a-z]+(-[a-z]+)*$/;
const WINDOW_KEYS = ['type', 'window', 'within', 'withinRule', 'after', 'afterRule'];
const FIXED_KEYS = ['type', 'outcome', 'rule', 'reason'];
const PRODUCT_KEYS = [
  'cancellation',
  'terms',
  'billingCycleRequired',
  'freeTrial',
  'autoRenewToggle',
];

let terms: readonly string[] | undefined;

function term(value: unknown, path: string, sink: Sink): void {
  terms ??= Object.keys(TERM_MONTHS);
  oneOf(value, terms, path, sink);
}

/** One cancellation rule: a window (`{ hours }` or `{ days }`) or a fixed outcome (REF-1 … REF-8). */
function checkRule(value: unknown, path: string, sink: Sink): void {
  const type =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>).type
      : undefined;
  if (type === 'window') {
    const rule = record(value, path, sink, WINDOW_KEYS) ?? {};
    const unit = typeof rule.window === 'object' && rule.window !== null && 'hours' in rule.window;
    const key = unit ? 'hours' : 'days';
    const window = record(rule.window, `${path}.window`, sink, [key]);
    if (window !== undefined) count(window[key], `${path}.window.${key}`, 1, sink);
    oneOf(rule.within, ['full-credit', 'prorated-credit'], `${path}.within`, sink);
    text(rule.withinRule, `${path}.withinRule`, sink, RULE_ID);
    oneOf(rule.after, ['cancel-at-renewal', 'not-cancellable'], `${path}.after`, sink);
    text(rule.afterRule, `${path}.afterRule`, sink, RULE_ID);
  } else if (type === 'fixed') {
    const rule = record(value, path, sink, FIXED_KEYS) ?? {};
    oneOf(
      rule.outcome,
      ['no-refund', 'not-cancellable', 'support-request'],
      `${path}.outcome`,
      sink,
    );
    text(rule.rule, `${path}.rule`, sink, RULE_ID);
    if (rule.reason !== undefined) text(rule.reason, `${path}.reason`, sink, REASON);
  } else if (record(value, path, sink) !== undefined) {
    oneOf(type, ['window', 'fixed'], `${path}.type`, sink);
  }
}

/**
 * Checks one product's rules (POL-1): its cancellation — one rule, or one per billing cycle when
 * it has no `type` — its terms (`null` or known terms) and its three flags. Throws at the first
 * problem or collects every one (see {@link Sink}).
 */
export function checkProductRules(value: unknown, path: string, sink: Sink): void {
  const rules = record(value, path, sink, PRODUCT_KEYS);
  if (rules === undefined) return;
  const where = `${path}.cancellation`;
  const cancellation = record(rules.cancellation, where, sink);
  if (cancellation !== undefined && 'type' in cancellation) checkRule(cancellation, where, sink);
  else if (cancellation !== undefined) {
    const byCycle = record(cancellation, where, sink, ['monthly', 'annual']) ?? {};
    checkRule(byCycle.monthly, `${where}.monthly`, sink);
    checkRule(byCycle.annual, `${where}.annual`, sink);
  }
  if (rules.terms !== null) list(rules.terms, `${path}.terms`, sink, term);
  flag(rules.billingCycleRequired, `${path}.billingCycleRequired`, sink);
  flag(rules.freeTrial, `${path}.freeTrial`, sink);
  flag(rules.autoRenewToggle, `${path}.autoRenewToggle`, sink);
}
