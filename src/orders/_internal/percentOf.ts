/**
 * ⌊seats·percent/100⌋ in exact integer arithmetic for any safe integer of seats (ORD-12).
 *
 * @param seats - A safe integer ≥ 0.
 * @param percent - A whole percent, 1 … 100.
 * @returns The whole seats.
 */
export function floorPercentOf(seats: number, percent: number): number {
  return Math.floor(seats / 100) * percent + Math.floor(((seats % 100) * percent) / 100);
}

/**
 * ⌈seats·percent/100⌉, that is (seats·percent + 99) div 100, exact for any safe integer (ORD-12).
 *
 * @param seats - A safe integer ≥ 0.
 * @param percent - A whole percent, 1 … 100.
 * @returns The whole seats.
 */
export function ceilPercentOf(seats: number, percent: number): number {
  return Math.floor(seats / 100) * percent + Math.floor(((seats % 100) * percent + 99) / 100);
}
