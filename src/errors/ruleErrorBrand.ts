/**
 * The mark every `RuleError` carries, registered globally (`Symbol.for`), so the ESM and the
 * CommonJS builds of the library, loaded side by side, mark their errors alike.
 */
export const RULE_ERROR_BRAND: unique symbol = /* @__PURE__ */ Symbol.for(
  'subscription-rules.RuleError',
);
