import type { RuleIssue } from '../errors/RuleError.ts';

/** An issue with the catalog key of its message (MSG-1). */
export interface KeyedIssue extends RuleIssue {
  readonly messageId: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * One issue at `path` (ERR-2, MSG-1): its English message is `template` with its `{name}`
 * placeholders filled from `params`, and the template is its `messageId`, the key a locale
 * translates it by (as a `RuleError`'s is). The checks that collect issues build them here, so a
 * locale can say each without parsing English.
 *
 * @param path - The dot path of the field.
 * @param template - What is wrong, e.g. `'expected an instant after {earlier}'`.
 * @param params - The values of its placeholders.
 * @returns The issue.
 */
export function issueOf(
  path: string,
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): KeyedIssue {
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
  return { path, message, messageId: template, params };
}
