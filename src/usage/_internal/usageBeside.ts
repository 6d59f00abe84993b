import type { TieOutResults } from '../../invoices/types.ts';
import type { UsageFinding, UsageMatch, UsageReconcileResult } from '../resultTypes.ts';
import type { TieOutUsage, UsageTieOutResults } from '../tieOutTypes.ts';

/**
 * Sets each tie-out result's daily usage beside it (INV-3): the usage groups of its invoice number
 * and currency — matched with their rounding, different, missing, unexpected (USG-4) — leaving
 * its residual and outcome as they are.
 */
export function usageBeside(tie: TieOutResults, usage: UsageReconcileResult): UsageTieOutResults {
  const key = (invoice: string | null, currency: string) => JSON.stringify([invoice, currency]);
  const matches = new Map<string, UsageMatch[]>();
  const findings = new Map<string, UsageFinding[]>();
  for (const m of usage.matched) {
    const k = key(m.invoiceNumber, m.rounding.currency);
    matches.set(k, [...(matches.get(k) ?? []), m]);
  }
  const invoiceFindings = [
    ...usage.different.filter((f) => f.rule === 'USG-4'),
    ...usage.missing,
    ...usage.unexpected,
  ];
  for (const f of invoiceFindings) {
    const k = key(f.invoiceNumber, f.difference.currency);
    findings.set(k, [...(findings.get(k) ?? []), f]);
  }
  const results = tie.results.map((result) => {
    const k = key(result.invoiceNumber, result.currency);
    const mine = matches.get(k) ?? [];
    const found = findings.get(k) ?? [];
    const count = (kind: UsageFinding['kind']) => found.filter((f) => f.kind === kind).length;
    const beside: TieOutUsage = {
      matched: mine.length,
      rounding: {
        amount: mine.reduce((sum, m) => sum + m.rounding.amount, 0),
        currency: result.currency,
      },
      different: count('different'),
      missing: count('missing'),
      unexpected: count('unexpected'),
      matches: mine,
      findings: found,
    };
    return { ...result, usage: beside };
  });
  return { ...tie, results, usage };
}
