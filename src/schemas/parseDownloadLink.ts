import type { DownloadLink } from '../software/types.ts';
import type { Canonical } from './Canonical.ts';
import { downloadLinkSchema } from './downloadLinkSchema.ts';
import type { ParseResult } from './ParseResult.ts';
import { runParse } from './runParse.ts';

/**
 * Validates untrusted JSON as a stored `DownloadLink` (ERR-2, SW-1, SW-2), with its
 * instants in canonical form: {@link downloadLinkSchema}, without throwing.
 *
 * @param input - Untrusted data, e.g. a link read back from a database.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }` with dot paths.
 * @example
 * ```ts
 * import { parseDownloadLink } from 'subscription-rules/schemas';
 * parseDownloadLink({ issuedAt: '2020-06-01T00:00:00Z', downloads: 3, revoked: false, policyId: 'partner-center-2020-01' });
 * //=> { ok: true, value: { issuedAt: '2020-06-01T00:00:00.000Z', downloads: 3, revoked: false, policyId: 'partner-center-2020-01' } }
 * ```
 * @category Schemas
 */
export function parseDownloadLink(input: unknown): ParseResult<Canonical<DownloadLink>> {
  return runParse(input, downloadLinkSchema(), 'expected a download link object');
}
