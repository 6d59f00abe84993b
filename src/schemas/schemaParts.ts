import * as z from 'zod/mini';
import type { RuleError } from '../errors/RuleError.ts';
import { findMarket } from '../markets/findMarket.ts';
import {
  CUSTOMER_SEGMENTS,
  OFFER_BILLING_TYPES,
  OFFER_CATEGORIES,
  OFFER_PUBLISHERS,
} from '../offers/offerVocabulary.ts';
import { BILLING_CYCLES } from '../policy/vocabulary/billingCycles.ts';
import { PRODUCTS } from '../policy/vocabulary/products.ts';
import { SUBSCRIPTION_PRODUCTS } from '../policy/vocabulary/subscriptionProducts.ts';
import { SUBSCRIPTION_STATUSES } from '../policy/vocabulary/subscriptionStatuses.ts';
import { SUSPENSION_REASONS } from '../policy/vocabulary/suspensionReasons.ts';
import { readCurrencyCode } from '../pricing/readCurrencyCode.ts';
import { readUsdRate } from '../pricing/readUsdRate.ts';
import { roundingRules } from '../pricing/rounding/roundingRules.ts';
import { parseCalendarDate } from '../time/parseCalendarDate.ts';
import { parseInstant } from '../time/parseInstant.ts';
import { TERM_MONTHS } from '../time/terms.ts';

/** The building blocks every schema of the entry shares, built once on first use. */
export interface SchemaParts {
  /** An ISO 8601 instant with `Z` or an offset that names a real day (TIME-1). */
  readonly instant: z.ZodMiniType<string>;
  /**
   * An active ISO 4217 code in any case, read as its upper case (`usd` is `USD`): the one
   * currency rule of {@link readCurrencyCode} (PRICE-1).
   */
  readonly currency: z.ZodMiniType<string>;
  /** Money: a safe integer of minor units and an active ISO 4217 code (PRICE-1). */
  readonly money: z.ZodMiniType<{ amount: number; currency: string }>;
  /** A unit price: money whose amount is ≥ 0 (REF-6, LC-1). */
  readonly price: z.ZodMiniType<{ amount: number; currency: string }>;
  /** A market code or English name that resolves (MKT-2). */
  readonly market: z.ZodMiniType<string>;
  /** An integer ≥ 1 (LC-1, LC-9, PRICE-4). */
  readonly quantity: z.ZodMiniType<number>;
  /** A product of the catalog. */
  readonly product: z.ZodMiniType<string>;
  /** A product that is a subscription (LC-1). */
  readonly subscriptionProduct: z.ZodMiniType<string>;
  /** `monthly` or `annual`. */
  readonly billingCycle: z.ZodMiniType<string>;
  /** `P1M`, `P1Y` or `P3Y`. */
  readonly term: z.ZodMiniType<string>;
  /** A suspension reason (SUS-5). */
  readonly reason: z.ZodMiniType<string>;
  /** A subscription status (LC). */
  readonly status: z.ZodMiniType<string>;
  /** Customer segments, publishers, billing types and categories of OFR. */
  readonly segment: z.ZodMiniType<string>;
  /** `microsoft` or `partner`. */
  readonly publisher: z.ZodMiniType<string>;
  /** `license` or `usage`. */
  readonly billingType: z.ZodMiniType<string>;
  /** `enterprise`, `small-business` or `trial`. */
  readonly category: z.ZodMiniType<string>;
  /** A rounding mode of PRICE-5. */
  readonly rounding: z.ZodMiniType<string>;
  /** A tax rate as decimal text or a number: 0 ≤ rate < 10, at most 6 decimals (PRICE-3). */
  readonly taxRate: z.ZodMiniType<string | number>;
  /** A rate in USD per unit as decimal text or a number: > 0, at most 10 decimals (RES-1). */
  readonly usdRate: z.ZodMiniType<string | number>;
  /** A non-empty text. */
  readonly text: z.ZodMiniType<string>;
  /** A calendar date `YYYY-MM-DD` of a day that exists, as Partner Center's end dates (MID-3). */
  readonly date: z.ZodMiniType<string>;
  /** The id of a policy: lower-case words and digits joined by hyphens, as `definePolicy` requires (POL-1). */
  readonly policyId: z.ZodMiniType<string>;
}

let parts: SchemaParts | undefined;

