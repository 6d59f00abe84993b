import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseItemTexts } from '../../_private.ts';

/** Items' texts laid out as the reader hands them to a worker: `[`, the texts with a comma between, `]`. */
function handed(texts: readonly string[], firstPlace = 0) {
  const parts = texts.map((text) => Buffer.from(text, 'utf8'));
  const bytes = Buffer.concat([
    Buffer.from('['),
    ...parts.flatMap((part, k) => (k === 0 ? [part] : [Buffer.from(','), part])),
    Buffer.from(']'),
  ]);
  const ends: number[] = [];
  let at = 0;
  for (const part of parts) {
    at += 1 + part.length;
    ends.push(at);
  }
  return {
    bytes: new Uint8Array(bytes),
    ends: Uint32Array.from(ends),
    places: Float64Array.from(texts.map((_, k) => firstPlace + k * 3)),
  };
}

/** What `JSON.parse` says of a text alone. */
function whyNot(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${text} to be refused`);
}

describe('parseItemTexts', () => {
  it('REC-3: the resources of texts read at once, each at its place; an item that is not JSON told by its place in the words JSON.parse says of it alone', () => {
    const good = [
      '{"id":"S1","productType":{"id":"x"}}\n',
      '{ "id" : "S2", "n": "é😀" } ',
      '{"id":"S3"}',
    ];
    expect(parseItemTexts(handed(good, 10))).toEqual({
      resources: [
        { id: 'S1', resource: { id: 'S1', productType: { id: 'x' } }, withLoose: false, place: 10 },
        { id: 'S2', resource: { id: 'S2', n: 'é😀' }, withLoose: false, place: 13 },
        { id: 'S3', resource: { id: 'S3' }, withLoose: false, place: 16 },
      ],
      unreadable: [],
    });
    const bad = ['{"id":"S1"}', '{"id":"S2",}', '{"id":"S3"}', '{"id":"S4" "x"}\n'];
    const read = parseItemTexts(handed(bad));
    expect(read.resources.map((resource) => [resource.id, resource.place])).toEqual([
      ['S1', 0],
      ['S3', 6],
    ]);
    expect(read.unreadable).toEqual([
      { place: 3, why: whyNot('{"id":"S2",}') },
      { place: 9, why: whyNot('{"id":"S4" "x"}\n') },
    ]);
  });

  it('REC-3: a text that parses to no resource with its id is a defect of the reader, and throws', () => {
    expect(() => parseItemTexts(handed(['{"id":"S1"}', '{"name":"S2"}']))).toThrow(
      /reconcile worker: the item at place 3 has no id/,
    );
  });

  describe('properties', () => {
    it('the items parsed from texts handed over are what JSON.parse reads of each text alone, and those it refuses are told with its words, whatever the bytes', () => {
      const text = fc.oneof(
        fc
          .tuple(
            fc.string({ unit: fc.constantFrom('a', '0', '-'), minLength: 1 }),
            fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }), {
              maxKeys: 3,
            }),
            fc.constantFrom(undefined, 1),
          )
          .map(([id, rest, indent]) => JSON.stringify({ ...rest, id }, null, indent)),
        // broken texts: cut short, a character too many, bytes past ASCII cut in two
        fc
          .tuple(fc.string({ unit: fc.constantFrom('a', 'é', '"', '}', '\\') }), fc.nat())
          .map(([inner, at]) => {
            const whole = `{"id":"S","x":"${inner}"}`;
            return whole.slice(0, at % whole.length);
          }),
      );
      fc.assert(
        fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
          const read = parseItemTexts(handed(texts));
          const resources: unknown[] = [];
          const unreadable: unknown[] = [];
          texts.forEach((one, k) => {
            let value: { id: string };
            try {
              value = JSON.parse(one);
            } catch {
              unreadable.push({ place: k * 3, why: whyNot(one) });
              return;
            }
            resources.push({ id: value.id, resource: value, withLoose: false, place: k * 3 });
          });
          expect(read).toEqual({ resources, unreadable });
        }),
      );
    });
  });
});
