/**
 * Whether a decimal's text is already its exact text (`exactText` of what it reads): an optional
 * `-`, `0` or digits not starting with `0`, and decimals not ending with `0`; no sign `+`, white
 * space, apostrophe or exponent, and no `-0`. Such a text is kept as the line's own, with no text
 * written again from its digits (a quantity is a line's own decimal, read once a line).
 *
 * @param text - A decimal as a cell writes it.
 * @param end - Where the text ends (all of it unless given).
 * @returns `true` when writing its value exactly gives the same characters.
 */
export function isExactText(text: string, end: number = text.length): boolean {
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  const first = i;
  let code = text.charCodeAt(i) - 48;
  if (code === 0) i++;
  else if (code > 0 && code <= 9) {
    for (i++; i < end; i++) {
      code = text.charCodeAt(i) - 48;
      if (code < 0 || code > 9) break;
    }
  } else return false;
  if (i === end) return first === 0 || text.charCodeAt(first) !== 48;
  if (text.charCodeAt(i) !== 46 || i + 1 === end || text.charCodeAt(end - 1) === 48) return false;
  for (i++; i < end; i++) {
    code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return false;
  }
  return true;
}

/**
 * Whether a decimal's text is its exact text but for zeros after its last decimal (`0.20`,
 * `1.0`, `5.00`): plainly written, each of its decimals as printed. Such a price is kept as
 * written, for its printed decimals to judge it by (USG-2).
 *
 * @param text - A decimal as a cell writes it.
 * @returns `true` when {@link isExactText} holds of it without those zeros (and the point).
 */
export function isPlainText(text: string): boolean {
  let end = text.length;
  if (text.indexOf('.') < 0) return isExactText(text, end);
  while (end > 0 && text.charCodeAt(end - 1) === 48) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 46) end--;
  return end > 0 && isExactText(text, end);
}

/**
 * How many decimals a decimal's text prints: its digits after the point, zeros at the end
 * counted, when it is plainly written ({@link isPlainText}); else `scale`, its value's own.
 *
 * @param text - The decimal's text.
 * @param scale - Its value's decimals, trailing zeros dropped.
 * @returns The decimals it prints.
 */
export function printedDecimals(text: string, scale: number): number {
  if (!isPlainText(text)) return scale;
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}
