import * as fc from 'fast-check';
import { RuleErrorCode } from '../errors/RuleErrorCode.ts';
import { fail } from '../kernel/fail.ts';
import { currencyExponents } from '../pricing/data/currencyExponents.ts';
import { readInvoiceLine } from '../reconciliation/readInvoiceLine.ts';
import type { InvoiceLine } from '../reconciliation/types.ts';
import { readChoices } from './_internal/readChoices.ts';
import { readConstraints } from './_internal/readConstraints.ts';
import { readIntegerRange } from './_internal/readIntegerRange.ts';
import {
  EXPORT_COLUMNS,
  RECONCILIATION_QUIRKS,
  type ReconciliationQuirk,
  rowsOfLine,
  text,
} from './_internal/reconciliationDialect.ts';

export type { ReconciliationQuirk } from './_internal/reconciliationDialect.ts';

/** What {@link reconciliationRows} draws: a file's rows and the lines they print. */
export interface ReconciliationRows {
  /** The lines the rows print: what `reconcile` matches them with, group for group. */
  readonly lines: readonly InvoiceLine[];
  /** The file's rows in the file's order, each keyed by the header in the file's order. */
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** The cells broken on purpose, each of which `reconcile` reports as an issue. */
  readonly broken: readonly {
    /** The row in the sheet, as `reconcile`'s issue names it: the header is row 1 (REC-6). */
    readonly row: number;
    /** The column, as the file's header names it. */
    readonly column: string;
  }[];
}

/** Options of {@link reconciliationRows}. */
export interface ReconciliationRowsConstraints {
  /**
   * The lines the rows print, as `invoiceLines` writes them.
   *
   * @defaultValue 1 to 12 lines of three subscriptions, every charge type, four currencies
   */
  readonly lines?: readonly InvoiceLine[] | undefined;
  /**
   * The ways of writing the same line drawn from: the whole file's (`column-order`,
   * `unknown-columns`, `header-case` with a byte-order mark) and each row's (`apostrophe`,
   * `decimals` to 18, `scientific` zeros as `0E-20`, `charge-type-case`, `us-dates`,
   * `iso-instants`, `positive-credits`, `two-line`: a charge printed as a reversal and a rebill
   * whose net is the line's).
   *
   * @defaultValue all of them
   */
  readonly quirks?: readonly ReconciliationQuirk[] | undefined;
  /**
   * The most rows with a cell broken on purpose (a charge type left empty, a day that does not
   * exist, a number that is none).
   *
   * @defaultValue `0`
   */
  readonly maxBroken?: number | undefined;
}

const CHARGE_TYPES = ['new', 'cycleCharge', 'renew', 'addQuantity', 'convert'] as const;
const CREDIT_TYPES = ['removeQuantity', 'cancelImmediate'] as const;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1) / DAY;
const BROKEN: Readonly<Record<string, string>> = {
  ChargeType: '',
  ChargeStartDate: '2026-02-30',
  ChargeEndDate: '13/1/2026',
  BillableQuantity: 'five',
  Subtotal: '31,20',
  EffectiveUnitPrice: 'n/a',
};

/** Lines of three subscriptions, every charge type, four currencies (REC-1). */
const defaultLines: fc.Arbitrary<InvoiceLine[]> = fc.array(
  fc
    .record({
      type: fc.constantFrom<string>(...CHARGE_TYPES, ...CREDIT_TYPES),
      start: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 2500 }),
      days: fc.integer({ min: 1, max: 366 }),
      quantity: fc.integer({ min: 1, max: 50 }),
      price: fc.integer({ min: 0, max: 100_000 }),
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'BHD'),
      subscription: fc.constantFrom('S1', 'S2', 'S3'),
    })
    .map(({ type, start, days, quantity, price, currency, subscription }): InvoiceLine => {
      const exponent = currencyExponents[currency as keyof typeof currencyExponents];
      const sign = (CREDIT_TYPES as readonly string[]).includes(type) ? -1n : 1n;
      const date = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
      return {
        SubscriptionId: subscription,
        ChargeType: type,
        ChargeStartDate: date(start),
        ChargeEndDate: date(start + days - 1),
        EffectiveUnitPrice: text(BigInt(price), exponent),
        BillableQuantity: text(sign * BigInt(quantity), 0),
        Subtotal: text(sign * BigInt(price * quantity), exponent),
        Currency: currency,
      };
    }),
  { minLength: 1, maxLength: 12 },
);

