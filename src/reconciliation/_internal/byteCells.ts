import {
  AS_TEXT,
  EMPTY,
  type Scan,
  scanDecimal,
  scanDecimalBytes,
} from '../../kernel/scanDecimal.ts';
import type { LineCells } from '../../reconciliation/_internal/lineReader.ts';
import { DATE_AS_TEXT, readFileDate, readFileDateBytes } from '../../time/fileDate.ts';
import { idCellHash, isAsciiSpace } from './idCellHash.ts';
import { seatsOf } from './seatsOf.ts';

/**
 * A row of a CSV file as a byte scanner holds it: where each cell's bytes lie, and its text when
 * asked for (the command's scanner gives its rows so).
 */
export interface ByteRow {
  /** How many cells the row has. */
  readonly length: number;
  /** The bytes the cells lie in. */
  readonly bytes: Uint8Array;
  /** Where a cell's bytes start (after a quoted cell's opening quote). */
  start(i: number): number;
  /** Where they end, exclusive (before a quoted cell's closing quote). */
  end(i: number): number;
  /** Whether they are the cell's text's UTF-8 as they lie (no doubled quotes to undo). */
  plain(i: number): boolean;
  /** The cell's text, decoded, doubled quotes undone. */
  cell(i: number): string | undefined;
}

/** How many texts of a column are remembered by their bytes (a file's charge types, say). */
const REMEMBERED = 8;

/** "extended service term", in lower case, as bytes. */
const EST = Array.from('extended service term', (c) => c.charCodeAt(0));

/** A text a column held lately, and its bytes. */
interface Remembered {
  bytes: Uint8Array;
  length: number;
  text: string;
}

/** A column's texts lately read, the latest at `latest`. */
interface Ring {
  readonly entries: Remembered[];
  latest: number;
}

/** The ring of column `at`, made when it has none. */
function ringOf(rings: Ring[], at: number): Ring {
  let ring = rings[at];
  if (ring === undefined) {
    ring = { entries: [], latest: 0 };
    rings[at] = ring;
  }
  return ring;
}

/** The text remembered for `bytes[start, end)`, latest first; `undefined` when none is. */
function recall(ring: Ring, bytes: Uint8Array, start: number, end: number): string | undefined {
  const { entries, latest } = ring;
  const length = end - start;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[(latest - k + entries.length) % entries.length] as Remembered;
    if (entry.length !== length) continue;
    const held = entry.bytes;
    // from the end: ids share their first bytes
    let j = length - 1;
    while (j >= 0 && held[j] === bytes[start + j]) j--;
    if (j < 0) return entry.text;
  }
  return undefined;
}

/** Remembers the text of `bytes[start, end)`, in place of the oldest when the ring is full. */
function store(ring: Ring, bytes: Uint8Array, start: number, end: number, text: string): void {
  const { entries } = ring;
  const length = end - start;
  const next = entries.length < REMEMBERED ? entries.length : (ring.latest + 1) % REMEMBERED;
  let entry = entries[next];
  if (entry === undefined || entry.bytes.length < length) {
    entry = { bytes: new Uint8Array(Math.max(length, 64)), length: 0, text: '' };
    entries[next] = entry;
  }
  // byte by byte: a view of the row's bytes would be an object a cell
  const to = entry.bytes;
  for (let j = 0; j < length; j++) to[j] = bytes[start + j] as number;
  entry.length = length;
  entry.text = text;
  ring.latest = next;
}

/** What reads a scanned row's cells for the line reader, and the texts it keeps. */
export interface ByteCells extends LineCells {
  /**
   * Points at a row.
   *
   * @param row - The row, as the scan gives it (valid during its call only).
   * @param offset - Where the file's own cells start in it (1 for a row written with its number).
   * @returns These cells.
   */
  of(row: ByteRow, offset: number): ByteCells;
  /**
   * A cell's text as it is (untrimmed), a text read lately in its column known again by its bytes.
   *
   * @param at - Its place among the file's own cells.
   * @returns The text, `undefined` past the row's end.
   */
  cell(at: number): string | undefined;
  /**
   * A `Quantity` cell's seats as {@link seatsOf} reads its text, from its bytes.
   *
   * @param at - Its place among the file's own cells.
   * @returns The seats, or -1.
   */
  seats(at: number): number;
  /**
   * The FNV-1a hash (32 bits, of UTF-16 code units: the command's `idHash`) of a cell's text
   * trimmed, from its bytes, as a signed 32-bit integer (`idHash(text) | 0`: a small integer,
   * no number object made).
   *
   * @param at - Its place among the file's own cells.
   * @returns The hash, from −2³¹ to 2³¹ − 1; -1 also when the text trimmed is empty or there is no
   *   cell; `undefined` when the bytes cannot tell (a byte past ASCII, or doubled quotes): decode it.
   */
  textHash(at: number): number | undefined;
  /**
   * Whether a cell's text trimmed is `text`, from its bytes, without decoding them.
   *
   * @param at - Its place among the file's own cells.
   * @param text - The text it is compared with.
   * @returns `true` when it is; `false` when it is not, or the bytes cannot tell (a byte past
   *   ASCII, or doubled quotes).
   */
  isText(at: number, text: string): boolean;
  /** Lets go of the texts remembered (the groups holding them went to disk). */
  forget(): void;
}

