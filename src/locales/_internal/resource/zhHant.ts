import type { ResourceMessageId } from '../../../messages/en/resource.ts';

/** Traditional Chinese notes of the Partner Center reader (MSG-1), in Partner Center's terms (docs/glossary.md). */
export const zhHantResource: { readonly [Id in ResourceMessageId]: string } = {
  'resource.deleted-as-cancelled': '「已刪除」依「已取消」讀取：資源無法區分取消與之後的刪除',
  'resource.disabled-as-expired': '「已停用」依「已到期」讀取：舊版訂用帳戶沒有「已停用」狀態',
  'resource.status-since':
    '資源未說明何時變為{status}：依期限結束日期及規則規定的之後天數讀取，且不晚於取得資源的時刻',
  'resource.older-than-as-of':
    '資源的期限已於 {termEnd} 結束（不晚於 {asOf}）：資源是在此之前取得的，因此按該期限讀取，並依規則推進',
  'resource.trial-converts': '試用將轉換為按月計費的 P1Y：資源未說明轉換為何種訂用帳戶',
  'resource.trial-window':
    '試用沒有取消期限：不保留資源的 cancellationAllowedUntilDate（轉換後的期限有自己的取消期限）',
  'resource.term-end': '資源的期限結束於 {stated}，規則計算為 {computed}；保留資源的結束日期',
  'resource.aligned-term':
    '首個期限於 {stated} 結束，早於名義結束時間 {computed}：讀作與結束日期對齊的期限；之後的期限為名義長度',
  'resource.term-end.legacy':
    '資源的期限結束於 {stated}，規則計算為 {computed}；保留資源的結束日期，之後的期限從該日期起算',
  'resource.cancel-window': '資源允許在 {stated} 之前取消，規則為 {computed} 之前；保留資源的期間',
  'resource.cancel-window.stated-none':
    '資源不允許取消，規則允許在 {computed} 之前取消；保留資源的期間',
  'resource.cancel-window.computed-none':
    '資源允許在 {stated} 之前取消，規則不允許取消；保留資源的期間',
  'resource.full-refund': '資源的全額退款截止於 {stated}，規則計算為 {computed}；保留資源的期間',
  'resource.full-refund.computed-none':
    '資源的全額退款截止於 {stated}，規則不提供全額退款；保留資源的期間',
  'resource.scheduled-product': '未沿用已排定的產品：規則僅排定數量、期限和計費頻率',
  'resource.scheduled-dropped': '已排定的變更需要已開啟自動續約的作用中訂用帳戶：已忽略',
  'resource.scheduled-unpriced':
    '已排定續約為 {term}（計費頻率 {billingFrequency}），但沒有價格：資源不包含該方案的價格（請提供 options.priceList 和 options.priceKey，以依價目表定價）',
  'resource.scheduled-not-listed':
    '已排定續約為 {term}（計費頻率 {billingFrequency}），但沒有價格：options.priceList 在 {at} 沒有該方案的資料列',
};
