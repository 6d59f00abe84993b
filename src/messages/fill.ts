import type { MessageParams, MessageValue } from './types.ts';

/** `{name}` or `{name:form}`: a placeholder, with an optional one-letter form. */
const PLACEHOLDER = /\{(\w+)(?::(\w))?\}/g;

/**
 * A template with each placeholder replaced by what `value` makes of its parameter (MSG-1). The
 * form after a colon (`{unit:s}`) is a hint for the renderer; other languages may ignore it.
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
  return template.replace(PLACEHOLDER, (_, name: string, form?: string) =>
    value(params[name] as MessageValue, form, name),
  );
}
