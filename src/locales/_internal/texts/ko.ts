import type { LocaleWords } from '../../../messages/types.ts';
import type {
  LegacyRefundTexts,
  MidTermTexts,
  NewCommerceRefundTexts,
  SharedTexts,
} from './Texts.ts';

/** Korean sentences of the legacy program's refund decisions (MSG-1). */
export const koLegacyRefunds: LegacyRefundTexts = {
  'refund.full-credit':
    '주문 후 {count}{unit} 이내에 취소됨: 다음 청구서에 전액 크레딧이 적용됩니다(기간 종료: {windowEndsAt}).',
  'refund.prorated-credit':
    '주문 후 {count}{unit} 이내에 조기 해지 수수료 없이 취소됨: 약정 기간 중 사용하지 않은 부분이 다음 청구서에 크레딧으로 적용됩니다(기간 종료: {windowEndsAt}).',
  'refund.window-closed':
    '더 이상 취소할 수 없습니다: 주문 후 {count}{unit}의 취소 가능 기간이 {windowEndsAt}에 종료되었습니다.',
  'refund.cancel-at-renewal':
    '{count}{unit}의 전액 크레딧 기간(종료: {windowEndsAt}) 이후에 요청됨: 취소는 현재 약정 기간이 끝날 때로 예약되며 크레딧은 없습니다.',
  'refund.cancel-at-renewal.at':
    '{count}{unit}의 전액 크레딧 기간(종료: {windowEndsAt}) 이후에 요청됨: 취소는 현재 약정 기간이 끝날 때({effectiveAt})로 예약되며 크레딧은 없습니다.',
  'refund.stated.full-credit':
    '명시된 기간 내에 취소됨: 다음 청구서에 전액 크레딧이 적용됩니다(기간 종료: {windowEndsAt}).',
  'refund.stated.prorated-credit':
    '명시된 기간 내에 조기 해지 수수료 없이 취소됨: 약정 기간 중 사용하지 않은 부분이 다음 청구서에 크레딧으로 적용됩니다(기간 종료: {windowEndsAt}).',
  'refund.stated.window-closed':
    '더 이상 취소할 수 없습니다: 주문 후 명시된 취소 가능 기간이 {windowEndsAt}에 종료되었습니다.',
  'refund.stated.cancel-at-renewal':
    '명시된 전액 크레딧 기간(종료: {windowEndsAt}) 이후에 요청됨: 취소는 현재 약정 기간이 끝날 때로 예약되며 크레딧은 없습니다.',
  'refund.stated.cancel-at-renewal.at':
    '명시된 전액 크레딧 기간(종료: {windowEndsAt}) 이후에 요청됨: 취소는 현재 약정 기간이 끝날 때({effectiveAt})로 예약되며 크레딧은 없습니다.',
};

/** Korean sentences of New Commerce's refund decisions (MSG-1). */
export const koNewCommerceRefunds: NewCommerceRefundTexts = {
  'refund.term.first-day': '약정 기간 첫날에 취소됨: 전액 크레딧(기간 종료: {windowEndsAt}).',
  'refund.term.full-credit':
    '{count}{unit} 기간 내에 취소됨: 전액 크레딧(기간 종료: {windowEndsAt}).',
  'refund.term.prorated-credit':
    '{count}{unit} 기간 내에 취소됨: 청구 기간 중 사용하지 않은 일수가 비례 배분되어 크레딧으로 적용됩니다(기간 종료: {windowEndsAt}).',
  'refund.term.window-closed':
    '더 이상 취소할 수 없습니다: {count}{unit} 기간이 {windowEndsAt}에 종료되었으며 약정 기간 전체가 청구됩니다.',
  'refund.term.cancel-at-renewal':
    '{count}{unit}의 전액 환불 기간(종료: {windowEndsAt}) 이후에 요청됨: 구독은 약정 기간이 끝날 때 종료되며 크레딧은 없습니다.',
  'refund.term.cancel-at-renewal.at':
    '{count}{unit}의 전액 환불 기간(종료: {windowEndsAt}) 이후에 요청됨: 구독은 약정 기간이 끝날 때({effectiveAt}) 종료되며 크레딧은 없습니다.',
  'refund.term.stated.full-credit':
    '명시된 기간 내에 취소됨: 전액 크레딧(기간 종료: {windowEndsAt}).',
  'refund.term.stated.prorated-credit':
    '명시된 기간 내에 취소됨: 청구 기간 중 사용하지 않은 일수가 비례 배분되어 크레딧으로 적용됩니다(기간 종료: {windowEndsAt}).',
  'refund.term.stated.window-closed':
    '더 이상 취소할 수 없습니다: 명시된 기간이 {windowEndsAt}에 종료되었으며 약정 기간 전체가 청구됩니다.',
  'refund.term.stated.cancel-at-renewal':
    '명시된 전액 환불 기간(종료: {windowEndsAt}) 이후에 요청됨: 구독은 약정 기간이 끝날 때 종료되며 크레딧은 없습니다.',
  'refund.term.stated.cancel-at-renewal.at':
    '명시된 전액 환불 기간(종료: {windowEndsAt}) 이후에 요청됨: 구독은 약정 기간이 끝날 때({effectiveAt}) 종료되며 크레딧은 없습니다.',
};

