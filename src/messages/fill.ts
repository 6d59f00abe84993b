import type { MessageParams, MessageValue } from './types.ts';

/** `{name}` or `{name:form}`: a placeholder, with an optional one-letter form. */
const PLACEHOLDER = /\{(\w+)(?::(\w))?\}/g;

/** A template cut at its placeholders: text, then `[name, form]`, then text, … (text first and last). */
type Cut = readonly (string | readonly [string, string | undefined])[];

/** The templates cut lately (a language's templates are a few hundred), emptied when full. */
const cuts = new Map<string, Cut>();
const CUTS = 1024;

/** A template cut at its placeholders, as `replace` finds them. */
function cutOf(template: string): Cut {
  let cut = cuts.get(template);
  if (cut !== undefined) return cut;
  const parts: (string | readonly [string, string | undefined])[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(at, match.index), [match[1] as string, match[2]]);
    at = match.index + match[0].length;
  }
  parts.push(template.slice(at));
  cut = parts;
  if (cuts.size >= CUTS) cuts.clear();
  cuts.set(template, cut);
  return cut;
}

/**
 * A template with each placeholder replaced by what `value` makes of its parameter (MSG-1). The
 * form after a colon (`{unit:s}`) is a hint for the renderer; other languages may ignore it. Each
 * template is cut at its placeholders once, not searched again for every sentence.
 *
 * @param template - The template, e.g. `'The link expired at {expiresAt}.'`.
 * @param params - The parameters, by placeholder name.
 * @param value - Renders one parameter's value, given its form and name.
 * @returns The filled sentence.
 */
export function fill(
  template: string,
  params: MessageParams,
  value: (value: MessageValue, form: string | undefined, name: string) => string,
): string {
  const cut = cutOf(template);
  let text = cut[0] as string;
  for (let i = 1; i < cut.length; i += 2) {
    const [name, form] = cut[i] as readonly [string, string | undefined];
    text += value(params[name] as MessageValue, form, name) + (cut[i + 1] as string);
  }
  return text;
}
