import {
  decimalText,
  type FileDecimal,
  isNegative,
  readFileDecimal,
} from '../../kernel/fileDecimal.ts';
import { currencyExponents } from '../../pricing/data/currencyExponents.ts';
import { withUplift } from '../../pricing/withUplift.ts';
import type {
  ReconcileFinding as Finding,
  NewCommerceRules,
  ReconcileRemedy as Remedy,
} from '../replayTypes.ts';
import type { SubscriptionOutcome } from './reconcileSubscription.ts';
import { stakeOf } from './stakeOf.ts';
import { type RemedyTextId, remedyText } from './texts/remedyTexts.ts';

const day = (iso: string): string => iso.slice(0, 10);

/** An amount of minor units with its currency (`2920`, USD → `29.20 USD`). */
function money(units: number, currency: string): string {
  const exponent = currencyExponents[currency as keyof typeof currencyExponents] ?? 2;
  return `${decimalText({ units, scale: exponent }, exponent)} ${currency}`;
}

/** A decimal of the file without its sign. */
function magnitude(a: FileDecimal): FileDecimal {
  if (!isNegative(a)) return a;
  return { units: typeof a.units === 'bigint' ? -a.units : -a.units, scale: a.scale };
}

/** A `Subtotal` of the file with its currency, exactly, at least the currency's decimals. */
function fileMoney(a: FileDecimal, currency: string): string {
  const exponent = currencyExponents[currency as keyof typeof currencyExponents] ?? 2;
  return `${decimalText(a, exponent)} ${currency}`;
}

/** The uplift (a fraction) on a base of minor units ≥ 0, rounded half up (EST-3), exactly. */
function upliftOf(base: number, uplift: number): number {
  return withUplift(base, uplift) - base;
}

/** The outcome a remedy reads: the replay, and whether the resources given had the subscription. */
export type RemedyOutcome = Pick<SubscriptionOutcome, 'played' | 'notGiven' | 'committedPrice'>;

/**
 * The remedy of one finding (REC-3, REC-6), naming who acts, worked out by the rules from the
 * subscription's replay at `at`, the instant the command runs:
 * - a group billed otherwise than the rules and the inputs agree on (the same days, seats and
 *   price) is Microsoft's to correct: `now`, naming the invoice, the sheet's rows (the header is
 *   row 1) and the difference; so is a group the rules do not expect at all but seats added;
 * - a line of a subscription the resources given do not hold: `now`, check whose it is;
 * - seats billed on a day (`addQuantity`) in a number the rules do not give, or not expected, can
 *   be removed while their batch's reduction window is open (NCE-6): `now`, until the window's
 *   end, for the credit the rules give at `at`; once it has closed, `never` ("too late since …");
 * - seats of a cycle or renewal that differ are the partner's to change at the term's end:
 *   `at-renewal`, on its day (the term's seats hold until then, CHG-1);
 * - a change the rules refuse is `never`: its window has closed;
 * - any other finding of a subscription the replay leaves in its Extended Service Term (EST-3,
 *   EST-4) is `now`, with no deadline: it can be converted to a committed term or cancelled at any
 *   time; the sentence shows both prices, a seat's month in the Extended Service Term (for a
 *   resource read without its base, the file's `UnitPrice` is the base, EST-5, and the uplift on
 *   it is rounded half up as EST-3 rounds) against a seat's month in a committed term — the price
 *   list's annual term billed monthly, else the base the state carries — or says that price is
 *   not known, without a number for it;
 * - a month of Extended Service Term the rules do not bill (its line names it so, EST-5) is `now`:
 *   Partner Center bills one every month until it is converted or cancelled (**decided**); so is
 *   one the file bills on the key of another charge of the rules (a renewal's), whose remedy says
 *   that auto-renew turned off without a choice leads there;
 * - a group missing from the file (billed less): `never`, the charge may come in a later file.
 *
 * @param finding - The finding.
 * @param outcome - The subscription's replay, when there was one, and whether it was given.
 * @param at - The instant the command runs (`--at`, else the clock), in epoch milliseconds.
 * @param rules - The New Commerce rules.
 * @param tag - The language of its sentence (`--locale`): en, ko, zh-Hans or zh-Hant.
 * @returns The remedy.
 */
