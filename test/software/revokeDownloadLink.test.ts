import fc from 'fast-check';
import type { DownloadLink } from 'subscription-rules';
import { downloadLinkStatus, issueDownloadLink, revokeDownloadLink } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { iso, linkAndInstant } from './_links.ts';

describe('revokeDownloadLink', () => {
  it('SW-2: cancelling the purchase revokes the link: revoked, with revokedAt, counts kept', () => {
    const link = { ...issueDownloadLink('2021-06-01T00:00:00Z'), downloads: 3 };
    expect(revokeDownloadLink(link, '2021-06-20T12:00:00+02:00')).toEqual({
      issuedAt: '2021-06-01T00:00:00.000Z',
      downloads: 3,
      revoked: true,
      policyId: 'partner-center-2021-03',
      revokedAt: '2021-06-20T10:00:00.000Z',
    });
  });

  it('SW-2: revoking again keeps the first revokedAt (decided); before the issue it is OUT_OF_ORDER', () => {
    const link = issueDownloadLink('2021-06-01T00:00:00Z');
    const once = revokeDownloadLink(link, '2021-06-02T00:00:00Z');
    expect(revokeDownloadLink(once, '2021-07-01T00:00:00Z')).toEqual(once);
    expect(errorOf(() => revokeDownloadLink(link, '2021-05-31T00:00:00Z'))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'at',
    });
  });

  describe('properties', () => {
    it('SW-2: a revoked link is revoked whatever instant it is asked about, even one before the revocation', () => {
      fc.assert(
        fc.property(
          linkAndInstant,
          fc.integer({ min: 0, max: 1e10 }),
          ({ link, issuedMs, atMs }, later) => {
            const revoked = revokeDownloadLink(link, iso(atMs));
            for (const ms of [issuedMs, atMs, atMs + later]) {
              expect(downloadLinkStatus(revoked, iso(ms))).toMatchObject({
                valid: false,
                reason: 'revoked',
              });
            }
          },
        ),
      );
    });

    itKeepsTheContract(
      'revokeDownloadLink',
      revokeDownloadLink,
      linkAndInstant.map(({ link, atMs }) => [link, iso(atMs)] as [DownloadLink, string]),
    );
  });
});
