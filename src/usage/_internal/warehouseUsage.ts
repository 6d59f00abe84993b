import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import {
  flagOption,
  optionsObject,
  rowNumberOf,
  rowObject,
  textOption,
} from '../../kernel/warehouseRows.ts';
import { readUsageLine } from '../readUsageLine.ts';
import type { UsageReconcileOptions } from '../types.ts';
import { clonePlain } from './clonePlain.ts';
import { readExact } from './exact.ts';
import { observeInput } from './observeInput.ts';
import { planOf } from './planOf.ts';
import {
  type MeterPrice,
  readPrices,
  readUsageOptions,
  type UsageOptions,
} from './readUsageOptions.ts';
import { emptyState, mergeState, type UsageState } from './UsageState.ts';
import { type PartRow, type UsagePart, usagePart } from './usageParts.ts';
import { type UsageStateJson, usageStateJson, usageStateOf } from './usageStateJson.ts';
import {
  emptyUsageSummary,
  finishUsageSummary,
  mergeUsageSummary,
  type UsageGroupSummary,
} from './usageSummary.ts';

/** The form of the warehouse's states and parts. */
export const WAREHOUSE_FORMAT = 1;

/** The keys the SQL joins onto a usage row: its meter's price-list `Tags` and PEC rate (WH-2). */
const PRICE_TAGS = 'PriceListTags';
const PRICE_RATE = 'PriceListEarnedCredit';
/** Or the meter's whole price-list row as JSON text, read as `--prices` reads a row. */
const PRICE_ROW = 'PriceListRow';
/** The key the SQL sets on an invoice row whose product is the usage file's (USG details). */
const USAGE_PRODUCT = 'UsageProduct';

/** One group's state in the warehouse: the usage state and the group's invoice rows. */
export interface WarehouseUsageState {
  readonly format: number;
  readonly check: 'usage';
  usage: UsageState;
  recon: [number, Record<string, unknown>][];
}

function readOptions(o: Record<string, unknown>): UsageOptions {
  const given: UsageReconcileOptions = {
    ...(textOption(o, 'pecRate') === undefined ? {} : { pecRate: textOption(o, 'pecRate') }),
    ...(textOption(o, 'period') === undefined ? {} : { period: textOption(o, 'period') }),
    ...(textOption(o, 'at') === undefined ? {} : { at: textOption(o, 'at') }),
    ...(textOption(o, 'minAtStake') === undefined
      ? {}
      : { minAtStake: textOption(o, 'minAtStake') }),
  };
  return { ...readUsageOptions(given), prices: flagOption(o, 'prices') ? new Map() : null };
}

function cellText(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  return text === '' || text.toLowerCase() === 'null' ? null : text;
}

/** A usage row's own price-list entry (WH-2's joined keys), as `--prices` reads a meter's row. */
function meterPrice(row: Record<string, unknown>): MeterPrice | undefined {
  const whole = row[PRICE_ROW];
  if (typeof whole === 'string' && whole.trim() !== '') {
    const listed = [...readPrices([rowObject(whole, 0)]).values()][0];
    if (listed !== undefined) return listed;
  }
  const tags = cellText(row[PRICE_TAGS]);
  const rate = cellText(row[PRICE_RATE]);
  if (tags === null && rate === null) return undefined;
  const read = rate === null ? undefined : readExact(rate);
  if (read === null)
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      PRICE_RATE,
      'expected text of the form {pattern}',
      rate,
      '15',
    );
  return {
    thirdParty: /third party/i.test(tags ?? ''),
    ...(read === undefined ? {} : { rate: read }),
  };
}

function meterOf(row: Record<string, unknown>): string | null {
  for (const [name, value] of Object.entries(row))
    if (name.trim().toLowerCase() === 'meterid') return cellText(value);
  return null;
}

/**
 * The invoice numbers of the invoice files' rows (`options.invoices`), and `null` with
 * `options.invoiceNone` (a row without one: an engine's array holds no null).
 */
function givenOf(o: Record<string, unknown>): Set<string | null> {
  const given = new Set<string | null>(
    Array.isArray(o.invoices) ? (o.invoices as (string | null)[]) : [],
  );
  if (flagOption(o, 'invoiceNone')) given.add(null);
  return given;
}

