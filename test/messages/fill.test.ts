import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fill } from '../_private.ts';

/** What a template filled by a search for each placeholder gives, and the calls made, in order. */
function searched(template: string, params: Record<string, string>) {
  const calls: string[] = [];
  const text = template.replace(/\{(\w+)(?::(\w))?\}/g, (_, name: string, form?: string) => {
    calls.push(`${name}:${form ?? ''}`);
    return `<${params[name] ?? '?'}|${form ?? ''}>`;
  });
  return { text, calls };
}

/** The same through `fill`. */
function filled(template: string, params: Record<string, string>) {
  const calls: string[] = [];
  const text = fill(template, params, (value, form, name) => {
    calls.push(`${name}:${form ?? ''}`);
    return `<${typeof value === 'string' ? value : '?'}|${form ?? ''}>`;
  });
  return { text, calls };
}

describe('fill', () => {
  it('MSG-1: each placeholder is its value as rendered, with its form; other braces and dollar signs are text', () => {
    const params = { meter: 'B2s', days: '2026-11-08', amount: '$1' };
    expect(filled('{meter} on {days}: {amount:s} {meter}', params).text).toBe(
      '<B2s|> on <2026-11-08|>: <$1|s> <B2s|>',
    );
    expect(filled('{} {not a name} $& {x:yz}', params).text).toBe('{} {not a name} $& {x:yz}');
    expect(filled('', params).text).toBe('');
  });

  it('MSG-1 (property): a template filled is the template searched placeholder by placeholder — the same text, the values asked for in the same order — whatever templates came before', () => {
    const piece = fc.constantFrom(
      '{a}',
      '{b:s}',
      '{a:p}',
      '{',
      '}',
      '{}',
      '{a',
      ':',
      ' ',
      'x',
      '$&',
      '$1',
      'é',
      '{{b}}',
      '{c:}',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
          { minLength: 1, maxLength: 6 },
        ),
        (templates) => {
          const params = { a: 'A', b: 'B$&' };
          for (const template of [...templates, ...templates])
            expect(filled(template, params)).toEqual(searched(template, params));
        },
      ),
    );
  });
});
