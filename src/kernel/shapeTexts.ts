/*
 * The words of a file's shapes (USG-1, INV-2, REC-2): a column named twice and a row of another
 * width than its header, in English (the key of their translations) and in each language, with
 * `{name}`s to fill. The one place these sentences are written, for every reader of a file.
 *
 * Each sentence is a constant of its own, never a property of one object of all languages: a
 * language's table that names one keeps only that sentence in a bundle, and a table no import uses
 * is dropped whole (a property read, or a computed key, at a module's top level would keep every
 * language in every bundle of the entry).
 */

/** A column the header names twice, in English (the key of its translations). */
export const SHAPE_TWICE =
  'the header also names this column {other}; the first ({column}) is read';
/** A row of another width than its header, in English (the key of its translations). */
export const SHAPE_WIDTH =
  'the row has {cells} cells, its header {header} names; its cells are read by place';
/** {@link SHAPE_TWICE} in Korean. */
export const SHAPE_TWICE_KO: string =
  '헤더가 이 열을 {other}(으)로도 지정합니다. 첫 번째({column})를 읽었습니다';
/** {@link SHAPE_WIDTH} in Korean. */
export const SHAPE_WIDTH_KO: string =
  '행의 셀은 {cells}개이고 헤더의 이름은 {header}개입니다. 셀은 위치대로 읽었습니다';
/** {@link SHAPE_TWICE} in Simplified Chinese. */
export const SHAPE_TWICE_ZH_HANS: string = '标题行还以 {other} 命名此列；读取的是第一个 ({column})';
/** {@link SHAPE_WIDTH} in Simplified Chinese. */
export const SHAPE_WIDTH_ZH_HANS: string =
  '此行有 {cells} 个单元格，标题行有 {header} 个列名；单元格按位置读取';
/** {@link SHAPE_TWICE} in Traditional Chinese. */
export const SHAPE_TWICE_ZH_HANT: string = '標題列也以 {other} 命名此欄；讀取的是第一個 ({column})';
/** {@link SHAPE_WIDTH} in Traditional Chinese. */
export const SHAPE_WIDTH_ZH_HANT: string =
  '此列有 {cells} 個儲存格，標題列有 {header} 個欄名；儲存格依位置讀取';

/**
 * A template with its `{name}`s filled from `values` (a name without a value kept as written).
 *
 * @param template - The sentence, in any language.
 * @param values - The names' values.
 * @returns The sentence.
 */
export function shapeWords(
  template: string,
  values: Readonly<Record<string, string | number | undefined>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
