import fc from 'fast-check';
import * as root from 'subscription-rules';
import { en } from 'subscription-rules/locales/en';
import { ko } from 'subscription-rules/locales/ko';
import { zhHans } from 'subscription-rules/locales/zh-Hans';
import { zhHant } from 'subscription-rules/locales/zh-Hant';
import * as reconciliation from 'subscription-rules/reconciliation';
import { describe, expect, it } from 'vitest';
import { modulesLoadedBy } from '../_reaches.ts';
import { added, lifeEffects } from './_effects.ts';

/** The folders a module of the entry may come from: the reconciliation and what it stands on. */
// a price list's dates are read as the prices area reads them (PL-1): its date reader only; an
// Extended Service Term's uplift as pricing reads, applies and shows it (EST-3)
const ALLOWED =
  /^src\/(reconciliation|errors|kernel|time)\/|^src\/pricing\/(readMoney|partnerCenterCharge|money|_internal\/multiplyDivide|rounding\/roundHalfUp|data\/currencyExponents|readUplift|upliftPercent|withUplift|shareOf)\.ts$|^src\/policy\/vocabulary\/|^src\/messages\/fill\.ts$|^src\/prices\/(readPriceDates|_internal\/priceDate)\.ts$/;

describe('subscription-rules/reconciliation', () => {
  it('REC-1, REC-2, REC-3: the entry exports findingsCsv, invoiceLines, reconcile and reconcileSubscriptions, and the root entry none of them', () => {
    expect(Object.keys(reconciliation).sort()).toEqual([
      'findingsCsv',
      'invoiceLines',
      'reconcile',
      'reconcileSubscriptions',
    ]);
    expect(Object.keys(root)).not.toContain('invoiceLines');
    expect(Object.keys(root)).not.toContain('reconcile');
    expect(Object.keys(root)).not.toContain('findingsCsv');
  });

  it('REC-2: its run-time graph reaches no lifecycle, refund, policy catalog or message table, only what it stands on', () => {
    const loaded = modulesLoadedBy('src/reconciliation/index.ts');
    expect(loaded.filter((path) => path.startsWith('src/reconciliation/'))).toContain(
      'src/reconciliation/reconcile.ts',
    );
    expect(loaded.filter((path) => !ALLOWED.test(path))).toEqual([]);
  });

  it('MSG-1: a bundle that only decides, or only speaks Korean, carries no reconciliation module or sentence', () => {
    for (const entry of [
      'src/index.ts',
      'src/newCommerce/index.ts',
      'src/legacy/index.ts',
      'src/locales/ko.ts',
      'src/locales/newCommerce/zh-Hant.ts',
      'src/schemas/index.ts',
    ])
      expect([
        entry,
        modulesLoadedBy(entry).filter((path) => path.includes('reconciliation/')),
      ]).toEqual([
        entry,
        // the schemas of effects and lines run the reconciliation's own checks, never its sentences
        entry === 'src/schemas/index.ts'
          ? expect.not.arrayContaining([
              expect.stringMatching(/texts\/|compareGroups|reconcile\.ts/),
            ])
          : [],
      ]);
  });

  it('MSG-1: the entry takes a locale of the package as every function does', () => {
    const lines = reconciliation.invoiceLines(added.effects);
    const result = reconciliation.reconcile(added.effects, [], { locale: ko });
    expect(result.missing.map((m) => m.message)).toEqual([
      '2026-12-05에 시트 5개 추가: 12.50 × 5, 30일 중 15일 = 31.20 USD; 파일에 해당 줄이 없음',
    ]);
    expect(reconciliation.reconcile(lines, lines).matched.length).toBe(1);
  });

  describe('properties', () => {
    it('MSG-1: the locale changes the sentences only: every entry of the result is the same in the four languages but its messages', () => {
      const withoutMessages = (value: unknown): unknown =>
        JSON.parse(JSON.stringify(value), (key, v) => (key === 'message' ? undefined : v));
      fc.assert(
        fc.property(
          lifeEffects,
          fc.constantFrom(en, ko, zhHans, zhHant),
          fc.nat(),
          (life, locale, cut) => {
            const lines = reconciliation.invoiceLines(life);
            const rows = lines
              .slice(0, cut % (lines.length + 1))
              .map((line, i) => (i === 0 ? { ...line, Subtotal: `${line.Subtotal}1` } : line));
            const english = reconciliation.reconcile(life, rows);
            const translated = reconciliation.reconcile(life, rows, { locale });
            expect(withoutMessages(translated)).toEqual(withoutMessages(english));
          },
        ),
      );
    });
  });
});
