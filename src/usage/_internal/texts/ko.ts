import { SHAPE_TWICE_KO, SHAPE_WIDTH_KO } from '../../../kernel/shapeTexts.ts';
import type { UsageTexts } from './UsageTexts.ts';

/** Korean (USG-2 … USG-5, MSG-1), in Partner Center's Korean terms: 파트너 적립 크레딧(PEC), 관리자 액세스. */
export const koTexts: UsageTexts = {
  tag: 'ko',
  texts: {
    'line-amount':
      '{quantity} × {price} {pricing} × {rate} = {exact} → {expected}. 청구 금액 {billed}',
    'line-price':
      'EffectiveUnitPrice가 {printed}(으)로 표시되었으나 {unitPrice}에서 PEC {pec}%와 크레딧 {credit}%를 빼면 {price}임: {quantity} × {price} {pricing} × {rate} → {expected}. 청구 금액 {billed}',
    'line-one': '{days}의 {meter}: {first}',
    'line-group':
      '{days}의 {meter}, {lines}줄: 예상 {expected}, 청구 금액 {billed}. 첫 줄: {first}',
    'note-price':
      'EffectiveUnitPrice가 {printed}(으)로 표시됨(정확히는 {price}). 청구 금액은 일치함',
    'note-promotion': '프로모션 가격({promotion}): EffectiveUnitPrice를 확인하지 않음',
    'pec-not-earned':
      '{days}에 {meter}에 파트너 적립 크레딧이 없음: {rate}%였다면 {amount}을(를) 절감했음',
    'pec-not-earned-month':
      '{month}에 Azure 구독 {entitlement}의 모든 적격 미터에 파트너 적립 크레딧이 없음({count}일): {rate}%였다면 {amount}을(를) 절감했음',
    'pec-excluded': 'PEC를 받을 수 없는 {meter}에 PEC {pec}% 적용({reason}): {amount} 지급됨',
    'pec-rate':
      '{meter}에 PEC {pec}%이지만 요율은 {rate}%임: 요율대로라면 {expected}. 청구 금액 {billed}',
    'reason-third-party': '가격표의 Third Party',
    'reason-marketplace': '{publisher}의 마켓플레이스 제품',
    'reason-spot': '스폿 미터',
    'reason-benefit': '예약 또는 절약 플랜이 적용된 사용량',
    'band-matched':
      '청구서 {billed}, 일별 {lines}줄 {daily}: 반올림 차이 {rounding}, 허용 범위 [{low}, {high}] 안',
    'band-different':
      '청구서 {billed}, 일별 {lines}줄 {daily}: 차이 {difference}, 허용 범위 [{low}, {high}]를 {amount} 벗어남',
    'invoice-different':
      '청구서 {billed}, 일별 줄의 수량으로는 {expected}: 차이 {difference}(일별 {lines}줄 {daily})',
    missing: '청구서 {invoice}의 일별 {lines}줄({daily})에 해당하는 사용량 줄이 청구서 파일에 없음',
    unexpected: '일별 내역 없이 청구된 사용량: {billed}',
    late: '청구 주기 전에 사용된 {lines}줄({days}): 지연 사용량, 청구서 {invoice}에서 청구됨',
    'credit-applied': '{day}에 사용된 Azure 크레딧: {amount}',
    'credit-partial': '{credit}% 크레딧을 읽은 대로 적용함(크레딧은 0 또는 100%)',
    'credit-ineligible':
      '{publisher} 미터에 적용된 크레딧: Azure 크레딧 제안은 Microsoft 자사 제품에만 적용됨',
    'remedy-pec':
      'Azure 구독 {entitlement}에 하루 종일 관리자 액세스를 복원하세요 — AOBO(관리 에이전트), Azure Lighthouse 또는 거래 파트너의 RBAC 역할. {days}에 잃은 PEC는 복원되지 않음',
    'remedy-excluded': 'Microsoft가 회수할 수 있으니 마진을 유보하세요',
    'remedy-pec-rate':
      '{meter}의 PEC는 {rate}%로 지급되어야 함: 표시된 행으로 Microsoft에 청구 지원 요청을 하여 차액을 요청하세요',
    'remedy-microsoft': 'Microsoft가 답할 사항: 표시된 행으로 문의하세요',
    'not-checked-pec':
      'PEC를 확인하지 않음: 파일에 PartnerEarnedCreditPercentage가 없음(attributeSet full로 내보내기)',
    'not-checked-pec-price':
      'EffectiveUnitPrice를 PEC를 뺀 UnitPrice와 비교하지 않음: PartnerEarnedCreditPercentage가 없어 파일의 가격을 규칙의 가격으로 봄',
    'not-checked-third-party': 'Third Party 미터를 구분하지 않음: 가격표가 없음',
    'not-checked-invoice': '일별 줄을 청구서와 맞추지 않음: 청구서 파일이 없음',
    provisional: '{message} — 잠정: 그날의 사용량은 {until}까지 바뀔 수 있음',
  },
  issues: {
    'expected a row of cells keyed by column, or one JSON line':
      '열 이름으로 된 셀의 행 또는 JSON 한 줄이어야 함',
    'expected a value': '값이 있어야 함',
    'expected text': '텍스트여야 함',
    'expected SubscriptionId or EntitlementId': 'SubscriptionId 또는 EntitlementId가 있어야 함',
    'expected a date (YYYY-MM-DD, an ISO instant or M/D/YYYY)':
      '날짜(YYYY-MM-DD, ISO 시각 또는 M/D/YYYY)여야 함',
    'expected a number': '숫자여야 함',
    'expected a percentage from 0 to 100': '0에서 100 사이의 백분율이어야 함',
    'expected an exchange rate above 0': '0보다 큰 환율이어야 함',
    'expected an active ISO 4217 code': '유효한 ISO 4217 코드여야 함',
    'expected no more decimals than the billing currency has':
      '청구 통화의 소수 자릿수를 넘지 않아야 함',
    'Azure plan and PEC aren’t shown on the D (Legacy) invoice':
      'Azure 플랜과 PEC는 D(레거시) 청구서에 표시되지 않음',
    'expected a safe integer count of minor units': '최소 통화 단위의 안전한 정수여야 합니다',
    'expected a sum of at most 9007199254740991 minor units':
      '합계는 최소 통화 단위로 9007199254740991 이하여야 합니다',
    'a line dated after the file was fetched': '파일을 받은 뒤의 날짜가 적힌 줄',
    'the header also names this column {other}; the first ({column}) is read': SHAPE_TWICE_KO,
    'the row has {cells} cells, its header {header} names; its cells are read by place':
      SHAPE_WIDTH_KO,
  },
  comma: ', ',
};
