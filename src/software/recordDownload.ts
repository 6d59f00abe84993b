import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { downloadLinkStatus } from './downloadLinkStatus.ts';
import type { DownloadLink, RecordDownloadResult } from './types.ts';

/**
 * Counts one download through a link at `at`, if the link still allows it (SW-1): the 50th
 * download of a `partner-center-2020-01` link is allowed and the 51st refused; a revoked link
 * refuses every download (SW-2). The limits are those of {@link downloadLinkStatus}.
 *
 * @param link - The link.
 * @param at - When the download starts.
 * @param options - `{ policy }`: the policy of your own the link was issued under.
 * @returns `{ ok: true, link }` with `downloads` one higher (instants in ISO UTC form), or
 *   `{ ok: false, code, message }` with the reason in upper case: `REVOKED`, `EXPIRED`,
 *   `DOWNLOAD_LIMIT`.
 * @throws {@link RuleError} as {@link downloadLinkStatus} does.
 * @example
 * ```ts
 * import { recordDownload } from 'subscription-rules';
 * const link = { issuedAt: '2020-06-01T00:00:00.000Z', downloads: 49, revoked: false, policyId: 'partner-center-2020-01' };
 * const served = recordDownload(link, '2020-06-02T00:00:00Z');
 * served.ok && served.link.downloads;
 * //=> 50
 * served.ok && recordDownload(served.link, '2020-06-02T00:00:01Z');
 * //=> { ok: false, code: 'DOWNLOAD_LIMIT', message: 'The download link has served all the downloads it allows (50); issue a new link.' }
 * ```
 * @category Software
 */
export function recordDownload(
  link: DownloadLink,
  at: Instant,
  options?: PolicyOptions,
): RecordDownloadResult {
  const status = downloadLinkStatus(link, at, options);
  if (status.valid) {
    return {
      ok: true,
      link: {
        issuedAt: formatInstant(parseInstant(link.issuedAt, 'link.issuedAt'), 'link.issuedAt'),
        downloads: link.downloads + 1,
        revoked: false,
        policyId: link.policyId,
      },
    };
  }
  switch (status.reason) {
    case 'revoked':
      return {
        ok: false,
        code: 'REVOKED',
        message: 'The download link was revoked and cannot be used again.',
      };
    case 'expired':
      return {
        ok: false,
        code: 'EXPIRED',
        message: `The download link expired at ${status.expiresAt}; issue a new link.`,
      };
    default:
      return {
        ok: false,
        code: 'DOWNLOAD_LIMIT',
        message: `The download link has served all the downloads it allows (${link.downloads}); issue a new link.`,
      };
  }
}
