import fc from 'fast-check';
import type { PartnerCenterNote } from 'subscription-rules';
import { describe, expect, it } from 'vitest';
import { currentNotes, STALE_WINDOW_MS } from '../_private.ts';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const windowNote = (stated: number, computed: number): PartnerCenterNote =>
  ({
    path: 'resource.cancellationAllowedUntilDate',
    messageId: 'resource.cancel-window',
    params: { stated: iso(stated), computed: iso(computed) },
    message: 'window',
  }) as PartnerCenterNote;
const otherNote = {
  path: 'resource.status',
  messageId: 'resource.deleted-as-cancelled',
  params: {},
  message: 'deleted',
} as unknown as PartnerCenterNote;

describe('currentNotes', () => {
  it('PCR-1: a window note is kept 30 days after its later end, left out 1 ms later', () => {
    const end = Date.parse('2025-11-17T00:00:00Z');
    const note = windowNote(end - DAY, end);
    expect(currentNotes([note], iso(end + 30 * DAY))).toEqual({ kept: [note], left: 0 });
    expect(currentNotes([note], iso(end + 30 * DAY + 1))).toEqual({ kept: [], left: 1 });
    expect(STALE_WINDOW_MS).toBe(30 * DAY);
  });

  it('PCR-1: a note that is not about a window is kept however old', () => {
    expect(currentNotes([otherNote], '2099-01-01T00:00:00Z')).toEqual({
      kept: [otherNote],
      left: 0,
    });
  });

  describe('properties', () => {
    it('PCR-1: the notes kept and left out add up to the notes, kept in their order, and a note is left out exactly when its later end + 30 days is before the reading', () => {
      const base = Date.parse('2026-01-01T00:00:00Z');
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc
                .tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -400, max: 400 }))
                .map(([a, b]) => windowNote(base + a * DAY, base + b * DAY)),
              fc.constant(otherNote),
            ),
            { maxLength: 8 },
          ),
          fc.integer({ min: -400 * DAY, max: 800 * DAY }),
          (notes, offset) => {
            const at = base + offset;
            const { kept, left } = currentNotes(notes, iso(at));
            expect(kept.length + left).toBe(notes.length);
            const expected = notes.filter(
              (n) =>
                n.messageId !== 'resource.cancel-window' ||
                Math.max(
                  Date.parse(String(n.params.stated)),
                  Date.parse(String(n.params.computed)),
                ) +
                  30 * DAY >=
                  at,
            );
            expect(kept).toEqual(expected);
          },
        ),
      );
    });
  });
});
