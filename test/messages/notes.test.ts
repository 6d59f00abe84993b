import fc from 'fast-check';
import {
  formatMessage,
  fromPartnerCenterSubscription,
  type PartnerCenterNote,
  type ResourceMessageId,
} from 'subscription-rules';
import { partnerCenterSubscription } from 'subscription-rules/arbitraries';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { errorOf } from '../_errors.ts';
import { m365_2021, readableAsOf, saas2019 } from '../partnerCenter/_samples.ts';
import { locales } from './_results.ts';

const HOUR = 3_600_000;
const at = '2021-01-14T18:00:00Z';

/** Resources whose notes cover a disagreement, a field not carried over and a status read otherwise. */
const resources = [
  { ...m365_2021, cancellationAllowedUntilDate: null },
  { ...m365_2021, cancellationAllowedUntilDate: '2021-01-20T00:00:00Z' },
  { ...m365_2021, status: 'deleted' },
];

/** The notes' messages of every sample resource, in `locale`. */
function notes(locale = locales.en): string[] {
  return resources.flatMap((r) =>
    fromPartnerCenterSubscription(r as never, { asOf: at, locale }).notes.map((n) => n.message),
  );
}

describe('Partner Center notes in four languages', () => {
  it('MSG-1: every note carries the ID and params its English message is made from', () => {
    const reading = resources.map(
      (r) => fromPartnerCenterSubscription(r as never, { asOf: at }).notes,
    );
    expect(reading.flat().map((n) => [n.path, n.messageId, n.params])).toEqual([
      [
        'resource.cancellationAllowedUntilDate',
        'resource.cancel-window.stated-none',
        { computed: '2021-01-17T16:57:14.498Z' },
      ],
      [
        'resource.cancellationAllowedUntilDate',
        'resource.cancel-window',
        { stated: '2021-01-20T00:00:00.000Z', computed: '2021-01-17T16:57:14.498Z' },
      ],
      ['resource.status', 'resource.deleted-as-cancelled', {}],
    ]);
    for (const note of reading.flat()) expect(formatMessage(note)).toBe(note.message);
  });

  it('MSG-1: en — exactly the notes of earlier releases', () => {
    expect(notes()).toEqual([
      "the resource allows no cancellation, the rules until 2021-01-17T16:57:14.498Z; the resource's window is kept",
      "the resource allows cancelling until 2021-01-20T00:00:00.000Z, the rules until 2021-01-17T16:57:14.498Z; the resource's window is kept",
      'deleted is read as cancelled: the resource does not tell a cancellation from a later deletion',
    ]);
  });

  it('MSG-1: ko — 리소스, 규칙, 취소됨', () => {
    expect(notes(ko)).toMatchInlineSnapshot(`
      [
        "리소스는 취소를 허용하지 않고 규칙은 2021년 1월 17일 16시 57분 14초 UTC까지 허용합니다. 리소스의 기간을 유지합니다",
        "리소스는 2021년 1월 20일 00:00 UTC까지 취소를 허용하고 규칙은 2021년 1월 17일 16시 57분 14초 UTC까지 허용합니다. 리소스의 기간을 유지합니다",
        "삭제됨을 취소됨으로 읽습니다. 리소스로는 취소와 이후의 삭제를 구별할 수 없습니다",
      ]
    `);
  });

  it('MSG-1: zh-Hans — 资源, 规则, 已取消', () => {
    expect(notes(zhHans)).toMatchInlineSnapshot(`
      [
        "资源不允许取消，规则允许在 2021年1月17日 UTC 16:57:14 之前取消；保留资源的窗口",
        "资源允许在 2021年1月20日 UTC 00:00 之前取消，规则为 2021年1月17日 UTC 16:57:14 之前；保留资源的窗口",
        "“已删除”按“已取消”读取：资源无法区分取消与之后的删除",
      ]
    `);
  });

  it('MSG-1: zh-Hant — 資源, 規則, 已取消', () => {
    expect(notes(zhHant)).toMatchInlineSnapshot(`
      [
        "資源不允許取消，規則允許在 2021年1月17日 16:57:14 [UTC] 之前取消；保留資源的期間",
        "資源允許在 2021年1月20日 00:00 [UTC] 之前取消，規則為 2021年1月17日 16:57:14 [UTC] 之前；保留資源的期間",
        "「已刪除」依「已取消」讀取：資源無法區分取消與之後的刪除",
      ]
    `);
  });

  it('MSG-1: the 2019 marketplace SaaS sample reads with its notes in every locale, none left in English', () => {
    const asOf = '2019-01-09T12:00:00Z';
    const english = fromPartnerCenterSubscription(saas2019, { asOf }).notes;
    expect(english.length).toBeGreaterThan(0);
    for (const locale of [ko, zhHans, zhHant]) {
      const local = fromPartnerCenterSubscription(saas2019, { asOf, locale }).notes;
      expect(local.map((n) => n.messageId)).toEqual(english.map((n) => n.messageId));
      for (const [i, note] of local.entries()) expect(note.message).not.toBe(english[i]?.message);
    }
  });

  it('ERR-1: a { locale } that is not a locale is a RuleError at options.locale', () => {
    expect(
      errorOf(() =>
        fromPartnerCenterSubscription(resources[0] as never, { asOf: at, locale: {} as never }),
      ),
    ).toEqual({ code: 'INVALID_ARGUMENT', path: 'options.locale' });
  });

  it('MSG-1: note message IDs are a literal union; a misspelt one does not compile', () => {
    // the reader's shared notes, a New Commerce resource's end of term (EST-6) and promotion (PL-5)
    expectTypeOf<PartnerCenterNote['messageId']>().toEqualTypeOf<
      | ResourceMessageId
      | 'resource.nce.end-of-term-inferred'
      | 'resource.nce.end-of-term-disagrees'
      | 'resource.nce.extended-service-term'
      | 'resource.nce.promotion-not-given'
      | 'resource.nce.promotion-outside-window'
      | 'resource.nce.promotion-no-product'
      | 'resource.nce.promotion-unpriced'
    >();
    // @ts-expect-error a misspelt note message ID does not compile
    const misspelt: ResourceMessageId = 'resource.term-ends';
    expect(misspelt).toBeTypeOf('string');
  });

  it("MSG-1: for any resource, { locale } changes only the notes' messages, each formatMessage of the stored English note", () => {
    let seen = 0;
    fc.assert(
      fc.property(
        partnerCenterSubscription(),
        fc.integer({ min: 0, max: 3 * 365 * 24 }),
        fc.constantFrom(...Object.values(locales)),
        (r, hours, locale) => {
          const asOf = readableAsOf(r, hours * HOUR);
          const english = fromPartnerCenterSubscription(r, { asOf });
          const local = fromPartnerCenterSubscription(r, { asOf, locale });
          expect(local.subscription).toEqual(english.subscription);
          expect(local.notes.map(({ message, ...rest }) => rest)).toEqual(
            english.notes.map(({ message, ...rest }) => rest),
          );
          const stored = JSON.parse(JSON.stringify(english.notes)) as PartnerCenterNote[];
          for (const [i, note] of stored.entries()) {
            expect(formatMessage(note)).toBe(english.notes[i]?.message);
            expect(formatMessage(note, locale)).toBe(local.notes[i]?.message);
            seen++;
          }
        },
      ),
      { numRuns: 300 },
    );
    // the arbitrary draws resources with notes, so the law above was checked on some
    expect(seen).toBeGreaterThan(0);
  });
});