function isState(state: unknown): state is WarehouseUsageState {
  return (
    typeof state === 'object' &&
    state !== null &&
    (state as WarehouseUsageState).check === 'usage' &&
    (state as WarehouseUsageState).format === WAREHOUSE_FORMAT &&
    typeof (state as WarehouseUsageState).usage === 'object'
  );
}

function requireState(state: unknown, field: string): WarehouseUsageState {
  if (!isState(state))
    fail(
      RuleErrorCode.INVALID_ARGUMENT,
      field,
      'expected the state of a usage check of form {form}',
      typeof state === 'object' && state !== null
        ? {
            format: (state as { format?: unknown }).format,
            check: (state as { check?: unknown }).check,
          }
        : state,
      WAREHOUSE_FORMAT,
    );
  return state;
}

/** The invoice rows sorted by their numbers, then text: the order of the one pass. */
function sortedRecon(
  recon: readonly [number, Record<string, unknown>][],
): [number, Record<string, unknown>][] {
  return recon
    .map((r): [number, Record<string, unknown>, string] => [r[0], r[1], JSON.stringify(r[1])])
    .sort((a, b) => a[0] - b[0] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))
    .map(([n, row]) => [n, row]);
}

/** The usage check's aggregate (WH-2): one group's rows to its part. */
export const warehouseUsage = {
  initialState(): WarehouseUsageState {
    return { format: WAREHOUSE_FORMAT, check: 'usage', usage: emptyState(), recon: [] };
  },
  aggregate(
    state: unknown,
    source: unknown,
    rowNumber: unknown,
    text: unknown,
    options?: unknown,
  ): void {
    const s = requireState(state, 'state');
    const row = rowNumberOf(rowNumber);
    const cells = rowObject(text, row);
    if (source === 'recon') {
      s.recon.push([row, cells]);
      return;
    }
    if (source !== 'usage')
      fail(RuleErrorCode.INVALID_ARGUMENT, 'source', "expected 'usage' or 'recon'", source);
    const read = readOptions(optionsObject(options));
    const price = meterPrice(cells);
    const meter = meterOf(cells);
    const own: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(cells))
      if (name !== PRICE_TAGS && name !== PRICE_RATE && name !== PRICE_ROW) own[name] = value;
    const lineOptions: UsageOptions =
      read.prices !== null && price !== undefined && meter !== null
        ? { ...read, prices: new Map([[meter.toLowerCase(), price]]) }
        : read;
    observeInput(s.usage, lineOptions, readUsageLine(own, row));
  },
  merge(state: unknown, partial: unknown): void {
    const s = requireState(state, 'state');
    const p = requireState(partial, 'partialState');
    if (s === p) return;
    // a copy of the partial state's data, taken as it is (no host's structuredClone needed)
    mergeState(s.usage, usageStateOf(usageStateJson(p.usage), 'partialState'), true);
    s.recon.push(...clonePlain(p.recon));
  },
  serialize(state: unknown): {
    format: number;
    check: 'usage';
    usage: UsageStateJson;
    recon: [number, Record<string, unknown>][];
  } {
    const s = requireState(state, 'state');
    return {
      format: WAREHOUSE_FORMAT,
      check: 'usage',
      usage: usageStateJson(s.usage),
      recon: clonePlain(sortedRecon(s.recon)),
    };
  },
  deserialize(serialized: unknown): WarehouseUsageState {
    const d = serialized as { format?: unknown; check?: unknown; usage?: unknown; recon?: unknown };
    if (
      typeof d !== 'object' ||
      d === null ||
      d.format !== WAREHOUSE_FORMAT ||
      d.check !== 'usage' ||
      !Array.isArray(d.recon)
    )
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'serializedState',
        'expected the state of a usage check of form {form}',
        typeof d === 'object' && d !== null ? { format: d.format, check: d.check } : d,
        WAREHOUSE_FORMAT,
      );
    return {
      format: WAREHOUSE_FORMAT,
      check: 'usage',
      usage: usageStateOf(d.usage, 'serializedState.usage'),
      recon: clonePlain(d.recon as [number, Record<string, unknown>][]),
    };
  },
  /** The group's part: compact JSON text of `{ rows, summary }`. */
  finalize(state: unknown, options?: unknown): string {
    const s = requireState(state, 'state');
    const o = optionsObject(options);
    const read = readOptions(o);
    const products = new Set<string>();
    const recon = sortedRecon(s.recon).map(([n, row]) => {
      if (!flagOption(row, USAGE_PRODUCT)) return [n, row] as const;
      const own: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(row))
        if (name !== USAGE_PRODUCT) own[name] = value;
      const loose = (column: string) =>
        cellText(Object.entries(own).find(([name]) => name.trim().toLowerCase() === column)?.[1]);
      products.add(
        JSON.stringify([loose('productid') ?? '', loose('skuid') ?? '', loose('availabilityid')]),
      );
      return [n, own] as const;
    });
    const part: UsagePart = usagePart(
      s.usage,
      read,
      flagOption(o, 'recon') ? recon.map(([, row]) => row) : null,
      {
        pecSeen: flagOption(o, 'filePec'),
        given: givenOf(o),
        products,
        reconNumbers: recon.map(([n]) => n),
      },
    );
    return JSON.stringify(part);
  },
  /** The file's summary over the groups' `summary` rows. */
  summary: {
    initialState(): { format: number; check: 'usage-summary'; summary: UsageGroupSummary } {
      return { format: WAREHOUSE_FORMAT, check: 'usage-summary', summary: emptyUsageSummary() };
    },
    aggregate(state: unknown, item: unknown): void {
      const s = state as { summary: UsageGroupSummary };
      const parsed = rowObject(item, 1) as unknown as UsageGroupSummary;
      mergeUsageSummary(s.summary, parsed);
    },
    merge(state: unknown, partial: unknown): void {
      const s = state as { summary: UsageGroupSummary };
      if (state === partial) return;
      mergeUsageSummary(s.summary, clonePlain((partial as { summary: UsageGroupSummary }).summary));
    },
    serialize(state: unknown): unknown {
      return clonePlain(state);
    },
    deserialize(serialized: unknown): unknown {
      const d = serialized as { format?: unknown; check?: unknown };
      if (
        typeof d !== 'object' ||
        d === null ||
        d.format !== WAREHOUSE_FORMAT ||
        d.check !== 'usage-summary'
      )
        fail(
          RuleErrorCode.INVALID_ARGUMENT,
          'serializedState',
          'expected the state of a usage summary of form {form}',
          d,
          WAREHOUSE_FORMAT,
        );
      return clonePlain(serialized);
    },
    /** The file's summary and the rows it adds (a column named twice): `{ summary, rows }`. */
    finalize(state: unknown, options?: unknown): string {
      const s = state as { summary: UsageGroupSummary };
      const o = optionsObject(options);
      const { summary, rows } = finishUsageSummary(
        s.summary,
        {
          pecSeen: flagOption(o, 'filePec'),
          prices: flagOption(o, 'prices'),
          invoice: flagOption(o, 'recon'),
          given: givenOf(o),
        },
        readOptions({}).texts,
      );
      return JSON.stringify({ rows, file: summary });
    },
  },
};

/**
 * A part's rows (WH-5): its own, then one `summary` row (a group's part) or one `file` row (the
 * summary step's): the rows an engine keeps in a table, in any order, for `usageWhole` or
 * `tieOutWhole` to put together.
 */
export function partRows(part: unknown): PartRow[] {
  const p = (typeof part === 'string' ? JSON.parse(part) : part) as {
    rows?: PartRow[];
    summary?: unknown;
    file?: unknown;
  };
  const rows = Array.isArray(p.rows) ? p.rows.map((r) => ({ ...r })) : [];
  if (p.summary !== undefined)
    rows.push({ section: 'summary', key: '', item: JSON.stringify(p.summary) });
  if (p.file !== undefined) rows.push({ section: 'file', key: '', item: JSON.stringify(p.file) });
  return rows;
}

/** Whether a group's key is its Azure plan's: the warehouse's `group_key` of a usage row. */
export { planOf };
