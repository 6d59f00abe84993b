import { tieOutWhole } from '../invoices/tieOutWhole.ts';
import { warehouseTieOut } from '../invoices/warehouseTieOut.ts';
import { partRows, usageWhole, warehouseUsage } from '../usage/warehouseUsage.ts';

/** What an engine keeps of a part: one row of a list, a group's summary or the file's summary. */
export interface WarehouseRow {
  /** `findings`, `matched`, `notes`, `credits`, `late`, `issues`, `customers`, `results`, `summary`, `file`. */
  readonly section: string;
  /** The row's order among the rows of its list (every group's put together). */
  readonly key: string;
  /** The item, compact JSON text. */
  readonly item: string;
}

/** The rows of every group and the file's `file` row put together as `--json` (compact). */
function assemble(
  whole: (rows: readonly WarehouseRow[], file: Record<string, unknown>) => string,
): (rows: readonly WarehouseRow[]) => string {
  return (rows) => {
    const file = rows.find((r) => r.section === 'file');
    return whole(
      rows.filter((r) => r.section !== 'summary' && r.section !== 'file'),
      file === undefined ? {} : (JSON.parse(file.item) as Record<string, unknown>),
    );
  };
}

/** The value of the warehouse bundle (WH-1, WH-2). */
export interface WarehouseApi {
  /** The library's version the bundle was built from. */
  readonly version: string;
  /** The form of its states and parts: a state of another form is refused. */
  readonly format: number;
  /** A part's rows (WH-5). */
  readonly rows: (part: unknown) => WarehouseRow[];
  /** The usage check (USG): one Azure plan a group. */
  readonly usage: typeof warehouseUsage & {
    readonly assemble: (rows: readonly WarehouseRow[]) => string;
  };
  /** The tie-out (INV): one invoice and its amendments a group. */
  readonly tieOut: typeof warehouseTieOut & {
    readonly assemble: (rows: readonly WarehouseRow[]) => string;
  };
}

/**
 * The warehouse bundle's value (WH-1, WH-2): `{ version, format, rows, usage, tieOut }`, `usage`
 * and `tieOut` each BigQuery's six aggregate functions (`initialState`, `aggregate`, `merge`,
 * `serialize`, `deserialize`, `finalize`) over one group's rows, `summary` the same six over the
 * groups' summary rows, and `assemble` the rows of every group put together as `--json`. No
 * clock, no host API, no global written.
 *
 * @param version - The library's version.
 * @returns The value.
 */
export function warehouseApi(version: string): WarehouseApi {
  return {
    version,
    format: 1,
    rows: partRows,
    usage: { ...warehouseUsage, assemble: assemble(usageWhole) },
    tieOut: { ...warehouseTieOut, assemble: assemble(tieOutWhole) },
  };
}
