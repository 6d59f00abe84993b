import { decimalText, type FileDecimal, sameDecimal } from '../../kernel/fileDecimal.ts';
import type {
  ReconcileAmounts,
  ReconcileDifference,
  ReconcileMatch,
  ReconcileMissing,
  ReconcileNote,
  ReconcileOptions,
  ReconcileResult,
  ReconcileUnexpected,
} from '../types.ts';
import type { BilledLine } from './BilledLine.ts';
import { dayText } from './days.ts';
import { type Expected, groupExpected } from './expectedGroups.ts';
import { expectedLines } from './expectedLines.ts';
import { amountText, explain } from './explain.ts';
import { actualOf, notesOf, unexpectedOf } from './fileEntries.ts';
import type { FileGroup } from './LineGroups.ts';
import { type ReadReconcileOptions, readReconcileOptions } from './readReconcileOptions.ts';
import { sheetRow } from './sheetRow.ts';
import { sentence } from './texts/textsFor.ts';

/** What a comparison finds for one subscription: the result without the reader's part. */
export type GroupComparison = Pick<
  ReconcileResult,
  'matched' | 'missing' | 'unexpected' | 'different'
>;

/** The rules that produced a group's expected lines, each once. */
function rulesOf(lines: readonly BilledLine[]): string[] {
  if (lines.length === 1) return [(lines[0] as BilledLine).rule];
  return [...new Set(lines.map((line) => line.rule))];
}

/** Expected amounts in the file's column names. */
function amounts(subtotal: FileDecimal, quantity: FileDecimal, line: BilledLine): ReconcileAmounts {
  return {
    Subtotal: decimalText(subtotal, line.exponent),
    BillableQuantity: decimalText(quantity),
    Currency: line.currency,
  };
}

/**
 * The promotion the rules apply to a group's lines (PL-5): `''` for none, `null` when its lines
 * disagree (nothing to compare).
 */
function promotionOf(lines: readonly BilledLine[]): string | null {
  const id = (lines[0] as BilledLine).promotionId ?? '';
  return lines.every((line) => (line.promotionId ?? '') === id) ? id : null;
}

/**
 * The file's group of a key (charge type in lower case, first and last billed day) not taken yet,
 * of the expected currency when there are several, else one without a currency, else the first:
 * marked taken. The groups of one subscription are few, so they are scanned in the file's order
 * rather than keyed by text.
 */
function pick(
  groups: readonly FileGroup[],
  taken: boolean[],
  chargeKey: string,
  startDay: number,
  endDay: number,
  currency: string,
): FileGroup | undefined {
  let first = -1;
  let bare = -1;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as FileGroup;
    if (
      taken[i] === true ||
      !group.known ||
      group.startDay !== startDay ||
      group.endDay !== endDay ||
      group.chargeKey !== chargeKey
    )
      continue;
    if (group.currency === currency) {
      first = i;
      bare = -2;
      break;
    }
    if (first < 0) first = i;
    if (bare === -1 && group.currency === undefined) bare = i;
  }
  const at = bare >= 0 ? bare : first;
  if (at < 0) return undefined;
  taken[at] = true;
  return groups[at];
}

/**
 * Compares one subscription's expected lines with the file's groups of it (REC-2, REC-4): each
 * expected group (charge type, billed days, currency) with the file's group of the same key, on
 * its net `Subtotal` and net `BillableQuantity`, exactly; a group the file printed as two lines (a
 * reversal of the old quantity and the new quantity charged, R2, R4) also against what that form
 * bills, prorated(Q1, N) − prorated(Q0, N), when the expected line is an effect's (a caller's line
 * does not say the period's days). An `EffectiveUnitPrice` printed otherwise while the amounts
 * agree is a note; a group of a charge type nobody knows is unexpected, one row at a time.
 *
 * @param expected - The subscription's invoice lines or effects (one list, either or both).
 * @param groups - The file's groups of the subscription ({@link LineGroups.take}).
 * @param options - `subscriptionId` of the effects, `chargeTypes`, `locale`.
 * @returns One entry per group: matched, missing, unexpected, different.
 * @throws {@link RuleError} for a bad expected line or effect (at `expected.<i>`) or bad options.
 */
