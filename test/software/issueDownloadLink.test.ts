import fc from 'fast-check';
import { downloadLinkStatus, issueDownloadLink, partnerCenterPolicies } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { anyInstant, epochMs } from '../_arbitraries.ts';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { iso } from './_links.ts';

describe('issueDownloadLink', () => {
  it('SW-1: a new link has no downloads, is not revoked and names the policy in force at its issue', () => {
    expect(issueDownloadLink('2021-03-07T23:59:59.999Z')).toEqual({
      issuedAt: '2021-03-07T23:59:59.999Z',
      downloads: 0,
      revoked: false,
      policyId: 'partner-center-2020-01',
    });
    expect(issueDownloadLink('2021-03-08T10:00:00+10:00').policyId).toBe('partner-center-2021-03');
    expect(issueDownloadLink(new Date(Date.UTC(2021, 2, 8))).policyId).toBe(
      'partner-center-2021-03',
    );
    expect(
      issueDownloadLink('2026-01-01T00:00:00Z', { policy: partnerCenterPolicies[0] }).policyId,
    ).toBe('partner-center-2020-01');
  });

  it('SW-1: a bad instant is INVALID_INSTANT at path "at"', () => {
    expect(errorOf(() => issueDownloadLink('2026-01-01'))).toEqual({
      code: 'INVALID_INSTANT',
      path: 'at',
    });
  });

  describe('properties', () => {
    it('SW-1: a link issued again later has fresh limits: valid for its full 14 days and 50 downloads', () => {
      fc.assert(
        fc.property(
          epochMs.filter((ms) => ms < Date.UTC(2021, 2, 8)),
          (ms) => {
            const status = downloadLinkStatus(issueDownloadLink(iso(ms)), iso(ms));
            expect(status).toEqual({
              valid: true,
              expiresAt: iso(ms + 14 * 86_400_000),
              downloadsLeft: 50,
              policyId: 'partner-center-2020-01',
            });
          },
        ),
      );
    });

    itKeepsTheContract('issueDownloadLink', issueDownloadLink, fc.tuple(anyInstant));
  });
});
