import { loose } from '../../kernel/columnIndex.ts';
import { READ_COLUMNS } from './usageCells.ts';
import { USAGE_ALIASES } from './usageColumns.ts';

const READ: ReadonlySet<string> = /* @__PURE__ */ new Set(READ_COLUMNS.map(loose));

/**
 * Whether `readUsageLine` may read the value of a column of this name: its name (in any case,
 * trimmed) or a v1 alias is one of {@link READ_COLUMNS} (the others are only named:
 * `otherColumns` names those of no known column). A reader of a file's rows decodes only
 * these cells; the others it may give as empty, and the line read is the same.
 *
 * @param name - A header's name, as written.
 * @returns `true` when the cell may be read.
 */
export function readsColumn(name: string): boolean {
  const key = loose(name);
  if (READ.has(key)) return true;
  const alias = Object.hasOwn(USAGE_ALIASES, key) ? USAGE_ALIASES[key] : undefined;
  return alias !== undefined && READ.has(loose(alias.column));
}