/**
 * The rows of a Partner Center New Commerce reconciliation file as the real exports write them
 * (REC-2, REC-4), for property tests of a pipeline that reads them: each line printed in the
 * file's 48 columns with the quirks real files have — the columns in another order, unknown ones,
 * headers in another case with a byte-order mark, Excel's apostrophe, 18 decimals, `0E-20`, charge
 * types in any case, US dates and ISO instants, credits printed positive, a charge printed as two
 * lines — and, when asked, a few rows broken on purpose. `reconcile(lines, rows)` matches every
 * group and reports exactly the broken cells as issues.
 *
 * @param constraints - The lines, the quirks, the most broken rows.
 * @returns An arbitrary of `{ lines, rows, broken }`.
 * @throws `RuleError` `INVALID_ARGUMENT` for constraints that are not of this shape, and the
 *   errors of `reconcile` for a line it would refuse.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { reconciliationRows } from 'subscription-rules/arbitraries';
 * import { reconcile } from 'subscription-rules/reconciliation';
 * fc.assert(fc.property(reconciliationRows({ maxBroken: 2 }), ({ lines, rows, broken }) =>
 *   reconcile(lines, rows).issues.length === broken.length));
 * ```
 * @category Arbitraries
 */
export function reconciliationRows(
  constraints?: ReconciliationRowsConstraints,
): fc.Arbitrary<ReconciliationRows> {
  const options = readConstraints(constraints);
  const quirks = readChoices(options.quirks, RECONCILIATION_QUIRKS, 'constraints.quirks');
  const [, maxBroken] = readIntegerRange(0, options.maxBroken, [0, 0], 'constraints', 0);
  if (options.lines !== undefined && !Array.isArray(options.lines))
    fail(RuleErrorCode.INVALID_ARGUMENT, 'constraints.lines', 'expected a list', options.lines);
  const given = options.lines?.map((line, i) => readInvoiceLine(line, `constraints.lines.${i}`));
  const lines = given === undefined ? defaultLines : fc.constant(given);
  return lines.chain((chosen) =>
    fc
      .record({
        file: fc.subarray([...quirks]),
        perLine: fc.array(
          fc.record({
            quirks: fc.subarray([...quirks]),
            reversed: fc.integer({ min: 1, max: 20 }),
            extra: fc.integer({ min: 1, max: 5000 }),
          }),
          { minLength: chosen.length, maxLength: chosen.length },
        ),
        order: fc.shuffledSubarray([...EXPORT_COLUMNS], { minLength: EXPORT_COLUMNS.length }),
        lower: fc.subarray([...EXPORT_COLUMNS]),
        seed: fc.integer({ min: 0, max: 1_000_000 }),
        broken: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...Object.keys(BROKEN))), {
          maxLength: maxBroken,
        }),
      })
      .map(({ file, perLine, order, lower, seed, broken }) => {
        const fileQuirks = new Set(file);
        const columns = [
          ...(fileQuirks.has('column-order') ? order : EXPORT_COLUMNS),
          ...(fileQuirks.has('unknown-columns') ? ['FutureColumn'] : []),
        ];
        const header = (name: string, at: number): string =>
          !fileQuirks.has('header-case')
            ? name
            : `${at === 0 ? '\uFEFF' : ''}${lower.includes(name) ? ` ${name.toLowerCase()}` : name}`;
        const written = new Map(columns.map((name, at) => [name, header(name, at)]));
        const cells = chosen.flatMap((line, i) => {
          const draw = perLine[i] as (typeof perLine)[number];
          return rowsOfLine(line, new Set(draw.quirks), draw.reversed, draw.extra);
        });
        // the rows in another order: reconcile never reads them by position
        const rotated = cells.map(
          (_, i) => cells[(i + seed) % cells.length] as Record<string, string>,
        );
        const spoiled = new Map<number, string>();
        for (const [pick, column] of broken) spoiled.set(pick % rotated.length, column);
        const rows = rotated.map((row, i) =>
          Object.fromEntries(
            columns.map((name) => [
              written.get(name) as string,
              spoiled.get(i) === name
                ? (BROKEN[name] as string)
                : name === 'ReferenceId' && fileQuirks.has('unknown-columns')
                  ? '{"osId":"1","id":"2","v":2}'
                  : (row[name] ?? ''),
            ]),
          ),
        );
        return {
          lines: chosen,
          rows,
          broken: [...spoiled]
            .sort(([a], [b]) => a - b)
            .map(([row, column]) => ({ row: row + 2, column: written.get(column) as string })),
        };
      }),
  );
}
