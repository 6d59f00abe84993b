import { fc } from '@fast-check/vitest';
import { invoiceLines } from 'subscription-rules/reconciliation';
import { createTieOut, tieOut } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import { ruleErrorOf } from '../_errors.ts';
import { lifeEffects } from '../reconciliation/_effects.ts';
import { g24135Rows, resource, row } from './_worked.ts';

const EXPONENTS: Readonly<Record<string, number>> = { USD: 2, EUR: 2, JPY: 0, BHD: 3 };

/** Decimal text → units of 10^-scale, by its digits. */
function units(text: string, scale: number): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  const digits = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -digits : digits;
}

/** Units of 10^-scale → decimal text. */
function text(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

/** A split of `items` into `parts` files, each in its own order. */
function split<T>(items: readonly T[], owners: readonly number[], parts: number): T[][] {
  const files: T[][] = Array.from({ length: parts }, () => []);
  items.forEach((item, i) => {
    files[(owners[i] ?? 0) % parts]?.push(item);
  });
  return files;
}

describe('createTieOut', () => {
  it('INV-3: observing the worked lines one at a time and in two tie-outs merged gives tieOut’s answer', () => {
    const invoices = [resource('G000024135', 2075.89)];
    const a = createTieOut();
    const b = createTieOut();
    a.observe(g24135Rows[0] as never);
    a.observe(g24135Rows[2] as never, 3);
    b.observe(g24135Rows[1] as never, 2);
    b.observe(g24135Rows[3] as never, 4);
    a.merge(b);
    expect(a.finish(invoices)).toEqual(tieOut(invoices, g24135Rows));
  });

  it('INV-3: without keepRows the results list no rows, and the sums are the same', () => {
    const tie = createTieOut({ keepRows: false });
    for (const r of g24135Rows) tie.observe(r);
    const [result] = tie.finish([resource('G000024135', 2075.89)]).results;
    expect(result).toMatchObject({ outcome: 'tied', rows: [], lines: 4 });
  });

  it('ERR-1: merging something no createTieOut made, a row number that is none and a bad keepRows are RuleErrors', () => {
    expect(ruleErrorOf(() => createTieOut().merge({} as never)).path).toBe('other');
    expect(ruleErrorOf(() => createTieOut().observe(row('G1', 'USD', '1', '0', '1'), 0)).path).toBe(
      'at',
    );
    expect(ruleErrorOf(() => createTieOut({ keepRows: 'yes' as never })).path).toBe(
      'constraints.keepRows',
    );
  });

  describe('properties', () => {
    const taxed = fc.tuple(
      lifeEffects,
      fc.array(fc.integer({ min: -500, max: 5000 }), { maxLength: 40 }),
      fc.array(fc.nat(), { maxLength: 40 }),
      fc.integer({ min: 1, max: 4 }),
      fc.boolean(),
    );

    it('INV-2: the tie-out of invoiceLines’ lines against an invoice whose total is their sum is tied, for any split into files and any order', () => {
      fc.assert(
        fc.property(taxed, ([effects, taxes, owners, parts, reversed]) => {
          const lines = invoiceLines(effects);
          if (lines.length === 0) return;
          const currency = lines[0]?.Currency as string;
          const scale = EXPONENTS[currency] ?? 2;
          let sum = 0n;
          const rows = lines.map((line, i) => {
            const tax = BigInt(taxes[i] ?? 0);
            const total = units(line.Subtotal, scale) + tax;
            sum += total;
            return {
              ...line,
              InvoiceNumber: 'G000000042',
              TaxTotal: text(tax, scale),
              Total: text(total, scale),
            };
          });
          const invoice = resource('G000000042', text(sum, scale), currency);
          const files = split(rows, owners, parts).map((file) =>
            reversed ? file.reverse() : file,
          );
          const ties = files.map((file) => {
            const tie = createTieOut();
            for (const r of file) tie.observe(r);
            return tie;
          });
          const [first, ...others] = ties;
          for (const other of others) first?.merge(other);
          const merged = first?.finish([invoice]);
          expect(merged?.results.map((r) => r.outcome)).toEqual(['tied']);
          expect(merged?.issues).toEqual([]);
          expect(tieOut([invoice], files.flat()).results.map((r) => r.outcome)).toEqual(['tied']);
        }),
      );
    });

    const cell = (scale: number) =>
      fc
        .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.constantFrom(0, 0, 1, 2))
        .map(([n, extra]) => text(BigInt(n), scale + extra));
    const lineRows = fc
      .tuple(fc.constantFrom('USD', 'JPY', 'BHD'), fc.nat({ max: 3 }))
      .chain(([currency, number]) => {
        const scale = EXPONENTS[currency] as number;
        return fc
          .tuple(cell(scale), fc.oneof(fc.constant(text(0n, scale)), cell(scale)))
          .map(([subtotal, tax]) => {
            const s = Math.max(scale + 2, 5);
            const total = text(units(subtotal, s) + units(tax, s), s);
            return row(`G${number}`, currency, subtotal, tax, total);
          });
      });

    it('INV-2: a residual outside the bound is never called rounding, and only a zero residual is tied', () => {
      fc.assert(
        fc.property(
          fc.array(lineRows, { maxLength: 12 }),
          fc.array(fc.integer({ min: -2_000, max: 2_000 }), { minLength: 4, maxLength: 4 }),
          (rows, totals) => {
            const invoices = [0, 1, 2, 3].map((n) => {
              const currency = rows.find((r) => r.InvoiceNumber === `G${n}`)?.Currency ?? 'USD';
              return resource(
                `G${n}`,
                text(BigInt(totals[n] ?? 0), EXPONENTS[currency] as number),
                currency,
              );
            });
            for (const result of tieOut(invoices, rows).results) {
              if (result.residual === undefined) continue;
              const scale = EXPONENTS[result.currency] as number;
              const { amount, exact } = result.residual;
              // |residual| in units of 10^-(scale + 6), against the bound in the same units
              const residual =
                exact === undefined ? BigInt(amount) * 10n ** 6n : units(exact, scale + 6);
              const magnitude = residual < 0n ? -residual : residual;
              // the bound derived here from the lines themselves: (m + k + [k > 0]) minor units
              const own = rows.filter(
                (r) => r.InvoiceNumber === result.invoiceNumber && r.Currency === result.currency,
              );
              const fractional = (x: string) => units(x, scale + 3) % 1000n !== 0n;
              const k = own.filter((r) => units(r.TaxTotal as string, scale + 3) !== 0n).length;
              const m = own.filter(
                (r) => fractional(r.Subtotal as string) || fractional(r.TaxTotal as string),
              ).length;
              const bound = BigInt(m + k + (k > 0 ? 1 : 0)) * 10n ** 6n;
              expect(result.tolerance?.amount).toBe(m + k + (k > 0 ? 1 : 0));
              const outcome = result.classification ?? result.outcome;
              if (outcome === 'rounding') expect(magnitude < bound && magnitude > 0n).toBe(true);
              if (outcome === 'adjustment-not-in-files') expect(magnitude >= bound).toBe(true);
              expect(outcome === 'tied').toBe(magnitude === 0n);
            }
          },
        ),
      );
    });

    it('INV-3: createTieOut’s merge of any split of the rows equals one pass', () => {
      fc.assert(
        fc.property(
          fc.array(lineRows, { maxLength: 20 }),
          fc.array(fc.nat(), { maxLength: 20 }),
          fc.integer({ min: 1, max: 5 }),
          (rows, owners, parts) => {
            const invoices = [resource('G0', '1.00'), resource('G1', '5', 'JPY')];
            const numbered = rows.map((r, i) => [r, i + 1] as const);
            const ties = split(numbered, owners, parts).map((file) => {
              const tie = createTieOut();
              for (const [r, at] of file) tie.observe(r, at);
              return tie;
            });
            const [first, ...others] = ties;
            for (const other of others) first?.merge(other);
            expect(first?.finish(invoices)).toEqual(tieOut(invoices, rows));
          },
        ),
      );
    });
  });
});
