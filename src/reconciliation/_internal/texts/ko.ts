import { SHAPE_TWICE_KO, SHAPE_WIDTH_KO } from '../../../kernel/shapeTexts.ts';
import type { ReconciliationTexts } from './ReconciliationTexts.ts';

/** Korean (REC-2, MSG-1), in Partner Center's Korean terms: 시트, 청구 기간, 크레딧. */
export const koTexts: ReconciliationTexts = {
  tag: 'ko',
  texts: {
    period: '{day} {action}, 청구 기간 {start}~{end}: {unitPrice} × {quantity} = {amount}',
    est: '{since}부터 연장 서비스 기간: {basePrice} + {uplift}% = {unitPrice} × {quantity} = 월 {amount}',
    prorated:
      '{day}에 시트 {quantity}개 {action}: {unitPrice} × {quantity}, {periodDays}일 중 {days}일 = {amount}',
    'two-line':
      '{day}에 시트 {quantity}개 {action}, 두 줄로 표시: {unitPrice} × {seats}, {periodDays}일 중 {days}일 = {after}에서 {unitPrice} × {before}, {periodDays}일 중 {days}일 = {beforeAmount}을(를) 빼면 {amount}',
    credit:
      '{day}에 시트 {quantity}개 {action}: {unitPrice} × {quantity} = {total}에서 {periodDays}일 중 사용한 {used}일({usedAmount})을 빼면 {amount} 크레딧',
    'full-credit':
      '{day}에 시트 {quantity}개 {action}: 전액 크레딧, {unitPrice} × {quantity} = {amount}',
    line: '{chargeType} {start}~{end}: {perSeat} × {quantity} = {amount}',
    'line-total': '{chargeType} {start}~{end}: 시트 {quantity}개, {amount}',
    billed: '청구 금액 {amount}',
    'billed-quantity': '청구: 시트 {quantity}개, {amount}',
    'billed-est':
      '파일은 시트 {quantity}개, {amount}을(를) 연장 서비스 기간의 한 달로 청구합니다(파일상 그렇게 표시됨): 자동 갱신이 꺼져 있고 취소를 선택하지 않으면 파트너 센터는 기간 종료 시 연장 서비스 기간으로 옮깁니다',
    missing: '파일에 해당 줄이 없음',
    unexpected:
      '{chargeType} {start}~{end}: 시트 {quantity}개, {amount}. 규칙상 이 금액을 청구하는 요금이나 크레딧이 없음',
    'unexpected-est':
      '{chargeType} {start}~{end}: 시트 {quantity}개, {amount}. 파일상 연장 서비스 기간의 한 달이지만 규칙상 이를 청구하는 요금이 없음: 규칙에서는 약정 기간이 그때 갱신되거나 종료되거나, 그 달의 기본 가격(시트 하나의 1개월 월간 약정 가격)이 없음',
    unknown:
      '{row}행: {chargeType}은(는) 파트너 센터나 사용자가 지정한 요금 유형이 아님(시트 {quantity}개, {amount}). 크레딧으로 간주하지 않음',
    promotion: 'PromotionId가 {actual}(으)로 표시되었으나 규칙상 적용되는 프로모션은 {expected}임',
    'charge-type':
      'ChargeType이 {actual}(으)로 표시되었으나 규칙상 {expected}(으)로 청구됨: 일수, 시트, 금액이 같은 하나의 요금',
    note: 'EffectiveUnitPrice가 {actual}(으)로 표시되었으나 규칙상 {expected}임. Subtotal은 일치함',
    'rebuilt-seats':
      '; 이 기간은 월 이후에 가져온 리소스에서 거슬러 재구성되었고 시트 수는 리소스의 것입니다: 이후의 시트 변경은 여기에 보이지 않습니다',
    'fetched-later':
      '리소스에는 시트가 {fetched}개이지만 파일의 마지막 줄({row}행, Quantity)은 {seats}개입니다: 리소스를 이후의 시트 변경 뒤에 가져왔으므로, 재생은 리소스의 {fetched}개가 아니라 파일의 {seats}개에서 파일의 변경을 되돌렸습니다',
    'usage-billed':
      'Azure 플랜 또는 사용량 기반 제품은 라이선스가 아닌 사용량으로 청구되므로 이 파일은 청구하지 않습니다: 제외함. 일일 사용량 파일은 usage 명령(subscription-rules usage)이 읽습니다',
    'renewal-start':
      'effectiveStartDate {start}이(가) 파일이 {row}행에 청구한 구매보다 늦습니다: 리소스가 이후 기간(갱신)의 시작을 나타내므로 그 구매는 재생할 수 없습니다. 구독을 구매한 달은 그때 가져온 리소스로 대사하세요',
    'price-file':
      '파일의 UnitPrice 열이 이 구독에 {price}을(를) 주지만 이 가격으로는 계산할 수 없습니다: {reason}',
    'price-list':
      '{prices}이(가) 이 구독에 UnitPrice {price}을(를) 주지만 이 가격으로는 계산할 수 없습니다: {reason}',
    'est-unpriced':
      '연장 서비스 기간에 있으며(이름에 그렇게 표시됨) 기본 가격으로 가격이 정해지는데, 리소스에는 기본 가격이 없고 파일의 UnitPrice도 확실하지 않습니다: 그룹 {groups}개를 하나도 비교하지 않았습니다. {base}(시트 하나의 1개월 월간 약정 가격) 또는 {prices}를 지정하세요',
    'no-market':
      '{prices}에 시장이 {count}개({markets}) 있고 이 구독의 어느 줄에도 고객의 국가(CustomerCountry)가 없습니다: 가격을 정하려면 {market}을(를) 지정하세요',
    'resource-unread': '{resources}의 이 구독 항목을 읽을 수 없어 재현하지 않습니다: {reason}',
  },
  actions: {
    'extended-service-term': '연장 서비스 기간 월',
    purchase: '구매',
    cycle: '청구',
    renewal: '갱신',
    'trial-conversion': '평가판 전환',
    'term-change': '새 약정 시작',
    'add-quantity': '추가',
    upgrade: '업그레이드',
    'upgrade-full': '모두 업그레이드',
    'remove-quantity': '제거',
    cancel: '취소',
    'upgrade-source': '업그레이드로 이동',
    'term-change-source': '약정 변경으로 종료',
  },
  issues: {
    'expected a charge type': '요금 유형이 있어야 합니다',
    'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)':
      '날짜여야 합니다(YYYY-MM-DD, ISO 시각 또는 M/D/YYYY)',
    'expected a last billed day at or after ChargeStartDate':
      'ChargeStartDate 이후의 마지막 청구일이어야 합니다',
    'expected a number': '숫자여야 합니다',
    'expected a number, or nothing': '숫자이거나 비어 있어야 합니다',
    'expected a row of cells keyed by column': '열 이름을 키로 하는 셀의 행이어야 합니다',
    'the header also names this column {other}; the first ({column}) is read': SHAPE_TWICE_KO,
    'the row has {cells} cells, its header {header} names; its cells are read by place':
      SHAPE_WIDTH_KO,
  },
  separator: '; ',
};
