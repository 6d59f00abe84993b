import * as fc from 'fast-check';
import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { marketAliases } from '../../markets/data/marketAliases.ts';
import { marketNames } from '../../markets/data/marketNames.ts';
import type { MarketCode } from '../../markets/MarketCode.ts';
import { MARKET_FORMS, type MarketConstraints, type MarketForm } from '../MarketConstraints.ts';
import { readChoices } from './readChoices.ts';
import { readConstraints } from './readConstraints.ts';

let aliasesByCode: Map<string, string[]> | undefined;

/** Alternative names per market, built on first use. */
function aliasesOf(code: MarketCode): readonly string[] {
  if (aliasesByCode === undefined) {
    aliasesByCode = new Map();
    for (const [alias, target] of Object.entries(marketAliases)) {
      const list = aliasesByCode.get(target);
      if (list === undefined) aliasesByCode.set(target, [alias]);
      else list.push(alias);
    }
  }
  return aliasesByCode.get(code) ?? [marketNames[code]];
}

/** The body of `market()`, with the path its constraints sit at (for offers and customers). */
export function marketArbitrary(
  constraints: MarketConstraints | undefined,
  path: string,
): fc.Arbitrary<string> {
  const options = readConstraints(constraints, path);
  const codes = readChoices(
    options.codes,
    Object.keys(marketNames) as MarketCode[],
    `${path}.codes`,
    RuleErrorCode.UNKNOWN_MARKET,
  );
  const forms = readChoices(options.forms, MARKET_FORMS, `${path}.forms`);
  const code = fc.constantFrom(...codes);
  const written: Record<MarketForm, fc.Arbitrary<string>> = {
    code,
    name: code.map((value) => marketNames[value]),
    alias: code.chain((value) => fc.constantFrom(...aliasesOf(value))),
    'any-case': fc
      .tuple(
        code,
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }),
        fc.constantFrom('', ' ', '  '),
      )
      .map(([value, useName, upper, pad]) => {
        const text = useName ? marketNames[value] : value;
        let cased = '';
        for (let i = 0; i < text.length; i++) {
          const char = text.charAt(i);
          cased += upper[i % 32] ? char.toUpperCase() : char.toLowerCase();
        }
        return `${pad}${cased}${pad}`;
      }),
  };
  return fc.oneof(...forms.map((form) => written[form]));
}
