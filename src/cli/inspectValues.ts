import type { MessageOptions, MessageWord } from '../index.ts';

/** The values `inspect` and `timeline` print that the library's words (`locale.words`) leave out. */
type ValueId =
  | 'new-commerce'
  | 'legacy'
  | 'azure-plan'
  | 'full-credit'
  | 'prorated-credit'
  | 'no-refund'
  | 'cancel-at-renewal'
  | 'set-end-of-term'
  | 'extended-service-term'
  | 'trial-converted'
  | 'renewed'
  | 'data-deleted'
  | 'cancelled'
  | 'billing-frequency-changed'
  | 'created'
  | 'read';

/**
 * The Korean and Chinese of the values that are not the library's words — programs, cancel
 * outcomes, time events, the end-of-term event — in the words the inspector page and the
 * library's messages use (MSG-1). English prints the values as the JSON writes them.
 */
const VALUES: Readonly<Record<'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<ValueId, string>>>> = {
  ko: {
    'new-commerce': '새로운 상거래 환경',
    legacy: '레거시',
    'azure-plan': 'Azure 플랜',
    'full-credit': '전액 크레딧',
    'prorated-credit': '비례 배분 크레딧',
    'no-refund': '환불 없음',
    'cancel-at-renewal': '갱신 시 취소',
    'set-end-of-term': '약정 기간 종료 옵션 설정',
    'extended-service-term': '연장 서비스 기간 시작',
    'trial-converted': '평가판이 유료로 전환',
    renewed: '갱신',
    'data-deleted': '데이터 삭제',
    cancelled: '취소 적용',
    'billing-frequency-changed': '새 청구 빈도 적용',
    created: '구매',
    read: '조회',
  },
  'zh-Hans': {
    'new-commerce': '新商业体验',
    legacy: '旧版',
    'azure-plan': 'Azure 计划',
    'full-credit': '全额信用额度',
    'prorated-credit': '按比例分配的信用额度',
    'no-refund': '不退款',
    'cancel-at-renewal': '在续订时取消',
    'set-end-of-term': '设置期限结束选项',
    'extended-service-term': '进入延长服务期',
    'trial-converted': '试用转为付费',
    renewed: '续订',
    'data-deleted': '删除数据',
    cancelled: '取消生效',
    'billing-frequency-changed': '新的计费频率生效',
    created: '购买',
    read: '读取',
  },
  'zh-Hant': {
    'new-commerce': '新商務體驗',
    legacy: '舊版',
    'azure-plan': 'Azure 方案',
    'full-credit': '全額信用額度',
    'prorated-credit': '按比例分配的信用額度',
    'no-refund': '不退款',
    'cancel-at-renewal': '在續訂時取消',
    'set-end-of-term': '設定期限結束選項',
    'extended-service-term': '進入延長服務期',
    'trial-converted': '試用轉為付費',
    renewed: '續訂',
    'data-deleted': '刪除資料',
    cancelled: '取消生效',
    'billing-frequency-changed': '新的計費頻率生效',
    created: '購買',
    read: '讀取',
  },
};

/**
 * A value the library names (a status, a product, a billing frequency, an event or action type,
 * a cancel outcome, a program) as `--locale` reads it (MSG-1): in English the value itself, as
 * `--json` writes it; in Korean and Chinese the library's own word (`locale.words`) or the
 * command's, and the value itself only where neither has one (a term such as `P1Y`).
 *
 * @param value - The value.
 * @param options - `--locale`, as the command reads it.
 * @returns The value's word in that language.
 */
export function inspectValue(value: string, options: MessageOptions): string {
  const locale = options.locale as
    | { tag?: string; words?: Readonly<Partial<Record<MessageWord, string>>> }
    | undefined;
  const tag = locale?.tag ?? 'en';
  if (!Object.hasOwn(VALUES, tag)) return value;
  const own = VALUES[tag as keyof typeof VALUES] as Readonly<Record<string, string>>;
  const word = locale?.words?.[value as MessageWord];
  return word ?? own[value] ?? value;
}
