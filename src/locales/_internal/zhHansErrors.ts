import type { ErrorMessages } from '../../messages/ErrorMessages.ts';
import { zhHansIssues } from './schemas/zhHans.ts';

/**
 * The Simplified Chinese (`zh-Hans`) text of every `RuleError` message (MSG-1), keyed by the error's `messageId`
 * (the English template of what was expected), in Partner Center's own terms (docs/glossary.md).
 */
export const zhHansErrors: ErrorMessages = {
  frame: '{path}：{expected}，实际为 {got}',
  policy: 'policy：{count} 个问题：{issues}',
  separator: '；',
  values: {
    'an array': '数组',
    'an object': '对象',
    'a symbol': '符号',
    'a function': '函数',
    'an invalid Date': '无效的 Date',
  },
  expected: {
    ...zhHansIssues,
    'expected each invoice once; {id} is also invoices.{earlier}':
      '每张发票应只出现一次；{id} 也在 invoices.{earlier} 中',
    'expected an amount: decimal text or a number': '应为金额：十进制文本或数字',
    'expected a tie-out of createTieOut': '应为 createTieOut 创建的核对',
    'expected the invoice’s currency {currency}': '应为发票的货币 {currency}',
    'expected an active ISO 4217 code': '应为有效的 ISO 4217 代码',
    'expected an Invoice resource { id, invoiceDate, totalCharges, currencyCode }, a list of them, { "items": [...] } or JSON lines':
      '应为 Invoice 资源 { id, invoiceDate, totalCharges, currencyCode }、其列表、{ "items": [...] } 或 JSON lines',
    'expected JSON text or JSON lines: {reason} at character {at}':
      '应为 JSON 文本或 JSON lines：第 {at} 个字符处应为 {reason}',
    'expected { at, to, quantity?, into? }': '应为 { at, to, quantity?, into? }',
    'expected { offerId, price, term?, billingFrequency? }':
      '应为 { offerId, price, term?, billingFrequency? }',
    'expected the term and billing frequency of request.into': '应为 request.into 的期限和计费频率',
    'expected the offer of request.into {offerId}': '应为 request.into 的产品 {offerId}',
    'expected the price of request.into': '应为 request.into 的价格',
    'expected at most the source’s {max} seats': '最多应为源订阅的 {max} 个席位',
    'expected { term, billingFrequency, startDate }': '应为 { term, billingFrequency, startDate }',
    'expected a list of { id, subscription }': '应为 { id, subscription } 的列表',
    'expected { id, subscription }': '应为 { id, subscription }',
    'expected a date after {first} and not after the nominal end {last}':
      '应为 {first} 之后、不晚于名义结束日期 {last} 的日期',
    'expected no customTermEndDate for {product}': '{product}不应有 customTermEndDate',
    'expected no customTermEndDate for a trial': '试用版不应有 customTermEndDate',
    'expected a list of plans': '应为计划列表',
    'expected a plan { term, billingFrequency, price }':
      '应为计划 { term, billingFrequency, price }',
    'expected a billing frequency change of a running term': '应为运行中期限的计费频率更改',
    'expected a price, since options.priceList has no row for the plan at the change: {reason}':
      '应给出价格，因为 options.priceList 在变更时没有该计划的行：{reason}',
    'expected { effectiveStartDate, unitPrice, periodPrice }':
      '应为 { effectiveStartDate, unitPrice, periodPrice }',
    'expected the promotion of a priced term': '应为有价格的期限的促销',
    'expected a promotion id': '应为促销 ID',
    'expected a promotion id with listUnitPrice': '应随 listUnitPrice 给出促销 ID',
    'expected a list read by readPriceList or overlayPriceList (a JSON copy: pass its rows to readPriceList)':
      '应为由 readPriceList 或 overlayPriceList 读取的列表（JSON 副本：将其 rows 传给 readPriceList）',
    'expected an instant inside the current term': '应为当前期限内的时间点',
    'expected an offer id': '应为产品（offer）ID',
    'expected a promotion id or null': '应为促销 ID 或 null',
    'expected a date YYYY-MM-DD': '应为 YYYY-MM-DD 格式的日期',
    'expected a date YYYY-MM-DD that exists': '应为存在的 YYYY-MM-DD 格式日期',
    "expected 'legacy' or 'new-commerce'": "应为 'legacy' 或 'new-commerce'",
    "expected 'monthly' or 'annual'": "应为 'monthly' 或 'annual'",
    "expected 'monthly' or 'annual': the cancellation rule of {product} differs by billing cycle":
      "应为 'monthly' 或 'annual'：{product} 的取消规则因计费周期而异",
    "expected 'text', 'number' or 'any'": "应为 'text'、'number' 或 'any'",
    'expected P1M, P1Y or P3Y': '应为 P1M、P1Y 或 P3Y',
    'expected P1M, P1Y, P2Y or P3Y': '应为 P1M、P1Y、P2Y 或 P3Y',
    'expected USD': '应为 USD',
    'expected a BCP 47 language tag': '应为 BCP 47 语言标记',
    'expected a New Commerce policy id': '应为新商业体验策略 ID',
    'expected a New Commerce resource for a Microsoft licence (legacy licences have no rules here)':
      '应为 Microsoft 许可证的新商业体验资源（旧版许可证在此没有规则）',
    'expected a New Commerce subscription state': '应为新商业体验订阅状态',
    'expected a Partner Center market code': '应为合作伙伴中心市场代码',
    'expected a Partner Center market code or name': '应为合作伙伴中心市场代码或名称',
    'expected a boolean': '应为布尔值',
    'expected a catalog policy id, or pass { policy } with that id':
      '应为目录中的策略 ID，或传入具有该 ID 的 { policy }',
    'expected a date after resource.effectiveStartDate':
      '应为 resource.effectiveStartDate 之后的日期',
    'expected a download link object': '应为下载链接对象',
    'expected a language tag': '应为语言标记',
    'expected a legacy product': '应为旧版产品',
    'expected a legacy status the rules can carry (a suspended legacy resource does not say when or why it was suspended)':
      '应为规则可以承载的旧版状态（已暂停的旧版资源不说明暂停的时间和原因）',
    'expected a list': '应为列表',
    'expected a list of at least one amount': '应为至少包含一个金额的列表',
    'expected a list of events': '应为事件列表',
    'expected a list of market codes': '应为市场代码列表',
    'expected a market code of two capital letters': '应为由两个大写字母组成的市场代码',
    'expected a list of offers': '应为产品/服务列表',
    'expected a list of roles': '应为角色列表',
    'expected a market': '应为市场',
    'expected a market code': '应为市场代码',
    'expected a market code or name': '应为市场代码或名称',
    'expected a non-empty list': '应为非空列表',
    'expected a non-empty list of policies': '应为非空策略列表',
    'expected a non-empty list of strings': '应为非空字符串列表',
    'expected a non-empty list of weights': '应为非空权重列表',
    'expected a non-empty string': '应为非空字符串',
    'expected a policy ID': '应为策略 ID',
    'expected a policy id': '应为策略 ID',
    'expected a policy object': '应为策略对象',
    'expected a price ≥ 0 (times the quantity, a safe integer)':
      '应为 ≥ 0 的价格（乘以数量后仍为安全整数）',
    'expected a product family': '应为产品系列',
    'expected a product family id': '应为产品系列 ID',
    'expected a product family the policy knows ({families})':
      '应为策略中已知的产品系列（{families}）',
    'expected a product of {policyId} ({products})': '应为 {policyId} 中的产品（{products}）',
    'expected a purchase object': '应为购买对象',
    'expected a quote input object': '应为报价输入对象',
    'expected cancelled: a PATCH moves a trial to no other status (it converts or expires by itself)':
      '应为 cancelled：PATCH 不会将试用版改为其他状态（试用版会自行转换或到期）',
    'expected a term and billing frequency a product is sold with (NCE-2: {termPath} {term}, {frequencyPath} {frequency})':
      '应为有产品按其销售的期限和计费频率（NCE-2：{termPath} {term}，{frequencyPath} {frequency}）',
    'expected a rate in USD per unit of at most {max}': '应为每单位 USD 汇率，最大为 {max}',
    'expected a rate in USD per unit: a decimal > 0 with at most 10 decimals':
      '应为每单位的美元汇率：大于 0 且最多 10 位小数的小数',
    'expected a recurring billing cycle (one-time purchases are not subscriptions)':
      '应为定期计费周期（一次性购买不是订阅）',
    'expected a role of ROLE-1 ({roles})': '应为 ROLE-1 中的角色（{roles}）',
    'expected a rounding mode of PRICE-5': '应为 PRICE-5 中的舍入模式',
    'expected a safe integer count of minor units': '应为以最小货币单位计的安全整数',
    'expected a safe integer ≥ {min}': '应为 ≥ {min} 的安全整数',
    'expected a seat batch': '应为一批席位',
    'expected a status a PATCH sets (suspended, active, cancelled)':
      '应为 PATCH 可设置的状态（suspended、active、cancelled）',
    'expected a status a subscription without a term can have': '应为没有期限的订阅可以具有的状态',
    'expected a row number': '应为行号',
    'expected a string': '应为字符串',
    'expected a subscription product': '应为订阅产品',
    'expected a subscription state': '应为订阅状态',
    'expected a tax rate as a decimal fraction with at most 6 decimals, 0 ≤ rate < 10':
      '应为最多 6 位小数的小数形式税率，0 ≤ 税率 < 10',
    'expected a term and billing frequency the product is sold with':
      '应为该产品销售时使用的期限和计费频率',
    'expected a term and billing cycle {product} is sold with (NCE-2)':
      '应为 {product} 销售时使用的期限和计费周期（NCE-2）',
    'expected an amount whose value in USD is a safe integer of cents':
      '应为以美元计的值是安全整数（美分）的金额',
    'must not be negative': '不能为负数',
    'expected an instant at or before at ({at})': '应为不晚于 at（{at}）的时刻',
    'expected an instant before the reservation’s term ends ({termEndsAt})':
      '应为预留期限结束（{termEndsAt}）之前的时刻',
    'expected cancelled commitments whose sum in USD is a safe integer of cents':
      '应为以美元计的总和是安全整数（美分）的已取消承诺金额',
    'expected no stated window without a term': '没有期限时不应有注明的窗口',
    'expected a term of at least one UTC day': '应为至少一个 UTC 日的期限',
    'expected a text value': '应为文本值',
    'expected a total within the safe integers': '应为安全整数范围内的总额',
    'expected a trial object': '应为试用对象',
    'expected a valid Date or an ISO 8601 instant with Z or ±HH:mm':
      '应为有效的 Date，或带 Z 或 ±HH:mm 的 ISO 8601 时间点',
    'expected a {program} policy': '应为 {program} 策略',
    'expected a {program} policy, as the purchase or subscription':
      '应为与购买或订阅相同的 {program} 策略',
    'expected an action of ROLE-1 ({actions})': '应为 ROLE-1 中的操作（{actions}）',
    'expected an active ISO 4217 code, such as USD': '应为有效的 ISO 4217 代码，例如 USD',
    'expected an active ISO 4217 code in upper case': '应为大写的有效 ISO 4217 代码',
    'expected an end after resource.effectiveStartDate':
      '应为 resource.effectiveStartDate 之后的结束时间',
    'expected an event object': '应为事件对象',
    'expected an instant': '应为时间点',
    'expected an instant after at (a term that has ended cannot be cancelled at its end)':
      '应为 at 之后的时间点（已结束的期限无法在期限结束时取消）',
    'expected an instant as the library writes it (YYYY-MM-DDTHH:mm:ss.sssZ)':
      '应为本库写出的格式的时间点（YYYY-MM-DDTHH:mm:ss.sssZ）',
    'expected an instant at or after resource.effectiveStartDate {earliest}':
      '应为不早于 resource.effectiveStartDate {earliest} 的时间点',
    'expected an instant at or after {earliestPath} ({earliest})':
      '应为不早于 {earliestPath}（{earliest}）的时间点',
    'expected an instant in [termStart, termEnd)': '应为 [termStart, termEnd) 内的时间点',
    'expected an instant from which {field} is in the years 0000–9999':
      '应为使 {field} 落在 0000–9999 年之间的时间点',
    'expected an instant in the years 0000–9999': '应为 0000–9999 年之间的时间点',
    'expected an instant not after {latest}': '应为不晚于 {latest} 的时间点',
    'expected an instant not before from': '应为不早于 from 的时间点',
    'expected an integer weight ≥ 0': '应为 ≥ 0 的整数权重',
    'expected an integer ≥ 0': '应为 ≥ 0 的整数',
    'expected an integer ≥ 1': '应为 ≥ 1 的整数',
    'expected a fraction ≥ 0 and below 1, at most six decimals (0.03 is 3 %)':
      '应为 ≥ 0 且小于 1 的小数，最多六位小数（0.03 即 3 %）',
    'expected true, on a credit without money, or no unpriced':
      '仅在没有金额的信用额度上应为 true，否则不应有 unpriced',
    'expected an integer ≥ {min}': '应为 ≥ {min} 的整数',
    'expected an array': '应为数组',
    'expected P1M, P1Y, P2Y, P3Y or P5Y': '应为 P1M、P1Y、P2Y、P3Y 或 P5Y',
    'expected a billing plan of a {term} term: Monthly, Annual, Triennial, None or OneTime':
      '应为 {term} 期限的计费计划：Monthly、Annual、Triennial、None 或 OneTime',
    'expected decimal text ≥ 0 (a price for the whole term)':
      '应为 ≥ 0 的十进制文本（整个期限的价格）',
    'expected CSV text, rows keyed by column name, or an async iterable of text or bytes':
      '应为 CSV 文本、以列名为键的行，或文本或字节的异步可迭代对象',
    'expected the subscription’s own {own}': '应为订阅自身的 {own}',
    'expected true': '应为 true',
    'expected an amount': '应为金额',
    'expected a fraction as decimal text, more than 0 and at most 1 (’0.05’ is 5 %)':
      '应为大于 0 且不超过 1 的十进制文本比例（’0.05’ 为 5 %）',
    'expected PercentDiscount (the one pricing policy type Partner Center’s samples show)':
      '应为 PercentDiscount（合作伙伴中心示例中唯一的定价策略类型）',
    'expected a promotion { id, startDate, endDate, requiredProducts }':
      '应为促销 { id, startDate, endDate, requiredProducts }',
    'expected a percentage from 0 to 100 as decimal text': '应为 0 到 100 的百分比（十进制文本）',
    'expected a reconciler made by createUsageReconciler':
      '应为 createUsageReconciler 创建的对账器',
    'expected {currency}, the line’s billing currency': '应为 {currency}，即该行的计费货币',
    'expected an object': '应为对象',
    'expected an object of market lists': '应为由市场列表组成的对象',
    'expected at least one of quantity, term, billingFrequency, price, customTermEndDate':
      '应至少包含 quantity、term、billingFrequency、price、customTermEndDate 之一',
    'expected at least one reason': '应至少包含一个原因',
    'expected at most 100': '应不超过 100',
    'expected at most {max} refundable seats': '可退款的席位应不超过 {max} 个',
    'expected at most {max} seats at the unit price of the subscription':
      '按订阅的单价，席位应不超过 {max} 个',
    'expected none: a New Commerce subscription takes {allowed}':
      '应为无：新商业体验订阅只接受 {allowed}',
    'expected none: a trial takes only convertsTo': '应为无：试用只接受 convertsTo',
    'expected none: a marketplace-saas trial converts into its own term':
      '应为无：marketplace-saas 试用转换为其自身的期限',
    'expected { term, billingFrequency }': '应为 { term, billingFrequency }',
    'expected {currency}, the currency of reservation.price':
      '应为 {currency}，即 reservation.price 的货币',
    'expected {currency}, the currency of the subscription’s price':
      '应为订阅价格的货币 {currency}',
    'expected none for a New Commerce subscription: it follows the catalog policy in force at each term’s start (cancellationDecision takes a custom one)':
      '应为无：新商业体验订阅遵循每个期限开始时生效的目录策略（自定义策略请传给 cancellationDecision）',
    'expected a date whose term has begun by options.asOf {asOf}':
      '应为其期限在 options.asOf {asOf} 之前已开始的日期',
    'expected a term end after options.asOf {asOf}: the resource says the subscription is still {status}':
      '应为 options.asOf {asOf} 之后的期限结束：资源显示订阅仍为 {status}',
    'expected a status a usage subscription can have (it never expires)':
      '应为基于使用量的订阅可有的状态（它从不到期）',
    'expected at most {max} seats in a trial': '试用中的席位应不超过 {max} 个',
    'expected at most {max} time-driven events in one advance (advance in steps)':
      '一次推进中由时间触发的事件应不超过 {max} 个（请分步推进）',
    'expected decimal text with at most {decimals} decimals for {currency} (a safe integer of minor units)':
      '应为 {currency} 最多 {decimals} 位小数的十进制文本（以最小货币单位计的安全整数）',
    'expected {program} (this entry takes that program only)': '应为 {program}(此入口只接受该计划)',
    'expected a locale with a text for {messageId} (a locale of one program translates that program only)':
      '应为包含 {messageId} 文本的区域设置(某一计划的区域设置只翻译该计划)',
    'expected legacy or new-commerce': '应为 legacy 或 new-commerce',
    'expected listPrice × quantity to stay a safe integer of minor units':
      'listPrice × quantity 应仍为以最小货币单位计的安全整数',
    'expected max ≥ min': '应满足 max ≥ min',
    'expected money': '应为金额',
    'expected money as { amount, currency }': '应为 { amount, currency } 形式的金额',
    'expected monthly or annual': '应为 monthly 或 annual',
    'expected monthly, annual or triennial': '应为 monthly、annual 或 triennial',
    'expected new-commerce': '应为 new-commerce',
    'expected no free trial for {product}': '{product} 不应有免费试用',
    'expected no policy: New Commerce subscriptions follow the catalog (NCE-11)':
      '不应提供策略：新商业体验订阅遵循目录（NCE-11）',
    'expected no term for {product}': '{product} 不应有期限',
    'expected no term: {product} has none': '不应有期限：{product} 没有期限',
    'expected no trial for {product}': '{product} 不应有试用',
    'expected none on a link not revoked': '未撤销的链接不应有此值',
    'expected none: {product} has no term': '不应有此值：{product} 没有期限',
    'expected null': '应为 null',
    'expected one of {allowed}': '应为 {allowed} 之一',
    'expected one of {terms} for {product}': '对于 {product}，应为 {terms} 之一',
    'expected rules for {product}': '应有 {product} 的规则',
    'expected seat batches adding up to the quantity {total}':
      '应为合计等于数量 {total} 的席位批次',
    'expected text of the form {pattern}': '应为 {pattern} 形式的文本',
    'expected the account opening, on the event or at creation':
      '应在事件中或创建时提供账户开立时间',
    'expected the first billing period start, on the event or at creation':
      '应在事件中或创建时提供第一个计费周期的开始时间',
    'expected the gross (line + tax) to stay a safe integer of minor units':
      '总额（行金额 + 税）应仍为以最小货币单位计的安全整数',
    'expected the new price with a new term or billing frequency':
      '更改期限或计费频率时应提供新价格',
    'expected the number of terms since termAnchor': '应为自 termAnchor 起的期限数',
    'expected the policy {policyId} that {idPath} names': '应为 {idPath} 指定的策略 {policyId}',
    'expected the program of before': '应与 before 的计划相同',
    'expected the scheduled changes or null': '应为计划的更改或 null',
    'expected the seat batches': '应为席位批次',
    'expected the subscription input': '应为订阅输入',
    'expected the suspension record of a suspended state': '已暂停状态应有暂停记录',
    'expected the term of a state with a termEnd': '具有 termEnd 的状态应有期限',
    'expected none unless action is extended-service-term':
      '仅当 action 为 extended-service-term 时才可提供',
    'expected it only with a basePrice': '仅可与 basePrice 一起提供',
    'expected true or false, with a basePrice': '应为 true 或 false，且须与 basePrice 一起提供',
    'expected { basePrice, monthlyPlan? }': '应为 { basePrice, monthlyPlan? }',
    'expected the Extended Service Term section': '应有延长服务期部分',
    'expected renew exactly when autoRenew is true (renew or cancel in a trial)':
      '当且仅当 autoRenew 为 true 时应为 renew（试用版中为 renew 或 cancel）',
    'expected {expected} in an Extended Service Term': '延长服务期中应为 {expected}',
    'expected true or false': '应为 true 或 false',
    'expected weights with a sum > 0 within the safe integers':
      '应为总和 > 0 且在安全整数范围内的权重',
    'expected { asOf }': '应为 { asOf }',
    'expected { rounding }': '应为 { rounding }',
    'expected { subscription, events, until }': '应为 { subscription, events, until }',
    'expected { suspendedAt, accountOpenedAt, firstBillingPeriodStart }':
      '应为 { suspendedAt, accountOpenedAt, firstBillingPeriodStart }',
    'expected { termStart, termEnd, at }': '应为 { termStart, termEnd, at }',
    'expected {allowed} (NCE-2: {product}, {termPath} {term}, {frequencyPath} {frequency})':
      '应为 {allowed}（NCE-2：{product}，{termPath} {term}，{frequencyPath} {frequency}）',
    'expected {currency}, the currency of amounts.0': '应为 amounts.0 的货币 {currency}',
    'expected {product} to be a subscription product (with terms) in the policy':
      '{product} 在策略中应为（有期限的）订阅产品',
    'unknown key': '未知的键',
    'expected a locale': '应为区域设置',
    'expected a message ID': '应为消息 ID',
    'expected a value': '应有值',
    'expected text or a number': '应为文本或数字',
    'expected text, a number or money': '应为文本、数字或金额',
    // the reconciliation's (REC-1, REC-2, REC-4)
    'expected a name no {other} has': '应为没有{other}使用的名称',
    'expected none: {what} takes {allowed}': '应为无：{what} 只接受 {allowed}',
    'expected an instant after {earlierPath}': '应为 {earlierPath} 之后的时间',
    'expected a whole multiple of quantity ({quantity}): the line’s effective unit price':
      '应为数量（{quantity}）的整数倍：即该行的有效单价',
    'expected the money a credit gives back: a subscription without a price has no invoice line':
      '应有信用额度退回的金额：没有价格的订阅没有发票行',
    'expected the billing period a credit of seats in a term comes from':
      '应有期限内席位信用额度所属的计费周期',
    'expected a market the price list has rows of ({held})': '应为价目表中有行的市场（{held}）',
    'expected a market, its two-letter country code (DE)': '应为市场，即两个字母的国家代码（DE）',
    'expected usage: true to observe daily usage': '观察每日用量需要 usage: true',
    'expected the billing month as YYYY-MM (2026-10)': '应为 YYYY-MM 格式的计费月份（2026-10）',
    'expected a locale the reconciliation speaks: {allowed}': '应为对账支持的区域设置：{allowed}',
    'expected a day at or after {earlierPath}': '应为不早于 {earlierPath} 的日期',
    'expected a charge type of options.chargeTypes or Partner Center’s ({allowed})':
      '应为 options.chargeTypes 或合作伙伴中心的费用类型（{allowed}）',
    'expected a number ≤ 0: {chargeType} gives money back':
      '应为 ≤ 0 的数字：{chargeType} 会退回金额',
    'expected an invoice line object': '应为发票行对象',
    'expected a charge or credit effect': '应为费用或信用额度效果',
    'expected the column of the net amount, or map.billed.unitPrice to multiply by the quantity':
      '应为净额列，或指定与数量相乘的 map.billed.unitPrice',
    'expected both periodStart and periodEnd, or neither':
      '应同时指定 periodStart 和 periodEnd，或都不指定',
    'expected the column of a date, or periodStart and periodEnd':
      '应为日期列，或指定 periodStart 和 periodEnd',
    'expected each code once': '每个代码只能出现一次',
    'expected a percentage from 0 up to (not including) 100, such as "10%"':
      '应为 0 到 100（不含）之间的百分比，例如 "10%"',
    'expected a positive rate': '应为正的汇率',
    'expected the currency column, or the currency of every line': '应为货币列，或指定每一行的货币',
    'expected a data row number from 1': '应为从 1 开始的数据行号',
    'expected a row of cells keyed by column': '应为以列名为键的单元格行',
    'expected a reconciler made by createResaleReconciler':
      '应为 createResaleReconciler 创建的对账器',
    'expected { map, seats?, options? }': '应为 { map, seats?, options? }',
    'expected a list of rows': '应为行列表',
    'expected { cost, billed, map, seats?, options? }':
      '应为 { cost, billed, map, seats?, options? }',
    // orders (ORD-2, ORD-9)
    'expected {allowed} (NCE-2: a licence’s {term})': '应为 {allowed}(NCE-2:许可证的 {term})',
    'expected a non-empty list of offers': '应为非空的产品列表',
    'expected a policy': '应为策略',
    'expected a New Commerce policy': '应为新商业策略',
    'expected a list of holdings': '应为现有订阅列表',
    'expected a holding object': '应为现有订阅对象',
    'expected an id listed once': '应为只列出一次的 ID',
    'expected an offer or an offerId': '应有 offer 或 offerId',
    'expected an order object': '应为订单对象',
    'expected an offer': '应为产品',
    'expected a subscription id': '应为订阅 ID',
    'expected the id of one of the holdings': '应为现有订阅之一的 ID',
    'expected the offer of holding {id}': '应为现有订阅 {id} 的产品',
    'expected seats adding up to a safe integer': '许可证合计应为安全整数',
    'expected a whole percent from 1 to 100': '应为 1 到 100 的整数百分比',
    'expected an offer key': '应为产品键',
    'expected a valid instant': '应为有效的时间点',
    '{item} also names {other}': '{item} 也指向 {other}',
    'expected an offer of orders.products': '应为 orders.products 中的产品',
    'expected an instant after effectiveFrom': '应为 effectiveFrom 之后的时间点',
    'expected at most max ({max})': '应不超过 max ({max})',
    'expected at most maxPercentOfBase ({max})': '应不超过 maxPercentOfBase ({max})',
    'expected the state of a tie-out of form {form}': '应为 {form} 格式的对账状态',
    "expected 'recon' or 'invoice'": "应为 'recon' 或 'invoice'",
    'expected the state of a tie-out summary of form {form}': '应为 {form} 格式的对账汇总状态',
    'expected a whole row number ≥ {min}': '应为 ≥ {min} 的整数行号',
    'expected the JSON text of one object': '应为一个对象的 JSON 文本',
    'expected the state of a usage check of form {form}': '应为 {form} 格式的用量检查状态',
    "expected 'usage' or 'recon'": "应为 'usage' 或 'recon'",
    'expected the state of a usage summary of form {form}': '应为 {form} 格式的用量汇总状态',
  },
};
