// The language picker: the messages of decisions and refusals in the language chosen (MSG-1), with
// Partner Center's own terms. English is the library's default; the others come from their own
// entries, so only this page, which offers them all, loads them all.
import { en } from '../../dist/locales/en.js';
import { ko } from '../../dist/locales/ko.js';
import { zhHans } from '../../dist/locales/zh-Hans.js';
import { zhHant } from '../../dist/locales/zh-Hant.js';

const LOCALES = { en, ko, 'zh-Hans': zhHans, 'zh-Hant': zhHant };
const picker = document.querySelector('#locale');

/** The language tag picked (`en`, `ko`, `zh-Hans`, `zh-Hant`). */
export function localeTag() {
  return picker.value in LOCALES ? picker.value : 'en';
}

/** The `{ locale }` option of the language picked. */
export function localeOptions() {
  return { locale: LOCALES[picker.value] ?? en };
}

picker.addEventListener('change', () => {
  document.documentElement.lang = picker.value;
});
