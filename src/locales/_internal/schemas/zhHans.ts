/**
 * The Simplified Chinese text of the issues a parse or `definePolicy` collects (MSG-1), keyed by
 * the issue's `messageId` (its English template), beside the locale's `RuleError` texts.
 */
export const zhHansIssues: Readonly<Record<string, string>> = {
  '{item} is listed twice': '{item} 被列出了两次',
  'a free trial or auto-renew toggle needs a subscription with a term':
    '免费试用或自动续订开关需要有期限的订阅',
  'must be true exactly when the cancellation rule differs by billing cycle':
    '仅当取消规则因计费周期而异时才应为 true',
  'forbidden key': '禁止使用的键',
  'expected monthly or annual: the rules of {product} differ by billing cycle':
    '应为 monthly 或 annual：{product} 的规则因计费周期而异',
  'expected an instant at or before {later}': '应为不晚于 {later} 的时刻',
  'expected an instant after {earlier}': '应为晚于 {earlier} 的时间点',
  'expected an instant at or after {earlier}': '应为不早于 {earlier} 的时间点',
  'expected a price whose product with the quantity is a safe integer': '价格乘以数量应为安全整数',
  'expected none for {product}': '{product} 不应有此值',
  'expected a tenantId or a domain': '应有 tenantId 或 domain',
  'expected a tenantId or a domain, not both': '应有 tenantId 或 domain，但不能两者都有',
  'expected an orderId or a subscriptionId': '应有 orderId 或 subscriptionId',
  'expected a rate in USD per unit of at most 900719.9254740991':
    '应为每单位 USD 汇率，最大为 900719.9254740991',
  'is required': '为必填项',
  'expected a whole number': '应为整数',
  'expected a number': '应为数字',
  'expected text': '应为文本',
  'expected {type}': '应为 {type} 类型',
  'expected an active ISO 4217 currency code, such as USD':
    '应为有效的 ISO 4217 货币代码，例如 USD',
  'expected an active ISO 4217 currency code in upper case': '应为大写的有效 ISO 4217 货币代码',
  'expected one of the {count} known values': '应为 {count} 个已知值之一',
  'unknown keys {keys}': '未知的键：{keys}',
  'unknown key {keys}': '未知的键：{keys}',
  'expected a value > {minimum}': '应为大于 {minimum} 的值',
  'expected a value ≥ {minimum}': '应为不小于 {minimum} 的值',
  'expected a value < {maximum}': '应为小于 {maximum} 的值',
  'expected a value ≤ {maximum}': '应为不大于 {maximum} 的值',
  'expected one of the allowed shapes': '应为允许的形式之一',
  'expected {format}': '应为 {format} 格式',
  'invalid value': '值无效',
  'expected revokedAt exactly when the link is revoked': '仅当链接已撤销时才应有 revokedAt',
  'expected a customer object': '应为客户对象',
  'expected a money object': '应为金额对象',
  'expected a list of refunds': '应为退款列表',
  'expected a reservation object': '应为预留对象',
  'expected a savings plan object': '应为节省计划对象',
  'expected an offer object': '应为产品/服务对象',
  'expected a Partner Center subscription object': '应为合作伙伴中心订阅对象',
  'expected a subscription object': '应为订阅对象',
  'expected a subscription input object': '应为订阅输入对象',
  'expected a support request object': '应为支持请求对象',
  'expected an ISO 8601 instant with Z or ±HH:mm': '应为带 Z 或 ±HH:mm 的 ISO 8601 时间点',
  'expected a non-empty text': '应为非空文本',
  'expected a tenant GUID (8-4-4-4-12 hexadecimal digits)':
    '应为租户 GUID（8-4-4-4-12 位十六进制数字）',
  'expected a domain name such as contoso.com': '应为域名，例如 contoso.com',
  'expected an amount > 0 in minor units': '应为以最小货币单位表示的大于 0 的金额',
  'expected an email address': '应为电子邮件地址',
  'expected a phone number of 7 to 15 digits': '应为 7 到 15 位数字的电话号码',
  'expected a file name without a path': '应为不含路径的文件名',
  'expected an instant on a day that exists': '应为存在的日期上的时间点',
  'expected a price ≥ 0': '价格应不小于 0',
  'expected a rate 0 ≤ rate < 10 with at most 6 decimals':
    '税率应满足 0 ≤ 税率 < 10，且最多 6 位小数',
  'expected at most 6 decimals': '最多应有 6 位小数',
  'expected a policy id such as partner-center-2021-03': '应为策略 ID，例如 partner-center-2021-03',
  'expected a suspension exactly when suspended or deleted':
    '仅当已暂停或已删除时才应有 suspension',
  'expected trialEndsAt in trial': '试用状态应有 trialEndsAt',
  'expected a term for every product but marketplace-usage':
    '除 marketplace-usage 外的每种产品都应有期限',
  'expected termAnchor, termStart and termEnd for an active term':
    '进行中的期限应有 termAnchor、termStart 和 termEnd',
  'expected termAnchor wherever there is a termEnd': '有 termEnd 时应有 termAnchor',
  'expected no termEnd without a term': '没有期限时不应有 termEnd',
  'expected a billing cycle for marketplace-saas': 'marketplace-saas 应有计费周期',
  'expected asOf at or after orderedAt': 'asOf 应不早于 orderedAt',
};
