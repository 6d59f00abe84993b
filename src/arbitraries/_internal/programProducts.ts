import type { Program } from '../../policy/vocabulary/programs.ts';
import { readChoices } from './readChoices.ts';

/** The products each program draws from; a program left out is `undefined`. */
export interface ProgramProducts<L extends string, N extends string> {
  readonly legacy: readonly L[] | undefined;
  readonly newCommerce: readonly N[] | undefined;
}

/**
 * The programs an arbitrary draws and the products of each: the asked `program` alone, else both.
 * Given `products` without a program, each program draws the ones it sells, and a program that
 * sells none of them is left out (`windows-7-esu` is legacy only, `license-based` New Commerce
 * only); a product neither sells fails at its path, as `readChoices` says.
 */
export function programProducts<L extends string, N extends string>(
  program: Program | undefined,
  products: unknown,
  legacy: readonly L[],
  newCommerce: readonly N[],
  path: string,
): ProgramProducts<L, N> {
  const chosen: readonly string[] = readChoices(
    products,
    program === 'legacy'
      ? legacy
      : program === 'new-commerce'
        ? newCommerce
        : [...new Set<L | N>([...legacy, ...newCommerce])],
    path,
  );
  // the chosen products a program sells, in the caller's order (by default the program's own
  // list, so both programs draw as each does alone); none: the program is left out
  const sold = <T extends string>(list: readonly T[], other: Program): readonly T[] | undefined => {
    const kept =
      products === undefined
        ? list
        : chosen.filter((product): product is T => list.includes(product as T));
    return program === other || kept.length === 0 ? undefined : kept;
  };
  return { legacy: sold(legacy, 'new-commerce'), newCommerce: sold(newCommerce, 'legacy') };
}
