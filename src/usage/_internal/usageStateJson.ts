import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import type { UsageIssue } from '../types.ts';
import { clonePlain } from './clonePlain.ts';
import type { Exact } from './exact.ts';
import { groupKey } from './groupKey.ts';
import { emptyState, type PriceGroup, type UsageState } from './UsageState.ts';

/** The form of a serialized state: a state of another form is refused, never merged. */
export const STATE_FORMAT = 1;

/** A usage state as plain data: texts, numbers, booleans, arrays and objects of them. */
export interface UsageStateJson {
  readonly format: number;
  readonly check: 'usage';
  readonly lines: number;
  readonly outsidePeriod: number;
  readonly pecSeen: boolean;
  readonly outsideDays: string[];
  readonly otherColumns: string[];
  readonly days: string[];
  readonly entitlements: string[];
  readonly earned: string[];
  readonly issues: UsageIssue[];
  readonly twice: [string, UsageIssue][];
  readonly groups: unknown[];
  readonly pec: [string, unknown][];
  readonly notes: [string, unknown][];
  readonly credits: [string, unknown][];
  readonly lineChecks: [string, unknown][];
  readonly customers: [string | null, { row: number; name: string | null }][];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const sorted = (set: ReadonlySet<string>): string[] => [...set].sort(compare);

function entries<T>(map: ReadonlyMap<string, T>): [string, T][] {
  return [...map.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([key, value]) => [key, clonePlain(value)]);
}

/** A group's fields in one text: its order in a serialized state. */
function groupText(g: PriceGroup): string {
  return JSON.stringify([
    g.invoiceNumber,
    g.subscriptionId,
    g.productId,
    g.skuId,
    g.availabilityId,
    g.currency,
    g.pricing,
    g.price,
    g.rate,
  ]);
}

function issueText(issue: UsageIssue): string {
  return JSON.stringify([issue.file ?? '', issue.row, issue.column, issue.code, issue.message]);
}

/**
 * A state as plain data (the warehouse's `serialize`): every set and map as a sorted list, every
 * exact decimal's digits as text, so the data depends on what was observed, not on the order.
 *
 * @param state - A reconciler's state.
 * @returns Its data.
 */
export function usageStateJson(state: UsageState): UsageStateJson {
  return {
    format: STATE_FORMAT,
    check: 'usage',
    lines: state.lines,
    outsidePeriod: state.outsidePeriod,
    pecSeen: state.pecSeen,
    outsideDays: sorted(state.outsideDays),
    otherColumns: sorted(state.otherColumns),
    days: sorted(state.days),
    entitlements: sorted(state.entitlements),
    earned: sorted(state.earned),
    issues: [...state.issues]
      .map((issue) => ({ ...issue }))
      .sort((a, b) => compare(issueText(a), issueText(b))),
    twice: entries(state.twice),
    groups: [...state.groups.values()]
      .map((g): [string, PriceGroup] => [groupText(g), g])
      .sort(([a], [b]) => compare(a, b))
      .map(([, g]) => ({
        ...clonePlain({ ...g, quantity: null }),
        quantity: { units: g.quantity.units.toString(), scale: g.quantity.scale },
      })),
    pec: entries(state.pec),
    notes: entries(state.notes),
    credits: entries(state.credits),
    lineChecks: entries(state.lineChecks),
    customers: [...state.customers.entries()]
      .sort(([a], [b]) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : compare(a, b)))
      .map(([id, seen]) => [id, { row: seen.row, name: seen.name }]),
  };
}

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) fail(RuleErrorCode.INVALID_ARGUMENT, field, 'expected a list', value);
  return value;
}

/**
 * A state from its plain data ({@link usageStateJson}), of this form and check only.
 *
 * @param data - The data.
 * @param field - Its name, for an error.
 * @returns A state, ready to observe, merge and finish.
 * @throws `RuleError` `INVALID_ARGUMENT` naming `field` for data of another form or check.
 */
export function usageStateOf(data: unknown, field: string): UsageState {
  const d = data as UsageStateJson;
  if (typeof d !== 'object' || d === null || d.format !== STATE_FORMAT || d.check !== 'usage')
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      field,
      'expected the state of a usage check of form {form}',
      typeof d === 'object' && d !== null ? { format: d.format, check: d.check } : d,
      STATE_FORMAT,
    );
  const copy = clonePlain(d);
  const state = emptyState();
  state.lines = copy.lines;
  state.outsidePeriod = copy.outsidePeriod;
  state.pecSeen = copy.pecSeen;
  for (const name of ['outsideDays', 'otherColumns', 'days', 'entitlements', 'earned'] as const)
    for (const value of list(copy[name], `${field}.${name}`)) state[name].add(value as string);
  state.issues.push(...(list(copy.issues, `${field}.issues`) as UsageIssue[]));
  for (const [key, value] of list(copy.twice, `${field}.twice`) as [string, UsageIssue][])
    state.twice.set(key, value);
  for (const raw of list(copy.groups, `${field}.groups`)) {
    const g = raw as PriceGroup & { quantity: { units: string; scale: number } };
    const quantity: Exact = { units: BigInt(g.quantity.units), scale: g.quantity.scale };
    const group = { ...g, quantity } as PriceGroup;
    state.groups.set(groupKey(state, group), group);
  }
  for (const name of ['pec', 'notes', 'credits', 'lineChecks'] as const) {
    const map = state[name] as Map<string, unknown>;
    for (const [key, value] of list(copy[name], `${field}.${name}`) as [string, unknown][])
      map.set(key, value);
  }
  for (const [id, seen] of list(copy.customers, `${field}.customers`) as [
    string | null,
    { row: number; name: string | null },
  ][])
    state.customers.set(id, seen);
  return state;
}
