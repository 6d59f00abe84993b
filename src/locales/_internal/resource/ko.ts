import type { ResourceMessageId } from '../../../messages/en/resource.ts';

/** Korean notes of the Partner Center reader (MSG-1), in Partner Center's terms (docs/glossary.md). */
export const koResource: { readonly [Id in ResourceMessageId]: string } = {
  'resource.deleted-as-cancelled':
    '삭제됨을 취소됨으로 읽습니다. 리소스로는 취소와 이후의 삭제를 구별할 수 없습니다',
  'resource.disabled-as-expired':
    '사용 안 함을 만료됨으로 읽습니다. 레거시 구독에는 사용 안 함 상태가 없습니다',
  'resource.status-since':
    '리소스에 언제 {status} 상태가 되었는지 나와 있지 않습니다. 약정 기간 종료일과 규칙이 정한 그 이후 일수로 읽되, 가져온 시각보다 늦지 않게 읽습니다',
  'resource.older-than-as-of':
    '리소스의 약정 기간이 {termEnd}에 끝났습니다({asOf} 이전). 그 전에 가져온 리소스이므로 해당 약정 기간으로 읽고 규칙에 따라 진행합니다',
  'resource.trial-converts':
    '평가판은 P1Y(월별 청구)로 전환됩니다. 리소스에 무엇으로 전환되는지 나와 있지 않습니다',
  'resource.trial-window':
    '평가판에는 취소 기간이 없습니다. 리소스의 cancellationAllowedUntilDate는 유지되지 않습니다(전환된 약정 기간이 자체 기간을 엽니다)',
  'resource.term-end':
    '리소스의 약정 기간 종료는 {stated}, 규칙에 따른 종료는 {computed}입니다. 리소스의 종료일을 유지합니다',
  'resource.aligned-term':
    '첫 번째 약정 기간이 명목상 종료({computed})보다 이른 {stated}에 끝납니다. 종료일에 맞춘 약정 기간으로 읽으며, 그 이후의 약정 기간은 명목상 길이입니다',
  'resource.term-end.legacy':
    '리소스의 약정 기간 종료는 {stated}, 규칙에 따른 종료는 {computed}입니다. 리소스의 종료일을 유지하며 이후 약정 기간은 이 날짜부터 계산합니다',
  'resource.cancel-window':
    '리소스는 {stated}까지 취소를 허용하고 규칙은 {computed}까지 허용합니다. 리소스의 기간을 유지합니다',
  'resource.cancel-window.stated-none':
    '리소스는 취소를 허용하지 않고 규칙은 {computed}까지 허용합니다. 리소스의 기간을 유지합니다',
  'resource.cancel-window.computed-none':
    '리소스는 {stated}까지 취소를 허용하고 규칙은 허용하지 않습니다. 리소스의 기간을 유지합니다',
  'resource.full-refund':
    '리소스의 전액 환불 종료는 {stated}, 규칙에 따른 종료는 {computed}입니다. 리소스의 기간을 유지합니다',
  'resource.full-refund.computed-none':
    '리소스의 전액 환불 종료는 {stated}이지만 규칙에 따르면 전액 환불이 없습니다. 리소스의 기간을 유지합니다',
  'resource.scheduled-product':
    '예약된 제품은 가져오지 않습니다. 규칙은 수량, 약정 기간, 청구 빈도만 예약합니다',
  'resource.scheduled-dropped':
    '예약된 변경 사항에는 자동 갱신이 켜진 활성 구독이 필요합니다. 무시했습니다',
  'resource.scheduled-unpriced':
    '{term}(청구 빈도: {billingFrequency})로 예약된 갱신에는 가격이 없습니다. 리소스에 해당 요금제의 가격이 없습니다(목록에서 가격을 정하려면 options.priceList와 options.priceKey를 지정하세요)',
  'resource.scheduled-not-listed':
    '{term}(청구 빈도: {billingFrequency})로 예약된 갱신에는 가격이 없습니다. options.priceList에 {at} 시점의 해당 행이 없습니다',
};
