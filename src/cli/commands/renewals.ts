import { type Money, type RenewalForecastEntry, renewalForecast } from '../../index.ts';
import type { StreamCommand } from '../Command.ts';
import { BOM, csvCell } from '../engine/write/csvCell.ts';
import { CUSTOMERS_HELP } from '../forecast/customersFile.ts';
import { endOfTermLabels } from '../forecast/endOfTermLabels.ts';
import { FORECAST_OPTIONS, forecastFlags } from '../forecast/forecastFlags.ts';
import { moneyTotals } from '../forecast/moneyTotals.ts';
import { outputLines } from '../forecast/outputLines.ts';
import { pricedSubscriptions } from '../forecast/pricedSubscriptions.ts';
import { readPriceFiles } from '../forecast/priceFiles.ts';
import { moneyText } from '../moneyText.ts';
import { PRICE_CHOICE_HELP } from '../priceChoiceOf.ts';
import { PROMOTIONS_HELP } from '../promotions/promotionsFlag.ts';
import { table } from '../table.ts';
import { UsageError } from '../UsageError.ts';

/** The columns of `renewals --csv`, one renewal a row. */
const COLUMNS = [
  'CustomerId',
  'CustomerName',
  'SubscriptionId',
  'Product',
  'RenewalDate',
  'Seats',
  'TermDuration',
  'BillingPlan',
  'Currency',
  'PriceBefore',
  'PriceAfter',
  'ChangePercent',
  'PerYear',
  'Rule',
  'EndOfTerm',
] as const;

/** One renewal as `--json` lists it: the library's entry with whose it is. */
interface RenewalLine extends RenewalForecastEntry {
  readonly subscriptionId: string;
  readonly customerId: string;
  /** The customer's name (`--customers`, else the resource's), else its id. */
  readonly customerName: string;
  readonly product: string;
}

/** An amount without its code (`6.30`), for a spreadsheet's cell. */
const amountText = (money: Money): string => moneyText(money).split(' ')[0] ?? '';

/** One year after an instant, on the same day and time (UTC). */
function yearAfter(ms: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.getTime();
}

/**
 * `subscription-rules renewals --subscriptions resources.json --prices list.csv [--preview
 * future.csv] [--from --to] [--customers customers.json] [--market --segment --currency] [--promotions promotions.json] [--json
 * | --csv] [--out FILE]` (PL-6):
 * each renewal in the window with its price before and after and what it adds a year, per
 * customer and in total, priced by Partner Center's price list (`renewalForecast`) and, with
 * `--promotions`, by the promotions whose window holds the renewal (PL-5); every other term end in
 * the window too — entering the Extended Service Term, or a cancellation and what stops being
 * billed (PL-8). Each resource is read at its own term, whenever it was fetched, and taken forward
 * by the rules to the window; with `--customers`, each customer's subscriptions are priced by
 * its market's rows and shown under its name (PL-8).
 */
