/** The library's parameter names, as `renewals` and `forecast` give them on the command line. */
const FLAGS: readonly (readonly [RegExp, string])[] = [
  [/options\.priceList\b/g, '--prices'],
  [/options\.promotions(\.\w+)*/g, '--promotions'],
  [/options\.priceKey(\.\w+)*/g, '--market'],
  [/\bpriceKey\b/g, 'market (--market)'],
  [/options\.price\b(\.\w+)*/g, "the price list's row"],
  [/options\.asOf\b/g, 'the instant it is read at (--from, --month)'],
  [/options\.from\b/g, '--from'],
  [/options\.to\b/g, '--to'],
  [/options\.locale\b/g, '--locale'],
  [/options\.(\w+)(\.\w+)*/g, '$1'],
];

/**
 * A library message as `renewals` and `forecast` print it (PL-8): the parameter it names
 * (`options.priceList`, `options.promotions`, …) said as the flag that gives it, so no output
 * shows a library parameter name.
 *
 * @param message - The library's message, in the run's language.
 * @returns The message in the command line's words.
 */
export function flagWords(message: string): string {
  return FLAGS.reduce((text, [name, flag]) => text.replace(name, flag), message);
}
