import type { ErrorMessages } from './ErrorMessages.ts';
import type { RuleError, RuleIssue } from './RuleError.ts';
import { RuleErrorCode } from './RuleErrorCode.ts';

type Catalog = Readonly<Record<string, string>>;

/** `template` with its `{name}` placeholders replaced by `params`; an unknown name stays as written. */
function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** One message (or issue) in the locale, or `undefined` when it has no catalog key there. */
function translate(
  messageId: string | undefined,
  params: Readonly<Record<string, string | number>> | undefined,
  path: string,
  messages: ErrorMessages,
): string | undefined {
  const expected: Catalog = messages.expected;
  if (messageId === undefined || !Object.hasOwn(expected, messageId)) return undefined;
  const all: Record<string, string | number> = { ...params, path };
  const got = all.got;
  return fill(got === undefined ? messages.frameNoValue : messages.frame, {
    ...all,
    expected: fill(expected[messageId] as string, all),
    got:
      typeof got === 'string' && Object.hasOwn(messages.values, got)
        ? (messages.values[got] as string)
        : (got ?? ''),
  });
}

/**
 * A `RuleError`'s message in a locale (MSG-1): its `messageId` and `params` put into the locale's
 * `frame`; an `INVALID_POLICY` error of `definePolicy` lists its issues, each translated the same
 * way. A message the locale has no text for stays English (a test makes sure none is missing),
 * never blank.
 *
 * @param error - The error, as thrown (or as stored: only `code`, `message`, `path`, `issues`,
 *   `messageId` and `params` are read).
 * @param messages - The locale's error section.
 * @returns The message in the locale.
 */
export function formatRuleError(
  error: Pick<RuleError, 'code' | 'message' | 'path' | 'issues' | 'messageId' | 'params'>,
  messages: ErrorMessages,
): string {
  const one = translate(error.messageId, error.params, error.path ?? '', messages);
  if (one !== undefined) return one;
  if (error.code === RuleErrorCode.INVALID_POLICY && /^policy: \d+ issues?: /.test(error.message)) {
    const issues = error.issues.map(
      (issue: RuleIssue) =>
        translate(issue.messageId, issue.params, issue.path || '(policy)', messages) ??
        `${issue.path || '(policy)'}: ${issue.message}`,
    );
    return fill(messages.policy, { count: issues.length, issues: issues.join(messages.separator) });
  }
  return error.message;
}
