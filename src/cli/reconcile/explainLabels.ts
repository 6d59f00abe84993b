/** The labels of `reconcile --explain`'s lines, by what each line shows. */
export type ExplainLabelId =
  | 'subscription'
  | 'resource'
  | 'taken back'
  | 'terms'
  | 'read at'
  | 'events'
  | 'expected'
  | 'billed'
  | 'unread'
  | 'findings';

const EN: Readonly<Record<ExplainLabelId, string>> = {
  subscription: 'subscription',
  resource: 'resource',
  'taken back': 'taken back',
  terms: 'terms',
  'read at': 'read at',
  events: 'events',
  expected: 'expected',
  billed: 'billed',
  unread: 'unread',
  findings: 'findings',
};

/** The labels in each language `--locale` takes; English where a language has none. */
const EXPLAIN_LABELS = {
  en: EN,
  ko: {
    subscription: '구독',
    resource: '리소스',
    'taken back': '되돌린 좌석',
    terms: '약정 기간',
    'read at': '읽은 시점',
    events: '이벤트',
    expected: '예상 청구',
    billed: '청구됨',
    unread: '읽지 못함',
    findings: '결과',
  },
  'zh-Hans': {
    subscription: '订阅',
    resource: '资源',
    'taken back': '倒推席位',
    terms: '期限',
    'read at': '读取时间',
    events: '事件',
    expected: '预期计费',
    billed: '已计费',
    unread: '无法读取',
    findings: '结果',
  },
  'zh-Hant': {
    subscription: '訂閱',
    resource: '資源',
    'taken back': '倒推席位',
    terms: '期限',
    'read at': '讀取時間',
    events: '事件',
    expected: '預期計費',
    billed: '已計費',
    unread: '無法讀取',
    findings: '結果',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<ExplainLabelId, string>>>>;

/**
 * The labels of `reconcile --explain` (REC-3) in the language of `--locale` (MSG-1): what stands
 * left of each line, so a support person reading Korean findings reads Korean labels beside them.
 *
 * @param tag - The locale's tag (`en`, `ko`, `zh-Hans`, `zh-Hant`).
 * @returns The labels; English for a tag without its own.
 */
export function explainLabels(tag: string): Readonly<Record<ExplainLabelId, string>> {
  return Object.hasOwn(EXPLAIN_LABELS, tag)
    ? EXPLAIN_LABELS[tag as keyof typeof EXPLAIN_LABELS]
    : EN;
}
