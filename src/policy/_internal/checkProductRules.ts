import { TERM_MONTHS } from '../../time/terms.ts';
import { BILLING_FREQUENCY_MONTHS } from '../vocabulary/billingFrequencies.ts';
import { NEW_COMMERCE_TERM_MONTHS } from '../vocabulary/newCommerceTerms.ts';
import { count, flag, list, oneOf, record, report, type Sink, text } from './guards.ts';

const RULE_ID = /^[A-Z]+-\d+$/;
const REASON = /^[a-z]+(-[a-z]+)*$/;
const WINDOW_KEYS = ['type', 'window', 'within', 'withinRule', 'after', 'afterRule'];
const FIXED_KEYS = ['type', 'outcome', 'rule', 'reason'];
const TERM_WINDOW_KEYS = ['type', 'window', 'firstDay', 'within', 'after', 'rule'];
const PRODUCT_KEYS = [
  'cancellation',
  'terms',
  'billingCycleRequired',
  'freeTrial',
  'autoRenewToggle',
];
const NEW_COMMERCE_PRODUCT_KEYS = [...PRODUCT_KEYS, 'midTermFrequencyChanges'];

let terms: readonly string[] | undefined;

function term(value: unknown, path: string, sink: Sink): void {
  terms ??= Object.keys(TERM_MONTHS);
  oneOf(value, terms, path, sink);
}

/** A window's length: `{ hours }`, `{ days }` (TIME-2) or `{ calendarDays }` (NCE-3). */
function checkDuration(value: unknown, path: string, sink: Sink): void {
  const kind = typeof value === 'object' && value !== null ? value : {};
  const key = 'hours' in kind ? 'hours' : 'calendarDays' in kind ? 'calendarDays' : 'days';
  const window = record(value, path, sink, [key]);
  if (window !== undefined) count(window[key], `${path}.${key}`, 1, sink);
}

/**
 * One cancellation rule: a window, a fixed outcome (REF-1 … REF-8), or — in a New Commerce policy
 * only — a term window (NCE-4).
 */
function checkRule(value: unknown, path: string, sink: Sink, newCommerce: boolean): void {
  const type =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>).type
      : undefined;
  if (type === 'window') {
    const rule = record(value, path, sink, WINDOW_KEYS) ?? {};
    checkDuration(rule.window, `${path}.window`, sink);
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
  } else if (type === 'term-window' && newCommerce) {
    const rule = record(value, path, sink, TERM_WINDOW_KEYS) ?? {};
    checkDuration(rule.window, `${path}.window`, sink);
    oneOf(rule.firstDay, ['full-credit', 'prorated-credit'], `${path}.firstDay`, sink);
    oneOf(rule.within, ['prorated-credit'], `${path}.within`, sink);
    oneOf(rule.after, ['not-cancellable'], `${path}.after`, sink);
    text(rule.rule, `${path}.rule`, sink, RULE_ID);
  } else if (record(value, path, sink) !== undefined) {
    oneOf(
      type,
      newCommerce ? ['window', 'fixed', 'term-window'] : ['window', 'fixed'],
      `${path}.type`,
      sink,
    );
  }
}

/** A billing frequency change allowed mid-term (MID-2): a term and the frequencies it switches between. */
function checkFrequencyChange(value: unknown, path: string, sink: Sink): void {
  const change = record(value, path, sink, ['term', 'frequencies']);
  if (change === undefined) return;
  oneOf(change.term, Object.keys(NEW_COMMERCE_TERM_MONTHS), `${path}.term`, sink);
  const frequencies = Object.keys(BILLING_FREQUENCY_MONTHS);
  list(change.frequencies, `${path}.frequencies`, sink, (frequency, at) =>
    oneOf(frequency, frequencies, at, sink),
  );
}

/**
 * Checks one product's rules (POL-1, NCE-1): its cancellation — one rule, or one per billing cycle
 * when it has no `type` — its terms (`null` or known terms; always `null` in a New Commerce policy,
 * whose terms are the NCE-2 table's), its three flags, and in a New Commerce policy the billing
 * frequency changes it allows mid-term (MID-2). Throws at the first problem or collects
 * every one (see {@link Sink}).
 */
export function checkProductRules(
  value: unknown,
  path: string,
  sink: Sink,
  newCommerce = false,
): void {
  const rules = record(value, path, sink, newCommerce ? NEW_COMMERCE_PRODUCT_KEYS : PRODUCT_KEYS);
  if (rules === undefined) return;
  const where = `${path}.cancellation`;
  const cancellation = record(rules.cancellation, where, sink);
  if (cancellation !== undefined && 'type' in cancellation) {
    checkRule(cancellation, where, sink, newCommerce);
  } else if (cancellation !== undefined) {
    const byCycle = record(cancellation, where, sink, ['monthly', 'annual']) ?? {};
    checkRule(byCycle.monthly, `${where}.monthly`, sink, false);
    checkRule(byCycle.annual, `${where}.annual`, sink, false);
  }
  if (newCommerce) {
    if (rules.terms !== null) report(sink, `${path}.terms`, 'expected null', rules.terms);
    if (rules.midTermFrequencyChanges !== undefined)
      list(
        rules.midTermFrequencyChanges,
        `${path}.midTermFrequencyChanges`,
        sink,
        checkFrequencyChange,
      );
  } else if (rules.terms !== null) list(rules.terms, `${path}.terms`, sink, term);
  flag(rules.billingCycleRequired, `${path}.billingCycleRequired`, sink);
  flag(rules.freeTrial, `${path}.freeTrial`, sink);
  flag(rules.autoRenewToggle, `${path}.autoRenewToggle`, sink);
}
