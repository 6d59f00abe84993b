import { createRequire } from 'node:module';
import { isRuleError, RuleError } from 'subscription-rules';
import { describe, expect, it } from 'vitest';

// The package loaded twice, as a service that mixes `import` and `require` loads it: the ESM build
// (above, through the package's exports) and the CommonJS build (below).
const require = createRequire(import.meta.url);
const cjs = require('subscription-rules') as typeof import('subscription-rules');

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the ESM and CommonJS builds side by side', () => {
  it('ERR-1: instanceof RuleError and isRuleError both recognise a RuleError from the other build (the dual-package hazard closed by the brand every copy sets)', () => {
    const fromCjs = thrownBy(() => cjs.policyAt('2026-02-30T00:00:00Z'));
    expect(fromCjs instanceof RuleError).toBe(true);
    expect(fromCjs instanceof cjs.RuleError).toBe(true);
    expect(new Error('x') instanceof cjs.RuleError).toBe(false);
    expect(isRuleError(fromCjs)).toBe(true);
    expect(cjs.isRuleError(thrownBy(() => cjs.money('1.999', 'USD')))).toBe(true);
  });

  it('the JSON Schema files resolve with and without .json', () => {
    expect(require('subscription-rules/json-schema/purchase')).toEqual(
      require('subscription-rules/json-schema/purchase.json'),
    );
  });
});
