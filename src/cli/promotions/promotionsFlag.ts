import type { Promotion } from '../../index.ts';
import { parsePromotion } from '../../schemas/index.ts';
import { fileFlag } from '../fileFlag.ts';
import { readJsonInput } from '../readJsonInput.ts';
import { UsageError } from '../UsageError.ts';
import { validInput } from '../validInput.ts';

/** The help line of `--promotions`, the same in every command that takes it. */
export const PROMOTIONS_HELP =
  '--promotions     Partner Center\'s promotion resources as JSON: one, a list, or { "items": [...] } as the API pages them; a subscription naming one (promotionId) is priced with its discount, and renewals inside a window take it';

/** The promotions of a file: its items and their dot paths (`''`, `3`, `items.3`). */
function itemsOf(json: unknown): [unknown, string][] {
  if (Array.isArray(json)) return json.map((item, i) => [item, String(i)]);
  const items =
    typeof json === 'object' && json !== null ? (json as { items?: unknown }).items : undefined;
  if (Array.isArray(items)) return items.map((item, i) => [item, `items.${i}`]);
  return [[json, '']];
}

/**
 * `--promotions FILE` (PL-5, PL-6): Partner Center's promotion resources as its API returns them —
 * one resource, a JSON list of them, or a page `{ "items": [...] }` — each read by
 * `parsePromotion`, so `renewals`, `forecast`, `reconcile` and `inspect` apply them exactly as
 * `options.promotions` does in the library. A bad file is a usage error naming the flag, the file
 * and each bad field (`--promotions promos.json: items.0.requiredProducts.0.pricingPolicies.0.value:
 * expected a fraction …`); two promotions with one id are refused, as the reader could not tell
 * which a resource names.
 *
 * @param values - The parsed flags.
 * @returns The promotions, or `undefined` without the flag.
 * @throws UsageError naming `--promotions`, the file and the field at fault.
 */
export function promotionsFlag(
  values: Readonly<Record<string, unknown>>,
): readonly Promotion[] | undefined {
  const file = fileFlag(values, 'promotions');
  if (file === undefined) return undefined;
  const label = `--promotions ${file}`;
  let json: unknown;
  try {
    json = readJsonInput(file);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`--promotions ${error.message}`);
    throw error;
  }
  const seen = new Map<string, string>();
  return itemsOf(json).map(([item, path]) => {
    const promotion = validInput(parsePromotion(item), path, label);
    const id = promotion.id.trim().toUpperCase();
    const before = seen.get(id);
    if (before !== undefined)
      throw new UsageError(
        `${label}: ${path ? `${path}.` : ''}id: ${promotion.id} is given twice (also at ${before || '(input)'})`,
      );
    seen.set(id, path);
    return promotion;
  });
}
