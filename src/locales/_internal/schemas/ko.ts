/**
 * The Korean text of the issues a parse or `definePolicy` collects (MSG-1), keyed by the issue's
 * `messageId` (its English template), beside the locale's `RuleError` texts.
 */
export const koIssues: Readonly<Record<string, string>> = {
  '{item} is listed twice': '{item}이(가) 두 번 나열되었습니다',
  'a free trial or auto-renew toggle needs a subscription with a term':
    '무료 평가판이나 자동 갱신 전환에는 약정 기간이 있는 구독이 필요합니다',
  'must be true exactly when the cancellation rule differs by billing cycle':
    '취소 규칙이 청구 주기에 따라 다를 때에만 true여야 합니다',
  'forbidden key': '허용되지 않는 키입니다',
  'expected monthly or annual: the rules of {product} differ by billing cycle':
    'monthly 또는 annual이어야 합니다. {product}의 규칙은 청구 주기에 따라 다릅니다',
  'expected an instant at or before {later}': '{later}와(과) 같거나 이전의 시각이어야 합니다',
  'expected an instant after {earlier}': '{earlier} 이후의 시각이어야 합니다',
  'expected an instant at or after {earlier}': '{earlier}와(과) 같거나 이후의 시각이어야 합니다',
  'expected a price whose product with the quantity is a safe integer':
    '수량을 곱한 값이 안전한 정수인 가격이어야 합니다',
  'expected none for {product}': '{product}에는 값이 없어야 합니다',
  'expected a tenantId or a domain': 'tenantId 또는 domain이 있어야 합니다',
  'expected a tenantId or a domain, not both':
    'tenantId 또는 domain 중 하나만 있어야 합니다(둘 다는 안 됨)',
  'expected an orderId or a subscriptionId': 'orderId 또는 subscriptionId가 있어야 합니다',
  'expected a rate in USD per unit of at most 900719.9254740991':
    '단위당 USD 환율은 최대 900719.9254740991여야 합니다',
  'is required': '필수 항목입니다',
  'expected a whole number': '정수여야 합니다',
  'expected a number': '숫자여야 합니다',
  'expected text': '텍스트여야 합니다',
  'expected {type}': '{type} 형식이어야 합니다',
  'expected an active ISO 4217 currency code, such as USD':
    'USD와 같은 유효한 ISO 4217 통화 코드여야 합니다',
  'expected an active ISO 4217 currency code in upper case':
    '대문자로 된 유효한 ISO 4217 통화 코드여야 합니다',
  'expected one of the {count} known values': '알려진 값 {count}개 중 하나여야 합니다',
  'unknown keys {keys}': '알 수 없는 키입니다: {keys}',
  'unknown key {keys}': '알 수 없는 키입니다: {keys}',
  'expected a value > {minimum}': '{minimum}보다 큰 값이어야 합니다',
  'expected a value ≥ {minimum}': '{minimum} 이상의 값이어야 합니다',
  'expected a value < {maximum}': '{maximum}보다 작은 값이어야 합니다',
  'expected a value ≤ {maximum}': '{maximum} 이하의 값이어야 합니다',
  'expected one of the allowed shapes': '허용되는 형식 중 하나여야 합니다',
  'expected {format}': '{format} 형식이어야 합니다',
  'invalid value': '잘못된 값입니다',
  'expected revokedAt exactly when the link is revoked':
    '링크가 취소된 경우에만 revokedAt이 있어야 합니다',
  'expected a customer object': '고객 개체여야 합니다',
  'expected a money object': '금액 개체여야 합니다',
  'expected a list of refunds': '환불 목록이어야 합니다',
  'expected a reservation object': '예약 개체여야 합니다',
  'expected a savings plan object': '절약 플랜 개체여야 합니다',
  'expected an offer object': '제품 개체여야 합니다',
  'expected a Partner Center subscription object': '파트너 센터 구독 개체여야 합니다',
  'expected a subscription object': '구독 개체여야 합니다',
  'expected a subscription input object': '구독 입력 개체여야 합니다',
  'expected a support request object': '지원 요청 개체여야 합니다',
  'expected an ISO 8601 instant with Z or ±HH:mm': 'Z나 ±HH:mm이 붙은 ISO 8601 시각이어야 합니다',
  'expected a non-empty text': '비어 있지 않은 텍스트여야 합니다',
  'expected a tenant GUID (8-4-4-4-12 hexadecimal digits)':
    '테넌트 GUID(8-4-4-4-12자리 16진수)여야 합니다',
  'expected a domain name such as contoso.com': 'contoso.com과 같은 도메인 이름이어야 합니다',
  'expected an amount > 0 in minor units': '최소 통화 단위로 0보다 큰 금액이어야 합니다',
  'expected an email address': '이메일 주소여야 합니다',
  'expected a phone number of 7 to 15 digits': '7~15자리 전화번호여야 합니다',
  'expected a file name without a path': '경로가 없는 파일 이름이어야 합니다',
  'expected an instant on a day that exists': '실제로 있는 날짜의 시각이어야 합니다',
  'expected a price ≥ 0': '0 이상의 가격이어야 합니다',
  'expected a rate 0 ≤ rate < 10 with at most 6 decimals':
    '소수점 이하 최대 6자리이며 0 ≤ 비율 < 10인 세율이어야 합니다',
  'expected at most 6 decimals': '소수점 이하 최대 6자리여야 합니다',
  'expected a policy id such as partner-center-2021-03':
    'partner-center-2021-03과 같은 정책 ID여야 합니다',
  'expected a suspension exactly when suspended or deleted':
    '일시 중단됨 또는 삭제됨 상태일 때에만 suspension이 있어야 합니다',
  'expected trialEndsAt in trial': '평가판 상태에는 trialEndsAt이 있어야 합니다',
  'expected a term for every product but marketplace-usage':
    'marketplace-usage를 제외한 모든 제품에는 약정 기간이 있어야 합니다',
  'expected termAnchor, termStart and termEnd for an active term':
    '진행 중인 약정 기간에는 termAnchor, termStart, termEnd가 있어야 합니다',
  'expected termAnchor wherever there is a termEnd': 'termEnd가 있으면 termAnchor도 있어야 합니다',
  'expected no termEnd without a term': '약정 기간이 없으면 termEnd도 없어야 합니다',
  'expected a billing cycle for marketplace-saas': 'marketplace-saas에는 청구 주기가 있어야 합니다',
  'expected asOf at or after orderedAt': 'asOf는 orderedAt과 같거나 이후여야 합니다',
};
