import { UsageError } from './UsageError.ts';

/** A fraction of 1: 0, 1, or 0 and decimals (`.1` too), with at most 6 decimals (PRICE-3). */
const FRACTION = /^(?:0?\.\d{1,6}|0|1|0\.\d{0,6}|1\.0{0,6})$/;

/** `15` as a percentage is `0.15`, `7.25` is `0.0725`: the point moved two places, in the text. */
function fractionOf(percent: string): string {
  const [whole = '', decimals = ''] = percent.split('.');
  const digits = `${whole}${decimals}`.padStart(decimals.length + 3, '0');
  const point = digits.length - decimals.length - 2;
  const text = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`;
  return text.replace(/\.?0+$/, '');
}

/**
 * The text of `--tax-rate`, a fraction of 1 (`0.1` is 10 %): the command line refuses a rate
 * outside [0, 1], which the library would read (it takes rates below 10) but no tax is; a rate
 * written as a percentage (`15`, `7.25`) is answered with the fraction to write instead.
 *
 * @param text - The value of `--tax-rate`.
 * @returns The text, for the library to read exactly.
 * @throws {@link UsageError} naming `--tax-rate`.
 */
export function taxRateFlag(text: string): string {
  if (FRACTION.test(text)) return text;
  const percent = /^\d{1,3}(?:\.\d{1,4})?$/.test(text) && Number(text) <= 100;
  throw new UsageError(
    `--tax-rate: expected a fraction from 0 to 1 with at most 6 decimals (0.1 is 10 %), got ${JSON.stringify(text)}${percent ? `; for ${text} %, write --tax-rate ${fractionOf(text)}` : ''}`,
  );
}
