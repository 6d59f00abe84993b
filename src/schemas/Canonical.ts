import type { Instant } from '../time/parseInstant.ts';

/**
 * `string` where `T` is an instant the library accepts (`Date | string`), else `T` itself: one
 * field of {@link Canonical}.
 *
 * @category Schemas
 */
export type CanonicalField<T> = [Exclude<T, undefined>] extends [Instant]
  ? Date extends Exclude<T, undefined>
    ? string | Extract<T, undefined>
    : T
  : T;

/**
 * A value as a `parseX` returns it (ERR-2): the same shape, with every instant field an ISO 8601
 * UTC string in `toISOString()` form, never a `Date` — what a service stores or sends on. It is
 * still a valid argument of every function that takes the original type.
 *
 * @example
 * ```ts
 * import type { Purchase } from 'subscription-rules';
 * import type { Canonical } from 'subscription-rules/schemas';
 * type ParsedPurchase = Canonical<Purchase>; // { orderedAt: string; currentTermEnd?: string; … }
 * ```
 * @category Schemas
 */
export type Canonical<T> = T extends unknown ? { [K in keyof T]: CanonicalField<T[K]> } : never;
