import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { policyById } from '../policy/policyById.ts';
import { readDownloadLimits } from '../policy/readDownloadLimits.ts';
import { addDays } from '../time/addDays.ts';
import { assertNotBefore } from '../time/assertNotBefore.ts';
import { formatDerivedInstant } from '../time/formatDerivedInstant.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { readDownloadLink } from './_internal/readDownloadLink.ts';
import type { DownloadLink, DownloadLinkStatus } from './types.ts';

/**
 * Whether a download link works at `at` (SW-1). Under a policy with limits
 * (`partner-center-2020-01`: 14 days or 50 downloads) it works while `at` < issuedAt + 14 days and
 * fewer than 50 downloads were made, so the 50th download is allowed and the 51st refused; under a
 * policy without (`partner-center-2021-03`) only revocation ends it, and `expiresAt` and
 * `downloadsLeft` are absent. A revoked link is invalid whatever `at` is (SW-2). The reason is the
 * first that applies of `revoked`, `expired`, `download-limit`.
 *
 * A link is judged by the policy it was issued under, the one its `policyId` names (POL-2): the
 * catalog policy of that id, or your `options.policy`, which must carry that id. Decided: `expiresAt` and `downloadsLeft` are given whenever the policy has limits, also
 * for a link that no longer works, so a UI can say when and why it stopped.
 *
 * @param link - The link, as {@link issueDownloadLink} or {@link recordDownload} returned it.
 * @param at - The instant asked about.
 * @param options - `{ policy }`: the policy of your own the link was issued under.
 * @returns `{ valid, reason?, expiresAt?, downloadsLeft?, policyId }`.
 * @throws {@link RuleError} `OUT_OF_ORDER` when `at` is before `link.issuedAt`; `INVALID_ARGUMENT`
 *   at `link.policyId` when it names no catalog policy and no `{ policy }` is given, or at
 *   `options.policy.id` when the given policy has another id; `INVALID_INSTANT`, `MISSING_FIELD`
 *   or `INVALID_ARGUMENT` for a malformed link or instant.
 * @example
 * ```ts
 * import { downloadLinkStatus } from 'subscription-rules';
 * const link = { issuedAt: '2020-06-01T00:00:00.000Z', downloads: 49, revoked: false, policyId: 'partner-center-2020-01' };
 * downloadLinkStatus(link, '2020-06-14T23:59:59.999Z');
 * //=> { valid: true, expiresAt: '2020-06-15T00:00:00.000Z', downloadsLeft: 1, policyId: 'partner-center-2020-01' }
 * downloadLinkStatus(link, '2020-06-15T00:00:00Z');
 * //=> { valid: false, reason: 'expired', expiresAt: '2020-06-15T00:00:00.000Z', downloadsLeft: 1, policyId: 'partner-center-2020-01' }
 * ```
 * @category Software
 */
export function downloadLinkStatus(
  link: DownloadLink,
  at: Instant,
  options?: PolicyOptions,
): DownloadLinkStatus {
  const issuedMs = readDownloadLink(link);
  const atMs = parseInstant(at, 'at');
  assertNotBefore(atMs, 'at', issuedMs, 'link.issuedAt');
  const policy = policyById(link.policyId, 'link.policyId', options);
  const limits = readDownloadLimits(policy);
  const policyId = policy.id;
  if (limits === null) {
    return link.revoked ? { valid: false, reason: 'revoked', policyId } : { valid: true, policyId };
  }
  const expiresMs = addDays(issuedMs, limits.validDays);
  const expiresAt = formatDerivedInstant(expiresMs, 'expiresAt', issuedMs, 'link.issuedAt');
  const downloadsLeft = Math.max(0, limits.maxDownloads - link.downloads);
  const reason = link.revoked
    ? 'revoked'
    : atMs >= expiresMs
      ? 'expired'
      : downloadsLeft === 0
        ? 'download-limit'
        : undefined;
  return reason === undefined
    ? { valid: true, expiresAt, downloadsLeft, policyId }
    : { valid: false, reason, expiresAt, downloadsLeft, policyId };
}
