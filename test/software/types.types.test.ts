import type {
  DownloadLink,
  DownloadLinkInvalidReason,
  DownloadLinkStatus,
  RecordDownloadResult,
} from 'subscription-rules';
import { downloadLinkStatus, recordDownload } from 'subscription-rules';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('SW-1: reasons and refusal codes are literal types; misspellings do not compile', () => {
    expectTypeOf<DownloadLinkInvalidReason>().toEqualTypeOf<
      'revoked' | 'expired' | 'download-limit'
    >();
    expectTypeOf(downloadLinkStatus).returns.toEqualTypeOf<DownloadLinkStatus>();
    expectTypeOf(recordDownload).returns.toEqualTypeOf<RecordDownloadResult>();
    const neverCalled = (
      status: DownloadLinkStatus,
      result: RecordDownloadResult,
      link: DownloadLink,
    ) => {
      if (!status.valid) expectTypeOf(status.reason).toEqualTypeOf<DownloadLinkInvalidReason>();
      // @ts-expect-error a valid status has no reason
      if (status.valid) void status.reason;
      // @ts-expect-error a misspelt reason does not compile
      if (!status.valid && status.reason === 'expried') return;
      // @ts-expect-error a misspelt code does not compile
      if (!result.ok && result.code === 'DOWNLOAD-LIMIT') return;
      // @ts-expect-error a link is read-only data
      link.downloads = 3;
    };
    void neverCalled;
  });
});