export function remedyOf(
  finding: Finding,
  outcome: RemedyOutcome,
  at: number,
  rules: NewCommerceRules,
  tag = 'en',
): Remedy {
  const say = (id: RemedyTextId, params?: Readonly<Record<string, string | number>>): string =>
    remedyText(tag, id, params);
  const never = (message: string): Remedy => ({ when: 'never', message });
  if (finding.finding === 'refused') return never(say('refused'));
  if (finding.finding === 'missing') return never(say('missing'));
  if (finding.finding === 'issue') return never(say('unreplayed'));
  if (outcome.notGiven === true) return { when: 'now', message: say('not-given') };
  const { played } = outcome;
  if (played === undefined) return never(say('unreplayed'));
  const { end } = played;
  const est = end.extendedServiceTerm;
  if (est !== undefined && end.status === 'active' && end.price !== null) {
    // read without its base, the state's price is the base (the file's UnitPrice, EST-5)
    const { currency } = end.price;
    const month =
      est.basePrice === null
        ? end.price.amount + upliftOf(end.price.amount, est.uplift)
        : end.price.amount;
    // against the annual term billed monthly (the list's row), else the base the state carries
    const committed =
      outcome.committedPrice?.currency === currency
        ? outcome.committedPrice.amount
        : est.basePrice?.currency === currency
          ? est.basePrice.amount
          : undefined;
    return {
      when: 'now',
      message:
        committed === undefined
          ? say('est-alone', { est: money(month, currency) })
          : say('est', { est: money(month, currency), committed: money(committed, currency) }),
    };
  }
  // a month of Extended Service Term the rules did not bill (EST-5): Partner Center goes on billing
  // it every month until the subscription is converted or cancelled, whatever the rules expected
  if (finding.finding === 'unexpected' && finding.extendedServiceTerm === true)
    return { when: 'now', message: say('est-unexpected') };
  // billed as a month of Extended Service Term where the rules bill another charge, a renewal
  // most often: Partner Center took auto-renew off without a choice for the Extended Service Term
  if (finding.finding === 'different' && finding.extendedServiceTerm === true)
    return { when: 'now', message: say('est-instead') };
  const type = finding.chargeType.toLowerCase();
  // what differs is seats: the partner's own to change, while a window allows it or at renewal
  const seats = finding.finding === 'unexpected' || finding.fields.includes('BillableQuantity');
  if (type === 'addquantity' && seats) {
    const batch = end.seats.find(
      (b) => b.reducibleUntil !== null && day(b.addedAt) === finding.chargeStartDate,
    );
    const until = batch?.reducibleUntil ?? null;
    if (batch === undefined || until === null) return never(say('no-batch'));
    if (Date.parse(until) <= at) return never(say('late-since', { until }));
    try {
      const now = new Date(Math.max(at, Date.parse(end.asOf))).toISOString();
      const passed = rules.advance(end, now);
      const reduced = rules.transition(passed.subscription, {
        type: 'change-quantity',
        at: now,
        quantity: passed.subscription.quantity - batch.quantity,
      });
      if (reduced.ok) {
        let credit = 0;
        let currency = end.price?.currency ?? 'USD';
        for (const effect of reduced.effects) {
          const back = effect.type === 'credit' ? effect.credit : undefined;
          if (back === undefined || back === null) continue;
          credit += back.amount;
          currency = back.currency;
        }
        return {
          when: 'now',
          until,
          message: say('reduce', { seats: batch.quantity, amount: money(credit, currency), until }),
        };
      }
    } catch {
      // a state the rules cannot take further says nothing can be done
    }
    return never(say('refused-now', { until }));
  }
  if (
    finding.finding === 'different' &&
    seats &&
    (type === 'cyclecharge' || type === 'renew') &&
    end.termEnd !== null &&
    end.status !== 'cancelled'
  )
    return {
      when: 'at-renewal',
      until: end.termEnd,
      message: say('renewal', {
        day: day(end.termEnd),
        billed: finding.actual.BillableQuantity,
        expected: finding.expected.BillableQuantity,
      }),
    };
  return { when: 'now', message: microsoft(finding, end.price?.currency ?? '', say) };
}

/**
 * The sentence of a group Microsoft is to correct (REC-6): the invoice, the sheet's rows (the
 * header is row 1) and what was billed against what the rules give.
 */
function microsoft(
  finding: Extract<Finding, { finding: 'different' | 'unexpected' }>,
  fallbackCurrency: string,
  say: (id: RemedyTextId, params?: Readonly<Record<string, string | number>>) => string,
): string {
  const currency =
    finding.actual.Currency ??
    (finding.finding === 'different' ? finding.expected.Currency : undefined) ??
    fallbackCurrency;
  const rows = finding.rows.join(', ');
  const where =
    finding.invoiceNumber === undefined
      ? say(finding.rows.length === 1 ? 'row' : 'rows', { rows })
      : say('invoice', {
          invoice: finding.invoiceNumber,
          rows: say(finding.rows.length === 1 ? 'row' : 'rows', { rows }),
        });
  const read = (text: string | undefined): FileDecimal =>
    readFileDecimal(text) ?? { units: 0, scale: 0 };
  const billed = fileMoney(read(finding.actual.Subtotal), currency);
  const stake = stakeOf(finding) ?? { units: 0, scale: 0 };
  let difference: string;
  if (finding.finding === 'unexpected') difference = say('not-expected', { billed });
  else if (decimalText(stake) === '0')
    difference = say('differs', { billed, fields: finding.fields.join(', ') });
  else
    difference = say(isNegative(stake) ? 'less' : 'more', {
      billed,
      expected: fileMoney(read(finding.expected.Subtotal), currency),
      amount: fileMoney(magnitude(stake), currency),
    });
  return say('microsoft', { where, difference });
}
