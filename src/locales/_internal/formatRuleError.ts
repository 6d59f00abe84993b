import type { RuleIssue } from '../../errors/RuleError.ts';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import type { ErrorMessages } from '../../messages/ErrorMessages.ts';
import type { RuleErrorFields } from '../../messages/types.ts';

type Params = Readonly<Record<string, string | number>>;

/** English, for a stored error whose `message` was not kept: the `messageId` is its own template. */
const ENGLISH: ErrorMessages = {
  frame: '{path}: {expected}, got {got}',
  policy: 'policy: {count} issues: {issues}',
  separator: '; ',
  values: {},
  expected: {},
};

/** `template` with its `{name}` placeholders replaced by `params`; an unknown name stays as written. */
function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The part of a locale's frame before what was expected: `{path}: ` (`{path}：` in Chinese). */
const PATH_PART = /^\{path\}[:：]\s*/;

/**
 * One message (or issue) in the locale, with its path in front when `withPath`, or `undefined`
 * when the locale has no text for it. A guard's message says what it got (`params.got`); an issue
 * a check collected says only what was expected.
 */
function translate(
  messageId: unknown,
  params: Params | undefined,
  path: string,
  messages: ErrorMessages,
  withPath = true,
): string | undefined {
  if (typeof messageId !== 'string') return undefined;
  const template = Object.hasOwn(messages.expected, messageId)
    ? messages.expected[messageId]
    : messages === ENGLISH
      ? messageId
      : undefined;
  if (template === undefined) return undefined;
  const all: Record<string, string | number> = { ...params, path };
  const got = all.got;
  const head = PATH_PART.exec(messages.frame)?.[0] ?? '';
  const expected = fill(template, all);
  const body =
    got === undefined
      ? expected
      : fill(messages.frame.slice(head.length), {
          expected,
          got:
            typeof got === 'string' && Object.hasOwn(messages.values, got)
              ? (messages.values[got] as string)
              : got,
        });
  return withPath ? fill(head, { path }) + body : body;
}

/**
 * One issue of a parse or of `definePolicy` in a locale (MSG-1), without its path (as its English
 * `message` is): the locale's text of its `messageId` filled from its `params`, followed by what
 * was found when a guard found it. English when `messages` is `undefined`; the issue's own message
 * when the locale has no text for it (a test makes sure none is missing).
 *
 * @param issue - The issue, as a parse returned it or as stored.
 * @param messages - The locale's `errors`, or `undefined` for English.
 * @returns The sentence.
 */
export function formatIssue(issue: RuleIssue, messages: ErrorMessages | undefined): string {
  return (
    translate(issue.messageId, issue.params, issue.path, messages ?? ENGLISH, false) ??
    issue.message
  );
}

/**
 * A `RuleError`'s message in a locale (MSG-1): the locale's text of its `messageId`, filled from
 * its `params`, put into the locale's `frame` (`{path}: {expected}, got {got}` in English), the
 * value's words (`an object`, `an array`…) translated; an `INVALID_POLICY` error of
 * `definePolicy` lists its issues, each translated the same way. Without a locale's `errors`
 * (English) it is the error's own message. A message the locale has no text for stays English,
 * never blank (a test makes sure none is missing).
 *
 * @param error - The error as thrown, or as stored (`message` may be missing: it is rebuilt).
 * @param messages - The locale's `errors`, or `undefined` for English.
 * @returns The message.
 */
export function formatRuleError(
  error: RuleErrorFields,
  messages: ErrorMessages | undefined,
): string {
  if (messages === undefined && typeof error.message === 'string') return error.message;
  const locale = messages ?? ENGLISH;
  const one = translate(error.messageId, error.params, error.path ?? '', locale);
  if (one !== undefined) return one;
  const issues: readonly RuleIssue[] = Array.isArray(error.issues) ? error.issues : [];
  if (error.code === RuleErrorCode.INVALID_POLICY && issues.length > 0) {
    const list = issues.map((issue) => {
      const where = issue.path || '(policy)';
      return (
        translate(issue.messageId, issue.params, where, locale) ?? `${where}: ${issue.message}`
      );
    });
    // English says "1 issue" (definePolicy's own wording); the other languages have no plural.
    const policy =
      locale === ENGLISH && list.length === 1 ? 'policy: 1 issue: {issues}' : locale.policy;
    return fill(policy, { count: list.length, issues: list.join(locale.separator) });
  }
  return error.message ?? `${error.path ?? ''}: ${error.code}`;
}
