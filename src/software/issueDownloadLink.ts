import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { resolvePolicy } from '../policy/resolvePolicy.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import type { DownloadLink } from './types.ts';

/**
 * A new software download link, issued at `at` with fresh limits (SW-1): no downloads yet, not
 * revoked, and the ID of the policy in force at `at` (POL-2), whose limits it keeps. A new link may
 * be issued any number of times.
 *
 * @param at - When the link is issued.
 * @param options - `{ policy }` to issue under a policy of your own.
 * @returns The link, as plain data.
 * @throws {@link RuleError} `INVALID_INSTANT` (path `at`); `INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * import { issueDownloadLink } from 'subscription-rules';
 * issueDownloadLink('2020-06-15T09:30:00+02:00');
 * //=> { issuedAt: '2020-06-15T07:30:00.000Z', downloads: 0, revoked: false, policyId: 'partner-center-2020-01' }
 * ```
 * @category Software
 */
export function issueDownloadLink(at: Instant, options?: PolicyOptions): DownloadLink {
  const atMs = parseInstant(at, 'at');
  const policy = resolvePolicy(options, atMs);
  return { issuedAt: formatInstant(atMs, 'at'), downloads: 0, revoked: false, policyId: policy.id };
}
