/**
 * The legacy catalog's policies by id and first instant in force, oldest first (the catalog): the
 * one place their rules and whole policies take `id` and `inForceFrom` from, and what a
 * program-free answer (RES-1) reads to name the policy in force without loading its rules.
 */
export const legacyEditions: readonly [
  { readonly id: 'partner-center-2020-01'; readonly inForceFrom: null },
  { readonly id: 'partner-center-2021-03'; readonly inForceFrom: '2021-03-08T00:00:00.000Z' },
] = [
  { id: 'partner-center-2020-01', inForceFrom: null },
  { id: 'partner-center-2021-03', inForceFrom: '2021-03-08T00:00:00.000Z' },
];
