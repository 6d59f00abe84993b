import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectLines, expectedLines, readReconcileOptions } from '../_private.ts';
import { added, lifeEffects, removed } from './_effects.ts';

const { types } = readReconcileOptions(undefined);

describe('effectLines', () => {
  it('REC-3: 5 seats added on 2026-12-05 at 12.50 for 15 of 30 days: one line of 31.20, the same as the effect read', () => {
    const lines = effectLines(added.effects, types, 'S1');
    expect(lines.map((line) => [line.kind, line.subtotal.units, line.startDay])).toEqual([
      ['add-quantity', 3120, Date.UTC(2026, 11, 5) / 86_400_000],
    ]);
    expect(lines).toEqual(expectedLines(added.effects, types, 'S1'));
  });

  it('REC-3: a credit that gives money back without saying how much is still a RuleError at expected.<i>', () => {
    const credit = removed.effects.find((effect) => effect.type === 'credit');
    if (credit === undefined) throw new Error('expected a credit');
    const { credit: _money, ...without } = credit;
    expect(() => effectLines([without as never], types, 'S1')).toThrowError(
      expect.objectContaining({ code: 'MISSING_FIELD', path: 'expected.0.credit' }),
    );
  });

  describe('properties', () => {
    it('REC-3: the lines of the rules’ own effects, not read again, are the lines of the same effects read', () => {
      fc.assert(
        fc.property(lifeEffects, fc.option(fc.uuid(), { nil: undefined }), (life, id) => {
          expect(effectLines(life, types, id)).toEqual(expectedLines(life, types, id));
        }),
      );
    });
  });
});
