import { softwareMessages } from '../messages/en/software.ts';
import { localized } from '../messages/localized.ts';
import { say } from '../messages/say.ts';
import type { MessageOptions } from '../messages/types.ts';
import type { PolicyOptions } from '../policy/PolicyOptions.ts';
import { formatInstant } from '../time/formatInstant.ts';
import { type Instant, parseInstant } from '../time/parseInstant.ts';
import { downloadLinkStatus } from './downloadLinkStatus.ts';
import type { DownloadLink, DownloadRefused, RecordDownloadResult } from './types.ts';

/**
 * Counts one download through a link at `at`, if the link still allows it (SW-1): the 50th
 * download of a `partner-center-2020-01` link is allowed and the 51st refused; a revoked link
 * refuses every download (SW-2). The limits are those of {@link downloadLinkStatus}.
 *
 * @param link - The link.
 * @param at - When the download starts.
 * @param options - `{ policy }`: the policy of your own the link was issued under; `{ locale }` for
 *   a refusal's message in another language (MSG-1).
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
  options?: PolicyOptions & MessageOptions,
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
  const t = softwareMessages;
  const refused: DownloadRefused =
    status.reason === 'revoked'
      ? { ok: false, code: 'REVOKED', ...say(t, 'download.revoked') }
      : status.reason === 'expired'
        ? {
            ok: false,
            code: 'EXPIRED',
            ...say(t, 'download.expired', { expiresAt: status.expiresAt as string }),
          }
        : {
            ok: false,
            code: 'DOWNLOAD_LIMIT',
            ...say(t, 'download.limit', { downloads: link.downloads }),
          };
  return localized(refused, options);
}
