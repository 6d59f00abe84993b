import type { ErrorMessages } from '../../messages/ErrorMessages.ts';
import { koIssues } from './schemas/ko.ts';

/**
 * The Korean (`ko`) text of every `RuleError` message (MSG-1), keyed by the error's `messageId`
 * (the English template of what was expected), in Partner Center's own terms (docs/glossary.md).
 */
export const koErrors: ErrorMessages = {
  frame: '{path}: {expected}. 받은 값: {got}',
  policy: 'policy: 문제 {count}개: {issues}',
  separator: '; ',
  values: {
    'an array': '배열',
    'an object': '개체',
    'a symbol': '기호',
    'a function': '함수',
    'an invalid Date': '잘못된 Date',
  },
  expected: {
    ...koIssues,
    'expected each invoice once; {id} is also invoices.{earlier}':
      '청구서마다 한 번씩이어야 합니다. {id}은(는) invoices.{earlier}에도 있습니다',
    'expected an amount: decimal text or a number': '금액(10진수 텍스트 또는 숫자)이어야 합니다',
    'expected a tie-out of createTieOut': 'createTieOut으로 만든 대사여야 합니다',
    'expected the invoice’s currency {currency}': '청구서의 통화 {currency}여야 합니다',
    'expected an active ISO 4217 code': '유효한 ISO 4217 코드여야 합니다',
    'expected an Invoice resource { id, invoiceDate, totalCharges, currencyCode }, a list of them, { "items": [...] } or JSON lines':
      'Invoice 리소스 { id, invoiceDate, totalCharges, currencyCode }, 그 목록, { "items": [...] } 또는 JSON lines여야 합니다',
    'expected JSON text or JSON lines: {reason} at character {at}':
      'JSON 텍스트 또는 JSON lines여야 합니다: {at}번째 문자에 {reason}이(가) 있어야 합니다',
    'expected { at, to, quantity?, into? }': '{ at, to, quantity?, into? }가 있어야 합니다',
    'expected { offerId, price, term?, billingFrequency? }':
      '{ offerId, price, term?, billingFrequency? }가 있어야 합니다',
    'expected the term and billing frequency of request.into':
      'request.into의 약정 기간 및 청구 빈도여야 합니다',
    'expected the offer of request.into {offerId}': 'request.into의 제품 {offerId}여야 합니다',
    'expected the price of request.into': 'request.into의 가격이어야 합니다',
    'expected at most the source’s {max} seats': '원본의 시트 {max}개 이하여야 합니다',
    'expected { term, billingFrequency, startDate }':
      '{ term, billingFrequency, startDate }가 있어야 합니다',
    'expected a list of { id, subscription }': '{ id, subscription } 목록이어야 합니다',
    'expected { id, subscription }': '{ id, subscription }가 있어야 합니다',
    'expected a date after {first} and not after the nominal end {last}':
      '{first} 이후이고 명목상 종료일 {last} 이전의 날짜여야 합니다',
    'expected no customTermEndDate for {product}':
      '{product}에는 customTermEndDate가 없어야 합니다',
    'expected no customTermEndDate for a trial': '평가판에는 customTermEndDate가 없어야 합니다',
    'expected a list of plans': '플랜 목록이어야 합니다',
    'expected a plan { term, billingFrequency, price }':
      '플랜 { term, billingFrequency, price }이어야 합니다',
    'expected a billing frequency change of a running term':
      '실행 중인 약정 기간의 청구 빈도 변경이어야 합니다',
    'expected a price, since options.priceList has no row for the plan at the change: {reason}':
      '가격이 있어야 합니다. options.priceList에 변경 시점의 플랜 행이 없습니다: {reason}',
    'expected { effectiveStartDate, unitPrice, periodPrice }':
      '{ effectiveStartDate, unitPrice, periodPrice }여야 합니다',
    'expected the promotion of a priced term': '가격이 있는 약정 기간의 프로모션이어야 합니다',
    'expected a promotion id': '프로모션 ID여야 합니다',
    'expected a promotion id with listUnitPrice':
      'listUnitPrice와 함께 프로모션 ID가 있어야 합니다',
    'expected a list read by readPriceList or overlayPriceList (a JSON copy: pass its rows to readPriceList)':
      'readPriceList나 overlayPriceList로 읽은 목록이어야 합니다(JSON 사본이면 그 rows를 readPriceList에 전달)',
    'expected an instant inside the current term': '현재 약정 기간 안의 시각이어야 합니다',
    'expected an offer id': '제품(offer) ID여야 합니다',
    'expected a promotion id or null': '프로모션 ID 또는 null이어야 합니다',
    'expected a date YYYY-MM-DD': 'YYYY-MM-DD 형식의 날짜여야 합니다',
    'expected a date YYYY-MM-DD that exists': '실제로 있는 YYYY-MM-DD 형식의 날짜여야 합니다',
    "expected 'legacy' or 'new-commerce'": "'legacy' 또는 'new-commerce'여야 합니다",
    "expected 'monthly' or 'annual'": "'monthly' 또는 'annual'이어야 합니다",
    "expected 'monthly' or 'annual': the cancellation rule of {product} differs by billing cycle":
      "'monthly' 또는 'annual'이어야 합니다. {product}의 취소 규칙은 청구 주기에 따라 다릅니다",
    "expected 'text', 'number' or 'any'": "'text', 'number' 또는 'any'여야 합니다",
    'expected P1M, P1Y or P3Y': 'P1M, P1Y 또는 P3Y여야 합니다',
    'expected P1M, P1Y, P2Y or P3Y': 'P1M, P1Y, P2Y 또는 P3Y여야 합니다',
    'expected USD': 'USD여야 합니다',
    'expected a BCP 47 language tag': 'BCP 47 언어 태그여야 합니다',
    'expected a New Commerce policy id': '새로운 상거래 환경 정책 ID여야 합니다',
    'expected a New Commerce resource for a Microsoft licence (legacy licences have no rules here)':
      'Microsoft 라이선스의 새로운 상거래 환경 리소스여야 합니다(레거시 라이선스에는 여기서 적용할 규칙이 없습니다)',
    'expected a New Commerce subscription state': '새로운 상거래 환경 구독 상태여야 합니다',
    'expected a Partner Center market code': '파트너 센터 시장 코드여야 합니다',
    'expected a Partner Center market code or name': '파트너 센터 시장 코드 또는 이름이어야 합니다',
    'expected a boolean': '부울 값이어야 합니다',
    'expected a catalog policy id, or pass { policy } with that id':
      '카탈로그의 정책 ID여야 합니다. 또는 해당 ID의 { policy }를 전달하세요',
    'expected a date after resource.effectiveStartDate':
      'resource.effectiveStartDate 이후의 날짜여야 합니다',
    'expected a download link object': '다운로드 링크 개체여야 합니다',
    'expected a language tag': '언어 태그여야 합니다',
    'expected a legacy product': '레거시 제품이어야 합니다',
    'expected a legacy status the rules can carry (a suspended legacy resource does not say when or why it was suspended)':
      '규칙이 다룰 수 있는 레거시 상태여야 합니다(일시 중단된 레거시 리소스는 언제, 왜 일시 중단되었는지 알려 주지 않습니다)',
    'expected a list': '목록이어야 합니다',
    'expected a list of at least one amount': '금액이 하나 이상인 목록이어야 합니다',
    'expected a list of events': '이벤트 목록이어야 합니다',
    'expected a list of market codes': '시장 코드 목록이어야 합니다',
    'expected a market code of two capital letters': '두 개의 대문자로 된 시장 코드여야 합니다',
    'expected a list of offers': '제품 목록이어야 합니다',
    'expected a list of roles': '역할 목록이어야 합니다',
    'expected a market': '시장이어야 합니다',
    'expected a market code': '시장 코드여야 합니다',
    'expected a market code or name': '시장 코드 또는 이름이어야 합니다',
    'expected a non-empty list': '비어 있지 않은 목록이어야 합니다',
    'expected a non-empty list of policies': '비어 있지 않은 정책 목록이어야 합니다',
    'expected a non-empty list of strings': '비어 있지 않은 문자열 목록이어야 합니다',
    'expected a non-empty list of weights': '비어 있지 않은 가중치 목록이어야 합니다',
    'expected a non-empty string': '비어 있지 않은 문자열이어야 합니다',
    'expected a policy ID': '정책 ID여야 합니다',
    'expected a policy id': '정책 ID여야 합니다',
    'expected a policy object': '정책 개체여야 합니다',
    'expected a price ≥ 0 (times the quantity, a safe integer)':
      '0 이상의 가격이어야 합니다(수량을 곱해도 안전한 정수)',
    'expected a product family': '제품군이어야 합니다',
    'expected a product family id': '제품군 ID여야 합니다',
    'expected a product family the policy knows ({families})':
      '정책에 있는 제품군이어야 합니다({families})',
    'expected a product of {policyId} ({products})': '{policyId}의 제품이어야 합니다({products})',
    'expected a purchase object': '구매 개체여야 합니다',
    'expected a quote input object': '견적 입력 개체여야 합니다',
    'expected cancelled: a PATCH moves a trial to no other status (it converts or expires by itself)':
      'cancelled여야 합니다: PATCH는 평가판을 다른 상태로 바꾸지 않습니다(평가판은 스스로 전환되거나 만료됩니다)',
    'expected a term and billing frequency a product is sold with (NCE-2: {termPath} {term}, {frequencyPath} {frequency})':
      '판매되는 제품이 있는 약정 기간과 청구 빈도여야 합니다(NCE-2: {termPath} {term}, {frequencyPath} {frequency})',
    'expected a rate in USD per unit of at most {max}': '단위당 USD 환율은 최대 {max}여야 합니다',
    'expected a rate in USD per unit: a decimal > 0 with at most 10 decimals':
      '단위당 USD 환율이어야 합니다: 소수 자릿수가 최대 10자리인 0보다 큰 소수',
    'expected a recurring billing cycle (one-time purchases are not subscriptions)':
      '반복 청구 주기여야 합니다(일회성 구매는 구독이 아닙니다)',
    'expected a role of ROLE-1 ({roles})': 'ROLE-1의 역할이어야 합니다({roles})',
    'expected a rounding mode of PRICE-5': 'PRICE-5의 반올림 방식이어야 합니다',
    'expected a safe integer count of minor units': '최소 통화 단위의 안전한 정수여야 합니다',
    'expected a safe integer ≥ {min}': '{min} 이상의 안전한 정수여야 합니다',
    'expected a seat batch': '시트 묶음이어야 합니다',
    'expected a status a PATCH sets (suspended, active, cancelled)':
      'PATCH로 설정하는 상태여야 합니다(suspended, active, cancelled)',
    'expected a status a subscription without a term can have':
      '약정 기간이 없는 구독이 가질 수 있는 상태여야 합니다',
    'expected a row number': '행 번호여야 합니다',
    'expected a string': '문자열이어야 합니다',
    'expected a subscription product': '구독 제품이어야 합니다',
    'expected a subscription state': '구독 상태여야 합니다',
    'expected a tax rate as a decimal fraction with at most 6 decimals, 0 ≤ rate < 10':
      '소수점 이하 최대 6자리의 소수로 나타낸 세율이어야 합니다(0 ≤ 세율 < 10)',
    'expected a term and billing frequency the product is sold with':
      '제품이 판매되는 약정 기간 및 청구 빈도여야 합니다',
    'expected a term and billing cycle {product} is sold with (NCE-2)':
      '{product}이(가) 판매되는 약정 기간 및 청구 주기여야 합니다(NCE-2)',
    'expected an amount whose value in USD is a safe integer of cents':
      'USD로 환산한 값이 센트 단위의 안전한 정수인 금액이어야 합니다',
    'must not be negative': '음수일 수 없습니다',
    'expected an instant at or before at ({at})': 'at({at}) 이전 또는 같은 시각이어야 합니다',
    'expected an instant before the reservation’s term ends ({termEndsAt})':
      '예약의 약정 기간이 끝나기({termEndsAt}) 전의 시각이어야 합니다',
    'expected cancelled commitments whose sum in USD is a safe integer of cents':
      'USD로 환산한 합계가 센트 단위의 안전한 정수인 취소된 약정 금액이어야 합니다',
    'expected no stated window without a term': '약정 기간이 없으면 명시된 기간도 없어야 합니다',
    'expected a term of at least one UTC day': '최소 1 UTC 일의 기간이어야 합니다',
    'expected a text value': '텍스트 값이어야 합니다',
    'expected a total within the safe integers': '안전한 정수 범위의 합계여야 합니다',
    'expected a trial object': '평가판 개체여야 합니다',
    'expected a valid Date or an ISO 8601 instant with Z or ±HH:mm':
      '유효한 Date 또는 Z나 ±HH:mm이 붙은 ISO 8601 시각이어야 합니다',
    'expected a {program} policy': '{program} 정책이어야 합니다',
    'expected a {program} policy, as the purchase or subscription':
      '구매 또는 구독과 같은 {program} 정책이어야 합니다',
    'expected an action of ROLE-1 ({actions})': 'ROLE-1의 작업이어야 합니다({actions})',
    'expected an active ISO 4217 code, such as USD': 'USD와 같은 유효한 ISO 4217 코드여야 합니다',
    'expected an active ISO 4217 code in upper case': '대문자로 된 유효한 ISO 4217 코드여야 합니다',
    'expected an end after resource.effectiveStartDate':
      'resource.effectiveStartDate 이후의 종료여야 합니다',
    'expected an event object': '이벤트 개체여야 합니다',
    'expected an instant': '시각이어야 합니다',
    'expected an instant after at (a term that has ended cannot be cancelled at its end)':
      'at 이후의 시각이어야 합니다(이미 끝난 약정 기간은 약정 기간 종료 시 취소할 수 없습니다)',
    'expected an instant as the library writes it (YYYY-MM-DDTHH:mm:ss.sssZ)':
      '라이브러리가 쓰는 형식의 시각이어야 합니다(YYYY-MM-DDTHH:mm:ss.sssZ)',
    'expected an instant at or after resource.effectiveStartDate {earliest}':
      'resource.effectiveStartDate {earliest} 이후의 시각이어야 합니다',
    'expected an instant at or after {earliestPath} ({earliest})':
      '{earliestPath}({earliest}) 이후의 시각이어야 합니다',
    'expected an instant in [termStart, termEnd)': '[termStart, termEnd) 범위의 시각이어야 합니다',
    'expected an instant from which {field} is in the years 0000–9999':
      '{field}이(가) 0000–9999년 사이에 오는 시각이어야 합니다',
    'expected an instant in the years 0000–9999': '0000–9999년 사이의 시각이어야 합니다',
    'expected an instant not after {latest}': '{latest} 이전의 시각이어야 합니다',
    'expected an instant not before from': 'from 이후의 시각이어야 합니다',
    'expected an integer weight ≥ 0': '0 이상의 정수 가중치여야 합니다',
    'expected an integer ≥ 0': '0 이상의 정수여야 합니다',
    'expected an integer ≥ 1': '1 이상의 정수여야 합니다',
    'expected a fraction ≥ 0 and below 1, at most six decimals (0.03 is 3 %)':
      '0 이상 1 미만의 소수(소수점 이하 최대 6자리)여야 합니다(0.03은 3 %)',
    'expected true, on a credit without money, or no unpriced':
      '금액이 없는 크레딧에서만 true여야 하며, 그 밖에는 unpriced가 없어야 합니다',
    'expected an integer ≥ {min}': '{min} 이상의 정수여야 합니다',
    'expected an array': '배열이어야 합니다',
    'expected P1M, P1Y, P2Y, P3Y or P5Y': 'P1M, P1Y, P2Y, P3Y 또는 P5Y여야 합니다',
    'expected a billing plan of a {term} term: Monthly, Annual, Triennial, None or OneTime':
      '{term} 약정 기간의 청구 플랜(Monthly, Annual, Triennial, None 또는 OneTime)이어야 합니다',
    'expected decimal text ≥ 0 (a price for the whole term)':
      '0 이상의 10진수 텍스트(전체 약정 기간의 가격)여야 합니다',
    'expected CSV text, rows keyed by column name, or an async iterable of text or bytes':
      'CSV 텍스트, 열 이름을 키로 하는 행 또는 텍스트나 바이트의 비동기 반복 가능 개체여야 합니다',
    'expected the subscription’s own {own}': '구독 자체의 {own}이어야 합니다',
    'expected true': 'true여야 합니다',
    'expected an amount': '금액이어야 합니다',
    'expected a fraction as decimal text, more than 0 and at most 1 (’0.05’ is 5 %)':
      '0보다 크고 1 이하인 10진수 텍스트 비율이어야 합니다(’0.05’는 5 %)',
    'expected PercentDiscount (the one pricing policy type Partner Center’s samples show)':
      'PercentDiscount여야 합니다(파트너 센터 예제에 나오는 유일한 가격 정책 유형)',
    'expected a promotion { id, startDate, endDate, requiredProducts }':
      '프로모션 { id, startDate, endDate, requiredProducts }이어야 합니다',
    'expected a percentage from 0 to 100 as decimal text':
      '0에서 100 사이의 백분율(10진수 텍스트)이어야 합니다',
    'expected a reconciler made by createUsageReconciler':
      'createUsageReconciler로 만든 대사기여야 합니다',
    'expected {currency}, the line’s billing currency': '{currency}, 즉 줄의 청구 통화여야 합니다',
    'expected an object': '개체여야 합니다',
    'expected an object of market lists': '시장 목록의 개체여야 합니다',
    'expected at least one of quantity, term, billingFrequency, price, customTermEndDate':
      'quantity, term, billingFrequency, price, customTermEndDate 중 하나 이상이 있어야 합니다',
    'expected at least one reason': '사유가 하나 이상 있어야 합니다',
    'expected at most 100': '100 이하여야 합니다',
    'expected at most {max} refundable seats': '환불 가능한 시트는 최대 {max}개여야 합니다',
    'expected at most {max} seats at the unit price of the subscription':
      '구독의 단가로 최대 {max}개 시트여야 합니다',
    'expected none: a New Commerce subscription takes {allowed}':
      '새로운 상거래 환경 구독은 {allowed}만 받으므로 없어야 합니다',
    'expected none: a trial takes only convertsTo': '평가판은 convertsTo만 받으므로 없어야 합니다',
    'expected none: a marketplace-saas trial converts into its own term':
      'marketplace-saas 평가판은 자체 약정 기간으로 전환되므로 없어야 합니다',
    'expected { term, billingFrequency }': '{ term, billingFrequency }가 있어야 합니다',
    'expected {currency}, the currency of reservation.price':
      'reservation.price의 통화인 {currency}여야 합니다',
    'expected {currency}, the currency of the subscription’s price':
      '구독 가격의 통화인 {currency}여야 합니다',
    'expected none for a New Commerce subscription: it follows the catalog policy in force at each term’s start (cancellationDecision takes a custom one)':
      '새로운 상거래 환경 구독은 각 약정 기간이 시작될 때 시행 중인 카탈로그 정책을 따르므로 없어야 합니다(사용자 지정 정책은 cancellationDecision이 받습니다)',
    'expected a date whose term has begun by options.asOf {asOf}':
      'options.asOf {asOf}까지 약정 기간이 시작된 날짜여야 합니다',
    'expected a term end after options.asOf {asOf}: the resource says the subscription is still {status}':
      'options.asOf {asOf} 이후의 약정 기간 종료여야 합니다. 리소스에 따르면 구독은 아직 {status} 상태입니다',
    'expected a status a usage subscription can have (it never expires)':
      '사용량 기반 구독이 가질 수 있는 상태여야 합니다(만료되지 않음)',
    'expected at most {max} seats in a trial': '평가판의 시트는 최대 {max}개여야 합니다',
    'expected at most {max} time-driven events in one advance (advance in steps)':
      '한 번의 진행에서 시간 기반 이벤트는 최대 {max}개여야 합니다(여러 단계로 나누어 진행하세요)',
    'expected decimal text with at most {decimals} decimals for {currency} (a safe integer of minor units)':
      '{currency}의 경우 소수점 이하 최대 {decimals}자리의 10진수 텍스트여야 합니다(최소 통화 단위의 안전한 정수)',
    'expected {program} (this entry takes that program only)':
      '{program}이어야 합니다(이 진입점은 그 프로그램만 받습니다)',
    'expected a locale with a text for {messageId} (a locale of one program translates that program only)':
      '{messageId}의 텍스트가 있는 로캘이어야 합니다(한 프로그램의 로캘은 그 프로그램만 번역합니다)',
    'expected legacy or new-commerce': 'legacy 또는 new-commerce여야 합니다',
    'expected listPrice × quantity to stay a safe integer of minor units':
      'listPrice × quantity는 최소 통화 단위의 안전한 정수여야 합니다',
    'expected max ≥ min': 'max ≥ min이어야 합니다',
    'expected money': '금액이 있어야 합니다',
    'expected money as { amount, currency }': '{ amount, currency } 형식의 금액이어야 합니다',
    'expected monthly or annual': 'monthly 또는 annual이어야 합니다',
    'expected monthly, annual or triennial': 'monthly, annual 또는 triennial이어야 합니다',
    'expected new-commerce': 'new-commerce여야 합니다',
    'expected no free trial for {product}': '{product}에는 무료 평가판이 없어야 합니다',
    'expected no policy: New Commerce subscriptions follow the catalog (NCE-11)':
      '정책이 없어야 합니다. 새로운 상거래 환경 구독은 카탈로그를 따릅니다(NCE-11)',
    'expected no term for {product}': '{product}에는 약정 기간이 없어야 합니다',
    'expected no term: {product} has none':
      '약정 기간이 없어야 합니다. {product}에는 약정 기간이 없습니다',
    'expected no trial for {product}': '{product}에는 평가판이 없어야 합니다',
    'expected none on a link not revoked': '취소되지 않은 링크에는 값이 없어야 합니다',
    'expected none: {product} has no term':
      '값이 없어야 합니다. {product}에는 약정 기간이 없습니다',
    'expected null': 'null이어야 합니다',
    'expected one of {allowed}': '{allowed} 중 하나여야 합니다',
    'expected one of {terms} for {product}': '{product}의 약정 기간은 {terms} 중 하나여야 합니다',
    'expected rules for {product}': '{product}의 규칙이 있어야 합니다',
    'expected seat batches adding up to the quantity {total}':
      '합계가 수량 {total}과 같은 시트 묶음이어야 합니다',
    'expected text of the form {pattern}': '{pattern} 형식의 텍스트여야 합니다',
    'expected the account opening, on the event or at creation':
      '이벤트 또는 생성 시에 계정 개설 시각이 있어야 합니다',
    'expected the first billing period start, on the event or at creation':
      '이벤트 또는 생성 시에 첫 번째 청구 기간 시작이 있어야 합니다',
    'expected the gross (line + tax) to stay a safe integer of minor units':
      '총액(품목 + 세금)은 최소 통화 단위의 안전한 정수여야 합니다',
    'expected the new price with a new term or billing frequency':
      '새 약정 기간 또는 청구 빈도에는 새 가격이 있어야 합니다',
    'expected the number of terms since termAnchor': 'termAnchor 이후의 약정 기간 수여야 합니다',
    'expected the policy {policyId} that {idPath} names':
      '{idPath}가 가리키는 정책 {policyId}여야 합니다',
    'expected the program of before': 'before의 프로그램과 같아야 합니다',
    'expected the scheduled changes or null': '예약된 변경 내용 또는 null이어야 합니다',
    'expected the seat batches': '시트 묶음이 있어야 합니다',
    'expected the subscription input': '구독 입력이어야 합니다',
    'expected the suspension record of a suspended state':
      '일시 중단 상태의 일시 중단 기록이 있어야 합니다',
    'expected the term of a state with a termEnd':
      'termEnd가 있는 상태의 약정 기간이 있어야 합니다',
    'expected none unless action is extended-service-term':
      'action이 extended-service-term일 때만 지정할 수 있습니다',
    'expected it only with a basePrice': 'basePrice와 함께만 지정할 수 있습니다',
    'expected true or false, with a basePrice': 'basePrice와 함께 true 또는 false여야 합니다',
    'expected { basePrice, monthlyPlan? }': '{ basePrice, monthlyPlan? }이 있어야 합니다',
    'expected the Extended Service Term section': '연장 서비스 기간 섹션이 있어야 합니다',
    'expected renew exactly when autoRenew is true (renew or cancel in a trial)':
      'autoRenew가 true일 때, 그리고 그때만 renew여야 합니다(평가판에서는 renew 또는 cancel)',
    'expected {expected} in an Extended Service Term':
      '연장 서비스 기간에서는 {expected}이어야 합니다',
    'expected true or false': 'true 또는 false여야 합니다',
    'expected weights with a sum > 0 within the safe integers':
      '합계가 0보다 크고 안전한 정수 범위인 가중치여야 합니다',
    'expected { asOf }': '{ asOf }가 있어야 합니다',
    'expected { rounding }': '{ rounding }이 있어야 합니다',
    'expected { subscription, events, until }': '{ subscription, events, until }이 있어야 합니다',
    'expected { suspendedAt, accountOpenedAt, firstBillingPeriodStart }':
      '{ suspendedAt, accountOpenedAt, firstBillingPeriodStart }가 있어야 합니다',
    'expected { termStart, termEnd, at }': '{ termStart, termEnd, at }가 있어야 합니다',
    'expected {allowed} (NCE-2: {product}, {termPath} {term}, {frequencyPath} {frequency})':
      '{allowed}이어야 합니다(NCE-2: {product}, {termPath} {term}, {frequencyPath} {frequency})',
    'expected {currency}, the currency of amounts.0': 'amounts.0의 통화인 {currency}여야 합니다',
    'expected {product} to be a subscription product (with terms) in the policy':
      '{product}은(는) 정책에서 약정 기간이 있는 구독 제품이어야 합니다',
    'unknown key': '알 수 없는 키입니다',
    'expected a locale': '로캘이어야 합니다',
    'expected a message ID': '메시지 ID여야 합니다',
    'expected a value': '값이 있어야 합니다',
    'expected text or a number': '텍스트 또는 숫자여야 합니다',
    'expected text, a number or money': '텍스트, 숫자 또는 금액이어야 합니다',
    // the reconciliation's (REC-1, REC-2, REC-4)
    'expected a name no {other} has': '{other}에 없는 이름이어야 합니다',
    'expected none: {what} takes {allowed}':
      '없어야 합니다. {what}에는 {allowed}만 사용할 수 있습니다',
    'expected an instant after {earlierPath}': '{earlierPath} 이후의 시각이어야 합니다',
    'expected a whole multiple of quantity ({quantity}): the line’s effective unit price':
      '수량({quantity})의 정수배여야 합니다. 줄의 유효 단가가 됩니다',
    'expected the money a credit gives back: a subscription without a price has no invoice line':
      '크레딧으로 돌려주는 금액이 있어야 합니다. 가격이 없는 구독에는 청구서 줄이 없습니다',
    'expected the billing period a credit of seats in a term comes from':
      '약정 기간 중 시트 크레딧이 발생한 청구 기간이 있어야 합니다',
    'expected a market the price list has rows of ({held})':
      '가격표에 행이 있는 시장이어야 합니다({held})',
    'expected a market, its two-letter country code (DE)':
      '시장, 즉 두 글자 국가 코드(DE)여야 합니다',
    'expected usage: true to observe daily usage':
      '일별 사용량을 관찰하려면 usage: true가 필요합니다',
    'expected the billing month as YYYY-MM (2026-10)':
      '청구 월을 YYYY-MM 형식(2026-10)으로 입력해야 합니다',
    'expected a locale the reconciliation speaks: {allowed}':
      '조정에서 지원하는 로캘이어야 합니다: {allowed}',
    'expected a day at or after {earlierPath}': '{earlierPath} 이후의 날짜여야 합니다',
    'expected a charge type of options.chargeTypes or Partner Center’s ({allowed})':
      'options.chargeTypes 또는 파트너 센터의 요금 유형이어야 합니다({allowed})',
    'expected a number ≤ 0: {chargeType} gives money back':
      '0 이하의 숫자여야 합니다. {chargeType}은(는) 금액을 돌려줍니다',
    'expected an invoice line object': '청구서 줄 개체여야 합니다',
    'expected a charge or credit effect': '요금 또는 크레딧 효과여야 합니다',
    'expected the column of the net amount, or map.billed.unitPrice to multiply by the quantity':
      '순액 열이어야 합니다. 또는 수량에 곱할 map.billed.unitPrice를 지정하세요',
    'expected both periodStart and periodEnd, or neither':
      'periodStart와 periodEnd를 모두 지정하거나 둘 다 지정하지 않아야 합니다',
    'expected the column of a date, or periodStart and periodEnd':
      '날짜 열이어야 합니다. 또는 periodStart와 periodEnd를 지정하세요',
    'expected each code once': '각 코드는 한 번만 있어야 합니다',
    'expected a percentage from 0 up to (not including) 100, such as "10%"':
      '0 이상 100 미만의 백분율이어야 합니다(예: "10%")',
    'expected a positive rate': '양수 환율이어야 합니다',
    'expected the currency column, or the currency of every line':
      '통화 열이어야 합니다. 또는 모든 줄의 통화를 지정하세요',
    'expected a data row number from 1': '1부터 시작하는 데이터 행 번호여야 합니다',
    'expected a row of cells keyed by column': '열 이름을 키로 하는 셀의 행이어야 합니다',
    'expected a reconciler made by createResaleReconciler':
      'createResaleReconciler로 만든 조정기여야 합니다',
    'expected { map, seats?, options? }': '{ map, seats?, options? }여야 합니다',
    'expected a list of rows': '행 목록이어야 합니다',
    'expected { cost, billed, map, seats?, options? }':
      '{ cost, billed, map, seats?, options? }여야 합니다',
    // orders (ORD-2, ORD-9)
    'expected {allowed} (NCE-2: a licence’s {term})':
      '{allowed}이어야 합니다(NCE-2: 라이선스 {term})',
    'expected a non-empty list of offers': '제품 목록(비어 있지 않음)이어야 합니다',
    'expected a policy': '정책이어야 합니다',
    'expected a New Commerce policy': '새 상거래 정책이어야 합니다',
    'expected a list of holdings': '보유 구독 목록이어야 합니다',
    'expected a holding object': '보유 구독 개체여야 합니다',
    'expected an id listed once': '한 번만 나열된 ID여야 합니다',
    'expected an offer or an offerId': 'offer 또는 offerId가 있어야 합니다',
    'expected an order object': '주문 개체여야 합니다',
    'expected an offer': '제품이어야 합니다',
    'expected a subscription id': '구독 ID여야 합니다',
    'expected the id of one of the holdings': '보유 구독 중 하나의 ID여야 합니다',
    'expected the offer of holding {id}': '보유 구독 {id}의 제품이어야 합니다',
    'expected seats adding up to a safe integer': '라이선스 합계가 안전한 정수여야 합니다',
    'expected a whole percent from 1 to 100': '1에서 100 사이의 정수 백분율이어야 합니다',
    'expected an offer key': '제품 키여야 합니다',
    'expected a valid instant': '유효한 시각이어야 합니다',
    '{item} also names {other}': '{item}은(는) {other}도 가리킵니다',
    'expected an offer of orders.products': 'orders.products의 제품이어야 합니다',
    'expected an instant after effectiveFrom': 'effectiveFrom 이후의 시각이어야 합니다',
    'expected at most max ({max})': 'max({max}) 이하여야 합니다',
    'expected at most maxPercentOfBase ({max})': 'maxPercentOfBase({max}) 이하여야 합니다',
    'expected the state of a tie-out of form {form}': '{form} 형식의 대사 상태여야 합니다',
    "expected 'recon' or 'invoice'": "'recon' 또는 'invoice'여야 합니다",
    'expected the state of a tie-out summary of form {form}':
      '{form} 형식의 대사 요약 상태여야 합니다',
    'expected a whole row number ≥ {min}': '{min} 이상의 정수 행 번호여야 합니다',
    'expected the JSON text of one object': '개체 하나의 JSON 텍스트여야 합니다',
    'expected the state of a usage check of form {form}':
      '{form} 형식의 사용량 확인 상태여야 합니다',
    "expected 'usage' or 'recon'": "'usage' 또는 'recon'이어야 합니다",
    'expected the state of a usage summary of form {form}':
      '{form} 형식의 사용량 요약 상태여야 합니다',
  },
};
