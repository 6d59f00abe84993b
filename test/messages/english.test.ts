import fc from 'fast-check';
import { formatMessage, type MessageId } from 'subscription-rules';
import { en } from 'subscription-rules/locales/en';
import { describe, expect, it } from 'vitest';

/** The English forms as the catalog documents them, written again without any cache. */
function oracle(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?::(\w))?\}/g, (_, name: string, form?: string) => {
    const value = params[name];
    if (form === 's') return `${value}${params.count === 1 ? '' : 's'}`;
    if (form === 'h') return String(value).replace(' ', '-');
    return String(value);
  });
}

const windowed = (Object.keys(en.messages) as MessageId[]).filter((id) => {
  const template = en.messages[id];
  return template.includes('{count}') && template.includes('{unit');
});

describe('English sentences', () => {
  describe('properties', () => {
    it('MSG-1: a sentence with a window length reads the same however the lengths before it came (the lengths written in once per template are never stale)', () => {
      const call = fc.record({
        id: fc.constantFrom(...windowed),
        count: fc.integer({ min: 1, max: 2_000 }),
        unit: fc.constantFrom('hour', 'day', 'calendar day'),
        windowEndsAt: fc.constantFrom('2026-11-28T00:00:00.000Z', '2027-01-01T10:00:00.000Z'),
        effectiveAt: fc.constant('2026-12-20T00:00:00.000Z'),
      });
      fc.assert(
        fc.property(fc.array(call, { minLength: 1, maxLength: 40 }), (calls) => {
          for (const { id, ...params } of calls)
            expect(formatMessage({ messageId: id, params })).toBe(oracle(en.messages[id], params));
        }),
      );
    });
  });
});
