import fc from 'fast-check';
import type { DownloadLink } from 'subscription-rules';
import {
  definePolicy,
  downloadLinkStatus,
  issueDownloadLink,
  partnerCenterPolicies,
  recordDownload,
} from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { itKeepsTheContract } from '../_contracts.ts';
import { errorOf } from '../_errors.ts';
import { DAY, iso, linkAndInstant } from './_links.ts';

const issued = Date.UTC(2020, 5, 1);
const link2020: DownloadLink = {
  issuedAt: iso(issued),
  downloads: 0,
  revoked: false,
  policyId: 'partner-center-2020-01',
};
const link2021: DownloadLink = {
  issuedAt: '2021-06-01T00:00:00.000Z',
  downloads: 10_000,
  revoked: false,
  policyId: 'partner-center-2021-03',
};

describe('downloadLinkStatus', () => {
  it('SW-1: a 2020 link works until 1 ms before 14 days and is expired at 14 days exactly', () => {
    const end = issued + 14 * DAY;
    expect(downloadLinkStatus(link2020, iso(end - 1))).toEqual({
      valid: true,
      expiresAt: iso(end),
      downloadsLeft: 50,
      policyId: 'partner-center-2020-01',
    });
    for (const ms of [end, end + 1]) {
      expect(downloadLinkStatus(link2020, iso(ms))).toEqual({
        valid: false,
        reason: 'expired',
        expiresAt: iso(end),
        downloadsLeft: 50,
        policyId: 'partner-center-2020-01',
      });
    }
  });

  it('SW-1: after 49 downloads one is left; after 50 the link is at its limit', () => {
    const at = iso(issued + DAY);
    expect(downloadLinkStatus({ ...link2020, downloads: 49 }, at)).toMatchObject({
      valid: true,
      downloadsLeft: 1,
    });
    expect(downloadLinkStatus({ ...link2020, downloads: 50 }, at)).toMatchObject({
      valid: false,
      reason: 'download-limit',
      downloadsLeft: 0,
    });
  });

  it('SW-1: the first reason that applies wins: revoked, then expired, then download-limit', () => {
    const late = iso(issued + 20 * DAY);
    const spent = { ...link2020, downloads: 50 };
    expect(downloadLinkStatus(spent, late)).toMatchObject({ reason: 'expired' });
    expect(
      downloadLinkStatus({ ...spent, revoked: true, revokedAt: late }, iso(issued)),
    ).toMatchObject({ reason: 'revoked' });
  });

  it('SW-1: under partner-center-2021-03 only revocation ends a link, and no limits are reported', () => {
    expect(downloadLinkStatus(link2021, '2099-01-01T00:00:00Z')).toEqual({
      valid: true,
      policyId: 'partner-center-2021-03',
    });
    expect(downloadLinkStatus({ ...link2021, revoked: true }, '2021-06-01T00:00:00Z')).toEqual({
      valid: false,
      reason: 'revoked',
      policyId: 'partner-center-2021-03',
    });
  });

  it('SW-1, POL-2: a link is judged by the policy it names, never by another one passed in', () => {
    const at = iso(issued + 30 * DAY);
    expect(downloadLinkStatus(link2020, at)).toMatchObject({ valid: false, reason: 'expired' });
    expect(downloadLinkStatus(link2020, at, { policy: partnerCenterPolicies[0] })).toMatchObject({
      valid: false,
      reason: 'expired',
      policyId: 'partner-center-2020-01',
    });
    expect(
      errorOf(() => downloadLinkStatus(link2020, at, { policy: partnerCenterPolicies[1] })),
    ).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'options.policy.id',
    });
  });

  it('SW-1, POL-2: a link issued under a policy of one’s own keeps its 7-day, 3-download limits; an unknown policyId is an error, not the catalog’s rules', () => {
    const policy = definePolicy({
      ...partnerCenterPolicies[1],
      id: 'strict-links',
      downloadLinks: { validDays: 7, maxDownloads: 3 },
    });
    const link = issueDownloadLink('2026-01-01T00:00:00Z', { policy });
    expect(link.policyId).toBe('strict-links');
    expect(
      downloadLinkStatus({ ...link, downloads: 5 }, '2026-01-10T00:00:00Z', { policy }),
    ).toEqual({
      valid: false,
      reason: 'expired',
      expiresAt: '2026-01-08T00:00:00.000Z',
      downloadsLeft: 0,
      policyId: 'strict-links',
    });
    expect(
      downloadLinkStatus({ ...link, downloads: 3 }, '2026-01-02T00:00:00Z', { policy }),
    ).toMatchObject({
      valid: false,
      reason: 'download-limit',
    });
    expect(recordDownload({ ...link, downloads: 2 }, '2026-01-02T00:00:00Z', { policy }).ok).toBe(
      true,
    );
    expect(
      recordDownload({ ...link, downloads: 3 }, '2026-01-02T00:00:00Z', { policy }),
    ).toMatchObject({
      ok: false,
      code: 'DOWNLOAD_LIMIT',
    });
    for (const run of [
      () => downloadLinkStatus(link, '2026-01-02T00:00:00Z'),
      () => recordDownload(link, '2026-01-02T00:00:00Z'),
    ]) {
      expect(errorOf(run)).toEqual({ code: 'INVALID_ARGUMENT', path: 'link.policyId' });
    }
  });

  it('SW-1: a request before the issue is OUT_OF_ORDER; a malformed link names its field', () => {
    expect(errorOf(() => downloadLinkStatus(link2020, iso(issued - 1)))).toEqual({
      code: 'OUT_OF_ORDER',
      path: 'at',
    });
    const bad = (link: unknown) =>
      errorOf(() => downloadLinkStatus(link as DownloadLink, iso(issued)));
    expect(bad(null)).toEqual({ code: 'INVALID_ARGUMENT', path: 'link' });
    expect(bad({ ...link2020, downloads: -1 })).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'link.downloads',
    });
    expect(bad({ ...link2020, downloads: 1.5 })).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'link.downloads',
    });
    expect(bad({ ...link2020, downloads: undefined })).toEqual({
      code: 'MISSING_FIELD',
      path: 'link.downloads',
    });
    expect(bad({ ...link2020, revoked: 'no' })).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'link.revoked',
    });
    expect(bad({ ...link2020, policyId: 7 })).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'link.policyId',
    });
    expect(bad({ ...link2020, issuedAt: '2020-06-01' })).toEqual({
      code: 'INVALID_INSTANT',
      path: 'link.issuedAt',
    });
    expect(bad({ ...link2020, revokedAt: iso(issued) })).toEqual({
      code: 'INVALID_ARGUMENT',
      path: 'link.revokedAt',
    });
  });

  describe('properties', () => {
    it('SW-2: a revoked link is invalid with reason "revoked" at every instant', () => {
      fc.assert(
        fc.property(linkAndInstant, ({ link, atMs }) => {
          const status = downloadLinkStatus({ ...link, revoked: true }, iso(atMs));
          return !status.valid && status.reason === 'revoked';
        }),
      );
    });

    it('SW-1: a link valid at some instant was valid at every earlier instant since its issue', () => {
      fc.assert(
        fc.property(
          linkAndInstant,
          fc.double({ min: 0, max: 1, noNaN: true }),
          ({ link, issuedMs, atMs }, f) => {
            const earlier = issuedMs + Math.floor((atMs - issuedMs) * f);
            if (downloadLinkStatus(link, iso(atMs)).valid) {
              expect(downloadLinkStatus(link, iso(earlier)).valid).toBe(true);
            }
          },
        ),
      );
    });

    it('SW-1: valid exactly when not revoked, before 14 days and under 50 downloads (2020), or not revoked (2021)', () => {
      fc.assert(
        fc.property(linkAndInstant, ({ link, issuedMs, atMs }) => {
          const limited = link.policyId === 'partner-center-2020-01';
          const expected =
            !link.revoked && (!limited || (atMs < issuedMs + 14 * DAY && link.downloads < 50));
          expect(downloadLinkStatus(link, iso(atMs)).valid).toBe(expected);
        }),
      );
    });

    itKeepsTheContract(
      'downloadLinkStatus',
      downloadLinkStatus,
      linkAndInstant.map(({ link, atMs }) => [link, iso(atMs)] as [DownloadLink, string]),
    );
  });
});
