import { decimalText, type FileDecimal } from '../../kernel/fileDecimal.ts';
import { upliftPercent } from '../../pricing/upliftPercent.ts';
import type { BilledLine, EffectDetails } from './BilledLine.ts';
import { dayText } from './days.ts';
import type { ReconciliationTexts } from './texts/ReconciliationTexts.ts';
import { sentence } from './texts/textsFor.ts';

/** An amount with its currency, as the messages write it (`31.20 USD`). */
export function amountText(
  value: FileDecimal,
  exponent: number,
  currency: string | undefined,
): string {
  const text = decimalText(value, exponent);
  return currency === undefined ? text : `${text} ${currency}`;
}

/** Minor units as the currency's decimal (`3120` → `31.20`). */
function money(minor: number, exponent: number): string {
  return decimalText({ units: minor, scale: exponent }, exponent);
}

const PERIOD_KINDS: ReadonlySet<string> = new Set([
  'purchase',
  'cycle',
  'renewal',
  'trial-conversion',
  'term-change',
]);

/** The arithmetic of a line that comes from an effect (REC-2). */
function ofEffect(
  line: BilledLine,
  effect: EffectDetails,
  twoLine: boolean,
  texts: ReconciliationTexts,
): string {
  const kind = line.kind as NonNullable<BilledLine['kind']>;
  const m = (minor: number): string => money(minor, line.exponent);
  const params = {
    action: texts.actions[kind],
    day: dayText(effect.atDay),
    start: dayText(line.startDay),
    end: dayText(line.endDay),
    unitPrice: m(effect.unitPrice),
    quantity: effect.quantity,
    seats: effect.seats,
    days: effect.days,
    periodDays: effect.periodDays,
    amount: amountText(line.subtotal, line.exponent, line.currency).replace(/^-/, ''),
  };
  // a month of Extended Service Term: its base, the uplift and the month's price (EST-5)
  if (effect.est !== undefined)
    return sentence(texts, 'est', {
      ...params,
      since: dayText(effect.est.since),
      basePrice: m(effect.est.basePrice),
      uplift: upliftPercent(effect.est.uplift),
      unitPrice: m(effect.amount / effect.quantity),
    });
  // a month of Extended Service Term prints its base as UnitPrice; its price is the month's
  if (kind === 'extended-service-term')
    return sentence(texts, 'period', { ...params, unitPrice: m(effect.amount / effect.quantity) });
  if (PERIOD_KINDS.has(kind)) return sentence(texts, 'period', params);
  if (effect.outcome === 'full-credit') return sentence(texts, 'full-credit', params);
  if (effect.outcome === 'prorated-credit') {
    const total = effect.unitPrice * effect.quantity;
    return sentence(texts, 'credit', {
      ...params,
      total: m(total),
      used: effect.periodDays - effect.days,
      usedAmount: m(total - effect.amount),
    });
  }
  if (twoLine && effect.twoLine !== undefined)
    return sentence(texts, 'two-line', {
      ...params,
      before: effect.seats - effect.quantity,
      after: m(effect.twoLine.after),
      beforeAmount: m(effect.twoLine.before),
      amount: `${m(effect.twoLine.amount)} ${line.currency}`,
    });
  return sentence(texts, 'prorated', params);
}

/**
 * The arithmetic that gives an expected line its amount (REC-2), in the language asked for:
 * `added 5 seats on 2026-12-05: 12.50 × 5 for 15 of 30 days = 31.20 USD` for an effect's line; a
 * caller's line shows its own columns.
 *
 * @param line - The expected line.
 * @param twoLine - Whether the file printed its group as two lines.
 * @param texts - The language.
 * @returns The sentence.
 */
export function explain(line: BilledLine, twoLine: boolean, texts: ReconciliationTexts): string {
  if (line.effect !== undefined) return ofEffect(line, line.effect, twoLine, texts);
  const params = {
    chargeType: line.chargeType,
    start: dayText(line.startDay),
    end: dayText(line.endDay),
    quantity: decimalText(line.billableQuantity),
    amount: amountText(line.subtotal, line.exponent, line.currency),
  };
  return line.effectiveUnitPrice === undefined
    ? sentence(texts, 'line-total', params)
    : sentence(texts, 'line', {
        ...params,
        perSeat: decimalText(line.effectiveUnitPrice, line.exponent),
      });
}
