import type { ErrorMessages } from '../../messages/ErrorMessages.ts';
import { zhHantIssues } from './schemas/zhHant.ts';

/**
 * The Traditional Chinese (`zh-Hant`) text of every `RuleError` message (MSG-1), keyed by the error's `messageId`
 * (the English template of what was expected), in Partner Center's own terms (docs/glossary.md).
 */
export const zhHantErrors: ErrorMessages = {
  frame: '{path}：{expected}，實際為 {got}',
  policy: 'policy：{count} 個問題：{issues}',
  separator: '；',
  values: {
    'an array': '陣列',
    'an object': '物件',
    'a symbol': '符號',
    'a function': '函式',
    'an invalid Date': '無效的 Date',
  },
  expected: {
    ...zhHantIssues,
    'expected each invoice once; {id} is also invoices.{earlier}':
      '每張發票應只出現一次；{id} 也在 invoices.{earlier} 中',
    'expected an amount: decimal text or a number': '應為金額：十進位文字或數字',
    'expected a tie-out of createTieOut': '應為 createTieOut 建立的核對',
    'expected the invoice’s currency {currency}': '應為發票的貨幣 {currency}',
    'expected an active ISO 4217 code': '應為有效的 ISO 4217 代碼',
    'expected an Invoice resource { id, invoiceDate, totalCharges, currencyCode }, a list of them, { "items": [...] } or JSON lines':
      '應為 Invoice 資源 { id, invoiceDate, totalCharges, currencyCode }、其清單、{ "items": [...] } 或 JSON lines',
    'expected JSON text or JSON lines: {reason} at character {at}':
      '應為 JSON 文字或 JSON lines：第 {at} 個字元處應為 {reason}',
    'expected { at, to, quantity?, into? }': '應為 { at, to, quantity?, into? }',
    'expected { offerId, price, term?, billingFrequency? }':
      '應為 { offerId, price, term?, billingFrequency? }',
    'expected the term and billing frequency of request.into': '應為 request.into 的期限和計費頻率',
    'expected the offer of request.into {offerId}': '應為 request.into 的產品 {offerId}',
    'expected the price of request.into': '應為 request.into 的價格',
    'expected at most the source’s {max} seats': '最多應為來源訂用帳戶的 {max} 個授權',
    'expected { term, billingFrequency, startDate }': '應為 { term, billingFrequency, startDate }',
    'expected a list of { id, subscription }': '應為 { id, subscription } 的清單',
    'expected { id, subscription }': '應為 { id, subscription }',
    'expected a date after {first} and not after the nominal end {last}':
      '應為 {first} 之後、不晚於名義結束日期 {last} 的日期',
    'expected no customTermEndDate for {product}': '{product}不應有 customTermEndDate',
    'expected no customTermEndDate for a trial': '試用版不應有 customTermEndDate',
    'expected a list of plans': '應為方案清單',
    'expected a plan { term, billingFrequency, price }':
      '應為方案 { term, billingFrequency, price }',
    'expected a billing frequency change of a running term': '應為執行中期限的計費頻率變更',
    'expected a price, since options.priceList has no row for the plan at the change: {reason}':
      '應給出價格，因為 options.priceList 在變更時沒有該方案的列：{reason}',
    'expected { effectiveStartDate, unitPrice, periodPrice }':
      '應為 { effectiveStartDate, unitPrice, periodPrice }',
    'expected the promotion of a priced term': '應為有價格的期限的促銷',
    'expected a promotion id': '應為促銷 ID',
    'expected a promotion id with listUnitPrice': '應隨 listUnitPrice 給出促銷 ID',
    'expected a list read by readPriceList or overlayPriceList (a JSON copy: pass its rows to readPriceList)':
      '應為由 readPriceList 或 overlayPriceList 讀取的清單（JSON 副本：將其 rows 傳給 readPriceList）',
    'expected an instant inside the current term': '應為目前期限內的時間點',
    'expected an offer id': '應為產品（offer）ID',
    'expected a promotion id or null': '應為促銷 ID 或 null',
    'expected a date YYYY-MM-DD': '應為 YYYY-MM-DD 格式的日期',
    'expected a date YYYY-MM-DD that exists': '應為存在的 YYYY-MM-DD 格式日期',
    "expected 'legacy' or 'new-commerce'": "應為 'legacy' 或 'new-commerce'",
    "expected 'monthly' or 'annual'": "應為 'monthly' 或 'annual'",
    "expected 'monthly' or 'annual': the cancellation rule of {product} differs by billing cycle":
      "應為 'monthly' 或 'annual'：{product} 的取消規則因計費週期而異",
    "expected 'text', 'number' or 'any'": "應為 'text'、'number' 或 'any'",
    'expected P1M, P1Y or P3Y': '應為 P1M、P1Y 或 P3Y',
    'expected P1M, P1Y, P2Y or P3Y': '應為 P1M、P1Y、P2Y 或 P3Y',
    'expected USD': '應為 USD',
    'expected a BCP 47 language tag': '應為 BCP 47 語言標記',
    'expected a New Commerce policy id': '應為新商務體驗原則識別碼',
    'expected a New Commerce resource for a Microsoft licence (legacy licences have no rules here)':
      '應為 Microsoft 授權的新商務體驗資源（舊版授權在此沒有規則）',
    'expected a New Commerce subscription state': '應為新商務體驗訂用帳戶狀態',
    'expected a Partner Center market code': '應為合作夥伴中心市場代碼',
    'expected a Partner Center market code or name': '應為合作夥伴中心市場代碼或名稱',
    'expected a boolean': '應為布林值',
    'expected a catalog policy id, or pass { policy } with that id':
      '應為目錄中的原則識別碼，或傳入具有該識別碼的 { policy }',
    'expected a date after resource.effectiveStartDate':
      '應為 resource.effectiveStartDate 之後的日期',
    'expected a download link object': '應為下載連結物件',
    'expected a language tag': '應為語言標記',
    'expected a legacy product': '應為舊版產品',
    'expected a legacy status the rules can carry (a suspended legacy resource does not say when or why it was suspended)':
      '應為規則可以承載的舊版狀態（已暫止的舊版資源不說明暫停的時間和原因）',
    'expected a list': '應為清單',
    'expected a list of at least one amount': '應為至少包含一個金額的清單',
    'expected a list of events': '應為事件清單',
    'expected a list of market codes': '應為市場代碼清單',
    'expected a market code of two capital letters': '應為由兩個大寫字母組成的市場代碼',
    'expected a list of offers': '應為供應項目清單',
    'expected a list of roles': '應為角色清單',
    'expected a market': '應為市場',
    'expected a market code': '應為市場代碼',
    'expected a market code or name': '應為市場代碼或名稱',
    'expected a non-empty list': '應為非空白清單',
    'expected a non-empty list of policies': '應為非空白原則清單',
    'expected a non-empty list of strings': '應為非空白字串清單',
    'expected a non-empty list of weights': '應為非空白權數清單',
    'expected a non-empty string': '應為非空白字串',
    'expected a policy ID': '應為原則識別碼',
    'expected a policy id': '應為原則識別碼',
    'expected a policy object': '應為原則物件',
    'expected a price ≥ 0 (times the quantity, a safe integer)':
      '應為 ≥ 0 的價格（乘以數量後仍為安全整數）',
    'expected a product family': '應為產品系列',
    'expected a product family id': '應為產品系列識別碼',
    'expected a product family the policy knows ({families})':
      '應為原則中已知的產品系列（{families}）',
    'expected a product of {policyId} ({products})': '應為 {policyId} 中的產品（{products}）',
    'expected a purchase object': '應為購買物件',
    'expected a quote input object': '應為報價輸入物件',
    'expected cancelled: a PATCH moves a trial to no other status (it converts or expires by itself)':
      '應為 cancelled：PATCH 不會將試用版改為其他狀態（試用版會自行轉換或到期）',
    'expected a term and billing frequency a product is sold with (NCE-2: {termPath} {term}, {frequencyPath} {frequency})':
      '應為有產品按其銷售的期限和計費頻率（NCE-2：{termPath} {term}，{frequencyPath} {frequency}）',
    'expected a rate in USD per unit of at most {max}': '應為每單位 USD 匯率，最大為 {max}',
    'expected a rate in USD per unit: a decimal > 0 with at most 10 decimals':
      '應為每單位的美元匯率：大於 0 且最多 10 位小數的小數',
    'expected a recurring billing cycle (one-time purchases are not subscriptions)':
      '應為週期性計費週期（一次性購買不是訂用帳戶）',
    'expected a role of ROLE-1 ({roles})': '應為 ROLE-1 中的角色（{roles}）',
    'expected a rounding mode of PRICE-5': '應為 PRICE-5 中的捨入模式',
    'expected a safe integer count of minor units': '應為以最小貨幣單位計的安全整數',
    'expected a safe integer ≥ {min}': '應為 ≥ {min} 的安全整數',
    'expected a seat batch': '應為一批授權',
    'expected a status a PATCH sets (suspended, active, cancelled)':
      '應為 PATCH 可設定的狀態（suspended、active、cancelled）',
    'expected a status a subscription without a term can have':
      '應為沒有期限的訂用帳戶可以具有的狀態',
    'expected a row number': '應為列號',
    'expected a string': '應為字串',
    'expected a subscription product': '應為訂用帳戶產品',
    'expected a subscription state': '應為訂用帳戶狀態',
    'expected a tax rate as a decimal fraction with at most 6 decimals, 0 ≤ rate < 10':
      '應為最多 6 位小數的小數形式稅率，0 ≤ 稅率 < 10',
    'expected a term and billing frequency the product is sold with':
      '應為該產品銷售時使用的期限和計費頻率',
    'expected a term and billing cycle {product} is sold with (NCE-2)':
      '應為 {product} 銷售時使用的期限和計費週期（NCE-2）',
    'expected an amount whose value in USD is a safe integer of cents':
      '應為以美元計的值是安全整數（美分）的金額',
    'must not be negative': '不能為負數',
    'expected an instant at or before at ({at})': '應為不晚於 at（{at}）的時刻',
    'expected an instant before the reservation’s term ends ({termEndsAt})':
      '應為保留期限結束（{termEndsAt}）之前的時刻',
    'expected cancelled commitments whose sum in USD is a safe integer of cents':
      '應為以美元計的總和是安全整數（美分）的已取消承諾金額',
    'expected no stated window without a term': '沒有期限時不應有註明的期間',
    'expected a term of at least one UTC day': '應為至少一個 UTC 日的期限',
    'expected a text value': '應為文字值',
    'expected a total within the safe integers': '應為安全整數範圍內的總額',
    'expected a trial object': '應為試用物件',
    'expected a valid Date or an ISO 8601 instant with Z or ±HH:mm':
      '應為有效的 Date，或帶 Z 或 ±HH:mm 的 ISO 8601 時間點',
    'expected a {program} policy': '應為 {program} 原則',
    'expected a {program} policy, as the purchase or subscription':
      '應為與購買或訂用帳戶相同的 {program} 原則',
    'expected an action of ROLE-1 ({actions})': '應為 ROLE-1 中的動作（{actions}）',
    'expected an active ISO 4217 code, such as USD': '應為有效的 ISO 4217 代碼，例如 USD',
    'expected an active ISO 4217 code in upper case': '應為大寫的有效 ISO 4217 代碼',
    'expected an end after resource.effectiveStartDate':
      '應為 resource.effectiveStartDate 之後的結束時間',
    'expected an event object': '應為事件物件',
    'expected an instant': '應為時間點',
    'expected an instant after at (a term that has ended cannot be cancelled at its end)':
      '應為 at 之後的時間點（已結束的期限無法在期限結束時取消）',
    'expected an instant as the library writes it (YYYY-MM-DDTHH:mm:ss.sssZ)':
      '應為本程式庫寫出的格式的時間點（YYYY-MM-DDTHH:mm:ss.sssZ）',
    'expected an instant at or after resource.effectiveStartDate {earliest}':
      '應為不早於 resource.effectiveStartDate {earliest} 的時間點',
    'expected an instant at or after {earliestPath} ({earliest})':
      '應為不早於 {earliestPath}（{earliest}）的時間點',
    'expected an instant in [termStart, termEnd)': '應為 [termStart, termEnd) 內的時間點',
    'expected an instant from which {field} is in the years 0000–9999':
      '應為使 {field} 落在 0000–9999 年之間的時間點',
    'expected an instant in the years 0000–9999': '應為 0000–9999 年之間的時間點',
    'expected an instant not after {latest}': '應為不晚於 {latest} 的時間點',
    'expected an instant not before from': '應為不早於 from 的時間點',
    'expected an integer weight ≥ 0': '應為 ≥ 0 的整數權數',
    'expected an integer ≥ 0': '應為 ≥ 0 的整數',
    'expected an integer ≥ 1': '應為 ≥ 1 的整數',
    'expected a fraction ≥ 0 and below 1, at most six decimals (0.03 is 3 %)':
      '應為 ≥ 0 且小於 1 的小數，最多六位小數（0.03 即 3 %）',
    'expected true, on a credit without money, or no unpriced':
      '僅在沒有金額的信用額度上應為 true，否則不應有 unpriced',
    'expected an integer ≥ {min}': '應為 ≥ {min} 的整數',
    'expected an array': '應為陣列',
    'expected P1M, P1Y, P2Y, P3Y or P5Y': '應為 P1M、P1Y、P2Y、P3Y 或 P5Y',
    'expected a billing plan of a {term} term: Monthly, Annual, Triennial, None or OneTime':
      '應為 {term} 期限的計費方案：Monthly、Annual、Triennial、None 或 OneTime',
    'expected decimal text ≥ 0 (a price for the whole term)':
      '應為 ≥ 0 的十進位文字（整個期限的價格）',
    'expected CSV text, rows keyed by column name, or an async iterable of text or bytes':
      '應為 CSV 文字、以欄名為索引鍵的列，或文字或位元組的非同步可反覆運算物件',
    'expected the subscription’s own {own}': '應為訂用帳戶自身的 {own}',
    'expected true': '應為 true',
    'expected an amount': '應為金額',
    'expected a fraction as decimal text, more than 0 and at most 1 (’0.05’ is 5 %)':
      '應為大於 0 且不超過 1 的十進位文字比例（’0.05’ 為 5 %）',
    'expected PercentDiscount (the one pricing policy type Partner Center’s samples show)':
      '應為 PercentDiscount（合作夥伴中心範例中唯一的定價原則類型）',
    'expected a promotion { id, startDate, endDate, requiredProducts }':
      '應為促銷 { id, startDate, endDate, requiredProducts }',
    'expected a percentage from 0 to 100 as decimal text': '應為 0 到 100 的百分比（十進位文字）',
    'expected a reconciler made by createUsageReconciler':
      '應為 createUsageReconciler 建立的調節器',
    'expected {currency}, the line’s billing currency': '應為 {currency}，即該行的計費貨幣',
    'expected an object': '應為物件',
    'expected an object of market lists': '應為由市場清單組成的物件',
    'expected at least one of quantity, term, billingFrequency, price, customTermEndDate':
      '應至少包含 quantity、term、billingFrequency、price、customTermEndDate 之一',
    'expected at least one reason': '應至少包含一個原因',
    'expected at most 100': '應不超過 100',
    'expected at most {max} refundable seats': '可退款的授權應不超過 {max} 個',
    'expected at most {max} seats at the unit price of the subscription':
      '按訂閱的單價，授權應不超過 {max} 個',
    'expected none: a New Commerce subscription takes {allowed}':
      '應為無：新商業體驗訂閱只接受 {allowed}',
    'expected none: a trial takes only convertsTo': '應為無：試用只接受 convertsTo',
    'expected none: a marketplace-saas trial converts into its own term':
      '應為無：marketplace-saas 試用轉換為其自身的期限',
    'expected { term, billingFrequency }': '應為 { term, billingFrequency }',
    'expected {currency}, the currency of reservation.price':
      '應為 {currency}，即 reservation.price 的貨幣',
    'expected {currency}, the currency of the subscription’s price':
      '應為訂閱價格的貨幣 {currency}',
    'expected none for a New Commerce subscription: it follows the catalog policy in force at each term’s start (cancellationDecision takes a custom one)':
      '應為無：新商業體驗訂閱遵循每個期限開始時生效的目錄原則（自訂原則請傳給 cancellationDecision）',
    'expected a date whose term has begun by options.asOf {asOf}':
      '應為其期限在 options.asOf {asOf} 之前已開始的日期',
    'expected a term end after options.asOf {asOf}: the resource says the subscription is still {status}':
      '應為 options.asOf {asOf} 之後的期限結束：資源顯示訂閱仍為 {status}',
    'expected a status a usage subscription can have (it never expires)':
      '應為以使用量計費的訂閱可有的狀態（它從不到期）',
    'expected at most {max} seats in a trial': '試用中的授權應不超過 {max} 個',
    'expected at most {max} time-driven events in one advance (advance in steps)':
      '一次推進中由時間觸發的事件應不超過 {max} 個（請分步推進）',
    'expected decimal text with at most {decimals} decimals for {currency} (a safe integer of minor units)':
      '應為 {currency} 最多 {decimals} 位小數的十進位文字（以最小貨幣單位計的安全整數）',
    'expected {program} (this entry takes that program only)': '應為 {program}(此入口只接受該方案)',
    'expected a locale with a text for {messageId} (a locale of one program translates that program only)':
      '應為包含 {messageId} 文字的地區設定(某一方案的地區設定只翻譯該方案)',
    'expected legacy or new-commerce': '應為 legacy 或 new-commerce',
    'expected listPrice × quantity to stay a safe integer of minor units':
      'listPrice × quantity 應仍為以最小貨幣單位計的安全整數',
    'expected max ≥ min': '應滿足 max ≥ min',
    'expected money': '應為金額',
    'expected money as { amount, currency }': '應為 { amount, currency } 形式的金額',
    'expected monthly or annual': '應為 monthly 或 annual',
    'expected monthly, annual or triennial': '應為 monthly、annual 或 triennial',
    'expected new-commerce': '應為 new-commerce',
    'expected no free trial for {product}': '{product} 不應有免費試用',
    'expected no policy: New Commerce subscriptions follow the catalog (NCE-11)':
      '不應提供原則：新商務體驗訂用帳戶遵循目錄（NCE-11）',
    'expected no term for {product}': '{product} 不應有期限',
    'expected no term: {product} has none': '不應有期限：{product} 沒有期限',
    'expected no trial for {product}': '{product} 不應有試用',
    'expected none on a link not revoked': '未撤銷的連結不應有此值',
    'expected none: {product} has no term': '不應有此值：{product} 沒有期限',
    'expected null': '應為 null',
    'expected one of {allowed}': '應為 {allowed} 之一',
    'expected one of {terms} for {product}': '對於 {product}，應為 {terms} 之一',
    'expected rules for {product}': '應有 {product} 的規則',
    'expected seat batches adding up to the quantity {total}':
      '應為合計等於數量 {total} 的授權批次',
    'expected text of the form {pattern}': '應為 {pattern} 形式的文字',
    'expected the account opening, on the event or at creation':
      '應在事件中或建立時提供帳戶開立時間',
    'expected the first billing period start, on the event or at creation':
      '應在事件中或建立時提供第一個計費週期的開始時間',
    'expected the gross (line + tax) to stay a safe integer of minor units':
      '總額（行金額 + 稅）應仍為以最小貨幣單位計的安全整數',
    'expected the new price with a new term or billing frequency':
      '變更期限或計費頻率時應提供新價格',
    'expected the number of terms since termAnchor': '應為自 termAnchor 起的期限數',
    'expected the policy {policyId} that {idPath} names': '應為 {idPath} 指定的原則 {policyId}',
    'expected the program of before': '應與 before 的方案相同',
    'expected the scheduled changes or null': '應為排定的變更或 null',
    'expected the seat batches': '應為授權批次',
    'expected the subscription input': '應為訂用帳戶輸入',
    'expected the suspension record of a suspended state': '暫止狀態應有暫停記錄',
    'expected the term of a state with a termEnd': '具有 termEnd 的狀態應有期限',
    'expected none unless action is extended-service-term':
      '僅當 action 為 extended-service-term 時才可提供',
    'expected it only with a basePrice': '僅可與 basePrice 一起提供',
    'expected true or false, with a basePrice': '應為 true 或 false，且須與 basePrice 一起提供',
    'expected { basePrice, monthlyPlan? }': '應為 { basePrice, monthlyPlan? }',
    'expected the Extended Service Term section': '應有延長服務期部分',
    'expected renew exactly when autoRenew is true (renew or cancel in a trial)':
      '若且唯若 autoRenew 為 true 時應為 renew（試用版中為 renew 或 cancel）',
    'expected {expected} in an Extended Service Term': '延長服務期中應為 {expected}',
    'expected true or false': '應為 true 或 false',
    'expected weights with a sum > 0 within the safe integers':
      '應為總和 > 0 且在安全整數範圍內的權數',
    'expected { asOf }': '應為 { asOf }',
    'expected { rounding }': '應為 { rounding }',
    'expected { subscription, events, until }': '應為 { subscription, events, until }',
    'expected { suspendedAt, accountOpenedAt, firstBillingPeriodStart }':
      '應為 { suspendedAt, accountOpenedAt, firstBillingPeriodStart }',
    'expected { termStart, termEnd, at }': '應為 { termStart, termEnd, at }',
    'expected {allowed} (NCE-2: {product}, {termPath} {term}, {frequencyPath} {frequency})':
      '應為 {allowed}（NCE-2：{product}，{termPath} {term}，{frequencyPath} {frequency}）',
    'expected {currency}, the currency of amounts.0': '應為 amounts.0 的貨幣 {currency}',
    'expected {product} to be a subscription product (with terms) in the policy':
      '{product} 在原則中應為（有期限的）訂用帳戶產品',
    'unknown key': '未知的索引鍵',
    'expected a locale': '應為地區設定',
    'expected a message ID': '應為訊息識別碼',
    'expected a value': '應有值',
    'expected text or a number': '應為文字或數字',
    'expected text, a number or money': '應為文字、數字或金額',
    // the reconciliation's (REC-1, REC-2, REC-4)
    'expected a name no {other} has': '應為沒有{other}使用的名稱',
    'expected none: {what} takes {allowed}': '應為無：{what} 只接受 {allowed}',
    'expected an instant after {earlierPath}': '應為 {earlierPath} 之後的時間',
    'expected a whole multiple of quantity ({quantity}): the line’s effective unit price':
      '應為數量（{quantity}）的整數倍：即該行的有效單價',
    'expected the money a credit gives back: a subscription without a price has no invoice line':
      '應有信用額度退回的金額：沒有價格的訂用帳戶沒有發票行',
    'expected the billing period a credit of seats in a term comes from':
      '應有期限內授權信用額度所屬的計費週期',
    'expected a market the price list has rows of ({held})': '應為價目表中有列的市場（{held}）',
    'expected a market, its two-letter country code (DE)': '應為市場，即兩個字母的國家代碼（DE）',
    'expected usage: true to observe daily usage': '觀察每日用量需要 usage: true',
    'expected the billing month as YYYY-MM (2026-10)': '應為 YYYY-MM 格式的計費月份（2026-10）',
    'expected a locale the reconciliation speaks: {allowed}': '應為調節支援的地區設定：{allowed}',
    'expected a day at or after {earlierPath}': '應為不早於 {earlierPath} 的日期',
    'expected a charge type of options.chargeTypes or Partner Center’s ({allowed})':
      '應為 options.chargeTypes 或合作夥伴中心的費用類型（{allowed}）',
    'expected a number ≤ 0: {chargeType} gives money back':
      '應為 ≤ 0 的數字：{chargeType} 會退回金額',
    'expected an invoice line object': '應為發票行物件',
    'expected a charge or credit effect': '應為費用或信用額度效果',
    'expected the column of the net amount, or map.billed.unitPrice to multiply by the quantity':
      '應為淨額欄，或指定與數量相乘的 map.billed.unitPrice',
    'expected both periodStart and periodEnd, or neither':
      '應同時指定 periodStart 和 periodEnd，或都不指定',
    'expected the column of a date, or periodStart and periodEnd':
      '應為日期欄，或指定 periodStart 和 periodEnd',
    'expected each code once': '每個代碼只能出現一次',
    'expected a percentage from 0 up to (not including) 100, such as "10%"':
      '應為 0 到 100（不含）之間的百分比，例如 "10%"',
    'expected a positive rate': '應為正的匯率',
    'expected the currency column, or the currency of every line': '應為貨幣欄，或指定每一列的貨幣',
    'expected a data row number from 1': '應為從 1 開始的資料列號',
    'expected a row of cells keyed by column': '應為以欄名為鍵的儲存格列',
    'expected a reconciler made by createResaleReconciler':
      '應為 createResaleReconciler 建立的對帳器',
    'expected { map, seats?, options? }': '應為 { map, seats?, options? }',
    'expected a list of rows': '應為列清單',
    'expected { cost, billed, map, seats?, options? }':
      '應為 { cost, billed, map, seats?, options? }',
    // orders (ORD-2, ORD-9)
    'expected {allowed} (NCE-2: a licence’s {term})': '應為 {allowed}(NCE-2:授權的 {term})',
    'expected a non-empty list of offers': '應為非空的產品清單',
    'expected a policy': '應為原則',
    'expected a New Commerce policy': '應為新商務原則',
    'expected a list of holdings': '應為現有訂閱清單',
    'expected a holding object': '應為現有訂閱物件',
    'expected an id listed once': '應為只列出一次的 ID',
    'expected an offer or an offerId': '應有 offer 或 offerId',
    'expected an order object': '應為訂單物件',
    'expected an offer': '應為產品',
    'expected a subscription id': '應為訂閱 ID',
    'expected the id of one of the holdings': '應為現有訂閱之一的 ID',
    'expected the offer of holding {id}': '應為現有訂閱 {id} 的產品',
    'expected seats adding up to a safe integer': '授權合計應為安全整數',
    'expected a whole percent from 1 to 100': '應為 1 到 100 的整數百分比',
    'expected an offer key': '應為產品索引鍵',
    'expected a valid instant': '應為有效的時間點',
    '{item} also names {other}': '{item} 也指向 {other}',
    'expected an offer of orders.products': '應為 orders.products 中的產品',
    'expected an instant after effectiveFrom': '應為 effectiveFrom 之後的時間點',
    'expected at most max ({max})': '應不超過 max ({max})',
    'expected at most maxPercentOfBase ({max})': '應不超過 maxPercentOfBase ({max})',
    'expected the state of a tie-out of form {form}': '應為 {form} 格式的對帳狀態',
    "expected 'recon' or 'invoice'": "應為 'recon' 或 'invoice'",
    'expected the state of a tie-out summary of form {form}': '應為 {form} 格式的對帳彙總狀態',
    'expected a whole row number ≥ {min}': '應為 ≥ {min} 的整數列號',
    'expected the JSON text of one object': '應為一個物件的 JSON 文字',
    'expected the state of a usage check of form {form}': '應為 {form} 格式的用量檢查狀態',
    "expected 'usage' or 'recon'": "應為 'usage' 或 'recon'",
    'expected the state of a usage summary of form {form}': '應為 {form} 格式的用量彙總狀態',
  },
};
