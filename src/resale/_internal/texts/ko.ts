import type { ResaleTexts } from './ResaleTexts.ts';

/** Korean (RSL-5 … RSL-8), in Partner Center's Korean terms: 구독, 좌석, 갱신, 크레딧. */
export const koTexts: ResaleTexts = {
  tag: 'ko',
  texts: {
    'unbilled-seats':
      '{month}에 {product}({term} {billing}) {seatWords}를 Microsoft에 지불하지만 {customer}에게 청구하지 않음: 월 {amount}',
    ghost:
      '{month}에 {customer}에게 {codes}({term} {billing}) {seatWords}를 청구하지만 Microsoft는 청구하지 않음: 월 {amount}이(가) 근거 없이 청구됨',
    'over-billed':
      '{month}에 {customer}에게 {codes}({term} {billing}) 좌석을 Microsoft 청구보다 {seatWords} 더 청구함: 월 {amount}',
    'term-mismatch':
      '{product} {seatWords}를 {term} {billing}(으)로 구매했으나 {month}에 {customer}에게 {billedTerm} {billedBilling}(으)로 청구함: 고객이 공유하지 않는 약정 월 {amount}',
    'unused-seats':
      '{month}에 {customer}은(는) {product} 좌석 {paid}개를 지불하고 {assigned}개를 할당함: 미사용 {seatWords}, 월 최소 {amount}',
    'price-not-passed-on':
      '{month}에 {product}({term} {billing})의 비용이 좌석당 {rise} 올랐으나({reason}) {customer}의 가격은 {billedRise} 올랐음: 월 {amount}',
    'credit-not-passed-back':
      '{month}에 Microsoft가 {product}({term} {billing})에 {credited}을(를) 크레딧으로 제공했고 {customer}에게는 {passed}을(를) 제공함: {amount}이(가) 전달되지 않음',
    'margin-below-floor':
      '{month}에 {customer}의 마진은 {percent}%로 하한 {floor}%보다 낮음: {amount} 부족',
    'reason-extended-service-term': '연장 서비스 기간',
    'reason-renewal': '갱신',
    'reason-price-change': '가격 변경',
    'remedy-unbilled': '{month}부터 {codes} {seatWords}를 더 청구하세요',
    'remedy-ghost':
      '{codes} 청구를 중단하거나 좌석을 구매하고, 근거 없이 청구된 금액을 크레딧으로 돌려주세요',
    'remedy-over-billed':
      '{codes} 좌석을 {seatWords} 적게 청구하거나 구매하고, 근거 없이 청구된 금액을 크레딧으로 돌려주세요',
    'remedy-term':
      '고객에게 {term} {billing}을(를) 판매하거나, 구독이 갱신될 때 {billedTerm} {billedBilling}(으)로 구매하세요',
    'remedy-unused': '갱신될 때 {product}을(를) {seatWords} 줄이거나 할당하세요',
    'remedy-price': '고객의 {codes} 가격을 좌석당 월 {rise} 올리세요',
    'remedy-price-est':
      '고객의 {codes} 가격을 좌석당 월 {rise} 올리거나, 구독을 약정 기간으로 갱신하세요',
    'remedy-credit': '고객에게 {amount}을(를) 크레딧으로 돌려주세요',
    'remedy-margin': '가격을 올리거나 비용을 줄이세요: 월 {amount} 더 있으면 하한에 도달함',
    'issue-missing-column': '파일에 {column} 열({field})이 없음: {count}개 행을 읽지 않음',
    'issue-missing-field': '{column}이(가) 비어 있음',
    'issue-amount': '{column}이(가) 금액이 아님: {value}',
    'issue-decimals': '{column}의 소수 자릿수가 {currency}보다 많음: {value}',
    'issue-quantity': '{column}이(가) 수량이 아님: {value}',
    'issue-date': '{column}이(가) {format} 형식의 날짜가 아님: {value}',
    'issue-period': '기간이 시작 전에 끝남: {value}',
    'issue-currency': '{column}이(가) 통화 코드가 아님: {value}',
    'issue-term':
      '{column}에 기간이 없고({value}) 구독 {subscription}에 기간이 있는 이전 줄이 없음',
    'issue-customer':
      '청구 고객 {customer}이(가) map.customers에 없고 비용의 CustomerId나 CustomerName도 아님: {count}줄을 판단하지 않음',
    'issue-fx':
      '{month}의 {from}에서 {to}(으)로의 환율이 없음: {customer}의 월을 판단하지 않음(options.fx 또는 --fx로 지정)',
    'issue-mixed':
      '{month}에 {customer}의 {side}이(가) {currencies}(으)로 되어 있음: 월을 판단하지 않음',
    'issue-seats': 'seats[{index}]이(가) 테넌트의 subscribedSkus가 아님: {what}',
    'note-usage': 'Azure 사용량 {count}줄은 사용량 확인에 맡김',
    'note-seats-differ':
      'Graph는 {customer}의 {product} 구매 좌석을 {enabled}개로, 비용은 {paid}개로 셈: 다른 출처나 평가판',
    'note-prices': '{count}개 키-월에 양쪽 가격이 있는 이전 월이 없음: 가격을 비교하지 않음',
    'more-seats-one': '좌석 1개 더',
    'more-seats-other': '좌석 {count}개 더',
    'seats-one': '좌석 1개',
    'seats-other': '좌석 {count}개',
    'side-cost': '비용',
    'side-billed': '청구',
  },
};
