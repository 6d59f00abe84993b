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
  if (program === 'legacy')
    return { legacy: readChoices(products, legacy, path), newCommerce: undefined };
  if (program === 'new-commerce')
    return { legacy: undefined, newCommerce: readChoices(products, newCommerce, path) };
  if (products === undefined) return { legacy, newCommerce };
  const chosen: readonly string[] = readChoices(
    products,
    [...new Set<L | N>([...legacy, ...newCommerce])],
    path,
  );
  const legacyChosen = legacy.filter((product) => chosen.includes(product));
  const newCommerceChosen = newCommerce.filter((product) => chosen.includes(product));
  return {
    legacy: legacyChosen.length > 0 ? legacyChosen : undefined,
    newCommerce: newCommerceChosen.length > 0 ? newCommerceChosen : undefined,
  };
}