/** A plain cell trimmed to nothing. */
const NOTHING_LEFT = 0;
/** A plain cell with bytes past ASCII at an edge: Unicode's white space may be there, which the text reader trims, so its text is read. */
const READ_TEXT = 1;
/** A plain cell whose trimmed bytes lie in `[from, to)`. */
const TRIMMED = 2;

/** Where {@link trimBytes} left the trimmed bytes (no object a cell). */
let from = 0;
let to = 0;

/**
 * Trims a plain cell's bytes of ASCII white space, as `String.prototype.trim` would its text, into
 * `from` and `to`.
 *
 * @returns {@link NOTHING_LEFT}, {@link READ_TEXT} or {@link TRIMMED}.
 */
function trimBytes(scanned: ByteRow, i: number): number {
  const bytes = scanned.bytes;
  let start = scanned.start(i);
  let end = scanned.end(i);
  while (start < end && isAsciiSpace(bytes[start] as number)) start++;
  while (end > start && isAsciiSpace(bytes[end - 1] as number)) end--;
  if (start === end) return NOTHING_LEFT;
  if ((bytes[start] as number) >= 0x80 || (bytes[end - 1] as number) >= 0x80) return READ_TEXT;
  from = start;
  to = end;
  return TRIMMED;
}

/** A cell's text trimmed, `undefined` when empty or none (the line reader's own rule). */
function trimmed(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cell = text.trim();
  return cell === '' ? undefined : cell;
}

/**
 * The cells of the rows a byte scanner gives (the command's `csvScan`), read for the line reader without decoding them
 * (REC-2, REC-3): dates and numbers straight from their bytes, a text column's text decoded once
 * and then known again by its bytes (the charge types and currencies of a file are a few, a
 * subscription's rows often follow one another), the Extended Service Term looked for in the
 * bytes. Every answer is the one the text of the cell gives: a cell with doubled quotes, or with
 * bytes past ASCII where white space would be trimmed, is decoded and read as text. A text read
 * again in a run of rows is the same string, so a subscription's groups and its charge types hold
 * one each (the line groups hold one id a subscription whatever the rows' order).
 *
 * @returns The cells, pointed at no row yet.
 */
