import { RuleErrorCode } from '../../errors/RuleErrorCode.ts';
import { fail } from '../../kernel/fail.ts';
import { parseInstant } from '../../time/parseInstant.ts';
import type { DownloadLink } from '../types.ts';

/**
 * Checks a {@link DownloadLink} argument cheaply (ERR-1, SW-1) and reads its issue instant.
 *
 * @param link - The argument.
 * @returns Epoch milliseconds of `link.issuedAt`.
 * @throws {@link RuleError} `INVALID_ARGUMENT` for a link that is not an object or has a field of
 *   the wrong type (a negative or fractional `downloads`, a `revokedAt` on a link not revoked);
 *   `MISSING_FIELD` for a missing field; `INVALID_INSTANT` for a bad instant.
 */
export function readDownloadLink(link: unknown): number {
  if (typeof link !== 'object' || link === null || Array.isArray(link)) {
    fail(RuleErrorCode.INVALID_ARGUMENT, 'link', 'expected a download link object', link);
  }
  const { issuedAt, downloads, revoked, policyId, revokedAt } = link as Partial<DownloadLink>;
  const issuedMs = parseInstant(issuedAt, 'link.issuedAt');
  if (!(Number.isSafeInteger(downloads) && (downloads as number) >= 0)) {
    fail(codeFor(downloads), 'link.downloads', 'expected an integer ≥ 0', downloads);
  }
  if (typeof revoked !== 'boolean') {
    fail(codeFor(revoked), 'link.revoked', 'expected true or false', revoked);
  }
  if (typeof policyId !== 'string') {
    fail(codeFor(policyId), 'link.policyId', 'expected a policy ID', policyId);
  }
  if (revokedAt !== undefined) {
    parseInstant(revokedAt, 'link.revokedAt');
    if (!revoked) {
      fail(
        RuleErrorCode.INVALID_ARGUMENT,
        'link.revokedAt',
        'expected none on a link not revoked',
        revokedAt,
      );
    }
  }
  return issuedMs;
}

function codeFor(value: unknown): RuleErrorCode {
  return value === undefined ? RuleErrorCode.MISSING_FIELD : RuleErrorCode.INVALID_ARGUMENT;
}
