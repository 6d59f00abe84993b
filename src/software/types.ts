import type { SoftwareMessageId } from '../messages/en/software.ts';
import type { MessageParams } from '../messages/types.ts';
/**
 * A software download link (SW-1): when it was issued, how many downloads it has served,
 * whether it is revoked, and the policy it was issued under. Plain data: keep it with the purchase
 * and pass it back to {@link downloadLinkStatus} and {@link recordDownload}.
 *
 * @category Software
 */
export interface DownloadLink {
  /** When the link was issued, in ISO 8601 UTC. */
  readonly issuedAt: string;
  /** Downloads made through the link so far (an integer ≥ 0). */
  readonly downloads: number;
  /** Whether the link was revoked (SW-2); a revoked link never works again. */
  readonly revoked: boolean;
  /** The policy in force when the link was issued (POL-2). */
  readonly policyId: string;
  /** When the link was revoked, in ISO 8601 UTC; present once it is. */
  readonly revokedAt?: string;
}

/**
 * Why a download link no longer works (SW-1), the first that applies in this order.
 *
 * @category Software
 */
export type DownloadLinkInvalidReason = 'revoked' | 'expired' | 'download-limit';

/**
 * What {@link downloadLinkStatus} says of a link that works.
 *
 * @category Software
 */
export interface ValidDownloadLinkStatus {
  /** Discriminant. */
  readonly valid: true;
  /** When the link expires (exclusive); absent where the policy sets no time limit. */
  readonly expiresAt?: string;
  /** Downloads the link still allows; absent where the policy sets no download limit. */
  readonly downloadsLeft?: number;
  /** The policy the limits come from (POL-1). */
  readonly policyId: string;
}

/**
 * What {@link downloadLinkStatus} says of a link that no longer works.
 *
 * @category Software
 */
export interface InvalidDownloadLinkStatus {
  /** Discriminant. */
  readonly valid: false;
  /** Why: `revoked`, `expired` or `download-limit`, the first that applies. */
  readonly reason: DownloadLinkInvalidReason;
  /** When the link expires or expired; absent where the policy sets no time limit. */
  readonly expiresAt?: string;
  /** Downloads the link still allows (0 at the limit); absent where the policy sets no limit. */
  readonly downloadsLeft?: number;
  /** The policy the limits come from (POL-1). */
  readonly policyId: string;
}

/**
 * Whether a download link works at an instant, and why not (SW-1), discriminated by `valid`.
 *
 * @category Software
 */
export type DownloadLinkStatus = ValidDownloadLinkStatus | InvalidDownloadLinkStatus;

/**
 * A download served: the link with one more download counted.
 *
 * @category Software
 */
export interface DownloadRecorded {
  /** Discriminant. */
  readonly ok: true;
  /** The link to keep, with `downloads` one higher. */
  readonly link: DownloadLink;
}

/**
 * A download refused, with the reason in upper case as its code (SW-1).
 *
 * @category Software
 */
export interface DownloadRefused {
  /** Discriminant. */
  readonly ok: false;
  /** `REVOKED`, `EXPIRED` or `DOWNLOAD_LIMIT`. */
  readonly code: 'REVOKED' | 'EXPIRED' | 'DOWNLOAD_LIMIT';
  /** One sentence a UI can show, English unless a `{ locale }` was given (MSG-1). */
  readonly message: string;
  /** The message's stable ID (MSG-1): `download.revoked`, `download.expired`, `download.limit`. */
  readonly messageId: SoftwareMessageId;
  /** The message's named parameters (MSG-1). */
  readonly params: MessageParams;
}

/**
 * What {@link recordDownload} returns, discriminated by `ok`.
 *
 * @category Software
 */
export type RecordDownloadResult = DownloadRecorded | DownloadRefused;