export function byteCells(): ByteCells {
  let row: ByteRow | undefined;
  let offset = 0;
  /** Each column's texts lately read, trimmed (`text`) and as they are (`cell`), by place. */
  let texts: Ring[] = [];
  let cells: Ring[] = [];
  /**
   * Each cell's trim of the row pointed at, by place, once worked out (the labels compare a cell
   * with several texts): valid where its stamp is the row's.
   */
  let stamps = new Int32Array(64);
  let kinds = new Uint8Array(64);
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  /** The row's stamp: a new one each row pointed at. */
  let stamp = 0;
  /** {@link trimBytes} of the row's cell `i`, worked out once a row. */
  const trimOnce = (scanned: ByteRow, i: number): number => {
    if (i >= stamps.length) {
      const length = Math.max(i + 1, stamps.length * 2);
      stamps = new Int32Array(length);
      kinds = new Uint8Array(length);
      starts = new Int32Array(length);
      ends = new Int32Array(length);
    }
    if (stamps[i] === stamp) {
      from = starts[i] as number;
      to = ends[i] as number;
      return kinds[i] as number;
    }
    const kind = trimBytes(scanned, i);
    stamps[i] = stamp;
    kinds[i] = kind;
    starts[i] = from;
    ends[i] = to;
    return kind;
  };
  const self: ByteCells = {
    of(scanned, from) {
      row = scanned;
      offset = from;
      if (stamp === 0x7fffffff) {
        // past 2³¹ rows: the stamps start again, none left to match an old row's
        stamps.fill(0);
        stamp = 0;
      }
      stamp++;
      return self;
    },
    forget() {
      texts = [];
      cells = [];
    },
    cell(at) {
      const scanned = row as ByteRow;
      const i = at + offset;
      if (i >= scanned.length || !scanned.plain(i)) return scanned.cell(i);
      const ring = ringOf(cells, at);
      const start = scanned.start(i);
      const end = scanned.end(i);
      const known = recall(ring, scanned.bytes, start, end);
      if (known !== undefined) return known;
      const text = scanned.cell(i) as string;
      store(ring, scanned.bytes, start, end, text);
      return text;
    },
    text(at) {
      const scanned = row as ByteRow;
      const i = at + offset;
      if (i >= scanned.length) return undefined;
      if (!scanned.plain(i)) return trimmed(scanned.cell(i));
      const trim = trimBytes(scanned, i);
      if (trim === NOTHING_LEFT) return undefined;
      if (trim === READ_TEXT) return trimmed(scanned.cell(i));
      const bytes = scanned.bytes;
      const start = from;
      const end = to;
      const ring = ringOf(texts, at);
      const known = recall(ring, bytes, start, end);
      if (known !== undefined) return known;
      const text = trimmed(scanned.cell(i)) as string;
      store(ring, bytes, start, end, text);
      return text;
    },
    date(at) {
      const scanned = row as ByteRow;
      const i = at + offset;
      if (i >= scanned.length) return undefined;
      if (scanned.plain(i)) {
        const day = readFileDateBytes(scanned.bytes, scanned.start(i), scanned.end(i));
        if (day !== DATE_AS_TEXT) return day;
      }
      return readFileDate(scanned.cell(i));
    },
    decimal(at): Scan {
      const scanned = row as ByteRow;
      const i = at + offset;
      if (i >= scanned.length) return EMPTY;
      if (scanned.plain(i)) {
        const scan = scanDecimalBytes(scanned.bytes, scanned.start(i), scanned.end(i));
        if (scan !== AS_TEXT) return scan;
      }
      return scanDecimal(scanned.cell(i));
    },
    seats(at) {
      const scanned = row as ByteRow;
      const i = at + offset;
      if (i >= scanned.length) return -1;
      if (!scanned.plain(i)) return seatsOf(scanned.cell(i));
      const trim = trimBytes(scanned, i);
      if (trim === NOTHING_LEFT) return -1;
      if (trim === READ_TEXT) return seatsOf(scanned.cell(i));
      const bytes = scanned.bytes;
      const start = from;
      const end = to;
      // the text's own rule, on its bytes: an apostrophe, one to nine digits, a point and zeros
      let j = bytes[start] === 39 ? start + 1 : start;
      const first = j;
      let seats = 0;
      for (; j < end; j++) {
        const digit = (bytes[j] as number) - 48;
        if (digit < 0 || digit > 9) break;
        seats = seats * 10 + digit;
      }
      if (j === first || j - first > 9) return -1;
      if (j === end) return seats;
      if (bytes[j] !== 46 || j + 1 === end) return -1;
      for (j++; j < end; j++) if (bytes[j] !== 48) return -1;
      return seats;
    },
    textHash(at) {
      const scanned = row as ByteRow;
      const i = at + offset;
      if (i >= scanned.length) return -1;
      if (!scanned.plain(i)) return undefined;
      const trim = trimOnce(scanned, i);
      if (trim === NOTHING_LEFT) return -1;
      if (trim === READ_TEXT) return undefined;
      const hash = idCellHash(scanned.bytes, from, to);
      return hash === undefined ? undefined : hash | 0;
    },
    isText(at, text) {
      const scanned = row as ByteRow;
      const i = at + offset;
      if (i >= scanned.length || !scanned.plain(i)) return false;
      if (trimOnce(scanned, i) !== TRIMMED) return false;
      const start = from;
      const length = to - start;
      if (length !== text.length) return false;
      const bytes = scanned.bytes;
      for (let k = 0; k < length; k++) {
        const c = bytes[start + k] as number;
        // a byte past ASCII is UTF-8's, never the code unit it equals (0xC3 is not "Ã")
        if (c >= 0x80 || c !== text.charCodeAt(k)) return false;
      }
      return true;
    },
    est(at) {
      const scanned = row as ByteRow;
      const i = at + offset;
      if (i >= scanned.length) return false;
      // the name is ASCII and holds no quote: its bytes are found where its text is, doubled
      // quotes or not, and a letter past ASCII never matches one of ASCII in any case
      const bytes = scanned.bytes;
      const last = scanned.end(i) - EST.length;
      for (let from = scanned.start(i); from <= last; from++) {
        let k = 0;
        while (k < EST.length) {
          const want = EST[k] as number;
          const code = bytes[from + k] as number;
          if (want === 32 ? code !== 32 : (code | 32) !== want) break;
          k++;
        }
        if (k === EST.length) return true;
      }
      return false;
    },
  };
  return self;
}