/** Korean sentences of New Commerce's refusals of a change made mid-term (MSG-1, MID-1 … MID-4). */
export const koMidTerm: MidTermTexts = {
  'lifecycle.nce.refused.term-not-longer':
    '{term} 약정 기간은 기간 중에 {to}(으)로 변경할 수 없습니다. 지금은 더 긴 약정 기간만 시작할 수 있습니다. {termEnd} 갱신에 {to}을(를) 예약하세요.',
  'lifecycle.nce.refused.term-change-product':
    '{product} 구독은 기간 중에 더 긴 약정 기간으로 변경할 수 없습니다. {termEnd} 갱신에 새 약정 기간을 예약하세요.',
  'lifecycle.nce.refused.frequency-not-allowed':
    '{policyId}에서는 {term} 약정 기간의 청구 빈도를 기간 중에 변경할 수 없습니다. {termEnd} 갱신에 예약하세요(갱신 예약).',
  'lifecycle.nce.refused.frequency-last-period':
    '약정 기간의 마지막 청구 기간이 시작되었습니다. {termEnd} 갱신에 청구 빈도를 예약하세요(갱신 예약).',
  'lifecycle.nce.refused.frequency-same': '구독은 이미 {billingFrequency} 청구입니다.',
  'lifecycle.nce.refused.upgrade-product': '{product} 구독은 업그레이드할 수 없습니다.',
  'lifecycle.nce.refused.upgrade-shorter-term':
    '대상의 약정 기간 {to}이(가) 원본 구독의 약정 기간 {term}보다 짧습니다. 업그레이드는 약정 기간을 줄이지 않습니다.',
  'lifecycle.nce.refused.upgrade-ends-earlier':
    '대상 구독의 약정 기간이 {targetEnd}에 끝나 원본의 종료({termEnd})보다 이릅니다. 업그레이드는 더 일찍 끝나지 않습니다.',
  'lifecycle.nce.refused.upgrade-new-term':
    '새 구독으로의 업그레이드는 원본의 약정 기간과 청구 빈도({term}, {billingFrequency})를 유지합니다. 기존 {to} 구독으로 업그레이드하거나 나중에 약정 기간을 변경하세요.',
  'lifecycle.nce.refused.est-not-eligible':
    '이 구독은 연장 서비스 기간(EST)으로 이어질 수 없습니다({reason}). 약정 기간 종료 시 갱신 또는 취소를 선택하세요.',
  'lifecycle.nce.refused.in-extended-service-term':
    '구독이 연장 서비스 기간(EST)에 있습니다. 취소하거나 새 약정 기간으로 전환(change-term, upgrade)만 할 수 있으며 {event}은(는) 할 수 없습니다.',
  'lifecycle.nce.refused.term-change-quantity':
    '기간 중 약정 기간 변경은 시트 {quantity}개를 모두 유지합니다. 새 수량은 연장 서비스 기간을 벗어날 때만 지정할 수 있습니다.',
  'lifecycle.nce.warning.auto-renew-off-est':
    '자동 갱신이 꺼져 있습니다. 약정 기간이 끝나는 {termEnd}부터 구독은 유료 연장 서비스 기간(EST)으로 매월 계속됩니다. 그때 중지하려면 set-end-of-term에 action cancel을 보내세요.',
  'lifecycle.nce.warning.auto-renew-off-est-unpriced':
    '자동 갱신이 꺼져 있습니다. 약정 기간이 끝나는 {termEnd}부터 구독은 유료 연장 서비스 기간(EST)으로 매월 계속되며, 아직 가격이 없습니다(set-end-of-term에 basePrice를 지정하세요). 그때 중지하려면 set-end-of-term에 action cancel을 보내세요.',
  'lifecycle.nce.warning.est-unpriced':
    '{termEnd}부터의 연장 서비스 기간에 가격이 없습니다. set-end-of-term에 basePrice를 지정하세요.',
  'resource.nce.end-of-term-inferred':
    '리소스에 약정 종료 작업(scheduledActions)이 없습니다. 자동 갱신이 꺼져 있으면 명시적 취소가 없을 때 파트너 센터가 하듯이 대상 약정 기간은 연장 서비스 기간으로 이어지는 것으로 읽습니다',
  'resource.nce.end-of-term-disagrees':
    '약정 종료 작업 {action}과(와) autoRenewEnabled {autoRenew}가 일치하지 않습니다. 작업을 유지하여 {endOfTerm}(으)로 읽습니다',
  'lifecycle.nce.price.assumed.no-list':
    '{at}에 약정 기간의 가격으로 갱신되었습니다(가격표 없음). 파트너 센터는 그날의 가격표 가격으로 갱신합니다(options.priceList를 전달하고 구독에 priceKey를 지정하세요)',
  'lifecycle.nce.price.assumed.no-key':
    '{at}에 약정 기간의 가격으로 갱신되었습니다(구독에 priceKey 없음). 파트너 센터는 그날의 가격표 가격으로 갱신합니다(options.priceList를 전달하고 구독에 priceKey를 지정하세요)',
  'lifecycle.nce.price.assumed.no-product':
    '{at}에 약정 기간의 가격으로 갱신되었습니다. 가격표에 {key}의 행이 없고 해당 제품과 SKU의 행도 없습니다.',
  'lifecycle.nce.price.assumed.product-rows':
    '{at}에 약정 기간의 가격으로 갱신되었습니다. 가격표에 {key}의 행이 없습니다. 해당 제품과 SKU의 행: {rows}{more}.',
  'lifecycle.nce.price.assumed.product-rows.rows': '{line}행: {plan} {price}, {from}부터 {to}까지',
  'lifecycle.nce.price.assumed.product-rows.more': ' 외 {count}개',
  'lifecycle.nce.price.assumed.nearest':
    '{at}에 약정 기간의 가격으로 갱신되었습니다. 가격표에 {when} 시점의 {key} 행이 없습니다. 가장 가까운 행: {rows}.',
  'lifecycle.nce.price.assumed.nearest.rows': '{line}행: {price}, {from}부터 {to}까지',
  'lifecycle.nce.price.no-price.no-product':
    '가격표에 {key}의 행이 없고 해당 제품과 SKU의 행도 없습니다.',
  'lifecycle.nce.price.no-price.product-rows':
    '가격표에 {key}의 행이 없습니다. 해당 제품과 SKU의 행: {rows}{more}.',
  'lifecycle.nce.price.no-price.product-rows.rows': '{line}행: {plan} {price}, {from}부터 {to}까지',
  'lifecycle.nce.price.no-price.product-rows.more': ' 외 {count}개',
  'lifecycle.nce.price.no-price.nearest':
    '가격표에 {when} 시점의 {key} 행이 없습니다. 가장 가까운 행: {rows}.',
  'lifecycle.nce.price.no-price.nearest.rows': '{line}행: {price}, {from}부터 {to}까지',
  'lifecycle.nce.price.no-price.usage':
    '{key}에는 약정 기간이 없습니다. 이 제품은 사용량으로 청구되며 라이선스 가격표로 가격이 정해지지 않습니다.',
  'lifecycle.nce.promotion.not-applied.trial':
    '프로모션 {id}이(가) 적용되지 않았습니다. 평가판은 무료이며, 프로모션은 평가판이 전환되는 구매나 갱신에 적용됩니다.',
  'lifecycle.nce.promotion.not-applied.no-price':
    '프로모션 {id}이(가) 적용되지 않았습니다. 구독에 할인할 가격이 없습니다.',
  'lifecycle.nce.promotion.not-applied.no-key':
    '프로모션 {id}이(가) 적용되지 않았습니다. 구독에 제품을 맞춰 볼 priceKey가 없습니다.',
  'lifecycle.nce.promotion.not-applied.outside-window':
    '프로모션 {id}이(가) 적용되지 않았습니다. {at}의 구매가 프로모션 기간 {startDate}~{endDate} 밖에 있습니다.',
  'lifecycle.nce.promotion.not-applied.no-product':
    '프로모션 {id}이(가) 적용되지 않았습니다. 대상 제품 중 {term}, {billingFrequency} 청구의 {product}:{sku}이(가) 없습니다.',
  'resource.nce.extended-service-term':
    '리소스가 연장 서비스 기간에 있습니다(이름에 나와 있음). 언제부터인지와 기준 가격이 나와 있지 않아 가격을 해당 월의 연장 서비스 기간 가격으로 읽습니다',
  'resource.nce.promotion-not-given':
    '리소스에 프로모션 {id}이(가) 지정되어 있지만 주어지지 않았습니다(options.promotions). 가격을 할인 없이 가격표 가격으로 읽습니다. 할인된 가격을 읽으려면 프로모션을 지정하세요',
  'resource.nce.promotion-outside-window':
    '리소스에 프로모션 {id}이(가) 지정되어 있지만 현재 약정 기간이 프로모션 기간 {startDate}~{endDate} 밖인 {at}에 시작되었습니다. 가격을 할인 없이 가격표 가격으로 읽습니다',
  'resource.nce.promotion-no-product':
    '리소스에 프로모션 {id}이(가) 지정되어 있지만 대상 제품 중 {term}, {billingFrequency} 청구의 {product}:{sku}이(가) 없습니다. 가격을 할인 없이 가격표 가격으로 읽습니다',
  'resource.nce.promotion-unpriced':
    '리소스에 프로모션 {id}이(가) 지정되어 있지만 가격 없이(options.price) 읽어 할인할 가격이 없습니다',
};

