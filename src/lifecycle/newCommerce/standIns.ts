import { MS_PER_DAY, MS_PER_HOUR } from '../../kernel/units.ts';
import { addMonthsClamped } from '../../time/addMonthsClamped.ts';
import type {
  NewCommerceBillingFrequency,
  NewCommerceSubscriptionProduct,
  NewCommerceTerm,
} from './types.ts';

// Stand-ins for the New Commerce primitives (policies, NCE-3 calendar windows and terms, NCE-5
// proration) until they exist in policy/, time/ and pricing/; replaced by imports then.

/** A window: exact hours, or N calendar days (NCE-3). */
type Window = { readonly hours: number } | { readonly calendarDays: number };

interface NcePolicy {
  readonly id: string;
  readonly from: number;
  readonly license: Window;
  readonly software: Window;
  readonly saasMonthly: Window;
  readonly saasAnnual: Window;
}

const policies: readonly NcePolicy[] = [
  {
    id: 'partner-center-nce-2021-10',
    from: Number.NEGATIVE_INFINITY,
    license: { hours: 72 },
    software: { calendarDays: 30 },
    saasMonthly: { hours: 24 },
    saasAnnual: { hours: 14 * 24 },
  },
  {
    id: 'partner-center-nce-2022-03',
    from: Date.UTC(2022, 2, 18),
    license: { calendarDays: 7 },
    software: { calendarDays: 30 },
    saasMonthly: { hours: 24 },
    saasAnnual: { hours: 14 * 24 },
  },
  {
    id: 'partner-center-nce-2022-07',
    from: Date.UTC(2022, 6, 11),
    license: { calendarDays: 7 },
    software: { calendarDays: 7 },
    saasMonthly: { hours: 24 },
    saasAnnual: { hours: 14 * 24 },
  },
  {
    id: 'partner-center-nce-2023-01',
    from: Date.UTC(2023, 0, 18),
    license: { calendarDays: 7 },
    software: { calendarDays: 7 },
    saasMonthly: { hours: 72 },
    saasAnnual: { hours: 72 },
  },
];

/** The id of the New Commerce policy in force at `ms` (NCE-1). */
export function ncePolicyIdAt(ms: number): string {
  let id = (policies[0] as NcePolicy).id;
  for (const p of policies) if (ms >= p.from) id = p.id;
  return id;
}

/** Whether `id` names a New Commerce policy. */
export function isNcePolicyId(id: unknown): boolean {
  return policies.some((p) => p.id === id);
}

/** 00:00:00Z of `ms`'s UTC date. */
export function dayStart(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

function windowEnd(window: Window, fromMs: number): number {
  return 'hours' in window
    ? fromMs + window.hours * MS_PER_HOUR
    : dayStart(fromMs) + (window.calendarDays + 1) * MS_PER_DAY;
}

/** End of the cancellation window of a term starting at `startMs` (NCE-1, NCE-3). */
export function cancellationWindowEnd(
  policyId: string,
  product: NewCommerceSubscriptionProduct,
  billingFrequency: NewCommerceBillingFrequency | null,
  startMs: number,
): number {
  const p = policies.find((q) => q.id === policyId) ?? (policies[0] as NcePolicy);
  const window =
    product === 'license-based'
      ? p.license
      : product === 'software-subscription'
        ? p.software
        : billingFrequency === 'annual'
          ? p.saasAnnual
          : p.saasMonthly;
  return windowEnd(window, startMs);
}

/** End of the seat-reduction window of seats added at `addedMs` (NCE-6). */
export function reductionWindowEnd(policyId: string, addedMs: number): number {
  return cancellationWindowEnd(policyId, 'license-based', null, addedMs);
}

const MONTHS: { readonly [T in NewCommerceTerm]: number } = { P1M: 1, P1Y: 12, P2Y: 24, P3Y: 36 };
const PERIOD_MONTHS: { readonly [F in NewCommerceBillingFrequency]: number } = {
  monthly: 1,
  annual: 12,
  triennial: 36,
};

/** End of the n-th term from `anchorMs` (NCE-3). */
export function nceTermEnd(anchorMs: number, term: NewCommerceTerm, n: number): number {
  return addMonthsClamped(dayStart(anchorMs), MONTHS[term] * n);
}

/** The billing period [start, end) of a term starting at `startMs` that contains `atMs` (NCE-3). */
export function billingPeriodAt(
  startMs: number,
  frequency: NewCommerceBillingFrequency,
  atMs: number,
): readonly [number, number] {
  const months = PERIOD_MONTHS[frequency];
  let k = 1;
  let end = addMonthsClamped(dayStart(startMs), months);
  let start = startMs;
  while (end <= atMs) {
    start = end;
    k += 1;
    end = addMonthsClamped(dayStart(startMs), months * k);
  }
  return [start, end];
}

function roundHalfAway(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  return 2n * (r < 0n ? -r : r) >= d ? q + (n < 0n ? -1n : 1n) : q;
}

/** NCE-5: the credit for `quantity` seats at `price` per period, ended at `atMs`. */
export function proratedCredit(
  price: number,
  quantity: number,
  periodStartMs: number,
  periodEndMs: number,
  atMs: number,
): number {
  const days = BigInt(Math.round((dayStart(periodEndMs) - dayStart(periodStartMs)) / MS_PER_DAY));
  const used = BigInt(Math.round((dayStart(atMs) - dayStart(periodStartMs)) / MS_PER_DAY) + 1);
  const p = BigInt(price);
  const q = BigInt(quantity);
  const daily = roundHalfAway(p * q, days);
  const charged = roundHalfAway(daily * used, q) * q;
  const credit = p * q - charged;
  return credit > 0n ? Number(credit) : 0;
}

const COMBINATIONS: {
  readonly [P in NewCommerceSubscriptionProduct]: Readonly<
    Record<string, readonly NewCommerceBillingFrequency[]>
  >;
} = {
  'license-based': {
    P1M: ['monthly'],
    P1Y: ['annual', 'monthly'],
    P3Y: ['triennial', 'annual', 'monthly'],
  },
  'software-subscription': { P1Y: ['annual', 'monthly'], P3Y: ['annual', 'triennial', 'monthly'] },
  'marketplace-saas': {
    P1M: ['monthly'],
    P1Y: ['monthly', 'annual'],
    P2Y: ['monthly', 'annual'],
    P3Y: ['monthly', 'annual'],
  },
  'marketplace-usage': {},
};

/** Whether a product sells a term with a billing frequency (NCE-2). */
export function isCombination(
  product: NewCommerceSubscriptionProduct,
  term: unknown,
  frequency: unknown,
): boolean {
  const frequencies =
    typeof term === 'string' && Object.hasOwn(COMBINATIONS[product], term)
      ? COMBINATIONS[product][term]
      : undefined;
  return frequencies?.includes(frequency as NewCommerceBillingFrequency) === true;
}
