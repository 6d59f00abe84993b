import type {
  LegacyActionTexts,
  NewCommerceActionTexts,
  SharedActionTexts,
} from '../texts/Texts.ts';

/** Korean descriptions both programs' allowed actions use (MSG-1; docs/glossary.md). */
export const koSharedActions: SharedActionTexts = {
  'action.cancel.trial': '무료 평가판을 비용 없이 취소',
  'action.reactivate': '{until} 전에 다시 활성화',
  'action.auto-renew.on': '자동 갱신 켜기',
  'action.auto-renew.off': '자동 갱신 끄기',
};

/** Korean descriptions of a legacy subscription's allowed actions (MSG-1). */
export const koLegacyActions: LegacyActionTexts = {
  'action.cancel.full-credit': '{until}까지 전액 크레딧',
  'action.cancel.prorated-credit': '{until}까지 비례 배분 크레딧',
  'action.cancel.cancel-at-renewal': '{termEnd}에 취소 예정(크레딧 없음)',
  'action.cancel.no-refund': '지금 취소(사용량은 발생할 때 청구됨)',
  'action.suspend': '일시 중단',
  'action.suspend.needs': '일시 중단({field} 필요)',
  'action.suspend.needs-both': '일시 중단(accountOpenedAt 및 firstBillingPeriodStart 필요)',
  'action.change-quantity': '라이선스 수 변경',
  'action.change-quantity.usage': '수량 변경',
};

/** Korean descriptions of a New Commerce subscription's allowed actions (MSG-1). */
export const koNewCommerceActions: NewCommerceActionTexts = {
  'action.nce.cancel.full-credit':
    '{until}까지 취소하면 전액 크레딧(금액을 보려면 구독의 단가를 지정하세요)',
  'action.nce.cancel.full-credit.amount': '{until}까지 취소하면 {credit} 전액 크레딧',
  'action.nce.cancel.prorated-credit':
    '{until}까지 취소하면 비례 배분 크레딧(금액을 보려면 구독의 단가를 지정하세요)',
  'action.nce.cancel.prorated-credit.amount': '{until}까지 취소하면 {credit} 비례 배분 크레딧',
  'action.nce.cancel.no-refund': '지금 취소(사용량은 발생할 때 청구됨)',
  'action.nce.cancel.est':
    '지금 연장 서비스 기간 취소(그 달의 사용하지 않은 일수 크레딧, 금액을 보려면 구독에 단가를 지정하세요)',
  'action.nce.cancel.est.amount':
    '지금 연장 서비스 기간 취소: 그 달의 사용하지 않은 일수에 대해 {credit} 크레딧',
  'action.nce.end-of-term.renew': '약정 기간이 끝나는 {termEnd}에 갱신',
  'action.nce.end-of-term.renew.amount':
    '약정 기간이 끝나는 {termEnd}에 갱신: 새 약정 기간은 시트당 {unitPrice}, 청구 기간당 {charge}(그날의 가격표 가격이 적용됨)',
  'action.nce.end-of-term.est':
    '연장 서비스 기간으로 계속: {termEnd}부터 취소할 때까지 유료 연장 서비스 기간으로 매월 계속됨(금액을 보려면 basePrice를 지정하세요)',
  'action.nce.end-of-term.est.amount':
    '연장 서비스 기간으로 계속: {termEnd}부터 취소할 때까지 시트당 {unitPrice}(+{uplift}%), 월 {charge}로 매월 계속됨',
  'action.nce.end-of-term.cancel':
    '약정 기간 종료 시 취소: {termEnd}에 서비스가 중지되며 더 이상 청구되지 않음',
  'action.nce.end-of-term.expire': '약정 기간이 끝나는 {termEnd}에 만료: 더 이상 청구되지 않음',
  'action.nce.cancel.at-renewal': '{until}에 취소 예약',
  'action.nce.add-seats': '시트 추가',
  'action.nce.reduce-seats':
    '시트 추가, 또는 {until}까지 시트 최대 {total}개 줄이기(금액을 보려면 구독의 단가를 지정하세요)',
  'action.nce.add-seats.amount': '시트 추가(다음 청구 {at}에 {charge})',
  'action.nce.reduce-seats.amount':
    '시트 추가, 또는 {until}까지 시트 최대 {total}개를 줄이고 {credit} 크레딧',
  'action.nce.reduce-seats.amount.next':
    '시트 추가(다음 청구 {at}에 {charge}), 또는 {until}까지 시트 최대 {total}개를 줄이고 {credit} 크레딧',
  'action.nce.schedule-renewal': '{termEnd} 갱신에 적용할 변경 사항 예약',
  'action.nce.suspend': '일시 중단(계속 청구되며 자동 갱신이 꺼짐)',
  'action.nce.reactivate': '다시 활성화',
  'action.nce.change-term': '지금 {term} 약정 기간으로 변경({billingFrequency} 청구)',
  'action.nce.change-term.credit':
    '지금 {term} 약정 기간으로 변경({billingFrequency} 청구): 사용하지 않은 일수에 대해 {credit} 크레딧, 새 약정 기간은 지금부터 해당 가격으로 청구됨(금액을 보려면 변경에 가격을 지정하세요)',
  'action.nce.change-term.monthly':
    '지금 {term} 약정 기간으로 변경: {credit} 크레딧, 이후 매월 {charge}',
  'action.nce.change-term.annual':
    '지금 {term} 약정 기간으로 변경: {credit} 크레딧, 이후 매년 {charge}',
  'action.nce.change-term.triennial':
    '지금 {term} 약정 기간으로 변경: {credit} 크레딧, 이후 3년마다 {charge}',
  'action.nce.change-billing-frequency': '{from}부터 {billingFrequency} 청구',
  'action.nce.change-billing-frequency.monthly': '{from}부터 매월 청구: 매월 {charge}',
  'action.nce.change-billing-frequency.annual': '{from}부터 매년 청구: 매년 {charge}',
  'action.nce.change-billing-frequency.triennial': '{from}부터 3년마다 청구: 3년마다 {charge}',
  'action.nce.upgrade.monthly':
    '지금 시트 {quantity}개 모두 {offerId}(으)로 업그레이드: 매월 {charge}',
  'action.nce.upgrade.annual':
    '지금 시트 {quantity}개 모두 {offerId}(으)로 업그레이드: 매년 {charge}',
  'action.nce.upgrade.triennial':
    '지금 시트 {quantity}개 모두 {offerId}(으)로 업그레이드: 3년마다 {charge}',
  'action.nce.upgrade.amount.monthly':
    '지금 시트 {quantity}개 모두 {offerId}(으)로 업그레이드: {credit} 크레딧, {now} 청구, 이후 매월 {charge}',
  'action.nce.upgrade.amount.annual':
    '지금 시트 {quantity}개 모두 {offerId}(으)로 업그레이드: {credit} 크레딧, {now} 청구, 이후 매년 {charge}',
  'action.nce.upgrade.amount.triennial':
    '지금 시트 {quantity}개 모두 {offerId}(으)로 업그레이드: {credit} 크레딧, {now} 청구, 이후 3년마다 {charge}',
};