/**
 * Korean sentences both programs' results use (MSG-1): the fixed refund answers, the lifecycle's
 * refusals, offer reasons and download refusals.
 */
export const koShared: SharedTexts = {
  'refund.usage-based':
    '사용량 기반 서비스: 지금 프로비전을 해제할 수 있지만 사용량은 사용 후에 청구되므로 크레딧이 없습니다.',
  'refund.plan-not-cancellable': '이 플랜은 어떤 경우에도 취소하거나 교환할 수 없습니다.',
  'refund.support-request':
    '이 구매는 고객 지원 요청(문제 유형 "CSP Purchase/Refund on behalf of customers")을 통해서만 취소할 수 있습니다.',
  'lifecycle.refused.terminal': '구독이 {status} 상태입니다. 더 이상 이벤트를 받지 않습니다.',
  'lifecycle.refused.deleted':
    '구독이 삭제되었습니다(데이터가 삭제됨). 더 이상 이벤트를 받지 않습니다.',
  'lifecycle.refused.suspended': '구독이 일시 중단됨 상태입니다. {event} 전에 다시 활성화하세요.',
  'lifecycle.refused.not-allowed': '{status} 상태의 구독에서는 {event} 작업을 할 수 없습니다.',
  'lifecycle.refused.auto-renew-not-supported':
    '{product} 구독은 자동 갱신 설정을 변경할 수 없습니다.',
  'lifecycle.refused.cancellation-scheduled': '취소가 이미 {termEnd}(으)로 예약되어 있습니다.',
  'lifecycle.refused.auto-renew-blocked':
    '취소가 {termEnd}(으)로 예약되어 있어 자동 갱신을 켤 수 없습니다.',
  'lifecycle.refused.no-term': '마켓플레이스 사용량 기반 구독에는 갱신할 약정 기간이 없습니다.',
  'lifecycle.refused.no-seats': '마켓플레이스 사용량 기반 구독에는 변경할 시트가 없습니다.',
  'lifecycle.refused.trial-cancel':
    '{product} 평가판은 취소할 수 없습니다. 자동 갱신을 끄면 평가판이 {trialEndsAt}에 만료됩니다.',
  'lifecycle.refused.window-closed-reactivate':
    '{termStart}에 시작된 약정 기간의 취소 가능 기간이 종료되었습니다. 취소를 예약하려면 다시 활성화하세요.',
  'lifecycle.refused.auto-renew-off':
    '자동 갱신이 꺼져 있습니다. 갱신 시 변경 사항을 예약하기 전에 자동 갱신을 켜세요.',
  'lifecycle.refused.no-seat-reductions':
    '{product} 구독은 시트를 줄일 수 없습니다. 대신 구독을 취소하거나 갱신 시 더 적은 시트를 예약하세요.',
  'lifecycle.refused.no-seats-removable':
    '지금은 시트를 줄일 수 없습니다(각 시트 묶음은 처음 며칠 동안만 줄일 수 있음). {termEnd} 갱신에 시트 {quantity}개를 예약하세요.',
  'lifecycle.refused.seats-limited':
    '지금은 시트를 최대 {total}개까지 줄일 수 있습니다({batches}).',
  'lifecycle.refused.seats-limited.batches': '{allowedUntil}까지 {quantity}개',
  'offer.not-license-based':
    '이 타사 제품은 사용량에 따라 청구되므로 파트너 센터가 아닌 Azure Portal에서 구매합니다.',
  'offer.not-transactable': '이 제품은 파트너 도구를 통해 거래할 수 없습니다.',
  'offer.not-offered-through-csp': '게시자가 이 제품을 CSP를 통해 제공하지 않습니다.',
  'offer.exclusive-to-other-partners': '이 제품은 다른 파트너 전용입니다.',
  'offer.country-not-supported': '게시자가 {market}에서 청구되는 고객을 지원하지 않습니다.',
  'offer.market-unavailable': '제품군 "{family}"은(는) {market}에서 사용할 수 없습니다.',
  'offer.segment-not-eligible': '이 제품은 {segment} 고객에게 판매되지 않습니다.',
  'offer.reactivate-instead':
    '고객이 이 제품을 일시 중단된 구독으로 보유하고 있습니다. 다시 구매하지 말고 다시 활성화하세요.',
  'offer.already-subscribed':
    '고객이 고객당 하나만 구매할 수 있는 이 제품을 평가판 또는 활성 구독으로 이미 보유하고 있습니다.',
  'download.revoked': '다운로드 링크가 취소되어 다시 사용할 수 없습니다.',
  'download.expired': '다운로드 링크가 {expiresAt}에 만료되었습니다. 새 링크를 발급하세요.',
  'download.limit':
    '다운로드 링크가 허용된 다운로드 횟수({downloads}회)를 모두 사용했습니다. 새 링크를 발급하세요.',
};

