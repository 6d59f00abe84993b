/** The four digits of each code unit below 256, made once (a key's units are mostly ASCII). */
const LOW: readonly string[] = Array.from({ length: 256 }, (_, unit) =>
  unit.toString(16).padStart(4, '0'),
);

/**
 * A text as a key whose order, in bytes or code points, is the text's order in UTF-16 code units
 * (JavaScript's `<`): four hexadecimal digits per code unit. A warehouse orders rows by such keys
 * and finds the order the library's one pass gives, whatever its collation.
 *
 * @param text - The text.
 * @returns Its key.
 */
export function hexKey(text: string): string {
  // the digits joined once: a text grown a unit at a time is a tree of pieces (kilobytes a key)
  const digits: string[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    digits[i] = unit < 256 ? (LOW[unit] as string) : unit.toString(16).padStart(4, '0');
  }
  return digits.join('');
}