function isDate(text: string): boolean {
  try {
    parseCalendarDate(text, 'date');
    return true;
  } catch {
    return false;
  }
}
/** What `readUsdRate` says of a bad rate: the same sentence, so it is translated once. */
const USD_RATE = 'expected a rate in USD per unit: a decimal > 0 with at most 10 decimals';

/** What a schema says of a currency that is no code: the same sentence wherever it is read. */
const CURRENCY = 'expected an active ISO 4217 currency code, such as USD';

function isInstant(text: string): boolean {
  try {
    parseInstant(text, 'instant');
    return true;
  } catch {
    return false;
  }
}

/** What `readUsdRate` says of a rate it refuses, as a large one's own sentence. */
const USD_RATE_MAX = 'expected a rate in USD per unit of at most 900719.9254740991';

/**
 * The sentence `readUsdRate` refuses the rate with, or `undefined` when it reads it: the schema
 * accepts exactly what the functions do, and says of each rate what they say.
 */
function usdRateProblem(rate: string | number): string | undefined {
  try {
    readUsdRate(rate, 'usdRate');
    return undefined;
  } catch (error) {
    return (error as RuleError).messageId === USD_RATE ? USD_RATE : USD_RATE_MAX;
  }
}

/**
 * The shared parts, built on the first call. The vocabularies come from the library's own data
 * (the vocabulary tables, the ISO 4217 table, the rounding rules), never retyped here.
 */
export function schemaParts(): SchemaParts {
  if (parts !== undefined) return parts;
  const currency = z.string(CURRENCY).check(
    z.refine((text) => readCurrencyCode(text) !== undefined, { error: CURRENCY, abort: true }),
    z.overwrite((text) => readCurrencyCode(text) ?? text),
  );
  parts = {
    currency,
    instant: z.string().check(
      z.regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
        // abort: text that is not an instant at all gets one issue, not a second about its day
        { message: 'expected an ISO 8601 instant with Z or ±HH:mm', abort: true },
      ),
      z.refine(isInstant, 'expected an instant on a day that exists'),
    ),
    date: z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date YYYY-MM-DD', abort: true }),
        z.refine(isDate, 'expected a date YYYY-MM-DD that exists'),
      ),
    money: z.strictObject({
      amount: z.int(),
      currency,
    }),
    price: z.strictObject({
      amount: z.int().check(z.minimum(0, 'expected a price ≥ 0')),
      currency,
    }),
    market: z
      .string()
      .check(
        z.refine(
          (text) => findMarket(text) !== undefined,
          'expected a Partner Center market code or name',
        ),
      ),
    quantity: z.int().check(z.minimum(1)),
    product: z.enum(PRODUCTS),
    subscriptionProduct: z.enum(SUBSCRIPTION_PRODUCTS),
    billingCycle: z.enum(BILLING_CYCLES),
    term: z.enum(Object.keys(TERM_MONTHS) as [string, ...string[]]),
    reason: z.enum(SUSPENSION_REASONS),
    status: z.enum(SUBSCRIPTION_STATUSES),
    segment: z.enum(CUSTOMER_SEGMENTS),
    publisher: z.enum(OFFER_PUBLISHERS),
    billingType: z.enum(OFFER_BILLING_TYPES),
    category: z.enum(OFFER_CATEGORIES),
    rounding: z.enum(Object.keys(roundingRules) as [string, ...string[]]),
    taxRate: z.union([
      z
        .string()
        .check(
          z.regex(/^\d(\.\d{1,6})?$/, 'expected a rate 0 ≤ rate < 10 with at most 6 decimals'),
        ),
      z.number().check(
        z.gte(0),
        z.lt(10),
        z.refine((rate) => /^\d(\.\d{1,6})?$/.test(String(rate)), 'expected at most 6 decimals'),
      ),
    ]),
    // the string's pattern keeps the two apart in JSON Schema; readUsdRate decides the rest
    usdRate: z
      .union([
        z.string().check(z.regex(/^\d+(\.\d{1,10})?$/, { message: USD_RATE, abort: true })),
        z.number(),
      ])
      .check(
        z.refine((rate) => usdRateProblem(rate) !== USD_RATE, USD_RATE),
        z.refine((rate) => usdRateProblem(rate) !== USD_RATE_MAX, USD_RATE_MAX),
      ),
    text: z.string().check(z.minLength(1)),
    policyId: z
      .string()
      .check(
        z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a policy id such as partner-center-2021-03'),
      ),
  };
  return parts;
}