export function compareGroups(
  expected: readonly unknown[],
  groups: readonly FileGroup[],
  options?: ReconcileOptions,
): GroupComparison {
  const read = readReconcileOptions(options);
  return compareLines(expectedLines(expected, read.types, read.subscriptionId), groups, read);
}

/**
 * {@link compareGroups} over expected lines already read.
 *
 * @param lines - The subscription's expected lines.
 * @param groups - The file's groups of it.
 * @param options - The options, read.
 * @param counted - Where to count the groups matched instead, when the caller reads nothing of a
 *   match but whether it has notes (a tally): one entry per group matched, `true` when it has
 *   notes; `matched` is then left empty, and no match's texts are written.
 * @returns One entry per group.
 */
export function compareLines(
  lines: readonly BilledLine[],
  groups: readonly FileGroup[],
  options: ReadReconcileOptions,
  counted?: boolean[],
): GroupComparison {
  const { texts, subscriptionId } = options;
  const matched: ReconcileMatch[] = [];
  const missing: ReconcileMissing[] = [];
  const unexpected: ReconcileUnexpected[] = [];
  const different: ReconcileDifference[] = [];
  // which of the file's groups an expected group took, by place (numbers compared, no keys written)
  const taken: boolean[] = [];
  // the expected groups no group of their key took: matched by another type last (REC-5)
  const untaken: { want: Expected; missing: ReconcileMissing }[] = [];
  for (const want of groupExpected(lines)) {
    const first = want.lines[0] as BilledLine;
    const { startDay, endDay, currency } = first;
    let group = pick(groups, taken, first.chargeType.toLowerCase(), startDay, endDay, currency);
    // the first month of an Extended Service Term may be printed renew or new (EST-5, decided)
    let printedAs: string | undefined;
    if (group === undefined && first.kind === 'extended-service-term') {
      for (const kind of ['renewal', 'purchase'] as const) {
        const name = options.types.names[kind];
        group = pick(groups, taken, name.toLowerCase(), startDay, endDay, currency);
        if (group !== undefined) {
          printedAs = name;
          break;
        }
      }
    }
    const id = first.subscriptionId ?? subscriptionId ?? group?.subscriptionId ?? null;
    const chargeStartDate = dayText(first.startDay);
    const chargeEndDate = dayText(first.endDay);
    const rules = rulesOf(want.lines);
    if (group === undefined) {
      const arithmetic = want.lines.map((line) => explain(line, false, texts));
      untaken.push({
        want,
        missing: {
          subscriptionId: id,
          chargeType: first.chargeType,
          chargeStartDate,
          chargeEndDate,
          currency: first.currency,
          expected: amounts(want.subtotal, want.quantity, first),
          rules,
          message: [...arithmetic, sentence(texts, 'missing', {})].join(texts.separator),
        },
      });
      continue;
    }
    const twoLineForm = !group.credit && group.negativeLines > 0 && group.positiveLines > 0;
    const form = twoLineForm ? ('two-line' as const) : ('one-line' as const);
    const subtotal = { units: group.subtotalUnits, scale: group.subtotalScale };
    const quantity = { units: group.quantityUnits, scale: group.quantityScale };
    let twoLine: number | undefined = twoLineForm ? 0 : undefined;
    for (const line of want.lines) {
      const amount = line.effect?.twoLine?.amount;
      twoLine = twoLine === undefined || amount === undefined ? undefined : twoLine + amount;
    }
    // the file's form decides what was expected: the two-line amount when the rules give one
    const twoLineSubtotal =
      twoLine === undefined ? undefined : { units: twoLine, scale: first.exponent };
    const subtotalAgrees =
      sameDecimal(subtotal, want.subtotal) ||
      (twoLineSubtotal !== undefined && sameDecimal(subtotal, twoLineSubtotal));
    const fields: ReconcileDifference['fields'][number][] = [];
    if (!subtotalAgrees) fields.push('Subtotal');
    if (!sameDecimal(quantity, want.quantity)) fields.push('BillableQuantity');
    if (group.currency !== undefined && group.currency !== first.currency) fields.push('Currency');
    // a file without the column says nothing of promotions; one that prints it is compared (PL-5)
    const promotion = promotionOf(want.lines);
    const promoted =
      group.promotionId !== undefined && promotion !== null && group.promotionId !== promotion;
    if (promoted) fields.push('PromotionId');
    if (fields.length === 0 && counted !== undefined) {
      counted.push(notesOf(group, want, texts).length > 0);
      continue;
    }
    const actual = {
      ...actualOf(group, first.exponent),
      ...(promoted && typeof group.promotionId === 'string'
        ? { PromotionId: group.promotionId }
        : {}),
    };
    if (fields.length === 0) {
      matched.push({
        subscriptionId: id,
        chargeType: first.chargeType,
        ...(printedAs === undefined ? {} : { printedAs }),
        chargeStartDate,
        chargeEndDate,
        currency: first.currency,
        lines: group.lines,
        rows: group.rows.map(sheetRow),
        form,
        amounts: actual,
        rules,
        notes: notesOf(group, want, texts),
      });
      continue;
    }
    const billedAmount = amountText(subtotal, first.exponent, group.currency ?? first.currency);
    // a month of Extended Service Term on the key of another charge (a renewal's, EST-5): the
    // file says what it bills, so the finding does too, beside the rules' own arithmetic
    const estInstead = group.est && first.kind !== 'extended-service-term';
    const billed = estInstead
      ? sentence(texts, 'billed-est', {
          quantity: actual.BillableQuantity,
          amount: billedAmount,
        })
      : fields.includes('BillableQuantity')
        ? sentence(texts, 'billed-quantity', {
            quantity: actual.BillableQuantity,
            amount: billedAmount,
          })
        : sentence(texts, 'billed', { amount: billedAmount });
    const arithmetic = want.lines.map((line) => explain(line, twoLine !== undefined, texts));
    if (promoted)
      arithmetic.push(
        sentence(texts, 'promotion', {
          expected: JSON.stringify(promotion),
          actual: JSON.stringify(group.promotionId),
        }),
      );
    different.push({
      subscriptionId: id,
      chargeType: first.chargeType,
      chargeStartDate,
      chargeEndDate,
      currency: first.currency,
      lines: group.lines,
      rows: group.rows.map(sheetRow),
      form,
      fields,
      expected: {
        ...amounts(twoLineSubtotal ?? want.subtotal, want.quantity, first),
        ...(promoted ? { PromotionId: promotion as string } : {}),
      },
      actual,
      rules,
      ...(estInstead ? { extendedServiceTerm: true as const } : {}),
      message: [...arithmetic, billed].join(texts.separator),
    });
  }
  // one charge printed under another known type, its days, seats and amount the same (`new` for
  // `renew`): one match naming both types, never a missing beside an unexpected (REC-5)
  for (const { want, missing: entry } of untaken) {
    const first = want.lines[0] as BilledLine;
    let at = -1;
    for (let i = 0; i < groups.length && at < 0; i++) {
      const group = groups[i] as FileGroup;
      if (
        taken[i] !== true &&
        group.known &&
        group.startDay === first.startDay &&
        group.endDay === first.endDay &&
        (group.currency === undefined || group.currency === first.currency) &&
        sameDecimal({ units: group.subtotalUnits, scale: group.subtotalScale }, want.subtotal) &&
        sameDecimal({ units: group.quantityUnits, scale: group.quantityScale }, want.quantity)
      )
        at = i;
    }
    const group = groups[at];
    if (group === undefined) {
      missing.push(entry);
      continue;
    }
    taken[at] = true;
    const params = { expected: first.chargeType, actual: group.chargeType };
    const note: ReconcileNote = {
      field: 'ChargeType',
      ...params,
      message: sentence(texts, 'charge-type', params),
    };
    if (counted !== undefined) {
      counted.push(true);
      continue;
    }
    matched.push({
      subscriptionId: entry.subscriptionId,
      chargeType: first.chargeType,
      printedAs: group.chargeType,
      chargeStartDate: entry.chargeStartDate,
      chargeEndDate: entry.chargeEndDate,
      currency: first.currency,
      lines: group.lines,
      rows: group.rows.map(sheetRow),
      form: 'one-line',
      amounts: actualOf(group, first.exponent),
      rules: entry.rules,
      notes: [note, ...notesOf(group, want, texts)],
    });
  }
  // every group no expected group took: unknown charge types too, one row at a time
  for (let i = 0; i < groups.length; i++)
    if (taken[i] !== true) unexpected.push(unexpectedOf(groups[i] as FileGroup, texts));
  return { matched, missing, unexpected, different };
}
