import { decimalText, readFileDecimal } from '../../kernel/fileDecimal.ts';

/** A state's texts: each distinct text once, in a string of its own, and its number. */
export interface TextTable {
  /** A text's number, by the text. */
  readonly ids: Map<string, number>;
  /** The state's own copy of each text, by its number. */
  readonly texts: string[];
  /** A decimal's number by its text as a line writes it: the number of its exact text. */
  readonly decimals: Map<string, number>;
}

/** Each state's table, beside it: the state stays plain data (a worker sends it by structured clone). */
const tables = new WeakMap<object, TextTable>();

/**
 * Makes a new state number its texts with another's table (the Azure plans of one share: a text
 * the plans share, a meter's or a day's, kept once, not once a plan).
 *
 * @param state - A state that has not numbered a text yet.
 * @param other - The state whose table it takes.
 */
export function shareTable(state: object, other: object): void {
  tables.set(state, tableOf(other));
}

/**
 * `state`'s table of texts, made on first use.
 *
 * @param state - A state.
 * @returns Its table.
 */
export function tableOf(state: object): TextTable {
  let table = tables.get(state);
  if (table === undefined) {
    table = { ids: new Map(), texts: [], decimals: new Map() };
    tables.set(state, table);
  }
  return table;
}

/**
 * The number of `text` in `state`'s table, the text kept once in a copy that shares no memory
 * with the string it came from (a CSV parser's cells are slices of the chunk they were read from,
 * and V8 keeps a slice's whole parent alive: a state keeping slices would hold the file). A text
 * seen again costs a lookup, not a copy: every entry of the state shares one string per distinct
 * id, and a key of numbers is short.
 *
 * @param state - The state the text is kept by.
 * @param text - A text, or `null` (numbered -1).
 * @returns Its number, from 0.
 */
export function textId(state: object | TextTable, text: string | null): number {
  if (text === null) return -1;
  const table = 'ids' in state ? (state as TextTable) : tableOf(state);
  let id = table.ids.get(text);
  if (id === undefined) {
    const own = JSON.parse(JSON.stringify(text)) as string;
    id = table.texts.length;
    table.texts.push(own);
    table.ids.set(own, id);
  }
  return id;
}

/**
 * `state`'s own copy of `text` ({@link textId}): one string per distinct text, shared by every
 * entry that keeps it.
 *
 * @param state - The state the text is kept by.
 * @param text - A text, or `null`.
 * @returns The same characters in the state's string, or `null`.
 */
export function ownText<T extends string | null>(state: object, text: T): T {
  return (text === null ? null : tableOf(state).texts[textId(state, text)]) as T;
}

/**
 * The number of a decimal's exact text (`0.0850` and `0.085` the same) in `state`'s table: the
 * decimal read once per distinct text a line writes, not once a line.
 *
 * @param state - The state.
 * @param text - A decimal as a line writes it (checked already).
 * @returns The number of its exact text ({@link exactTextOf} gives the text).
 */
export function decimalId(state: object | TextTable, text: string): number {
  const table = 'decimals' in state ? (state as TextTable) : tableOf(state);
  let id = table.decimals.get(text);
  if (id === undefined) {
    // the key the table's own copy too: a slice would keep its chunk
    const own = table.texts[textId(state, text)] as string;
    const read = readFileDecimal(own);
    id =
      read === null || read === undefined ? textId(state, own) : textId(state, decimalText(read));
    table.decimals.set(own, id);
  }
  return id;
}

/**
 * The text of a number of `state`'s table.
 *
 * @param state - The state.
 * @param id - A number {@link textId} or {@link decimalId} gave.
 * @returns The state's own copy of the text.
 */
export function exactTextOf(state: object, id: number): string {
  return tableOf(state).texts[id] as string;
}

/**
 * `entry` with each of its own text fields replaced by `state`'s copy ({@link ownText}).
 *
 * @param state - The state the entry is kept by.
 * @param entry - A new state entry, made from a line's cells.
 * @returns The same entry, its texts the state's.
 */
export function ownStrings<T extends object>(state: object, entry: T): T {
  const fields = entry as Record<string, unknown>;
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    if (typeof value === 'string') fields[name] = ownText(state, value);
  }
  return entry;
}
