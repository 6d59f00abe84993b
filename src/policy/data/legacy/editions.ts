/**
 * The legacy catalog's policies by id and first instant in force, oldest first (the catalog), for
 * a program-free answer (RES-1) to name the policy in force without loading the catalog's rules.
 * The rules keep their own literal `id` and `inForceFrom` (read through this table, a bundler could
 * no longer drop an unused rules object, and a constant compresses worse than the repeated text);
 * a test holds the two equal.
 */
export const legacyEditions: readonly [
  { readonly id: 'partner-center-2020-01'; readonly inForceFrom: null },
  { readonly id: 'partner-center-2021-03'; readonly inForceFrom: '2021-03-08T00:00:00.000Z' },
] = [
  { id: 'partner-center-2020-01', inForceFrom: null },
  { id: 'partner-center-2021-03', inForceFrom: '2021-03-08T00:00:00.000Z' },
];
