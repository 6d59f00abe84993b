import { RuleErrorCode } from './RuleErrorCode.ts';
import { RULE_ERROR_BRAND } from './ruleErrorBrand.ts';

/**
 * One problem found in an input, with the dot path of the field it concerns (relative to the
 * parameter or document that was checked).
 *
 * @category Errors
 */
export interface RuleIssue {
  /** Dot path of the offending field, e.g. `refunds.software-perpetual.window.days`; `''` for the whole input. */
  readonly path: string;
  /** What is wrong, in one English sentence fragment. */
  readonly message: string;
  /**
   * The catalog key of `message` (MSG-1), where the library knows it: the issues `definePolicy`
   * collects carry one, so `formatMessage` can translate each.
   */
  readonly messageId?: string;
  /** The values of `messageId`'s `{name}` placeholders: `path`, `got` and the fragment's own. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The one error the library throws: invalid input, never a business answer (ERR-1). A refusal
 * such as "not refundable" is a result; a malformed instant, an unknown market or instants in the
 * wrong order is a `RuleError` with a stable {@link RuleErrorCode}, the offending field's dot `path`
 * where there is one, and a message naming the field and the bad value.
 *
 * @example
 * ```ts
 * import { RuleError, policyAt } from 'subscription-rules';
 * try {
 *   policyAt('yesterday');
 * } catch (error) {
 *   error instanceof RuleError && [error.code, error.path];
 *   //=> ['INVALID_INSTANT', 'instant']
 * }
 * ```
 * @category Errors
 */
export class RuleError extends Error {
  /** Always `'RuleError'`. */
  override readonly name: 'RuleError' = 'RuleError';
  /** The stable code of the problem. */
  declare readonly code: RuleErrorCode;
  /** Dot path of the offending field, rooted at the parameter's name (`purchase.orderedAt`, `at`). */
  declare readonly path: string | undefined;
  /** Every problem found, for errors that collect several (`INVALID_POLICY`); otherwise one. */
  declare readonly issues: readonly RuleIssue[];
  /**
   * The catalog key of the message (MSG-1): the English template of what was expected, e.g.
   * `'expected an object'` or `'expected one of {allowed}'`, the same in every locale. Every
   * RuleError the library throws has one; one built by hand with a free-form message has none (nor
   * does the RuleError about the constructor's own bad arguments): `formatMessage` then gives its
   * English message. `formatMessage(error, locale)` translates it.
   */
  declare readonly messageId: string | undefined;
  /**
   * The values of the message's placeholders: `path` (the field), `got` (the value as the English
   * message describes it, when there is one) and the template's own (e.g. `allowed`); `undefined`
   * when `messageId` is.
   */
  declare readonly params: Readonly<Record<string, string | number>> | undefined;

  /**
   * Whether `value` is a RuleError of this library, whichever copy of the class made it:
   * `subscription-rules`, `subscription-rules/new-commerce` and `subscription-rules/legacy` (and
   * their locales) are built apart, each with its own copy, so `instanceof` reads the mark every
   * copy sets rather than the prototype chain (the same test as `isRuleError`).
   *
   * @param value - Anything.
   * @returns `true` for a RuleError of any copy.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // a class of the caller's that extends RuleError is asked of by its prototype chain, as usual:
    // `this` is the class `instanceof` asks, which a subclass inherits this method into
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass here, not RuleError
    if (this !== RuleError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { readonly [RULE_ERROR_BRAND]?: unknown })[RULE_ERROR_BRAND] === true
    );
  }

  /**
   * @param code - The stable code.
   * @param message - The full English message, naming the field and the bad value.
   * @param path - The dot path of the offending field, if there is one.
   * @param issues - Every problem found; defaults to one issue made of `path` and `message`.
   */
  constructor(code: RuleErrorCode, message: string, path?: string, issues?: readonly RuleIssue[]) {
    // the first argument that is not what its type says, for a caller without the types
    const wrong =
      typeof code !== 'string' || !Object.hasOwn(RuleErrorCode, code)
        ? 'code'
        : typeof message !== 'string'
          ? 'message'
          : path !== undefined && typeof path !== 'string'
            ? 'path'
            : issues !== undefined &&
                !(
                  Array.isArray(issues) &&
                  issues.every((i) => typeof i?.path === 'string' && typeof i.message === 'string')
                )
              ? 'issues'
              : undefined;
    const text =
      wrong === undefined
        ? message
        : `${wrong}: expected RuleError(code, message, path?, issues?) as typed`;
    super(text);
    // The mark isRuleError reads: not enumerable, so it never shows in JSON or in a comparison.
    Object.defineProperty(this, RULE_ERROR_BRAND, { value: true });
    // A RuleError built with bad arguments is itself a RuleError about them, never a half-made one.
    this.code = wrong === undefined ? code : RuleErrorCode.INVALID_ARGUMENT;
    this.path = wrong ?? path;
    this.issues =
      wrong === undefined && issues !== undefined
        ? [...issues]
        : [{ path: this.path ?? '', message: text }];
  }
}
