/**
 * Whether a decimal's text is already its exact text (`exactText` of what it reads): an optional
 * `-`, `0` or digits not starting with `0`, and decimals not ending with `0`; no sign `+`, white
 * space, apostrophe or exponent, and no `-0`. Such a text is kept as the line's own, with no text
 * written again from its digits (a quantity is a line's own decimal, read once a line).
 *
 * @param text - A decimal as a cell writes it.
 * @returns `true` when writing its value exactly gives the same characters.
 */
export function isExactText(text: string): boolean {
  const end = text.length;
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
