import {
  fromPartnerCenterSubscription,
  type MessageOptions,
  type Money,
  type NewCommerceSubscription,
  type PartnerCenterNote,
  RuleError,
  type Subscription,
} from '../index.ts';
import { parsePartnerCenterSubscription } from '../schemas/index.ts';
import { estBaseFlag } from './estBaseFlag.ts';
import { requiredInstant } from './instantFlag.ts';
import { parsePriceFlag } from './parsePriceFlag.ts';
import { promotionsFlag } from './promotions/promotionsFlag.ts';
import { UsageError } from './UsageError.ts';

/** A resource as `inspect` and `timeline` read it from their flags. */
export interface ResourceReading {
  /** The state at `--at`. */
  readonly subscription: Subscription | NewCommerceSubscription;
  /** The reader's notes (PCR-1). */
  readonly notes: readonly PartnerCenterNote[];
  /** `--at`, as given. */
  readonly at: string;
  /** A `--price` that an Extended Service Term's `--est-base` priced over (EST-7), if it differs. */
  readonly setAside?: Money;
}

/** The flags a resource is read with. */
export const RESOURCE_OPTIONS = {
  at: { type: 'string' },
  price: { type: 'string' },
  currency: { type: 'string' },
  'est-base': { type: 'string' },
  promotions: { type: 'string' },
} as const;

/**
 * A Partner Center Subscription resource read as `inspect` reads it (PCR-1): `--at` the instant it
 * was fetched, `--price`, `--est-base` and `--promotions` as the reader's options, the library's
 * parameter names in a refusal turned into the flags. A resource in its Extended Service Term with
 * `--est-base` is priced from the base (EST-3, EST-7) whatever `--price` says — the list's P1M
 * price is the base, not the month's price — and a `--price` that differs is returned as set aside.
 *
 * @param json - The parsed resource.
 * @param label - What the resource is called in a message: its file, or `-`.
 * @param values - The command's flags.
 * @param options - `--locale`.
 * @returns The state, its notes, `--at` and any `--price` set aside.
 * @throws {@link UsageError} naming the field or the flag.
 */
export function readResourceFlags(
  json: unknown,
  label: string,
  values: Readonly<Record<string, unknown>>,
  options: MessageOptions,
): ResourceReading {
  const at = requiredInstant(values, 'at', 'the instant the resource was fetched');
  if (values.price === undefined && values.currency !== undefined)
    throw new UsageError('--price: required with --currency, e.g. --price 12.50 --currency USD');
  const currency = values.currency as string | undefined;
  const price =
    typeof values.price === 'string' ? parsePriceFlag(values.price, currency) : undefined;
  const estBase =
    typeof values['est-base'] === 'string' ? estBaseFlag(values['est-base'], currency) : undefined;
  const promotions = promotionsFlag(values);
  const parsed = parsePartnerCenterSubscription(json);
  if (!parsed.ok) {
    const issues = parsed.issues.map((issue) => `${issue.path || '(resource)'}: ${issue.message}`);
    throw new UsageError(`${label}: ${issues.join('; ')}`);
  }
  try {
    const read = (given: Money | undefined) =>
      fromPartnerCenterSubscription(parsed.value, {
        asOf: at,
        ...(given === undefined ? {} : { price: given }),
        ...(estBase === undefined ? {} : { extendedServiceTermBase: estBase }),
        ...(promotions === undefined ? {} : { promotions }),
        ...options,
      });
    const first = read(price);
    // a resource in its Extended Service Term is billed its base plus the uplift (EST-3, EST-7):
    // with --est-base that is its price, whatever --price says (the list's P1M price is the base)
    const estPriced =
      estBase !== undefined &&
      price !== undefined &&
      first.subscription.program === 'new-commerce' &&
      first.subscription.extendedServiceTerm !== undefined;
    const { subscription, notes } = estPriced ? read(undefined) : first;
    const estPrice = subscription.price as Money | null;
    return estPriced && estPrice !== null && estPrice.amount !== price.amount
      ? { subscription, notes, at, setAside: price }
      : { subscription, notes, at };
  } catch (error) {
    // the library names its own parameters; on the command line they are the --at and --price flags
    if (error instanceof RuleError)
      throw new UsageError(
        error.message
          .split('options.asOf')
          .join('--at')
          .replace(/options\.price(\.\w+)?/g, '--price')
          .replace(/options\.extendedServiceTermBase(\.\w+)*/g, '--est-base') +
          // a renewal into a new plan needs that plan's price: the rest reads without one
          (price !== undefined && error.path === 'resource.scheduledNextTermInstructions'
            ? ' (inspect it without --price to see the rest)'
            : ''),
      );
    throw error;
  }
}
