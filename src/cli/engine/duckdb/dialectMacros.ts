import { sqlLiteral as literal } from './sqlLiteral.ts';

/** White space as JavaScript's `String.prototype.trim` removes it. */
const JS_SPACE =
  '[\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';
/** White space as the default engine's number reader skips it around a number. */
const NUMBER_SPACE = '[ \\t\\x{A0}\\x{FEFF}]';
/** The most digits `DECIMAL(38,18)` holds before the point. */
const WHOLE_DIGITS = '[0-9]{1,20}';
/** The most decimals `DECIMAL(38,18)` holds after the point. */
const DECIMALS = '[0-9]{0,18}';
/**
 * A number the default engine reads and `DECIMAL(38,18)` holds exactly: Excel's apostrophe, a
 * sign, at most 20 digits before the point and 18 decimals after it (but zeros on either end).
 */
const NUMBER = `${NUMBER_SPACE}*(?:'${NUMBER_SPACE}*)?[+-]?0*${WHOLE_DIGITS}(?:\\.${DECIMALS}0*)?${NUMBER_SPACE}*`;
/**
 * The strict form of {@link NUMBER} (USG-2's factors): a minus or none, at most 20 digits before
 * the point and 1 to 18 after it, nothing else (no space, apostrophe, plus or exponent), so its
 * digits and its decimals are read from the text as it is written.
 */
const PLAIN_NUMBER = `-?${WHOLE_DIGITS}(?:\\.[0-9]{1,18})?`;
/** Zero in scientific notation (`'0E-20`, as Partner Center prints a zero). */
const ZERO = `${NUMBER_SPACE}*(?:'${NUMBER_SPACE}*)?[+-]?0+(?:\\.0*)?[eE][+-]?[0-9]{1,3}${NUMBER_SPACE}*`;
/** An empty number cell. */
const NO_NUMBER = `${NUMBER_SPACE}*(?:'${NUMBER_SPACE}*)?`;

/**
 * The SQL macros that read a reconciliation file's decimal dialect exactly as the default
 * engine's readers do (REC-2, REC-3, INV-3), for every command the DuckDB engine runs:
 * `js_trim(s)` trims as JavaScript's `trim`; `is_number(s)` says whether the default number
 * reader reads the cell and `DECIMAL(38,18)` holds it exactly (Excel's apostrophe, a sign, at most
 * 20 digits before the point and 18 decimals after it, white space around it, or a zero in
 * scientific notation such as `'0E-20`); `is_plain_number(s)` whether it is a number written
 * plainly, the stricter form the usage SQL multiplies digit by digit (USG-2: a minus or none, at
 * most 20 digits before the point and 1 to 18 after it, nothing else; `false` for `NULL`);
 * `is_no_number(s)` whether it is empty;
 * `number_of(s)` its value as `DECIMAL(38,18)`; `scale_of(d)` the decimals of a value, trailing
 * zeros dropped (as the default reader counts them). A cell none of them reads (another
 * scientific number, 21 digits, 19 decimals, a letter) is for the default reader.
 *
 * @returns The statements, to run before the SQL that uses them.
 * @example
 * ```ts
 * dialectMacros().includes('CREATE OR REPLACE MACRO number_of(s)');
 * //=> true
 * ```
 */
export function dialectMacros(): string {
  return `
CREATE OR REPLACE MACRO js_trim(s) AS regexp_replace(coalesce(s, ''), '^${JS_SPACE}+|${JS_SPACE}+$', '', 'g');
CREATE OR REPLACE MACRO is_number(s) AS regexp_full_match(coalesce(s, ''), ${literal(NUMBER)}) OR regexp_full_match(coalesce(s, ''), ${literal(ZERO)});
CREATE OR REPLACE MACRO is_plain_number(s) AS regexp_full_match(coalesce(s, ''), ${literal(PLAIN_NUMBER)});
CREATE OR REPLACE MACRO is_no_number(s) AS regexp_full_match(coalesce(s, ''), ${literal(NO_NUMBER)});
CREATE OR REPLACE MACRO number_of(s) AS CASE WHEN regexp_full_match(coalesce(s, ''), ${literal(ZERO)}) THEN CAST(0 AS DECIMAL(38,18)) ELSE TRY_CAST(regexp_extract(s, '[+-]?[0-9]+(?:\\.[0-9]*)?', 0) AS DECIMAL(38,18)) END;
CREATE OR REPLACE MACRO scale_of(d) AS length(rtrim(split_part(CAST(d AS VARCHAR), '.', 2), '0'));
`;
}
