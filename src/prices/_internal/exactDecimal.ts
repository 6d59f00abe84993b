/** A non-negative decimal read exactly: `units` × 10^−`scale`. */
export interface ExactDecimal {
  readonly units: number;
  readonly scale: number;
}

/**
 * Reads a price's text exactly (PL-1, REC-2's dialect): digits, optionally `.` and digits (as many
 * as the file writes; trailing zeros dropped), never through a binary float.
 *
 * @param text - The text, trimmed, without Excel's apostrophe.
 * @returns The value, or `undefined` for text that is no non-negative decimal or whose digits are
 *   past the safe integers.
 */
export function exactDecimal(text: string): ExactDecimal | undefined {
  let units = 0;
  let digits = 0;
  let scale = -1;
  let zeros = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && scale < 0 && digits > 0) {
      scale = 0;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    if (scale < 0) digits++;
    else if (c === 48) {
      // trailing zeros are counted, and written only when a digit follows them
      zeros++;
      continue;
    } else {
      for (; zeros > 0; zeros--) {
        units *= 10;
        scale++;
      }
      scale++;
    }
    units = units * 10 + (c - 48);
    if (units > Number.MAX_SAFE_INTEGER) return undefined;
  }
  if (digits === 0 || (scale === 0 && zeros === 0)) return undefined;
  return { units, scale: scale < 0 ? 0 : scale };
}

/**
 * Whether a price's text is a negative decimal (`'-1.50'`): a `-` before what {@link exactDecimal}
 * reads, with a digit other than 0, so that it is refused as negative rather than as malformed.
 *
 * @param text - The text, trimmed, without Excel's apostrophe.
 * @returns `true` for a decimal below 0.
 */
export function isNegativeDecimal(text: string): boolean {
  return (
    text.charCodeAt(0) === 45 && /[1-9]/.test(text) && exactDecimal(text.slice(1)) !== undefined
  );
}
