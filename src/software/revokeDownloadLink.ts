import { assertNotBefore } from '../time/assertNotBefore.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { readDownloadLink } from './_internal/readDownloadLink.ts';
import type { DownloadLink } from './types.ts';

/**
 * Revokes a download link, as cancelling its software purchase does (SW-2): the link comes
 * back with `revoked: true` and `revokedAt`, and never works again whatever instant it is asked
 * about. The purchase itself stays listed, without its key.
 *
 * Decided: revoking a link already revoked returns it unchanged (the first `revokedAt` stands), so
 * revocation can be retried safely.
 *
 * @param link - The link.
 * @param at - When it is revoked.
 * @returns The revoked link, instants in ISO UTC form.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `at` is before `link.issuedAt`; `INVALID_INSTANT`,
 *   `MISSING_FIELD` or `INVALID_ARGUMENT` for a malformed link or instant.
 * @example
 * ```ts
 * import { revokeDownloadLink } from 'subscription-rules';
 * const link = { issuedAt: '2021-06-01T00:00:00.000Z', downloads: 3, revoked: false, policyId: 'partner-center-2021-03' };
 * revokeDownloadLink(link, '2021-06-20T12:00:00+02:00');
 * //=> { issuedAt: '2021-06-01T00:00:00.000Z', downloads: 3, revoked: true, policyId: 'partner-center-2021-03', revokedAt: '2021-06-20T10:00:00.000Z' }
 * ```
 * @category Software
 */
export function revokeDownloadLink(link: DownloadLink, at: Instant): DownloadLink {
  const issuedMs = readDownloadLink(link);
  const atMs = parseInstant(at, 'at');
  assertNotBefore(atMs, 'at', issuedMs, 'link.issuedAt');
  const issuedAt = formatInstant(issuedMs, 'link.issuedAt');
  const { downloads, policyId, revokedAt } = link;
  if (!link.revoked) {
    return { issuedAt, downloads, revoked: true, policyId, revokedAt: formatInstant(atMs, 'at') };
  }
  return revokedAt === undefined
    ? { issuedAt, downloads, revoked: true, policyId }
    : {
        issuedAt,
        downloads,
        revoked: true,
        policyId,
        revokedAt: formatInstant(parseInstant(revokedAt, 'link.revokedAt'), 'link.revokedAt'),
      };
}
