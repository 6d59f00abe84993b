import { describe, expect, it } from 'vitest';
import { modulesLoadedBy } from '../_reaches.ts';

/** The folders a module of the usage entry may come from: usage and what it stands on. */
const ALLOWED =
  /^src\/(usage|errors|kernel|time)\/|^src\/pricing\/(data\/currencyExponents|readCurrencyCode)\.ts$|^src\/policy\/vocabulary\/|^src\/messages\/fill\.ts$/;

describe('subscription-rules/usage', () => {
  it('USG-6: its run-time graph reaches no reconciliation, lifecycle, policy catalog or message table, only what it stands on', () => {
    const loaded = modulesLoadedBy('src/usage/index.ts');
    expect(loaded).toContain('src/usage/reconcileUsage.ts');
    expect(loaded.filter((path) => !ALLOWED.test(path))).toEqual([]);
  });

  it('MSG-1: a bundle that only decides, or reconciles licences, carries no usage module or sentence', () => {
    for (const entry of [
      'src/index.ts',
      'src/newCommerce/index.ts',
      'src/reconciliation/index.ts',
      'src/locales/ko.ts',
    ])
      expect([
        entry,
        modulesLoadedBy(entry).filter((path) => path.startsWith('src/usage/')),
      ]).toEqual([entry, []]);
  });
});
