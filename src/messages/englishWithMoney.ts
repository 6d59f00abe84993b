import { formatMoney } from '../pricing/formatMoney.ts';
import type { Money } from '../pricing/money.ts';
import { english } from './english.ts';
import type { MessageParams } from './types.ts';

/**
 * The English sentence of a message whose parameters may hold money (an allowed action's credit,
 * MSG-1): each amount written with `formatMoney` (`$108.30`), the rest as {@link english} writes
 * it. Kept apart from `english`, so the areas whose messages carry no money hold no formatter.
 *
 * @param table - The English templates of the message's area.
 * @param id - The message ID.
 * @param params - Its parameters.
 * @returns The sentence.
 */
export function englishWithMoney(
  table: Readonly<Record<string, string>>,
  id: string,
  params: MessageParams,
): string {
  let shown: Record<string, MessageParams[string]> | undefined;
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (typeof value === 'object' && !Array.isArray(value)) {
      shown ??= { ...params };
      shown[name] = formatMoney(value as Money);
    }
  }
  return english(table, id, shown ?? params);
}
