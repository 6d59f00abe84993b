import * as z from 'zod/mini';
import type { DownloadLink } from '../software/types.ts';
import { canonicalising } from './_internal/canonicalising.ts';
import type { Canonical } from './Canonical.ts';
import { canonicalInstant } from './canonicalInstant.ts';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType<Canonical<DownloadLink>, unknown> | undefined;

function canonical(value: DownloadLink): Canonical<DownloadLink> {
  return {
    issuedAt: canonicalInstant(value.issuedAt, 'issuedAt'),
    downloads: value.downloads,
    revoked: value.revoked,
    policyId: value.policyId,
    ...(value.revokedAt === undefined
      ? {}
      : { revokedAt: canonicalInstant(value.revokedAt, 'revokedAt') }),
  };
}

/**
 * The zod/mini schema of a `DownloadLink` (ERR-2, SW-1): `issuedAt`, `downloads` (an integer
 * ≥ 0), `revoked`, `policyId`, and `revokedAt` exactly when revoked; no other keys. Its output is
 * what {@link parseDownloadLink} returns: instants in `toISOString()` form.
 *
 * @returns The schema (built on first use).
 * @example
 * ```ts
 * import { downloadLinkSchema } from 'subscription-rules/schemas';
 * downloadLinkSchema().parse({ issuedAt: '2020-06-01T02:00:00+02:00', downloads: 0, revoked: false, policyId: 'partner-center-2020-01' });
 * //=> { issuedAt: '2020-06-01T00:00:00.000Z', downloads: 0, revoked: false, policyId: 'partner-center-2020-01' }
 * ```
 * @category Schemas
 */
export function downloadLinkSchema(): z.ZodMiniType<Canonical<DownloadLink>, unknown> {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = canonicalising(
    z
      .strictObject({
        issuedAt: parts.instant,
        downloads: z.int().check(z.minimum(0)),
        revoked: z.boolean(),
        policyId: parts.policyId,
        revokedAt: z.optional(parts.instant),
      })
      .check(
        z.refine((link) => link.revoked === (link.revokedAt !== undefined), {
          message: 'expected revokedAt exactly when the link is revoked',
          path: ['revokedAt'],
        }),
      ),
    canonical,
  );
  return schema;
}
