import type { ResaleTexts } from './ResaleTexts.ts';

/** Simplified Chinese (RSL-5 … RSL-8), in Partner Center's terms: 订阅, 席位, 续订, 信用额度. */
export const zhHansTexts: ResaleTexts = {
  tag: 'zh-Hans',
  texts: {
    'unbilled-seats':
      '{month} 向 Microsoft 支付了 {product}（{term} {billing}）的 {seatWords}，但未向 {customer} 计费：每月 {amount}',
    ghost:
      '{month} 向 {customer} 计费 {codes}（{term} {billing}）的 {seatWords}，而 Microsoft 未收费：每月 {amount} 无据计费',
    'over-billed':
      '{month} 向 {customer} 计费的 {codes}（{term} {billing}）席位比 Microsoft 收费多 {seatWords}：每月 {amount}',
    'term-mismatch':
      '{product} 的 {seatWords}按 {term} {billing} 购买，{month} 却按 {billedTerm} {billedBilling} 向 {customer} 计费：客户未分担的承诺每月 {amount}',
    'unused-seats':
      '{month} {customer} 支付 {product} 的 {paid} 个席位，已分配 {assigned} 个：{seats} 个未使用，每月至少 {amount}',
    'price-not-passed-on':
      '{month} {product}（{term} {billing}）的成本每席位上涨 {rise}（{reason}），{customer} 的价格上涨 {billedRise}：每月 {amount}',
    'credit-not-passed-back':
      '{month} Microsoft 对 {product}（{term} {billing}）给予信用额度 {credited}，{customer} 获得 {passed}：{amount} 未返还',
    'margin-below-floor':
      '{month} {customer} 的利润率为 {percent}%，低于下限 {floor}%：差 {amount}',
    'reason-extended-service-term': '延长服务期',
    'reason-renewal': '续订',
    'reason-price-change': '价格变动',
    'remedy-unbilled': '从 {month} 起多计费 {codes} 的 {seatWords}',
    'remedy-ghost': '停止计费 {codes} 或购买席位，并退还无据计费的金额',
    'remedy-over-billed': '少计费 {codes} 的 {seatWords}或购买它们，并退还无据计费的金额',
    'remedy-term': '向客户销售 {term} {billing}，或在订阅续订时购买 {billedTerm} {billedBilling}',
    'remedy-unused': '续订时将 {product} 减少 {seatWords}，或分配它们',
    'remedy-price': '将客户的 {codes} 价格每席位每月提高 {rise}',
    'remedy-price-est': '将客户的 {codes} 价格每席位每月提高 {rise}，或将订阅续订为有期限的订阅',
    'remedy-credit': '向客户退还 {amount}',
    'remedy-margin': '提高价格或降低成本：每月再多 {amount} 即达到下限',
    'issue-missing-column': '文件没有 {column} 列（{field}）：{count} 行未读取',
    'issue-missing-field': '{column} 为空',
    'issue-amount': '{column} 不是金额：{value}',
    'issue-decimals': '{column} 的小数位多于 {currency}：{value}',
    'issue-quantity': '{column} 不是数量：{value}',
    'issue-date': '{column} 不是 {format} 格式的日期：{value}',
    'issue-period': '期间在开始之前结束：{value}',
    'issue-currency': '{column} 不是货币代码：{value}',
    'issue-term': '{column} 未写明期限（{value}），订阅 {subscription} 也没有写明期限的较早行',
    'issue-customer':
      '计费客户 {customer} 不在 map.customers 中，也不是成本的 CustomerId 或 CustomerName：{count} 行未判断',
    'issue-fx':
      '{month} 没有从 {from} 到 {to} 的汇率：{customer} 的该月未判断（在 options.fx 或 --fx 中提供）',
    'issue-mixed': '{month} {customer} 的{side}使用 {currencies}：该月未判断',
    'issue-seats': 'seats[{index}] 不是租户的 subscribedSkus：{what}',
    'note-usage': '{count} 行 Azure 使用量留给使用量检查',
    'note-seats-differ':
      'Graph 统计 {customer} 购买的 {product} 席位为 {enabled} 个，成本为 {paid} 个：其他来源或试用',
    'note-prices': '{count} 个键-月没有两侧都有价格的较早月份：未比较其价格',
    'more-seats-one': '多 1 个席位',
    'more-seats-other': '多 {count} 个席位',
    'seats-one': '1 个席位',
    'seats-other': '{count} 个席位',
    'side-cost': '成本',
    'side-billed': '计费',
  },
};
