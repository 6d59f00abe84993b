/**
 * The `RuleError` section of a locale (MSG-1): how a language says "field: what was expected, got
 * what", and what each message says, keyed by the error's `messageId` (the English template of
 * what was expected, e.g. `'expected one of {allowed}'`). The English is the message itself, so
 * the English locale needs none.
 *
 * Every template keeps its English template's `{name}` placeholders, no more and no fewer.
 *
 * @category Messages
 */
export interface ErrorMessages {
  /** The whole message: `{path}`, the translated `{expected}` and the value `{got}`. */
  readonly frame: string;
  /** An `INVALID_POLICY` error's message: `{count}` issues, then the `{issues}` joined by `separator`. */
  readonly policy: string;
  /** Between two issues of `policy`. */
  readonly separator: string;
  /** The words a described value may be (`'an object'`, `'an array'`…), translated. */
  readonly values: Readonly<Record<string, string>>;
  /** What was expected, by `messageId`. */
  readonly expected: Readonly<Record<string, string>>;
}
