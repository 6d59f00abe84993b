import type { MessageOptions } from '../index.ts';

/** The words of `order`'s output, by ID; `{name}` placeholders are filled. */
export type OrderLabelId = 'allowed' | 'refused' | 'at' | 'policy' | 'note';

/**
 * `order`'s fixed words in the four languages of `--locale` (MSG-1); the codes, constraint ids
 * and offers stay as the JSON writes them.
 */
export const ORDER_LABELS: Readonly<
  Record<'en' | 'ko' | 'zh-Hans' | 'zh-Hant', Readonly<Record<OrderLabelId, string>>>
> = {
  en: {
    allowed: 'allowed',
    refused: 'refused: {count} constraint(s)',
    at: 'at {at}',
    policy: 'policy {policy}',
    note: 'note: {note}',
  },
  ko: {
    allowed: '허용됨',
    refused: '거부됨: 제약 조건 {count}개',
    at: '시각 {at}',
    policy: '정책 {policy}',
    note: '참고: {note}',
  },
  'zh-Hans': {
    allowed: '允许',
    refused: '拒绝:{count} 项限制',
    at: '时间 {at}',
    policy: '策略 {policy}',
    note: '注意:{note}',
  },
  'zh-Hant': {
    allowed: '允許',
    refused: '拒絕:{count} 項限制',
    at: '時間 {at}',
    policy: '原則 {policy}',
    note: '注意:{note}',
  },
};

/** The labels of the locale of `options` (English without one), as a function filling `{name}`s. */
export function orderLabels(
  options: MessageOptions,
): (id: OrderLabelId, values?: Readonly<Record<string, string | number>>) => string {
  const tag = options.locale?.tag;
  const table =
    tag === 'ko' || tag === 'zh-Hans' || tag === 'zh-Hant' ? ORDER_LABELS[tag] : ORDER_LABELS.en;
  return (id, values = {}) =>
    table[id].replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
}
