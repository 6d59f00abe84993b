import * as z from 'zod/mini';
import { schemaParts } from './schemaParts.ts';

let schema: z.ZodMiniType | undefined;

/**
 * The zod/mini schema of a `DownloadLink` (SW-1): `issuedAt`, `downloads` (an integer
 * ≥ 0), `revoked`, `policyId`, and `revokedAt` exactly when revoked; no other keys.
 *
 * @returns The schema (built on first use).
 * @category Schemas
 */
export function downloadLinkSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const parts = schemaParts();
  schema = z
    .strictObject({
      issuedAt: parts.instant,
      downloads: z.int().check(z.minimum(0)),
      revoked: z.boolean(),
      policyId: parts.text,
      revokedAt: z.optional(parts.instant),
    })
    .check(
      z.refine((link) => link.revoked === (link.revokedAt !== undefined), {
        message: 'expected revokedAt exactly when the link is revoked',
        path: ['revokedAt'],
      }),
    );
  return schema;
}
