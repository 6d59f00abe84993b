import {
  chargesBetween,
  type Money,
  type NewCommerceChargeEffect,
  purchaseCharges,
} from '../../index.ts';
import { INVOICE_LINE_KEYS } from '../../reconciliation/_internal/invoiceLineKeys.ts';
import { type InvoiceLine, invoiceLines } from '../../reconciliation/index.ts';
import type { StreamCommand } from '../Command.ts';
import { BOM, csvCell } from '../engine/write/csvCell.ts';
import { CUSTOMERS_HELP } from '../forecast/customersFile.ts';
import { FORECAST_OPTIONS, forecastFlags } from '../forecast/forecastFlags.ts';
import { moneyTotals } from '../forecast/moneyTotals.ts';
import { outputLines } from '../forecast/outputLines.ts';
import { pricedSubscriptions } from '../forecast/pricedSubscriptions.ts';
import { readPriceFiles } from '../forecast/priceFiles.ts';
import { type TermEnd, termEndsOf, termEndsTable } from '../forecast/termEnds.ts';
import { monthFlag } from '../monthFlag.ts';
import { PRICE_CHOICE_HELP } from '../priceChoiceOf.ts';
import { PROMOTIONS_HELP } from '../promotions/promotionsFlag.ts';
import { table } from '../table.ts';
import { UsageError } from '../UsageError.ts';

const DAY = 86_400_000;

/**
 * The columns of `forecast --csv`: the reconciliation file's own names (REC-1), so `reconcile`
 * reads it, with the customer's name beside its id as Partner Center's file has it (PL-8).
 */
const COLUMNS = INVOICE_LINE_KEYS.flatMap((key) =>
  key === 'CustomerId' ? ['CustomerId', 'CustomerName'] : [key],
) as readonly (keyof ForecastLine)[];

/** A line of `forecast`: the invoice line, with its customer's name (PL-8). */
type ForecastLine = InvoiceLine & { readonly CustomerName?: string };

/** A line's `Subtotal` as money: its decimal text read into the currency's minor units. */
function subtotalOf(line: InvoiceLine): Money {
  const negative = line.Subtotal.startsWith('-');
  const [whole = '0', fraction = ''] = line.Subtotal.replace(/^-/, '').split('.');
  const amount = Number(`${whole}${fraction}`);
  return { amount: negative ? -amount : amount, currency: line.Currency } as Money;
}

/**
 * `subscription-rules forecast --subscriptions resources.json --prices list.csv --month YYYY-MM
 * [--preview future.csv] [--customers customers.json] [--market --segment --currency] [--promotions promotions.json] [--json |
 * --csv] [--out FILE]` (PL-6): the
 * invoice lines the rules will bill in the month — each subscription's billing periods starting in
 * it, its renewals priced by the list — in the reconciliation file's own columns (`invoiceLines`),
 * with per-customer subtotals; `--csv` writes a file `reconcile` reads. With `--promotions`, the
 * promotion a resource names discounts its term and a renewal inside a window takes one (PL-5); the
 * table's unit price is the one billed (the discounted one), `--csv` and `--json` give both. Each
 * resource is read at its own term, whenever it was fetched, and taken forward by the rules; the
 * month's term ends — renewals, Extended Service Terms, cancellations — are listed after the lines
 * with what each changes a month (PL-8). With `--customers`, each customer's subscriptions are
 * priced by its market's rows and its name is shown beside its id (PL-8).
 */
