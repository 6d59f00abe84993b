/**
 * A tax rate as a fraction (PRICE-3): decimal text such as `'0.1'` (10 %) or `'0.0725'`
 * (7.25 %), or a number read through its shortest decimal form (`0.1` → `'0.1'`). At most 6
 * decimals, 0 ≤ rate < 10. It is converted exactly from its decimal digits and never used as a
 * binary float.
 *
 * @category Prices
 */
export type TaxRate = string | number;
