/**
 * The Traditional Chinese text of the issues a parse or `definePolicy` collects (MSG-1), keyed by
 * the issue's `messageId` (its English template), beside the locale's `RuleError` texts.
 */
export const zhHantIssues: Readonly<Record<string, string>> = {
  '{item} is listed twice': '{item} 被列出了兩次',
  'a free trial or auto-renew toggle needs a subscription with a term':
    '免費試用或自動續約切換需要有期限的訂用帳戶',
  'must be true exactly when the cancellation rule differs by billing cycle':
    '僅當取消規則因計費週期而異時才應為 true',
  'forbidden key': '禁止使用的索引鍵',
  'expected monthly or annual: the rules of {product} differ by billing cycle':
    '應為 monthly 或 annual：{product} 的規則因計費週期而異',
  'expected an instant at or before {later}': '應為不晚於 {later} 的時刻',
  'expected an instant after {earlier}': '應為晚於 {earlier} 的時間點',
  'expected an instant at or after {earlier}': '應為不早於 {earlier} 的時間點',
  'expected a price whose product with the quantity is a safe integer': '價格乘以數量應為安全整數',
  'expected none for {product}': '{product} 不應有此值',
  'expected a tenantId or a domain': '應有 tenantId 或 domain',
  'expected a tenantId or a domain, not both': '應有 tenantId 或 domain，但不能兩者都有',
  'expected an orderId or a subscriptionId': '應有 orderId 或 subscriptionId',
  'expected a rate in USD per unit of at most 900719.9254740991':
    '應為每單位 USD 匯率，最大為 900719.9254740991',
  'is required': '為必填項目',
  'expected a whole number': '應為整數',
  'expected a number': '應為數字',
  'expected text': '應為文字',
  'expected {type}': '應為 {type} 類型',
  'expected an active ISO 4217 currency code, such as USD':
    '應為有效的 ISO 4217 貨幣代碼，例如 USD',
  'expected an active ISO 4217 currency code in upper case': '應為大寫的有效 ISO 4217 貨幣代碼',
  'expected one of the {count} known values': '應為 {count} 個已知值之一',
  'unknown keys {keys}': '未知的索引鍵：{keys}',
  'unknown key {keys}': '未知的索引鍵：{keys}',
  'expected a value > {minimum}': '應為大於 {minimum} 的值',
  'expected a value ≥ {minimum}': '應為不小於 {minimum} 的值',
  'expected a value < {maximum}': '應為小於 {maximum} 的值',
  'expected a value ≤ {maximum}': '應為不大於 {maximum} 的值',
  'expected one of the allowed shapes': '應為允許的形式之一',
  'expected {format}': '應為 {format} 格式',
  'invalid value': '值無效',
  'expected revokedAt exactly when the link is revoked': '僅當連結已撤銷時才應有 revokedAt',
  'expected a customer object': '應為客戶物件',
  'expected a money object': '應為金額物件',
  'expected a list of refunds': '應為退款清單',
  'expected a reservation object': '應為保留物件',
  'expected a savings plan object': '應為節約方案物件',
  'expected an offer object': '應為供應項目物件',
  'expected a Partner Center subscription object': '應為合作夥伴中心訂用帳戶物件',
  'expected a subscription object': '應為訂用帳戶物件',
  'expected a subscription input object': '應為訂用帳戶輸入物件',
  'expected a support request object': '應為支援要求物件',
  'expected an ISO 8601 instant with Z or ±HH:mm': '應為帶 Z 或 ±HH:mm 的 ISO 8601 時間點',
  'expected a non-empty text': '應為非空白文字',
  'expected a tenant GUID (8-4-4-4-12 hexadecimal digits)':
    '應為租用戶 GUID（8-4-4-4-12 位十六進位數字）',
  'expected a domain name such as contoso.com': '應為網域名稱，例如 contoso.com',
  'expected an amount > 0 in minor units': '應為以最小貨幣單位表示的大於 0 的金額',
  'expected an email address': '應為電子郵件地址',
  'expected a phone number of 7 to 15 digits': '應為 7 到 15 位數字的電話號碼',
  'expected a file name without a path': '應為不含路徑的檔案名稱',
  'expected an instant on a day that exists': '應為存在的日期上的時間點',
  'expected a price ≥ 0': '價格應不小於 0',
  'expected a rate 0 ≤ rate < 10 with at most 6 decimals':
    '稅率應滿足 0 ≤ 稅率 < 10，且最多 6 位小數',
  'expected at most 6 decimals': '最多應有 6 位小數',
  'expected a policy id such as partner-center-2021-03':
    '應為原則識別碼，例如 partner-center-2021-03',
  'expected a suspension exactly when suspended or deleted':
    '僅當已暫止或已刪除時才應有 suspension',
  'expected trialEndsAt in trial': '試用狀態應有 trialEndsAt',
  'expected a term for every product but marketplace-usage':
    '除 marketplace-usage 外的每種產品都應有期限',
  'expected termAnchor, termStart and termEnd for an active term':
    '進行中的期限應有 termAnchor、termStart 和 termEnd',
  'expected termAnchor wherever there is a termEnd': '有 termEnd 時應有 termAnchor',
  'expected no termEnd without a term': '沒有期限時不應有 termEnd',
  'expected a billing cycle for marketplace-saas': 'marketplace-saas 應有計費週期',
  'expected asOf at or after orderedAt': 'asOf 應不早於 orderedAt',
};
