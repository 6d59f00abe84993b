import { readFileSync } from 'node:fs';
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { reconcileUsage } from 'subscription-rules/usage';
import { describe, expect, it } from 'vitest';
import {
  fileLines,
  listedItem,
  PackedTexts,
  usageJson,
  usageJsonLines,
  usageJsonPieces,
  writeUsageJson,
} from '../../_private.ts';
import { reconRow, usageRow } from '../../usage/_rows.ts';
import { scratch } from '../_scratch.ts';

const folder = scratch('usage-json-');

/** An item of a list: text with line breaks, quotes and characters past Latin-1 among its values. */
const item = fc.record({
  kind: fc.constantFrom('different', 'missing'),
  rows: fc.array(fc.nat(), { maxLength: 3 }),
  remedy: fc.string({ unit: 'grapheme', maxLength: 12 }).map((t) => `${t}’s "to" answer\n`),
  at: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
});

describe('usage --json item by item', () => {
  it('USG-7: the pieces joined by line breaks are JSON.stringify’s bytes, for any file of days, meters, prices and invoices', () => {
    const day = fc.record({
      UsageDate: fc.constantFrom('2026-11-01', '2026-11-15', '2026-11-30', '2026-12-01'),
      EntitlementId: fc.constantFrom('azure-1', 'azure-2'),
      MeterName: fc.constantFrom('D2s v5', 'E4 v5', 'Blob "hot"\nstorage'),
      PartnerEarnedCreditPercentage: fc.constantFrom('0', '15'),
      EffectiveUnitPrice: fc.constantFrom('0.17', '0.20', '0.2'),
      BillingPreTaxTotal: fc.constantFrom('4.08', '4.80', '4.81', 'x'),
    });
    fc.assert(
      fc.property(fc.array(day, { maxLength: 12 }), fc.boolean(), (days, withInvoice) => {
        const result = reconcileUsage(
          days.map((d) => usageRow(d)),
          withInvoice ? [reconRow({ EffectiveUnitPrice: '0.17', Subtotal: '8.88' })] : null,
        );
        expect([...usageJsonPieces(result)].join('\n')).toBe(usageJson(result));
      }),
    );
  });

  test.prop([fc.jsonValue()])(
    'USG-7 property: an item as its list writes it is JSON.stringify’s text with every line four spaces in, and parses back as the item',
    (value) => {
      const text = JSON.stringify(value, null, 2);
      expect(listedItem(value)).toBe(`    ${text.replaceAll('\n', '\n    ')}`);
      expect(JSON.parse(listedItem(value))).toEqual(JSON.parse(text));
    },
  );

  test.prop([
    fc.array(
      fc.tuple(fc.constantFrom('findings', 'matched', 'notes'), fc.array(item, { maxLength: 4 })),
      {
        maxLength: 4,
      },
    ),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
  ])(
    'USG-7 property: --json written to a file from the items’ kept bytes is the pieces joined by line breaks, each item indented into its list',
    (sections, summary) => {
      const packed = new PackedTexts();
      const lists = sections.map(
        ([section, items]) =>
          [section, packed.list(items.map((i) => packed.add(listedItem(i))))] as const,
      );
      const path = folder.path('usage.json');
      const sink = fileLines(path);
      writeUsageJson({ lists, summary }, sink);
      sink.close();
      const pieces: string[] = [];
      usageJsonLines({ lists, summary }, (piece) => pieces.push(piece));
      expect(readFileSync(path, 'utf8')).toBe(`${pieces.join('\n')}\n`);
      // the same bytes as the lists and summary written by JSON.stringify at once
      const whole = Object.fromEntries([...sections, ['summary', summary]]);
      if (new Set(sections.map(([s]) => s)).size === sections.length)
        expect(pieces.join('\n')).toBe(JSON.stringify(whole, null, 2));
    },
  );
});
