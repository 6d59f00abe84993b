// A sentence of the library (an action, a note, a refusal) as the page shows it: every ISO instant
// in it written as the page's localised date (a <time> with the UTC instant on hover), every rule
// ID a link to its explanation.
import { timeElement } from './inspectorTime.js';
import { appendWithRuleLinks } from './show.js';

/** An instant as the library writes it in a sentence: `2026-12-09T00:00:00.000Z`. */
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})/g;

/** Appends `text` to `parent`, its instants as localised dates in `tag`, its rule IDs as links. */
export function appendSentence(parent, text, tag) {
  let last = 0;
  for (const match of text.matchAll(INSTANT)) {
    appendWithRuleLinks(parent, text.slice(last, match.index));
    parent.append(timeElement(match[0], tag));
    last = match.index + match[0].length;
  }
  appendWithRuleLinks(parent, text.slice(last));
}
