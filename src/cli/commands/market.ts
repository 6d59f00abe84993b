import {
  isAvailableInMarket,
  marketName,
  type ProductFamily,
  partnerCenterPolicies,
  RuleError,
  resolveMarket,
  toIsoCountry,
} from '../../index.ts';
import { PRODUCT_FAMILIES } from '../../policy/vocabulary/productFamilies.ts';
import type { Command } from '../Command.ts';
import { inputObject } from '../inputObject.ts';
import { suggest } from '../suggest.ts';
import { table } from '../table.ts';
import { UsageError } from '../UsageError.ts';

/** What `market` reports about one market (MKT-1..4). */
export interface MarketReport {
  readonly input: string;
  readonly code: string;
  readonly isoCode: string;
  readonly name: string;
  readonly productFamily: string;
  readonly available: boolean;
  readonly policyId: string;
}

/** The facts of one market, as the library computes them, for `market` and `demo`. */
export function marketReport(input: string, productFamily = 'azure-reservations'): MarketReport {
  // Asked first, so a bad market is reported at `market`, a bad family at `family`.
  const available = isAvailableInMarket(productFamily as ProductFamily, input);
  const code = resolveMarket(input);
  return {
    input,
    code,
    isoCode: toIsoCountry(code),
    name: marketName(code, 'en'),
    productFamily,
    available,
    // The policy isAvailableInMarket decides by when given none: the newest legacy one.
    policyId: partnerCenterPolicies.filter((policy) => policy.program !== 'new-commerce').at(-1)
      ?.id as string,
  };
}

/** A product family the library does not know, named as the user gave it, with the closest known one. */
function familyNamed<T>(name: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof RuleError) || error.path !== 'family') throw error;
    const got = /got "([^"]*)"$/.exec(error.message)?.[1];
    throw new UsageError(
      `${name}: ${error.message.slice('family: '.length)}${got === undefined ? '' : suggest(got, PRODUCT_FAMILIES)}`,
    );
  }
}

/** One line in words: `Swaziland → SZ (ISO SZ, Eswatini): azure-reservations unavailable`. */
export function marketLine(report: MarketReport): readonly string[] {
  return [
    report.input,
    `→ ${report.code}`,
    `ISO ${report.isoCode}`,
    report.name,
    `${report.productFamily} ${report.available ? 'available' : 'unavailable'}`,
  ];
}

/** `subscription-rules market <name-or-code>`: a market's code, ISO code, name and availability. */
export const marketCommand: Command = {
  summary: 'Resolve a market name or code and say whether a product family is sold there',
  usage: 'subscription-rules market <name-or-code> [--product-family azure-reservations] [--json]',
  values: ['--product-family  azure-reservations'],
  examples: [
    'subscription-rules market Swaziland --product-family azure-reservations',
    'subscription-rules market de --json',
  ],
  options: { 'product-family': { type: 'string' } },
  run(positionals, values) {
    // A name of several words may come unquoted: `market Sint Eustatius`.
    const input = positionals.join(' ');
    if (input === '') throw new UsageError('market: expected a market name or code');
    const family = values['product-family'];
    const report = familyNamed('--product-family', () =>
      marketReport(input, typeof family === 'string' ? family : undefined),
    );
    return {
      human: `Market (policy ${report.policyId}):\n${table([marketLine(report)])}`,
      json: report,
    };
  },
  inputShape: '{ "market": <name or code>, "productFamily"?: <family> }',
  fromInput(input) {
    const document = inputObject(input, ['market', 'productFamily'], ['market']);
    const family = document.productFamily;
    const report = familyNamed('--input: productFamily', () =>
      marketReport(String(document.market), typeof family === 'string' ? family : undefined),
    );
    return {
      human: `Market (policy ${report.policyId}):\n${table([marketLine(report)])}`,
      json: report,
    };
  },
};
