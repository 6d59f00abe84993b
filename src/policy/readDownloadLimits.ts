import { checkDownloadLinks } from './_internal/checkDownloadLinks.ts';
import type { DownloadLinkLimits, Policy } from './types.ts';

/**
 * A policy's download-link limits (SW-1), checked as they are read: `null`, or whole numbers
 * ≥ 1, else `RuleError` `INVALID_ARGUMENT` at `options.policy.downloadLinks…`.
 *
 * @param policy - The policy in force.
 * @returns `policy.downloadLinks`.
 */
export function readDownloadLimits(
  policy: Pick<Policy, 'downloadLinks'>,
): DownloadLinkLimits | null {
  checkDownloadLinks(policy.downloadLinks, 'options.policy.downloadLinks', undefined);
  return policy.downloadLinks;
}
