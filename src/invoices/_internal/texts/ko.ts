import { SHAPE_TWICE_KO, SHAPE_WIDTH_KO } from '../../../kernel/shapeTexts.ts';
import type { TieOutTexts } from './TieOutTexts.ts';

/** Korean (INV-2, MSG-1), in Partner Center's Korean terms: 청구서, 대사 파일, 크레딧 메모. */
export const koTexts: TieOutTexts = {
  tag: 'ko',
  outcomes: {
    tied: '{invoice}: 줄 {lines}개의 합계가 청구서의 {invoiceTotal}과(와) 일치합니다',
    rounding:
      '{invoice}: 줄 {lines}개의 합계 {total}은(는) 청구서의 {invoiceTotal}과(와) {residual} 차이가 납니다: 줄의 반올림으로 생길 수 있는 {tolerance} 미만입니다({currency}보다 소수 자릿수가 많은 줄 {fractional}개, 과세된 줄 {taxed}개)',
    'adjustment-not-in-files':
      '{invoice}: 청구서의 {invoiceTotal}은(는) 줄 {lines}개의 {total}과(와) {residual} 차이가 나며, 반올림으로 생길 수 있는 {tolerance}을(를) 넘습니다: 대사 파일에 없는 청구서의 조정입니다. 어떤 조정인지 Microsoft에 문의하세요',
    'no-invoice':
      '{invoice}: 줄 {lines}개, {total}이지만 이 번호의 청구서 리소스가 주어지지 않았습니다',
    'no-lines':
      '{invoice}: 파일에 이 번호의 줄이 없습니다. 청구서의 {invoiceTotal}이(가) 잔액입니다({classification})',
    'mixed-currency':
      '{invoice}: 줄의 통화가 {currencies}입니다. 청구서는 청구 통화 하나로 발행되므로 합산하지 않았습니다',
    'currency-mismatch':
      '{invoice}: 줄 {lines}개의 통화는 {currency}, 청구서 리소스의 통화는 {invoiceCurrency}입니다',
  },
  notes: {
    amendments: '{amendments}에 의해 수정됨: 이를 반영하면 {net}(잔액에는 포함하지 않음)',
    'amendment-currency':
      '{amendment}은(는) 청구서의 {currency}가 아닌 {amendmentCurrency} 통화입니다. 목록에는 표시하지만 순액에서는 제외했습니다',
    amends: '{amendsOf}을(를) 수정하는 크레딧 메모',
    'positive-credit': '크레딧 메모의 합계가 양수입니다. 표시된 그대로 읽었습니다',
    legacy: '레거시(D) 청구서: 이 라이브러리는 해당 파일을 읽지 않습니다',
    check: 'Subtotal 합계 + TaxTotal 합계가 Total 합계와 다릅니다',
  },
  classifications: {
    tied: '남은 금액 없음',
    rounding: '반올림',
    'adjustment-not-in-files': '파일에 없는 조정',
  },
  issues: {
    'invoice-number': '청구서 번호가 있어야 합니다',
    currency: '유효한 ISO 4217 코드여야 합니다',
    number: '숫자여야 합니다',
    unsafe: '최대 {safe} 최소 통화 단위의 금액이어야 합니다(PRICE-1). 이 줄은 합산하지 않았습니다',
    sum: 'Subtotal + TaxTotal({sum})이어야 합니다. 줄은 표시된 그대로 합산했습니다',
    row: '열 이름을 키로 하는 셀의 행이어야 합니다',
    twice: SHAPE_TWICE_KO,
    width: SHAPE_WIDTH_KO,
  },
  separator: '; ',
};
