// What every form shares: put an answer (or the error) in an output, with rule IDs as links.
import { formatMessage, RuleError } from '../../dist/index.js';
import { localeOptions, localeTag } from './locale.js';

const RULES = 'https://github.com/subscription-rules/subscription-rules/blob/main/docs/rules.md';
// The rule IDs docs/rules.md has a heading for (GitHub makes `### REF-1` the anchor `#ref-1`).
const RULE_ID = /\b((?:TIME|PURE|ERR|POL|REF|SUS|LC|OFR|MKT|PRICE|SW|ROLE|SUP|NCE|PCR|RES)-\d+)\b/g;

/** The address of a rule's explanation. */
export function ruleHref(id) {
  return `${RULES}#${id.toLowerCase()}`;
}

/** Appends `text` to `parent`, every rule ID in it as a link to docs/rules.md. */
export function appendWithRuleLinks(parent, text) {
  let last = 0;
  for (const match of text.matchAll(RULE_ID)) {
    parent.append(text.slice(last, match.index));
    const link = document.createElement('a');
    link.href = ruleHref(match[1]);
    link.textContent = match[1];
    parent.append(link);
    last = match.index + match[1].length;
  }
  parent.append(text.slice(last));
}

/** A RuleError's message in the language picked (English: the error's own message). */
export function ruleMessage(error) {
  return localeTag() === 'en' ? error.message : formatMessage(error, localeOptions().locale);
}

/** The text of an error: a RuleError's code and message, or any other error's message. */
export function errorText(error) {
  if (error instanceof RuleError) return `${error.code}: ${ruleMessage(error)}`;
  return error instanceof Error ? error.message : String(error);
}

/** Shows what `render` returns in `output` (text with rule links), or the error it throws. */
export function show(output, render) {
  output.replaceChildren();
  try {
    appendWithRuleLinks(output, render());
    output.className = '';
  } catch (error) {
    output.textContent = errorText(error);
    output.className = 'error';
  }
}
