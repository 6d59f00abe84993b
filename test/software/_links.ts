import fc from 'fast-check';
import type { DownloadLink } from 'subscription-rules';
import { epochMs } from '../_arbitraries.ts';

export const DAY = 86_400_000;
export const iso = (ms: number): string => new Date(ms).toISOString();

/** A link as the library writes them, under either catalog policy, and an instant at or after its issue. */
export const linkAndInstant: fc.Arbitrary<{ link: DownloadLink; issuedMs: number; atMs: number }> =
  fc
    .record({
      issuedMs: epochMs,
      downloads: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 48, max: 51 })),
      revoked: fc.boolean(),
      after: fc.oneof(
        fc.integer({ min: 0, max: 30 * DAY }),
        fc.integer({ min: 14 * DAY - 2, max: 14 * DAY + 2 }),
      ),
    })
    .map(({ issuedMs, downloads, revoked, after }) => {
      const policyId =
        issuedMs < Date.UTC(2021, 2, 8) ? 'partner-center-2020-01' : 'partner-center-2021-03';
      const link: DownloadLink = revoked
        ? {
            issuedAt: iso(issuedMs),
            downloads,
            revoked,
            policyId,
            revokedAt: iso(issuedMs + after),
          }
        : { issuedAt: iso(issuedMs), downloads, revoked, policyId };
      return { link, issuedMs, atMs: issuedMs + after };
    });
