/**
 * USG-2's amount as data: `BillingPreTaxTotal = r_u(B)(EffectiveUnitPrice × Quantity ×
 * PCToBCExchangeRate)` — the product of three columns, exactly, truncated once toward zero at the
 * billing currency's minor unit. `usageLineAmount` computes it in TypeScript; `--engine duckdb`
 * renders these steps to SQL ({@link usageAmountSql}), and a property checks that both agree.
 */
export const USAGE_AMOUNT_STEPS = {
  /** The columns multiplied, exactly, in this order. */
  factors: ['EffectiveUnitPrice', 'Quantity', 'PCToBCExchangeRate'],
  /** The one rounding: toward zero (Microsoft's ROUNDDOWN: a negative line mirrors its positive). */
  truncate: 'toward-zero',
  /** At the minor unit of this column's currency (USD 0.01, JPY 1). */
  unit: 'BillingCurrency',
} as const;
