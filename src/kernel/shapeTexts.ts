/**
 * The words of a file's shapes (USG-1, INV-2, REC-2): a column named twice and a row of another
 * width than its header, in English (the key of their translations) and in each language, with
 * `{name}`s to fill. The one place these sentences are written, for every reader of a file.
 */
export const shapeTexts = {
  en: {
    twice: 'the header also names this column {other}; the first ({column}) is read',
    width: 'the row has {cells} cells, its header {header} names; its cells are read by place',
  },
  ko: {
    twice: '헤더가 이 열을 {other}(으)로도 지정합니다. 첫 번째({column})를 읽었습니다',
    width: '행의 셀은 {cells}개이고 헤더의 이름은 {header}개입니다. 셀은 위치대로 읽었습니다',
  },
  zhHans: {
    twice: '标题行还以 {other} 命名此列；读取的是第一个 ({column})',
    width: '此行有 {cells} 个单元格，标题行有 {header} 个列名；单元格按位置读取',
  },
  zhHant: {
    twice: '標題列也以 {other} 命名此欄；讀取的是第一個 ({column})',
    width: '此列有 {cells} 個儲存格，標題列有 {header} 個欄名；儲存格依位置讀取',
  },
  /**
   * A template with its `{name}`s filled from `values` (a name without a value kept as written).
   *
   * @param template - The sentence, in any language.
   * @param values - The names' values.
   * @returns The sentence.
   */
  words(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  },
} as const;
