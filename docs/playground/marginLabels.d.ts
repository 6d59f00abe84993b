// The types of marginLabels.js, for the browser test that checks every label in every language.

/** The languages of the page. */
type Tag = 'en' | 'ko' | 'zh-Hans' | 'zh-Hant';

/** The Margin view's labels, by language and key. */
export declare const MARGIN_LABELS: Readonly<Record<Tag, Readonly<Record<string, string>>>> & {
  readonly en: Readonly<Record<string, string>>;
};

/** A label in the language `tag`, its `{name}` placeholders filled. */
export declare function marginLabel(
  tag: string,
  key: string,
  params?: Readonly<Record<string, string | number>>,
): string;
