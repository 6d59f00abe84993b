import { hexKey } from '../../kernel/hexKey.ts';
import type { UsageFinding, UsageLate } from '../resultTypes.ts';
import type { UsageIssue } from '../types.ts';
import { planOf } from './planOf.ts';

/**
 * One row of a group's part: an item of one of the lists `usage --json` prints, and the key that
 * orders it among the items of every group put together (the one pass's order). The key is the
 * item's order text written as four hexadecimal digits per UTF-16 code unit, so any engine's
 * order of texts (bytes, code points) is the one pass's.
 */
export interface PartRow {
  /** The list: `findings`, `matched`, `notes`, `credits`, `late`, `issues`, `customers`. */
  readonly section: string;
  /** The order among the groups' rows of the list. */
  readonly key: string;
  /** The item, compact JSON text. */
  readonly item: string;
}

/**
 * Each kind of finding's place in `findings`: the lines billed otherwise, PEC at another rate,
 * invoice keys different, missing, unexpected, PEC not earned, PEC on an excluded meter.
 */
export const FINDING_ORDER: Readonly<Record<string, string>> = {
  line: 'a',
  'pec-rate-unexpected': 'b',
  different: 'c',
  missing: 'd',
  unexpected: 'e',
  'pec-not-earned': 'f',
  'pec-on-excluded-meter': 'g',
};

/**
 * An invoice key's order (USG-4): the one pass lists its findings by the key's JSON text, whose
 * invoice number and Azure subscription come first; the rest of it lies inside one plan, in the
 * group's own order.
 */
export function invoiceKey(f: {
  readonly invoiceNumber: string | null;
  readonly subscriptionId: string | null;
}): string {
  return JSON.stringify([f.invoiceNumber, f.subscriptionId]).slice(0, -1);
}

/**
 * A PEC finding's order (USG-3): the one pass lists them by entitlement, month, currency and Azure
 * plan first (the rest inside one plan, in the group's own order).
 */
function pecKey(f: UsageFinding): string {
  // the one pass's key holds the month's key as JSON text inside JSON: escaped, as it compares
  return JSON.stringify([
    JSON.stringify([
      f.entitlementId ?? null,
      f.firstDay?.slice(0, 7),
      f.atStake.currency,
      planOf(f.subscriptionId),
    ]),
  ]).slice(0, -1);
}

/** A PEC finding's kind in the one pass's order: a whole entitlement's month, a meter's, excluded, rate. */
function pecOrder(f: UsageFinding): string {
  if (f.kind === 'pec-not-earned') return f.meter === undefined ? 'a0' : 'a1';
  return f.kind === 'pec-on-excluded-meter' ? 'b' : 'c';
}

/** Late usage's order: its invoice key's fields, as the one pass keys it. */
export function lateKey(l: UsageLate): string {
  return JSON.stringify([l.invoiceNumber, l.subscriptionId, l.productId, l.skuId]);
}

/** A finding's order within its kind: a line's by the key it had, PEC's and the invoice's by their fields. */
export function findingKey(f: UsageFinding, own: (item: object) => string): string {
  if (f.rule === 'USG-2') return own(f);
  return f.rule === 'USG-3' ? pecOrder(f) + pecKey(f) : invoiceKey(f);
}

/** How a part's rows are written: each order text as its key, each item as its text. */
export interface PartForm {
  /** The key of an order text. */
  key(text: string): string;
  /** An item's text. */
  item(value: unknown): string;
}

/**
 * The warehouse's form: keys of four hexadecimal digits a code unit (any engine's order of texts
 * is the one pass's), items compact JSON.
 */
export const WAREHOUSE_FORM: PartForm = {
  key: hexKey,
  item: (value) => JSON.stringify(value),
};

/** An issue's order in the result: the usage file's before the invoice file's, then row, column. */
export function issueKey(issue: UsageIssue, form: PartForm = WAREHOUSE_FORM): string {
  return form.key(
    `${issue.file === 'invoice' ? 1 : 0}${String(issue.row).padStart(16, '0')}\u0000${issue.column}`,
  );
}
