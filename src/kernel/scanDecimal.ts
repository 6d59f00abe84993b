/** What {@link scanDecimal} found in a cell. */
export const EMPTY = 0;
export const READ = 1;
export const NOT_A_NUMBER = -1;
export type Scan = typeof EMPTY | typeof READ | typeof NOT_A_NUMBER;

/**
 * The number {@link scanDecimal} read last, exactly: `units × 10^-scale`, trailing zeros of the
 * decimals dropped (`'22.000000000000000000` is 22, scale 0). `units` is a plain integer while it
 * is a safe one, a `bigint` past 2^53 (an 18-decimal price, rarely anything else). One object,
 * overwritten by every scan: the reader copies what it needs, so a cell costs no allocation.
 */
export const scanned: { units: number | bigint; scale: number } = { units: 0, scale: 0 };

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** At most this many significant digits make a safe integer whatever they are (10^15 < 2^53). */
const SAFE_DIGITS = 15;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0xfeff;
}

/**
 * Reads a number cell of Partner Center's reconciliation file exactly, by one scan of its
 * characters (REC-2, R1, R10): Excel's apostrophe guard (`'22.000000000000000000`), a sign, any
 * number of decimals, scientific notation (`'0E-20`), white space around it; a number from a CSV
 * parser that types its cells through its shortest decimal form. The grammar is
 * `[+-]digits[.digits][(e|E)[+-]digits{1,3}]`. The value is left in {@link scanned}.
 *
 * @param cell - The cell as a CSV parser gives it.
 * @returns `READ`, `EMPTY` for an empty cell (absent, never zero), `NOT_A_NUMBER` otherwise.
 */
export function scanDecimal(cell: unknown): Scan {
  if (typeof cell === 'string') return scanText(cell);
  if (typeof cell === 'number') {
    if (Number.isSafeInteger(cell)) {
      scanned.units = cell === 0 ? 0 : cell;
      scanned.scale = 0;
      return READ;
    }
    return Number.isFinite(cell) ? scanText(String(cell)) : NOT_A_NUMBER;
  }
  return cell === undefined || cell === null ? EMPTY : NOT_A_NUMBER;
}

function scanText(text: string): Scan {
  let i = 0;
  let end = text.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  if (i < end && text.charCodeAt(i) === 39) {
    i++;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
  }
  if (i === end) return EMPTY;
  const start = i;
  let code = text.charCodeAt(i);
  const negative = code === 45;
  if (negative || code === 43) i++;
  let units = 0;
  let digits = 0; // significant digits in units
  let scale = 0;
  let zeros = 0; // decimals of zeros not yet added: only a later digit makes them count
  const whole = i;
  for (; i < end; i++) {
    code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) break;
    units = units * 10 + code;
    if (units !== 0) digits++;
  }
  if (i === whole) return NOT_A_NUMBER;
  if (i < end && text.charCodeAt(i) === 46) {
    for (i++; i < end; i++) {
      code = text.charCodeAt(i) - 48;
      if (code < 0 || code > 9) break;
      if (code === 0) {
        zeros++;
        continue;
      }
      const step = zeros + 1;
      digits = units === 0 ? 1 : digits + step;
      // past 15 digits the arithmetic stops; the grammar is still checked, then read exactly
      if (digits <= SAFE_DIGITS)
        units = units === 0 ? code : units * (POWERS[step] as number) + code;
      scale += step;
      zeros = 0;
    }
  }
  let exponent = 0;
  if (i < end && (text.charCodeAt(i) | 32) === 101) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 45 || sign === 43) i++;
    const first = i;
    for (; i < end && i - first < 4; i++) {
      code = text.charCodeAt(i) - 48;
      if (code < 0 || code > 9) break;
      exponent = exponent * 10 + code;
    }
    if (i === first || i - first > 3) return NOT_A_NUMBER;
    if (sign === 45) exponent = -exponent;
  }
  if (i !== end) return NOT_A_NUMBER;
  if (digits > SAFE_DIGITS) return exactly(text.slice(start, end));
  scale -= exponent;
  if (units === 0) scale = 0;
  else if (scale < 0) {
    if (digits - scale > SAFE_DIGITS) return exactly(text.slice(start, end));
    units *= POWERS[-scale] as number;
    scale = 0;
  }
  scanned.units = negative && units !== 0 ? -units : units;
  scanned.scale = scale;
  return READ;
}