/** The Korean words of the library's vocabulary (MSG-1). */
export const koWords: LocaleWords = {
  trial: '평가판',
  active: '활성',
  suspended: '일시 중단됨',
  cancelled: '취소됨',
  expired: '만료됨',
  disabled: '사용 안 함',
  deleted: '삭제됨',
  cancel: '취소',
  suspend: '일시 중단',
  reactivate: '다시 활성화',
  'set-auto-renew': '자동 갱신 설정',
  'change-quantity': '수량 변경',
  'change-term': '약정 기간 변경',
  'change-billing-frequency': '청구 빈도 변경',
  upgrade: '업그레이드',
  'schedule-renewal': '갱신 예약',
  hour: '시간',
  day: '일',
  'calendar day': '일(달력 기준)',
  commercial: '상업',
  education: '교육',
  government: '정부',
  nonprofit: '비영리',
  'license-based': '라이선스 기반',
  'marketplace-saas': '마켓플레이스 SaaS',
  'marketplace-usage': '마켓플레이스 사용량 기반',
  'software-subscription': '소프트웨어 구독',
  'software-perpetual': '영구 소프트웨어',
  'software-plan': '소프트웨어 플랜',
  'windows-7-esu': 'Windows 7 ESU',
  monthly: '월별',
  annual: '연간',
  triennial: '3년 단위',
};

/** What joins the items of a list parameter in Korean. */
export const koSeparator = ', ';