export const renewalsCommand: StreamCommand = {
  summary: 'Each term end in a window, its price before and after by the price list (PL-6, PL-8)',
  usage:
    'subscription-rules renewals --subscriptions <resources.json | folder>... --prices <prices.csv> [--preview <future.csv>] [--from INSTANT] [--to INSTANT] [--customers <customers.json>] [--market CODE] [--segment NAME] [--currency CODE] [--promotions <promotions.json>] [--json | --csv] [--out <file>]',
  values: [
    '--subscriptions  the subscriptions as the API returns them: a JSON array, { "value": [...] }, JSON lines; give it again for more files, or a folder',
    "--prices         Partner Center's licence price list as downloaded (current or history), CSV or gzip",
    "--preview        the price list's preview (timeline=future): its rows take over from their EffectiveStartDate",
    '--from, --to     the window term ends are listed in, from inclusive to exclusive; default now',
    '                 and a year later; a resource fetched earlier is taken forward by the rules',
    CUSTOMERS_HELP,
    PRICE_CHOICE_HELP.market,
    PRICE_CHOICE_HELP.segment,
    "--currency       the currency of those rows, required when the market's rows hold several (a European market's)",
    PROMOTIONS_HELP,
    '--json, --csv    { renewals: [...], summary }, or one renewal a row for a spreadsheet (UTF-8 with a byte-order mark)',
    '--out            the file for --json or --csv; the summary then stays on standard output',
    'exit code        0 when it ran, 2 for a bad command line or file',
  ],
  examples: [
    'subscription-rules renewals --subscriptions resources.json --prices prices.csv --market US --from 2026-06-01T00:00:00Z --to 2027-06-01T00:00:00Z',
    'subscription-rules renewals --subscriptions resources.json --customers customers.json --prices prices.csv --from 2026-06-01T00:00:00Z',
    'subscription-rules renewals --subscriptions resources/ --prices prices.csv --preview future.csv --market US --csv --out renewals.csv',
  ],
  options: { ...FORECAST_OPTIONS, from: { type: 'string' }, to: { type: 'string' } },
  async stream(values, streams) {
    const flags = forecastFlags(values);
    const fromMs = typeof values.from === 'string' ? Date.parse(values.from) : Date.now();
    const toMs = typeof values.to === 'string' ? Date.parse(values.to) : yearAfter(fromMs);
    const from = new Date(fromMs).toISOString();
    const to = new Date(toMs).toISOString();
    if (toMs < fromMs) throw new UsageError(`--to: ${to} is before --from ${from}`);
    const prices = await readPriceFiles(
      flags.prices,
      flags.preview,
      flags.choice,
      streams.err,
      flags.customers !== undefined,
    );
    const output = outputLines(flags, streams);
    if (flags.format === 'csv') output.line(`${BOM}${COLUMNS.join(',')}`);
    const renewals: RenewalLine[] = [];
    const problems: { subscriptionId: string; message: string }[] = [];
    const notes: { subscriptionId: string; message: string }[] = [];
    const perYear = moneyTotals();
    const names = new Map<string, string>();
    let subscriptions = 0;
    // each resource read just before the window (at its purchase when later), taken forward from
    // its own term (PL-8), so a renewal at --from itself is still to come, and one that began in
    // the window before the fetch is read back to the term before it
    const started = (): number => fromMs - 1;
    for await (const sub of pricedSubscriptions(
      flags.subscriptions,
      prices,
      started,
      flags.options,
      flags.promotions,
      flags.customers,
    )) {
      subscriptions++;
      names.set(sub.customer, sub.customerName || sub.customer);
      for (const message of sub.notes ?? []) notes.push({ subscriptionId: sub.id, message });
      if (sub.state === undefined || sub.list === undefined) {
        problems.push({ subscriptionId: sub.id, message: sub.problem ?? '' });
        continue;
      }
      const window = {
        priceList: sub.list,
        from: new Date(Math.max(Date.parse(sub.state.asOf), fromMs)).toISOString(),
        to,
        ...(flags.promotions === undefined ? {} : { promotions: flags.promotions }),
      };
      for (const entry of renewalForecast(sub.state, window).renewals) {
        const line = {
          subscriptionId: sub.id,
          customerId: sub.customer,
          customerName: sub.customerName || sub.customer,
          product: sub.product,
          ...entry,
        };
        renewals.push(line);
        if (entry.perYear !== null) perYear.add(sub.customer, entry.perYear);
      }
    }
    // each renewal in time order, whoever's it is
    renewals.sort((a, b) =>
      a.at < b.at ? -1 : a.at > b.at ? 1 : a.subscriptionId < b.subscriptionId ? -1 : 1,
    );
    if (flags.format === 'csv')
      for (const entry of renewals)
        output.line(
          [
            entry.customerId,
            entry.customerName,
            entry.subscriptionId,
            entry.product,
            entry.at,
            entry.seats,
            entry.subscriptionTerm.term,
            entry.subscriptionTerm.billingFrequency,
            entry.after.currency,
            amountText(entry.before),
            amountText(entry.after),
            entry.changePercent,
            entry.perYear === null ? '' : amountText(entry.perYear),
            entry.rule,
            entry.endOfTerm,
          ]
            .map(csvCell)
            .join(','),
        );
    const summary = {
      from,
      to,
      prices:
        flags.preview === undefined ? flags.prices : `${flags.prices}, --preview ${flags.preview}`,
      ...(prices.said === undefined ? {} : { priceRows: prices.said }),
      subscriptions,
      renewals: renewals.length,
      perCustomer: perYear.perCustomer().map(({ customer, amounts }) => ({
        customerId: customer,
        customerName: names.get(customer) ?? customer,
        perYear: amounts,
      })),
      perYear: perYear.total(),
      problems,
      notes,
      priceRowsUnread: prices.unread,
    };
    if (flags.format === 'json') output.line(JSON.stringify({ renewals, summary }, null, 2));
    if (flags.format === undefined) {
      const head = [
        'Customer',
        'Subscription',
        'Renews',
        'Seats',
        'Before',
        'After',
        'Change',
        'Per year',
        'Then',
      ];
      const then = endOfTermLabels(flags.options);
      const rows = renewals.map((r) => [
        r.customerName || '-',
        r.subscriptionId,
        r.at.slice(0, 10),
        String(r.seats),
        moneyText(r.before),
        moneyText(r.after),
        r.changePercent === null ? '-' : `${r.changePercent} %`,
        r.perYear === null ? '-' : moneyText(r.perYear),
        then(r.endOfTerm),
      ]);
      streams.out(
        renewals.length === 0
          ? `No term ends from ${from} to ${to}.`
          : `Term ends from ${from} to ${to}:\n${table([head, ...rows])}`,
      );
      streams.out('');
    }
    output.close();
    output.summary(
      table(
        [
          ['prices', summary.prices],
          ...(prices.said === undefined ? [] : [['price rows', prices.said]]),
          [
            'subscriptions',
            `${subscriptions}, ${renewals.length} ${renewals.length === 1 ? 'term end' : 'term ends'} in the window`,
          ],
          ...summary.perCustomer.flatMap((c, i) =>
            c.perYear.map((amount, j) => [
              i === 0 && j === 0 ? 'per customer' : '',
              `${j === 0 ? c.customerName || '-' : ''}  ${amount} a year`,
            ]),
          ),
          ...(summary.perYear.length === 0
            ? [['total', 'nothing changes']]
            : summary.perYear.map((amount, i) => [i === 0 ? 'total' : '', `${amount} a year`])),
        ],
        '',
      ) +
        problems.map((p) => `\nnot priced: ${p.subscriptionId || '-'}: ${p.message}`).join('') +
        notes.map((n) => `\nnote: ${n.subscriptionId || '-'}: ${n.message}`).join(''),
    );
    return 0;
  },
};
