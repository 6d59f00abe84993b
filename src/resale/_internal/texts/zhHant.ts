import type { ResaleTexts } from './ResaleTexts.ts';

/** Traditional Chinese (RSL-5 … RSL-8), in Partner Center's terms: 訂閱, 席位, 續訂, 點數. */
export const zhHantTexts: ResaleTexts = {
  tag: 'zh-Hant',
  texts: {
    'unbilled-seats':
      '{month} 向 Microsoft 支付了 {product}（{term} {billing}）的 {seatWords}，但未向 {customer} 計費：每月 {amount}',
    ghost:
      '{month} 向 {customer} 計費 {codes}（{term} {billing}）的 {seatWords}，而 Microsoft 未收費：每月 {amount} 無據計費',
    'over-billed':
      '{month} 向 {customer} 計費的 {codes}（{term} {billing}）席位比 Microsoft 收費多 {seatWords}：每月 {amount}',
    'term-mismatch':
      '{product} 的 {seatWords}按 {term} {billing} 購買，{month} 卻按 {billedTerm} {billedBilling} 向 {customer} 計費：客戶未分擔的承諾每月 {amount}',
    'unused-seats':
      '{month} {customer} 支付 {product} 的 {paid} 個席位，已指派 {assigned} 個：{seats} 個未使用，每月至少 {amount}',
    'price-not-passed-on':
      '{month} {product}（{term} {billing}）的成本每席位上漲 {rise}（{reason}），{customer} 的價格上漲 {billedRise}：每月 {amount}',
    'credit-not-passed-back':
      '{month} Microsoft 對 {product}（{term} {billing}）給予點數 {credited}，{customer} 獲得 {passed}：{amount} 未退回',
    'margin-below-floor':
      '{month} {customer} 的利潤率為 {percent}%，低於下限 {floor}%：差 {amount}',
    'reason-extended-service-term': '延長服務期',
    'reason-renewal': '續訂',
    'reason-price-change': '價格變動',
    'remedy-unbilled': '從 {month} 起多計費 {codes} 的 {seatWords}',
    'remedy-ghost': '停止計費 {codes} 或購買席位，並退還無據計費的金額',
    'remedy-over-billed': '少計費 {codes} 的 {seatWords}或購買它們，並退還無據計費的金額',
    'remedy-term': '向客戶銷售 {term} {billing}，或在訂閱續訂時購買 {billedTerm} {billedBilling}',
    'remedy-unused': '續訂時將 {product} 減少 {seatWords}，或指派它們',
    'remedy-price': '將客戶的 {codes} 價格每席位每月提高 {rise}',
    'remedy-price-est': '將客戶的 {codes} 價格每席位每月提高 {rise}，或將訂閱續訂為有期限的訂閱',
    'remedy-credit': '向客戶退還 {amount}',
    'remedy-margin': '提高價格或降低成本：每月再多 {amount} 即達到下限',
    'issue-missing-column': '檔案沒有 {column} 欄（{field}）：{count} 列未讀取',
    'issue-missing-field': '{column} 為空',
    'issue-amount': '{column} 不是金額：{value}',
    'issue-decimals': '{column} 的小數位多於 {currency}：{value}',
    'issue-quantity': '{column} 不是數量：{value}',
    'issue-date': '{column} 不是 {format} 格式的日期：{value}',
    'issue-period': '期間在開始之前結束：{value}',
    'issue-currency': '{column} 不是貨幣代碼：{value}',
    'issue-term': '{column} 未寫明期限（{value}），訂閱 {subscription} 也沒有寫明期限的較早列',
    'issue-customer':
      '計費客戶 {customer} 不在 map.customers 中，也不是成本的 CustomerId 或 CustomerName：{count} 列未判斷',
    'issue-fx':
      '{month} 沒有從 {from} 到 {to} 的匯率：{customer} 的該月未判斷（在 options.fx 或 --fx 中提供）',
    'issue-mixed': '{month} {customer} 的{side}使用 {currencies}：該月未判斷',
    'issue-seats': 'seats[{index}] 不是租用戶的 subscribedSkus：{what}',
    'note-usage': '{count} 列 Azure 使用量留給使用量檢查',
    'note-seats-differ':
      'Graph 統計 {customer} 購買的 {product} 席位為 {enabled} 個，成本為 {paid} 個：其他來源或試用',
    'note-prices': '{count} 個鍵-月沒有兩側都有價格的較早月份：未比較其價格',
    'more-seats-one': '多 1 個席位',
    'more-seats-other': '多 {count} 個席位',
    'seats-one': '1 個席位',
    'seats-other': '{count} 個席位',
    'side-cost': '成本',
    'side-billed': '計費',
  },
};
