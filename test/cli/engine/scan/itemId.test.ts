import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemId } from '../../../_private.ts';

/** What `JSON.parse` makes of the bytes, decoded as UTF-8 (as the worker decodes them), or refuses. */
function parsed(bytes: Buffer): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return undefined;
  }
}

const of = (text: string): string | undefined => itemId(Buffer.from(text, 'utf8'));

/** JSON's whitespace, and none. */
const space = fc.constantFrom('', ' ', '\n', '\r\n  ', '\t');

/** Strings of the characters that fool a reader: quotes, backslashes, brackets, past ASCII. */
const tricky = fc.string({
  unit: fc.constantFrom('a', '1', '-', '"', '\\', '{', '}', '[', ']', ',', ':', 'é', '😀', '\n'),
  maxLength: 6,
});

/** A key as written: `id` plainly or escaped, its look-alikes, or any key. */
const key = fc.oneof(
  { arbitrary: fc.constant('"id"'), weight: 3 },
  fc.constantFrom('"id"', '"\\u0069d"', '"i\\u0064"', '"\\"id"', '"ID"', '"idx"', '" id"', '"i"'),
  tricky.map((text) => JSON.stringify(text)),
);

/** A value as written: a plain id, an id with escapes or past ASCII, an object with its own `id`. */
const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    {
      arbitrary: fc.constantFrom('"S1"', '"10000001-d9d2-f09c-ea1f-000000000001"'),
      weight: 4,
    },
    fc.constantFrom('""', '"\\u0053"', '"é"'),
    fc.constantFrom('1', '-0.5e3', 'true', 'null', '[]', '{}', '"id"'),
    tricky.map((text) => JSON.stringify(text)),
    fc.jsonValue({ maxDepth: 2 }).map((json) => JSON.stringify(json)),
    fc
      .array(fc.tuple(key, tie('value')), { maxLength: 3 })
      .map((members) => `{${members.map(([k, v]) => `${k}:${v}`).join(',')}}`),
    fc.array(tie('value'), { maxLength: 3 }).map((values) => `[${values.join(',')}]`),
  ),
})).value;

/** An object's text: members (`id` among them, maybe twice), whitespace anywhere. */
const objectText = fc
  .tuple(fc.array(fc.tuple(space, key, space, space, value, space), { maxLength: 6 }), space, space)
  .map(
    ([members, before, after]) =>
      `${before}{${members.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(',')}}${after}`,
  );

describe('itemId', () => {
  it('REC-3: the top-level id of a resource, whatever the nesting and whitespace; none when it is not certain from the text', () => {
    expect(of('{"id":"S1","productType":{"id":"OnlineServicesNCE"}}')).toBe('S1');
    expect(of('{"productType":{"id":"OnlineServicesNCE"},"id":"S1"}')).toBe('S1');
    expect(of(' \n{ "offerName" : "id" , "id" : "S1" }\n ')).toBe('S1');
    expect(of('{"refundOptions":[{"id":"x"}],"id":"S2","n":[1,{"id":3}]}')).toBe('S2');
    // the last of a key written twice, as JSON.parse keeps it
    expect(of('{"id":"S1","id":"S2"}')).toBe('S2');
    expect(of('{"id":"S1","id":5}')).toBeUndefined();
    // a string holding quotes, brackets or commas is passed over whole
    expect(of('{"a":"\\"id\\":\\"X\\"","id":"S3","b":"},{\\\\"}')).toBe('S3');
    // none: no id, an id that is no string or empty, escapes, past ASCII, not an object, cut short
    for (const text of [
      '{}',
      '{"productType":{"id":"S1"}}',
      '{"id":null}',
      '{"id":["S1"]}',
      '{"id":""}',
      '{"id":"S\\u0031"}',
      '{"\\u0069d":"S1"}',
      '{"id":"é"}',
      '["S1"]',
      '"S1"',
      '{"id":"S1"',
      '{"id":"S1',
      '',
    ])
      expect(of(text), text).toBeUndefined();
    // within a larger buffer, from and to bound the text
    const bytes = Buffer.from('xx{"id":"S9"}yy');
    expect(itemId(bytes, 2, 13)).toBe('S9');
    expect(itemId(bytes, 2, 12)).toBeUndefined();
  });

  describe('properties', () => {
    it("the id read from an item's text is JSON.parse's top-level id, or none, for any item (arbitrary objects with nested ids, escapes, whitespace, cut anywhere)", () => {
      // how many texts JSON.parse reads whose id was read: the law is not held by refusals alone
      let checked = 0;
      fc.assert(
        fc.property(
          objectText,
          // mostly whole, else cut or followed by more
          fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, fc.nat()),
          fc.oneof(
            { arbitrary: fc.constant(undefined), weight: 3 },
            fc.constantFrom('x', ',', '}', ']', '"', '{"id":"Z"}'),
          ),
          (text, cutAt, added) => {
            let bytes = Buffer.from(`${text}${added ?? ''}`, 'utf8');
            // cut anywhere, mid-character too
            if (cutAt !== undefined) bytes = bytes.subarray(0, cutAt % (bytes.length + 1));
            const id = itemId(bytes);
            const json = parsed(bytes);
            if (id !== undefined) {
              // an id read: JSON.parse refuses the text, or gives that very id
              expect(id).not.toBe('');
              if (json !== undefined) {
                expect((json.value as { id?: unknown }).id).toBe(id);
                checked++;
              }
            }
          },
        ),
        { numRuns: 2000 },
      );
      expect(checked).toBeGreaterThan(100);
    });

    it('the id of a resource written by JSON.stringify is read whenever it is a plain ASCII string and no key holds an escape, wherever it is among nested ids', () => {
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.constantFrom('a', 'Z', '0', '-', ':', ' ', '}', ','),
            minLength: 1,
          }),
          fc.dictionary(
            // a key written with an escape might spell `id`: such a text is parsed, not read
            fc
              .string({ maxLength: 4 })
              .filter((k) => k !== 'id' && !JSON.stringify(k).includes('\\')),
            fc.jsonValue({ maxDepth: 2 }),
            { maxKeys: 5 },
          ),
          fc.nat(),
          fc.constantFrom(undefined, 2),
          (id, rest, at, indent) => {
            const entries: [string, unknown][] = Object.entries({
              ...rest,
              nested: { id: 'inner' },
            });
            entries.splice(at % (entries.length + 1), 0, ['id', id]);
            const text = JSON.stringify(Object.fromEntries(entries), null, indent);
            expect(of(text)).toBe(id);
          },
        ),
      );
    });
  });
});