export const forecastCommand: StreamCommand = {
  summary: 'The invoice lines the rules will bill in a month, by the price list (PL-6)',
  usage:
    'subscription-rules forecast --subscriptions <resources.json | folder>... --prices <prices.csv> --month YYYY-MM [--preview <future.csv>] [--customers <customers.json>] [--market CODE] [--segment NAME] [--currency CODE] [--promotions <promotions.json>] [--json | --csv] [--out <file>]',
  values: [
    '--subscriptions  the subscriptions as the API returns them, fetched any day before the month: a JSON array, { "value": [...] }, JSON lines; again for more files, or a folder',
    "--prices         Partner Center's licence price list as downloaded, CSV or gzip",
    '--month          the billing month, YYYY-MM: every charge starting in it',
    "--preview        the price list's preview (timeline=future): its rows take over from their EffectiveStartDate",
    CUSTOMERS_HELP,
    PRICE_CHOICE_HELP.market,
    PRICE_CHOICE_HELP.segment,
    "--currency       the currency of those rows, required when the market's rows hold several (a European market's)",
    PROMOTIONS_HELP,
    "--json, --csv    { lines: [...], summary }, or the lines in the reconciliation file's columns (UTF-8 with a byte-order mark), which reconcile reads",
    '--out            the file for --json or --csv; the summary then stays on standard output',
    'exit code        0 when it ran, 2 for a bad command line or file',
  ],
  examples: [
    'subscription-rules forecast --subscriptions resources.json --prices prices.csv --market US --month 2026-12',
    'subscription-rules forecast --subscriptions resources.json --customers customers.json --prices prices.csv --month 2026-12',
    'subscription-rules forecast --subscriptions resources/ --prices prices.csv --preview future.csv --market US --month 2026-07 --csv --out july.csv',
  ],
  options: { ...FORECAST_OPTIONS, month: { type: 'string' } },
  async stream(values, streams) {
    const flags = forecastFlags(values);
    const month = monthFlag('month', values.month);
    if (month === undefined)
      throw new UsageError('--month: required, the billing month as YYYY-MM (2026-12)');
    const firstMs = month.firstDay * DAY;
    const lastMs = (month.lastDay + 1) * DAY - 1;
    const prices = await readPriceFiles(
      flags.prices,
      flags.preview,
      flags.choice,
      streams.err,
      flags.customers !== undefined,
    );
    const output = outputLines(flags, streams);
    if (flags.format === 'csv') output.line(`${BOM}${COLUMNS.join(',')}`);
    const lines: ForecastLine[] = [];
    const problems: { subscriptionId: string; message: string }[] = [];
    const notes: { subscriptionId: string; message: string }[] = [];
    const subtotals = moneyTotals();
    const names = new Map<string, string>();
    const termEnds: TermEnd[] = [];
    let subscriptions = 0;
    // read as reconcile reads a resource for the month: at its start, or its purchase when later,
    // a term that began in the month before the fetch read back to the term before it (REC-5)
    const asOf = (): number => firstMs - 1;
    for await (const sub of pricedSubscriptions(
      flags.subscriptions,
      prices,
      asOf,
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
      const state = sub.state;
      if (Date.parse(state.asOf) > lastMs) continue;
      const effects: NewCommerceChargeEffect[] = [];
      if (Date.parse(state.orderedAt) >= firstMs) effects.push(...purchaseCharges(state));
      effects.push(
        ...chargesBetween(state, state.asOf, new Date(lastMs).toISOString(), {
          priceList: sub.list,
          ...(flags.promotions === undefined ? {} : { promotions: flags.promotions }),
        }),
      );
      const owner = {
        subscriptionId: sub.id,
        ...(sub.customer === '' ? {} : { customerId: sub.customer }),
      };
      // what happens at each term end of the month: a renewal, the EST, a cancellation (PL-8)
      termEnds.push(
        ...termEndsOf(
          state,
          {
            subscriptionId: sub.id,
            customerId: sub.customer,
            customerName: sub.customerName || sub.customer,
          },
          {
            fromMs: firstMs,
            toMs: lastMs + 1,
            priceList: sub.list,
            promotions: flags.promotions,
          },
        ),
      );
      for (const billed of invoiceLines(effects, owner)) {
        const { CustomerId, ...rest } = billed;
        const line: ForecastLine =
          CustomerId === undefined
            ? billed
            : { CustomerId, CustomerName: sub.customerName || CustomerId, ...rest };
        lines.push(line);
        subtotals.add(sub.customer, subtotalOf(line));
        if (flags.format === 'csv')
          output.line(COLUMNS.map((column) => csvCell(line[column] ?? '')).join(','));
      }
    }
    const perCustomer = subtotals.perCustomer().map(({ customer, amounts }) => ({
      customerId: customer,
      customerName: names.get(customer) ?? customer,
      subtotal: amounts,
    }));
    const summary = {
      month: month.month,
      prices:
        flags.preview === undefined ? flags.prices : `${flags.prices}, --preview ${flags.preview}`,
      ...(prices.said === undefined ? {} : { priceRows: prices.said }),
      subscriptions,
      lines: lines.length,
      perCustomer,
      total: subtotals.total(),
      termEnds: termEnds.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
      problems,
      notes,
      priceRowsUnread: prices.unread,
    };
    if (flags.format === 'json') output.line(JSON.stringify({ lines, summary }, null, 2));
    if (flags.format === undefined) {
      const head = [
        'Customer',
        'Subscription',
        'Charge',
        'From',
        'To',
        'Seats',
        'Unit price',
        'Subtotal',
      ];
      const byCustomer = new Map<string, ForecastLine[]>();
      for (const line of lines) {
        const key = line.CustomerId ?? '';
        byCustomer.set(key, [...(byCustomer.get(key) ?? []), line]);
      }
      const rows = [...byCustomer]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .flatMap(([customer, mine]) => [
          ...mine.map((line) => [
            names.get(customer) || customer || '-',
            line.SubscriptionId ?? '',
            line.ChargeType,
            line.ChargeStartDate,
            line.ChargeEndDate,
            line.BillableQuantity,
            // the price billed: a promotion's line bills less than the list's (in --csv and --json)
            `${line.EffectiveUnitPrice ?? line.UnitPrice ?? ''} ${line.Currency}`,
            `${line.Subtotal} ${line.Currency}`,
          ]),
          ...(perCustomer.find((c) => c.customerId === customer)?.subtotal ?? []).map((amount) => [
            '',
            '',
            '',
            '',
            '',
            '',
            'subtotal',
            amount,
          ]),
        ]);
      streams.out(
        lines.length === 0
          ? `No line billed in ${month.month}.`
          : `Lines billed in ${month.month}:\n${table([head, ...rows])}`,
      );
      if (termEnds.length > 0) {
        streams.out('');
        streams.out(termEndsTable(month.month, termEnds, flags.options));
      }
      streams.out('');
    }
    output.close();
    output.summary(
      table(
        [
          ['month', month.month],
          ['prices', summary.prices],
          ...(prices.said === undefined ? [] : [['price rows', prices.said]]),
          [
            'subscriptions',
            `${subscriptions}, ${lines.length} ${lines.length === 1 ? 'line' : 'lines'}`,
          ],
          ...perCustomer.flatMap((c, i) =>
            c.subtotal.map((amount, j) => [
              i === 0 && j === 0 ? 'per customer' : '',
              `${j === 0 ? c.customerName || '-' : ''}  ${amount}`,
            ]),
          ),
          ...(summary.total.length === 0
            ? [['total', 'nothing billed']]
            : summary.total.map((amount, i) => [i === 0 ? 'total' : '', amount])),
        ],
        '',
      ) +
        problems.map((p) => `\nnot priced: ${p.subscriptionId || '-'}: ${p.message}`).join('') +
        notes.map((n) => `\nnote: ${n.subscriptionId || '-'}: ${n.message}`).join(''),
    );
    return 0;
  },
};
