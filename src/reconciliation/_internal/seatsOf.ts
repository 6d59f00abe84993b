/**
 * A `Quantity` cell's seats: trimmed, without Excel's apostrophe, one to nine digits, then perhaps a
 * point and zeros (`'45.0000`); -1 for anything else (one scan, no regular expression).
 *
 * @param quantity - The cell, as a CSV parser gives it.
 * @returns The seats, or -1.
 */
export function seatsOf(quantity: unknown): number {
  if (typeof quantity !== 'string') return -1;
  const text = quantity.trim();
  let i = text.charCodeAt(0) === 39 ? 1 : 0;
  const end = text.length;
  let seats = 0;
  const first = i;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    seats = seats * 10 + digit;
  }
  if (i === first || i - first > 9) return -1;
  if (i === end) return seats;
  if (text.charCodeAt(i) !== 46 || i + 1 === end) return -1;
  for (i++; i < end; i++) if (text.charCodeAt(i) !== 48) return -1;
  return seats;
}
