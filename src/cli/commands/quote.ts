import {
  formatMoney,
  type MarketCode,
  type Money,
  money,
  type Quote,
  quote,
  type RoundingMode,
  RuleError,
  tryResolveMarket,
} from '../../index.ts';
import { readCurrencyCode } from '../../pricing/readCurrencyCode.ts';
import { parseQuoteInput } from '../../schemas/index.ts';
import type { Command } from '../Command.ts';
import { requiredFlag } from '../requiredFlag.ts';
import { table } from '../table.ts';
import { taxRateFlag } from '../taxRateFlag.ts';
import { UsageError } from '../UsageError.ts';
import { validInput } from '../validInput.ts';

/** The command-line name of each input a `RuleError` path can point at. */
const FLAGS: Readonly<Record<string, string>> = {
  text: '<amount>',
  currency: '<currency>',
  'input.market': '--market',
  'input.taxRate': '--tax-rate',
  'input.quantity': '--quantity',
  'input.rounding': '--rounding',
  'input.listPrice.amount': '<amount>',
};

/** The people's lines of a quote: each amount formatted for the market (locale `en-<market>`) and in minor units. */
export function quoteLines(result: Quote, market: string, indent = '  '): string {
  const locale = `en-${market.toUpperCase()}`;
  const row = (name: string, amount: Money) => [
    name,
    formatMoney(amount, locale),
    `${amount.amount} minor units`,
  ];
  return table(
    [row('net', result.net), row('tax', result.tax), row('gross', result.gross)],
    indent,
  );
}

function quantityOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^[1-9][0-9]*$/.test(text)) {
    throw new UsageError(`--quantity: expected a whole number ≥ 1, got ${JSON.stringify(text)}`);
  }
  return Number(text);
}

function run(positionals: readonly string[], values: Readonly<Record<string, unknown>>) {
  const [amount, currency, extra] = positionals;
  if (amount === undefined || currency === undefined || extra !== undefined) {
    throw new UsageError('expected exactly two arguments: <amount> <currency>');
  }
  requiredFlag(values, 'market', 'a market code or English name, e.g. --market AU');
  const rate = taxRateFlag(
    requiredFlag(
      values,
      'tax-rate',
      'the tax rate as a fraction of 1, e.g. --tax-rate 0.1 for 10 %',
    ),
  );
  const code = readCurrencyCode(currency);
  if (code === undefined)
    throw new UsageError(
      `<currency>: expected an active ISO 4217 currency code such as USD, EUR or JPY (any case), got ${JSON.stringify(currency)}`,
    );
  // A name ("Australia") is read as the library reads it; the code then names the locale.
  const market = tryResolveMarket(String(values.market)) ?? String(values.market);
  const result = quote({
    listPrice: money(amount, code),
    quantity: quantityOf(values.quantity),
    market: market as MarketCode,
    taxRate: rate,
    rounding: values.rounding as RoundingMode | undefined,
  });
  const includes = result.listPriceIncludesTax ? 'includes' : 'excludes';
  const human = [
    `Quote for ${values.quantity ?? 1} × ${amount} ${code} in ${market}, tax rate ${rate} (${values.rounding ?? 'half-up'}): the list price ${includes} tax (${result.policyId})`,
    quoteLines(result, market),
  ].join('\n');
  return { human, json: result };
}

/** `subscription-rules quote`: net, tax and gross of a line (PRICE-4). */
export const quoteCommand: Command = {
  summary: 'Split a price into net, tax and gross, exactly to the minor unit',
  usage:
    'subscription-rules quote <amount> <currency> --market <m> --tax-rate <r> [--quantity n] [--rounding mode] [--json]',
  values: [
    '--rounding  half-up (default), half-even, half-down, up, down, ceiling, floor',
    '--market    a market code or English name (AU and BR list prices include tax)',
  ],
  examples: [
    'subscription-rules quote 10.99 AUD --market Australia --tax-rate 0.1',
    'subscription-rules quote 10.00 usd --market US --tax-rate 0.0725 --rounding half-even --json',
  ],
  options: {
    market: { type: 'string' },
    'tax-rate': { type: 'string' },
    quantity: { type: 'string' },
    rounding: { type: 'string' },
  },
  run(positionals, values) {
    try {
      return run(positionals, values);
    } catch (error) {
      // Name the argument or flag the user typed rather than the library's parameter path.
      const flag = error instanceof RuleError ? FLAGS[error.path ?? ''] : undefined;
      if (error instanceof RuleError && flag !== undefined) {
        throw new UsageError(`${flag}${error.message.slice((error.path ?? '').length)}`);
      }
      throw error;
    }
  },
  inputShape:
    '<quote input>: { "listPrice": <money>, "market", "taxRate", "quantity"?, "rounding"? }',
  fromInput(input) {
    const parsed = validInput(parseQuoteInput(input));
    const result = quote(parsed);
    const human = [
      `Quote for ${parsed.quantity ?? 1} × ${formatMoney(parsed.listPrice)} in ${parsed.market}, tax rate ${parsed.taxRate} (${parsed.rounding ?? 'half-up'}): the list price ${result.listPriceIncludesTax ? 'includes' : 'excludes'} tax (${result.policyId})`,
      quoteLines(result, tryResolveMarket(parsed.market) ?? parsed.market),
    ].join('\n');
    return { human, json: result };
  },
};
