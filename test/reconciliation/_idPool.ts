import fc from 'fast-check';

/**
 * Ids drawn from a pool of `max` alike but for a character: Partner Center's canonical ids (held
 * as their bits by an `IdTable`), other texts (held in a map), and none.
 *
 * @param max - The pool's last number.
 * @returns The arbitrary.
 */
export const idPool = (max: number): fc.Arbitrary<string | undefined> =>
  fc
    .integer({ min: 0, max })
    .map((n) =>
      n === 0
        ? undefined
        : n % 3 === 0
          ? `s-${n}`
          : `${n.toString(16).padStart(8, '0')}-0000-4000-8000-00000000000${n % 10}`,
    );
