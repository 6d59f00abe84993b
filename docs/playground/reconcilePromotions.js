// The Reconciliation tab's promotions (PL-5): Partner Center's promotion resources, as its API
// returns them — one, a list, or a page `{ "items": [...] }` — each read by the library's
// `parsePromotion`, as `subscription-rules reconcile --promotions` reads its file. A promotion that
// cannot be read is an input problem naming it and its fields, never a crash.
import { parsePromotion } from '../../dist/schemas.js';
import { InputProblem } from './fileTab.js';

/** The promotions of a JSON value, each with its dot path (`''`, `3`, `items.3`), as the CLI lists them. */
function itemsOf(json) {
  if (Array.isArray(json)) return json.map((item, i) => [item, String(i)]);
  const items = typeof json === 'object' && json !== null ? json.items : undefined;
  if (Array.isArray(items)) return items.map((item, i) => [item, `items.${i}`]);
  return [[json, '']];
}

/** What a promotion is called in a message: its id, else where it is in the text. */
function promotionName(item, path) {
  const id = typeof item === 'object' && item !== null ? item.id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : `(${path || '0'})`;
}

/**
 * The promotions of `text` (blank: none), read by `parsePromotion`; two with one id are refused,
 * as the reader could not tell which a subscription names.
 *
 * @param text - The pasted or loaded JSON.
 * @param name - What the input is called: its file's name, or the pasted text.
 * @returns The promotions, or `undefined` when the text is blank.
 * @throws InputProblem `promotionsNotJson`, `promotionBad` (the promotion and each bad field) or
 *   `promotionTwice`.
 */
export function promotionsOf(text, name) {
  if (text.trim() === '') return undefined;
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputProblem('promotionsNotJson', { name });
  }
  const seen = new Map();
  return itemsOf(json).map(([item, path]) => {
    const read = parsePromotion(item);
    if (!read.ok)
      throw new InputProblem('promotionBad', {
        name,
        promotion: promotionName(item, path),
        problems: read.issues
          .map((issue) => `${issue.path || '(promotion)'}: ${issue.message}`)
          .join('; '),
      });
    const id = read.value.id.trim().toUpperCase();
    if (seen.has(id))
      throw new InputProblem('promotionTwice', {
        name,
        promotion: read.value.id,
        first: seen.get(id) || '0',
        path: path || '0',
      });
    seen.set(id, path);
    return read.value;
  });
}

/** Whether a JSON value holds promotion resources (they name `requiredProducts`), not subscriptions. */
export function holdsPromotions(json) {
  const [first] = itemsOf(json);
  const item = first?.[0];
  return typeof item === 'object' && item !== null && Array.isArray(item.requiredProducts);
}
