import fc from 'fast-check';
import { type NewCommerceCreditEffect, RuleError } from 'subscription-rules';
import { invoiceLines, reconcile } from 'subscription-rules/reconciliation';
import {
  invoiceLineSchema,
  newCommerceChargeEffectSchema,
  newCommerceCreditEffectSchema,
  parseInvoiceLine,
  parseNewCommerceEffect,
} from 'subscription-rules/schemas';
import { describe, expect, it } from 'vitest';
import { added, lifeEffects, removed } from '../reconciliation/_effects.ts';

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const [addition] = json(added.effects);
const removal = json(removed.effects)[0] as NewCommerceCreditEffect;

/** What a call throws: `undefined` when it answers, the RuleError's code and path otherwise. */
function refusal(run: () => unknown): [string, string | undefined] | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return [error.code, error.path];
  }
}

/** Values a field may be broken into. */
const hostile = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -1,
  1.5,
  '',
  'x',
  '2026-12-40T00:00:00Z',
  '2026-12-05T00:00:00',
  '2027-01-01T00:00:00Z',
  '2026-11-01T00:00:00Z',
  '-31.20',
  '31.205',
  '2026-12-04',
  'removeQuantity',
  'P2Y',
  { amount: 3121, currency: 'USD' },
  { amount: 3120, currency: 'EUR' },
  { amount: -1, currency: 'USD' },
  true,
  [],
);

/** A value with one field replaced, removed or added. */
function broken(value: object): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...Object.keys(value), 'extra'];
  return fc
    .tuple(fc.constantFrom(...keys), hostile, fc.boolean())
    .map(([key, replacement, drop]) => {
      const copy = { ...json(value) } as Record<string, unknown>;
      if (drop) delete copy[key];
      else copy[key] = replacement;
      return copy;
    });
}

const realEffect = lifeEffects
  .filter((effects) => effects.some((e) => e.type !== 'cancellation-scheduled'))
  .chain((effects) =>
    fc.constantFrom(...json(effects).filter((e) => e.type !== 'cancellation-scheduled')),
  );

describe('the schemas of effects and invoice lines', () => {
  it('REC-1, ERR-2: the 5 seats added parse as the charge they are, in the library’s form; a broken one names its field', () => {
    expect(newCommerceChargeEffectSchema().parse(addition)).toEqual(addition);
    expect(parseNewCommerceEffect({ ...addition, at: '2026-12-05T01:00:00+01:00' })).toEqual({
      ok: true,
      value: addition,
    });
    const issues = (input: unknown) => {
      const parsed = parseNewCommerceEffect(input);
      return parsed.ok ? [] : parsed.issues.map((issue) => [issue.path, issue.code]);
    };
    expect(issues({ ...addition, amount: { amount: 3121, currency: 'USD' } })).toEqual([
      ['amount.amount', 'INVALID_AMOUNT'],
    ]);
    expect(issues({ ...addition, at: '2026-12-20T00:00:00Z' })).toEqual([
      ['periodEnd', 'OUT_OF_ORDER'],
    ]);
    // an unknown key is named by the object that has it, as every schema names one
    const extra = parseNewCommerceEffect({ ...addition, extra: 1 });
    expect(extra.ok ? [] : extra.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['', 'unknown key "extra"'],
    ]);
  });

  it('REC-4, ERR-2: the credit of the same seats parses with its kind, period and days; a period’s start without its end is refused', () => {
    expect(newCommerceCreditEffectSchema().parse(removal)).toEqual(removal);
    const { periodEnd: _end, ...half } = removal;
    const parsed = parseNewCommerceEffect(half);
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.path)).toEqual(['periodEnd']);
  });

  it('REC-1, REC-2, ERR-2: an invoice line parses as reconcile takes it; a credit with a positive amount is refused', () => {
    const [line] = invoiceLines(added.effects);
    expect(invoiceLineSchema().parse(line)).toEqual(line);
    const credit = invoiceLines(removed.effects)[0];
    const parsed = parseInvoiceLine({ ...credit, Subtotal: '29.20' });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['Subtotal', 'INVALID_AMOUNT'],
    ]);
  });

  describe('properties', () => {
    it('ERR-2, REC-1: every effect the parser accepts gets its line from invoiceLines (or only the refusal of a credit without its money or period), and every one it refuses invoiceLines refuses too', () => {
      let accepted = 0;
      fc.assert(
        fc.property(
          realEffect.chain((effect) => fc.oneof(fc.constant(effect), broken(effect))),
          (candidate) => {
            const parsed = parseNewCommerceEffect(candidate);
            const refused = refusal(() => invoiceLines([candidate as never]));
            if (!parsed.ok) {
              expect(refused).toBeDefined();
              return;
            }
            accepted++;
            if (refused !== undefined) {
              expect(refused[0]).toBe('MISSING_FIELD');
              expect([
                'effects.0.credit',
                'effects.0.periodStart',
                'effects.0.unitPrice',
              ]).toContain(refused[1]);
              return;
            }
            expect(invoiceLines([parsed.value])).toEqual(invoiceLines([candidate as never]));
          },
        ),
        { numRuns: 1000 },
      );
      expect(accepted).toBeGreaterThan(100);
    });

    it('ERR-2, REC-2: every invoice line the parser accepts reconcile takes as expected, and every one it refuses reconcile refuses', () => {
      const realLine = realEffect
        .map((effect) => invoiceLines([effect]))
        .filter((lines) => lines.length === 1)
        .map((lines) => lines[0] as object);
      fc.assert(
        fc.property(
          realLine.chain((line) => fc.oneof(fc.constant(line), broken(line))),
          (candidate) => {
            const parsed = parseInvoiceLine(candidate);
            const refused = refusal(() => reconcile([candidate as never], []));
            expect([parsed.ok, refused === undefined]).toEqual([parsed.ok, parsed.ok]);
            if (parsed.ok)
              expect(reconcile([parsed.value], [])).toEqual(reconcile([candidate as never], []));
          },
        ),
        { numRuns: 1000 },
      );
    });
  });
});
