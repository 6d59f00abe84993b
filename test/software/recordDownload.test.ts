import fc from 'fast-check';
import type { DownloadLink } from 'subscription-rules';
import {
  downloadLinkStatus,
  issueDownloadLink,
  recordDownload,
  revokeDownloadLink,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { DAY, iso, linkAndInstant } from './_links.ts';

describe('recordDownload', () => {
  it('SW-1: the 50th download is allowed and the 51st refused with DOWNLOAD_LIMIT', () => {
    let link = issueDownloadLink('2020-06-01T00:00:00Z');
    for (let n = 1; n <= 50; n++) {
      const result = recordDownload(link, '2020-06-02T00:00:00Z');
      if (!result.ok) throw new Error(`download ${n} refused: ${result.message}`);
      link = result.link;
    }
    expect(link.downloads).toBe(50);
    const refused = recordDownload(link, '2020-06-02T00:00:00Z');
    expect(refused).toMatchObject({ ok: false, code: 'DOWNLOAD_LIMIT' });
  });

  it('SW-1: a download at 14 days exactly is refused with EXPIRED; 1 ms before it is counted', () => {
    const link = issueDownloadLink('2020-06-01T00:00:00Z');
    expect(recordDownload(link, '2020-06-14T23:59:59.999Z')).toEqual({
      ok: true,
      link: { ...link, downloads: 1 },
    });
    expect(recordDownload(link, '2020-06-15T00:00:00Z')).toEqual({
      ok: false,
      code: 'EXPIRED',
      message: 'The download link expired at 2020-06-15T00:00:00.000Z; issue a new link.',
      messageId: 'download.expired',
      params: { expiresAt: '2020-06-15T00:00:00.000Z' },
    });
  });

  it('SW-2: a revoked link refuses every download with REVOKED, also under the 2021 rules', () => {
    const link = revokeDownloadLink(
      issueDownloadLink('2021-06-01T00:00:00Z'),
      '2021-06-02T00:00:00Z',
    );
    expect(recordDownload(link, '2021-06-01T12:00:00Z')).toMatchObject({
      ok: false,
      code: 'REVOKED',
    });
    expect(recordDownload(link, '2031-06-01T12:00:00Z')).toMatchObject({
      ok: false,
      code: 'REVOKED',
    });
  });

  it('SW-1: a download before the link was issued is OUT_OF_ORDER', () => {
    const link = issueDownloadLink('2021-06-01T00:00:00Z');
    expect(errorOf(() => recordDownload(link, '2021-05-31T23:59:59.999Z'))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'at',
    });
  });

  describe('properties', () => {
    it('SW-1: a download is counted exactly when the link is valid, and the refusal code is the reason in upper case', () => {
      fc.assert(
        fc.property(linkAndInstant, ({ link, atMs }) => {
          const status = downloadLinkStatus(link, iso(atMs));
          const result = recordDownload(link, iso(atMs));
          if (status.valid) {
            expect(result).toEqual({ ok: true, link: { ...link, downloads: link.downloads + 1 } });
          } else {
            expect(result).toMatchObject({
              ok: false,
              code: status.reason.toUpperCase().replace('-', '_'),
            });
            expect(result.ok || result.message.length > 0).toBe(true);
          }
        }),
      );
    });

    it('SW-1: under the 2020 rules a fresh link serves exactly 50 downloads within its 14 days', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2021, 2, 7) }),
          fc.integer({ min: 0, max: 14 * DAY - 1 }),
          (issuedMs, spread) => {
            let link: DownloadLink = issueDownloadLink(iso(issuedMs));
            let served = 0;
            for (let n = 0; n < 60; n++) {
              const result = recordDownload(link, iso(issuedMs + Math.floor((spread * n) / 60)));
              if (!result.ok) break;
              link = result.link;
              served++;
            }
            return served === 50;
          },
        ),
      );
    });

    itKeepsTheContract(
      'recordDownload',
      recordDownload,
      linkAndInstant.map(({ link, atMs }) => [link, iso(atMs)] as [DownloadLink, string]),
    );
  });
});