/** The rare number past 2^53, read again as a `bigint` (the grammar is already checked). */
function exactly(text: string): Scan {
  const e = text.search(/[eE]/);
  const mantissa = e < 0 ? text : text.slice(0, e);
  const point = mantissa.indexOf('.');
  const fraction = point < 0 ? '' : mantissa.slice(point + 1);
  let units = BigInt(point < 0 ? mantissa : mantissa.slice(0, point) + fraction);
  let scale = fraction.length - (e < 0 ? 0 : Number(text.slice(e + 1)));
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const safe = units >= -9_007_199_254_740_991n && units <= 9_007_199_254_740_991n;
  scanned.units = units === 0n ? 0 : safe ? Number(units) : units;
  scanned.scale = units === 0n ? 0 : scale;
  return READ;
}

/**
 * What {@link scanDecimalBytes} answers for a cell it leaves to {@link scanDecimal}: one holding a
 * byte past ASCII where white space may be (`U+00A0`, `U+FEFF` are white space around a number).
 */
export const AS_TEXT = 2;

/**
 * {@link scanDecimal} of a cell's UTF-8 bytes, without making a string of them (REC-2): the same
 * answer and the same {@link scanned}, on every cell of ASCII. A cell with a byte past ASCII at
 * its edges, where white space is trimmed, is left to the text reader ({@link AS_TEXT}); past
 * ASCII anywhere else a cell is no number either way.
 *
 * @param bytes - The bytes holding the cell.
 * @param from - Where the cell starts.
 * @param to - Where it ends (exclusive).
 * @returns `READ`, `EMPTY`, `NOT_A_NUMBER`, or `AS_TEXT` to read it as text.
 */
export function scanDecimalBytes(
  bytes: Uint8Array,
  from: number,
  to: number,
): Scan | typeof AS_TEXT {
  let i = from;
  let end = to;
  let code = 0;
  // white space as the text reader trims it: ASCII's here, past ASCII left to it
  for (; i < end; i++) {
    code = bytes[i] as number;
    if (code !== 32 && code !== 9) break;
  }
  for (; end > i; end--) {
    code = bytes[end - 1] as number;
    if (code !== 32 && code !== 9) break;
  }
  if (i < end && (bytes[i] as number) >= 0x80) return AS_TEXT;
  if (end > i && (bytes[end - 1] as number) >= 0x80) return AS_TEXT;
  if (i < end && bytes[i] === 39) {
    i++;
    for (; i < end; i++) {
      code = bytes[i] as number;
      if (code !== 32 && code !== 9) break;
    }
    if (i < end && code >= 0x80) return AS_TEXT;
  }
  if (i === end) return EMPTY;
  const start = i;
  code = bytes[i] as number;
  const negative = code === 45;
  if (negative || code === 43) i++;
  let units = 0;
  let digits = 0;
  let scale = 0;
  let zeros = 0;
  const whole = i;
  for (; i < end; i++) {
    code = (bytes[i] as number) - 48;
    if (code < 0 || code > 9) break;
    units = units * 10 + code;
    if (units !== 0) digits++;
  }
  if (i === whole) return NOT_A_NUMBER;
  if (i < end && bytes[i] === 46) {
    for (i++; i < end; i++) {
      code = (bytes[i] as number) - 48;
      if (code < 0 || code > 9) break;
      if (code === 0) {
        zeros++;
        continue;
      }
      const step = zeros + 1;
      digits = units === 0 ? 1 : digits + step;
      if (digits <= SAFE_DIGITS)
        units = units === 0 ? code : units * (POWERS[step] as number) + code;
      scale += step;
      zeros = 0;
    }
  }
  let exponent = 0;
  if (i < end && ((bytes[i] as number) | 32) === 101) {
    i++;
    const sign = bytes[i];
    if (sign === 45 || sign === 43) i++;
    const first = i;
    for (; i < end && i - first < 4; i++) {
      code = (bytes[i] as number) - 48;
      if (code < 0 || code > 9) break;
      exponent = exponent * 10 + code;
    }
    if (i === first || i - first > 3) return NOT_A_NUMBER;
    if (sign === 45) exponent = -exponent;
  }
  if (i !== end) return NOT_A_NUMBER;
  if (digits > SAFE_DIGITS) return exactly(asciiText(bytes, start, end));
  scale -= exponent;
  if (units === 0) scale = 0;
  else if (scale < 0) {
    if (digits - scale > SAFE_DIGITS) return exactly(asciiText(bytes, start, end));
    units *= POWERS[-scale] as number;
    scale = 0;
  }
  scanned.units = negative && units !== 0 ? -units : units;
  scanned.scale = scale;
  return READ;
}

/** ASCII bytes as text (the grammar is checked: every byte is ASCII). */
function asciiText(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) text += String.fromCharCode(bytes[i] as number);
  return text;
}
